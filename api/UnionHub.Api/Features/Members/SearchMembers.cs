using Dapper;
using Microsoft.AspNetCore.Http.HttpResults;
using MySqlConnector;
using UnionHub.Api.Platform;

namespace UnionHub.Api.Features.Members;

/// <summary>
/// GET /admin/members?phone=|idNumber=|name=|cardNo=&amp;reason=: the members of the caller's subtree that match exactly
/// one criterion, personal data masked. Phone and ID number go through the members' blind indexes; a name through the
/// rosters' name index (the verified members whose roster entry carries that name); the card number as it is printed.
/// The audit row (<c>member_lookup.read</c>) holds the reason, the kind of criterion and the ids found, never the value.
/// </summary>
public static class SearchMembers
{
    public sealed record Match(string Id, string Status, string? NameMasked, string? IdNumberMasked, string? PhoneMasked, string? MemberCardNo,
        string? OrgId, string? OrgName, string? EnterpriseName);

    public sealed record Response(IReadOnlyList<Match> Items, bool Truncated);

    public static async Task<Results<Ok<Response>, ProblemHttpResult>> Handle(
        string? phone, string? idNumber, string? name, string? cardNo, HttpContext http, MySqlDataSource db, PiiProtector pii,
        TimeProvider clock, CancellationToken ct)
    {
        var given = new[] { ("phone", phone), ("idNumber", idNumber), ("name", name), ("cardNo", cardNo) }
            .Where(c => !string.IsNullOrWhiteSpace(c.Item2)).ToList();
        if (given.Count != 1)
        {
            return new Validator().Check(false, "query", "give exactly one of phone, idNumber, name, cardNo").Problem();
        }

        var (by, value) = given[0];
        value = value!.Trim();
        string condition;
        object key;
        switch (by)
        {
            case "phone":
                if (MemberLookup.NormalisePhone(value) is not { } mobile)
                {
                    return new Validator().Check(false, "phone", "must be a mainland mobile number (11 digits)").Problem();
                }

                condition = "m.phone_hash = @Key";
                key = pii.PhoneIndex(mobile);
                break;
            case "idNumber":
                var (id, problem) = IdNumber.Validate(value, DateOnly.FromDateTime(clock.GetUtcNow().ToChina().DateTime));
                if (id is null)
                {
                    return new Validator().Check(false, "idNumber", IdNumber.Describe(problem)).Problem();
                }

                condition = "m.id_hash = @Key";
                key = pii.IdNumberIndex(id);
                break;
            case "name":
                if (value.Length > MemberLookup.MaxNameChars)
                {
                    return new Validator().Check(false, "name", $"must be at most {MemberLookup.MaxNameChars} characters").Problem();
                }

                condition = "m.id_hash IN (SELECT r.id_hash FROM roster_entry r WHERE r.name_hash = @Key)";
                key = pii.NameIndex(value);
                break;
            default:
                if (value.Length > MemberLookup.MaxCardChars)
                {
                    return new Validator().Check(false, "cardNo", $"must be at most {MemberLookup.MaxCardChars} characters").Problem();
                }

                condition = "m.member_card_no = @Key";
                key = value.ToUpperInvariant();
                break;
        }

        await using var conn = await db.OpenConnectionAsync(ct);
        var scope = await Scope.OfAsync(conn, null, http.User, ct);
        var rows = scope.Path is null ? [] : (await conn.QueryAsync<MemberLookup.Row>(new CommandDefinition(
            $"{MemberLookup.Select} WHERE {condition} AND m.deleted_at IS NULL AND {Scope.Sql("o.path")} ORDER BY m.id LIMIT {MemberLookup.MaxResults + 1}",
            new { Key = key, ScopePath = scope.Path }, cancellationToken: ct))).ToList();
        var items = rows.Take(MemberLookup.MaxResults).Select(r => new Match(r.Id.Text(), MemberLookup.Status(r),
            pii.DecryptOrNull(r.NameEnc) is { } n ? Mask.Name(n) : null,
            pii.DecryptOrNull(r.IdEnc) is { } i ? Mask.IdNumber(i) : null,
            pii.DecryptOrNull(r.PhoneEnc) is { } p ? Mask.Phone(p) : null,
            r.MemberCardNo, r.OrgId?.Text(), r.OrgName, r.EnterpriseName)).ToList();
        StaffReads.AddDetail(http, "by", by);
        StaffReads.AddDetail(http, "memberIds", items.Select(m => m.Id).ToList());
        return TypedResults.Ok(new Response(items, rows.Count > MemberLookup.MaxResults));
    }
}

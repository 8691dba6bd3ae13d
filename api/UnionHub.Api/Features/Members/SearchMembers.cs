using Dapper;
using Microsoft.AspNetCore.Http.HttpResults;
using MySqlConnector;
using UnionHub.Api.Platform;

namespace UnionHub.Api.Features.Members;

/// <summary>
/// GET /admin/members?phone=|idNumber=|name=|cardNo=|tag=&amp;reason=: the members of the caller's subtree that match exactly
/// one criterion, personal data masked. Phone and ID number go through the members' blind indexes; a name through the
/// rosters' name index (the verified members whose roster entry carries that name); the card number as it is printed.
/// A member tag (a code of the vocabulary, e.g. <c>woman</c>) lists every member of the subtree holding it, newest first, in
/// pages (<c>limit</c>, <c>cursor</c>, <c>nextCursor</c>); the other criteria answer at most 50 matches and take no cursor.
/// The audit row (<c>member_lookup.read</c>) holds the reason, the kind of criterion and the ids found (for a tag, also
/// the tag: it names a group, not a person), never the value of a phone, ID number, name or card number.
/// </summary>
public static class SearchMembers
{
    public sealed record Match(string Id, string Status, string? NameMasked, string? IdNumberMasked, string? PhoneMasked, string? MemberCardNo,
        string? OrgId, string? OrgName, string? EnterpriseName);

    /// <param name="Truncated">More members match than this answer lists (for a tag: another page follows).</param>
    /// <param name="NextCursor">A tag search's next page (null on the last page, and always for the other criteria).</param>
    public sealed record Response(IReadOnlyList<Match> Items, bool Truncated, string? NextCursor);

    public static async Task<Results<Ok<Response>, ProblemHttpResult>> Handle(
        string? phone, string? idNumber, string? name, string? cardNo, string? tag, int? limit, string? cursor, HttpContext http,
        MySqlDataSource db, PiiProtector pii, TimeProvider clock, CancellationToken ct)
    {
        if (Paging.Read(limit, cursor, out var page) is { } badCursor)
        {
            return badCursor; // a cursor this API never gave is refused first, whatever else the query holds
        }

        var given = new[] { ("phone", phone), ("idNumber", idNumber), ("name", name), ("cardNo", cardNo), ("tag", tag) }
            .Where(c => !string.IsNullOrWhiteSpace(c.Item2)).ToList();
        if (given.Count != 1)
        {
            return new Validator().Check(false, "query", "give exactly one of phone, idNumber, name, cardNo, tag").Problem();
        }

        var (by, value) = given[0];
        value = value!.Trim();
        if (by == "tag")
        {
            return await ByTagAsync(value, page, http, db, pii, ct);
        }

        if (limit is not null || cursor is not null)
        {
            return new Validator().Check(false, "cursor", "pages only a tag search (the other criteria answer at most 50 matches)").Problem();
        }

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
        var items = rows.Take(MemberLookup.MaxResults).Select(r => Masked(r, pii)).ToList();
        StaffReads.AddDetail(http, "by", by);
        StaffReads.AddDetail(http, "memberIds", items.Select(m => m.Id).ToList());
        return TypedResults.Ok(new Response(items, rows.Count > MemberLookup.MaxResults, null));
    }

    /// <summary>
    /// The members of the caller's subtree holding <paramref name="code"/>, newest member first, a page at a time: the tag's index
    /// <c>(tag, member_id)</c> gives the order, so a page reads from the cursor on (outside the subtree, rows are passed over).
    /// </summary>
    private static async Task<Results<Ok<Response>, ProblemHttpResult>> ByTagAsync(string code, PageRequest page, HttpContext http,
        MySqlDataSource db, PiiProtector pii, CancellationToken ct)
    {
        var (codes, unknown) = MemberTags.MemberTagRules.Parse([code], "tag");
        if (unknown is not null)
        {
            return unknown;
        }

        var tag = codes![0];
        await using var conn = await db.OpenConnectionAsync(ct);
        var scope = await Scope.OfAsync(conn, null, http.User, ct);
        var rows = scope.Path is null ? [] : (await conn.QueryAsync<MemberLookup.Row>(new CommandDefinition(
            $"""
            {MemberLookup.Select} JOIN member_tag t ON t.member_id = m.id AND t.tag = @Tag
            WHERE m.id < @After AND m.deleted_at IS NULL AND {Scope.Sql("o.path")} ORDER BY m.id DESC LIMIT {page.Fetch}
            """,
            new { Tag = tag, page.After, ScopePath = scope.Path }, cancellationToken: ct))).ToList();
        var built = page.Build(rows, r => r.Id);
        var items = built.Items.Select(r => Masked(r, pii)).ToList();
        StaffReads.AddDetail(http, "by", "tag");
        StaffReads.AddDetail(http, "tag", tag);
        StaffReads.AddDetail(http, "memberIds", items.Select(m => m.Id).ToList());
        return TypedResults.Ok(new Response(items, built.NextCursor is not null, built.NextCursor));
    }

    private static Match Masked(MemberLookup.Row r, PiiProtector pii) => new(r.Id.Text(), MemberLookup.Status(r),
        pii.DecryptOrNull(r.NameEnc) is { } n ? Mask.Name(n) : null,
        pii.DecryptOrNull(r.IdEnc) is { } i ? Mask.IdNumber(i) : null,
        pii.DecryptOrNull(r.PhoneEnc) is { } p ? Mask.Phone(p) : null,
        r.MemberCardNo, r.OrgId?.Text(), r.OrgName, r.EnterpriseName);
}

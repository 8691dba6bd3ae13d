using System.Data.Common;
using Dapper;
using Microsoft.AspNetCore.Http.HttpResults;
using MySqlConnector;
using UnionHub.Api.Platform;

namespace UnionHub.Api.Features.Members;

/// <summary>GET /me: the caller's account, personal data masked.</summary>
public static class GetMe
{
    public sealed record RealName(string Status, string? NameMasked, string? IdNumberMasked, string? OrgId, string? OrgName,
        string? MemberCardNo, DateTimeOffset? VerifiedAt);

    public sealed record MeResponse(string Id, string? PhoneMasked, RealName RealName);

    private sealed record Row(long Id, byte[]? PhoneEnc, byte[]? IdEnc, byte[]? NameEnc, long? OrgId, string? OrgName,
        string? MemberCardNo, DateTime? VerifiedAt);

    private const string Select = """
        SELECT m.id, m.phone_enc AS PhoneEnc, m.id_enc AS IdEnc, m.name_enc AS NameEnc, m.org_id AS OrgId, o.name AS OrgName,
               m.member_card_no AS MemberCardNo, m.verified_at AS VerifiedAt
        FROM member m LEFT JOIN org o ON o.id = m.org_id
        WHERE m.id = @Id AND m.deleted_at IS NULL
        """;

    public static async Task<Results<Ok<MeResponse>, ProblemHttpResult>> Handle(
        HttpContext http, MySqlDataSource db, PiiProtector pii, CancellationToken ct)
    {
        if (http.User.MemberId() is not { } memberId)
        {
            return Problems.NotFound("member");
        }

        await using var conn = await db.OpenConnectionAsync(ct);
        return await LoadAsync(conn, null, pii, memberId, ct) is { } me ? TypedResults.Ok(me) : Problems.NotFound("member");
    }

    /// <summary>The /me shape of one member, or null when the member does not exist.</summary>
    public static async Task<MeResponse?> LoadAsync(DbConnection conn, DbTransaction? tx, PiiProtector pii, long memberId, CancellationToken ct)
    {
        var row = await conn.QuerySingleOrDefaultAsync<Row>(new CommandDefinition(Select, new { Id = memberId }, tx, cancellationToken: ct));
        if (row is null)
        {
            return null;
        }

        var phone = pii.DecryptOrNull(row.PhoneEnc);
        var verified = row.VerifiedAt is not null;
        var realName = verified
            ? new RealName("verified",
                pii.DecryptOrNull(row.NameEnc) is { } name ? Mask.Name(name) : null,
                pii.DecryptOrNull(row.IdEnc) is { } id ? Mask.IdNumber(id) : null,
                row.OrgId?.Text(), row.OrgName, row.MemberCardNo, row.VerifiedAt.ToChina())
            : new RealName("unverified", null, null, null, null, null, null);
        return new MeResponse(row.Id.Text(), phone is null ? null : Mask.Phone(phone), realName);
    }
}

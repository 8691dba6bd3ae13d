using Dapper;
using Microsoft.AspNetCore.Http.HttpResults;
using MySqlConnector;
using UnionHub.Api.Features.Members;
using UnionHub.Api.Platform;

namespace UnionHub.Api.Features.Enterprises;

/// <summary>
/// GET /enterprise and GET /enterprise/members: an enterprise contact sees their own enterprise (with its head count of
/// verified members) and its verified members, names masked, for hand-outs from a list.
/// </summary>
public static class MyEnterprise
{
    public sealed record EnterpriseResponse(string Id, string Name, string CreditCode, string OrgId, string OrgName, int VerifiedMembers);

    public sealed record MemberResponse(string MemberId, string NameMasked, string? MemberCardNo, DateTimeOffset VerifiedAt);

    private sealed record MemberRow(long Id, byte[]? NameEnc, string? MemberCardNo, DateTime VerifiedAt);

    internal const string CountVerified = """
        SELECT COUNT(*) FROM member WHERE enterprise_id = @id AND verified_at IS NOT NULL AND deleted_at IS NULL
        """;

    private const string SelectMembers = """
        SELECT id, name_enc AS NameEnc, member_card_no AS MemberCardNo, verified_at AS VerifiedAt
        FROM member WHERE enterprise_id = @id AND verified_at IS NOT NULL AND deleted_at IS NULL AND id < @After
        ORDER BY id DESC LIMIT @Take
        """;

    public static async Task<Results<Ok<EnterpriseResponse>, ProblemHttpResult>> Get(HttpContext http, MySqlDataSource db, CancellationToken ct)
    {
        var id = http.User.EnterpriseId()!.Value;
        await using var conn = await db.OpenConnectionAsync(ct);
        var row = await EnterpriseScope.LoadAsync(conn, null, id, ct);
        if (row is null)
        {
            return Problems.NotFound("enterprise");
        }

        var count = await conn.ExecuteScalarAsync<int>(new CommandDefinition(CountVerified, new { id }, cancellationToken: ct));
        return TypedResults.Ok(new EnterpriseResponse(row.Id.Text(), row.Name, row.CreditCode, row.OrgId.Text(), row.OrgName, count));
    }

    public static async Task<Results<Ok<Page<MemberResponse>>, ProblemHttpResult>> Members(
        HttpContext http, MySqlDataSource db, PiiProtector pii, CancellationToken ct, int? limit = null, string? cursor = null)
    {
        if (Paging.After(cursor) is not { } after)
        {
            return Problems.BadCursor();
        }

        var take = Paging.Limit(limit);
        await using var conn = await db.OpenConnectionAsync(ct);
        var rows = (await conn.QueryAsync<MemberRow>(new CommandDefinition(SelectMembers,
            new { id = http.User.EnterpriseId(), After = after, Take = take + 1 }, cancellationToken: ct))).ToList();
        var page = Paging.Build(rows, take, r => r.Id);
        return TypedResults.Ok(new Page<MemberResponse>(page.Items.Select(r => new MemberResponse(r.Id.Text(),
            pii.DecryptOrNull(r.NameEnc) is { } name ? Mask.Name(name) : "", r.MemberCardNo, r.VerifiedAt.ToChina())).ToList(), page.NextCursor));
    }
}

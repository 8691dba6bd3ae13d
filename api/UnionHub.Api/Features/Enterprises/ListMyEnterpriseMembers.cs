using Dapper;
using Microsoft.AspNetCore.Http.HttpResults;
using MySqlConnector;
using UnionHub.Api.Features.Members;
using UnionHub.Api.Platform;
using static UnionHub.Api.Features.Enterprises.MyEnterprise;

namespace UnionHub.Api.Features.Enterprises;

public static class ListMyEnterpriseMembers
{
    private sealed record MemberRow(long Id, byte[]? NameEnc, string? MemberCardNo, DateTime VerifiedAt);

    private const string SelectMembers = """
        SELECT id, name_enc AS NameEnc, member_card_no AS MemberCardNo, verified_at AS VerifiedAt
        FROM member WHERE enterprise_id = @id AND verified_at IS NOT NULL AND deleted_at IS NULL AND id < @After
        ORDER BY id DESC LIMIT @Take
        """;

    public static async Task<Results<Ok<Page<MemberResponse>>, ProblemHttpResult>> Handle(
        HttpContext http, MySqlDataSource db, PiiProtector pii, CancellationToken ct, int? limit = null, string? cursor = null)
    {
        if (Paging.Read(limit, cursor, out var paging) is { } badCursor)
        {
            return badCursor;
        }

        await using var conn = await db.OpenConnectionAsync(ct);
        var rows = (await conn.QueryAsync<MemberRow>(new CommandDefinition(SelectMembers,
            new { id = http.User.EnterpriseId(), After = paging.After, Take = paging.Fetch }, cancellationToken: ct))).ToList();
        var page = paging.Build(rows, r => r.Id);
        return TypedResults.Ok(new Page<MemberResponse>(page.Items.Select(r => new MemberResponse(r.Id.Text(),
            pii.DecryptOrNull(r.NameEnc) is { } name ? Mask.Name(name) : "", r.MemberCardNo, r.VerifiedAt.ToChina())).ToList(), page.NextCursor));
    }
}

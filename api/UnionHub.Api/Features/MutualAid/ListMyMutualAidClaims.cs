using Dapper;
using Microsoft.AspNetCore.Http.HttpResults;
using MySqlConnector;
using UnionHub.Api.Platform;

namespace UnionHub.Api.Features.MutualAid;

/// <summary>GET /me/mutual-aid/claims: the caller's claims, newest first, with their decisions (the history of their cover).</summary>
public static class ListMyMutualAidClaims
{
    public static async Task<Results<Ok<Page<MutualAid.Claim>>, ProblemHttpResult>> Handle(HttpContext http, MySqlDataSource db, PiiProtector pii,
        CancellationToken ct, int? limit = null, string? cursor = null)
    {
        if (Paging.Read(limit, cursor, out var paging) is { } badCursor)
        {
            return badCursor;
        }

        await using var conn = await db.OpenConnectionAsync(ct);
        var rows = (await conn.QueryAsync<MutualAid.ClaimRow>(new CommandDefinition(
            $"{MutualAid.SelectClaim} WHERE c.member_id = @MemberId AND c.id < @After ORDER BY c.id DESC LIMIT @Take",
            new { MemberId = http.User.MemberId(), paging.After, Take = paging.Fetch }, cancellationToken: ct))).ToList();
        var page = paging.Build(rows, r => r.Id);
        return TypedResults.Ok(new Page<MutualAid.Claim>(page.Items.Select(r => MutualAid.ToView(r, pii, withText: true)).ToList(), page.NextCursor));
    }
}

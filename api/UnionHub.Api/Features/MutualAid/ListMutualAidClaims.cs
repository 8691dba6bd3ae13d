using Dapper;
using Microsoft.AspNetCore.Http.HttpResults;
using MySqlConnector;
using UnionHub.Api.Platform;

namespace UnionHub.Api.Features.MutualAid;

/// <summary>GET /admin/mutual-aid/claims: the claims of the plans of the caller's subtree (the review queue with
/// <c>status=submitted</c>), newest first; descriptions are left out (the audited read of one claim gives them).</summary>
public static class ListMutualAidClaims
{
    public static async Task<Results<Ok<Page<MutualAid.Claim>>, ProblemHttpResult>> Handle(HttpContext http, MySqlDataSource db, PiiProtector pii,
        CancellationToken ct, string? planId = null, string? status = null, int? limit = null, string? cursor = null)
    {
        if (Paging.Read(limit, cursor, out var paging) is { } badCursor)
        {
            return badCursor;
        }

        var v = new Validator()
            .Check(planId is null || Ids.Parse(planId) is not null, "planId", "is not a valid id")
            .Check(status is null || MutualAidRules.ClaimStatuses.Contains(status), "status",
                $"must be one of: {MutualAidRules.Join(MutualAidRules.ClaimStatuses)}");
        if (!v.IsValid)
        {
            return v.Problem();
        }

        await using var conn = await db.OpenConnectionAsync(ct);
        var scope = await Scope.OfAsync(conn, null, http.User, ct);
        if (scope.Path is null)
        {
            return TypedResults.Ok(new Page<MutualAid.Claim>([], null));
        }

        var rows = (await conn.QueryAsync<MutualAid.ClaimRow>(new CommandDefinition($"""
            {MutualAid.SelectClaim}
            WHERE c.id < @After AND {MutualAidRules.PlanInScopeSql} AND (@PlanId IS NULL OR c.plan_id = @PlanId)
              AND (@Status IS NULL OR c.status = @Status)
            ORDER BY c.id DESC LIMIT @Take
            """, new { paging.After, ScopePath = scope.Path, PlanId = Ids.Parse(planId), Status = status, Take = paging.Fetch }, cancellationToken: ct)))
            .ToList();
        var page = paging.Build(rows, r => r.Id);
        return TypedResults.Ok(new Page<MutualAid.Claim>(page.Items.Select(r => MutualAid.ToView(r, pii, withText: false)).ToList(), page.NextCursor));
    }
}

using Dapper;
using Microsoft.AspNetCore.Http.HttpResults;
using MySqlConnector;
using UnionHub.Api.Platform;

namespace UnionHub.Api.Features.MutualAid;

/// <summary>GET /admin/mutual-aid/plans: the plans of the caller's subtree, newest first, optionally of one status.</summary>
public static class ListMutualAidPlans
{
    public static async Task<Results<Ok<Page<MutualAid.Plan>>, ProblemHttpResult>> Handle(HttpContext http, MySqlDataSource db, CancellationToken ct,
        string? status = null, int? limit = null, string? cursor = null)
    {
        if (Paging.Read(limit, cursor, out var paging) is { } badCursor)
        {
            return badCursor;
        }

        var v = new Validator().Check(status is null || MutualAidRules.PlanStatuses.Contains(status), "status",
            $"must be one of: {MutualAidRules.Join(MutualAidRules.PlanStatuses)}");
        if (!v.IsValid)
        {
            return v.Problem();
        }

        await using var conn = await db.OpenConnectionAsync(ct);
        var scope = await Scope.OfAsync(conn, null, http.User, ct);
        if (scope.Path is null)
        {
            return TypedResults.Ok(new Page<MutualAid.Plan>([], null));
        }

        var rows = (await conn.QueryAsync<MutualAid.PlanRow>(new CommandDefinition($"""
            {MutualAid.SelectPlan}
            WHERE p.id < @After AND {MutualAidRules.PlanInScopeSql} AND (@Status IS NULL OR p.status = @Status)
            ORDER BY p.id DESC LIMIT @Take
            """, new { paging.After, ScopePath = scope.Path, Status = status, Take = paging.Fetch }, cancellationToken: ct))).ToList();
        var page = paging.Build(rows, r => r.Id);
        return TypedResults.Ok(new Page<MutualAid.Plan>(await MutualAid.PlanViewsAsync(conn, null, page.Items, ct), page.NextCursor));
    }
}

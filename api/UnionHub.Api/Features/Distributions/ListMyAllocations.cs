using Dapper;
using Microsoft.AspNetCore.Http.HttpResults;
using MySqlConnector;
using UnionHub.Api.Platform;

namespace UnionHub.Api.Features.Distributions;

public static class ListMyAllocations
{
    public static async Task<Results<Ok<Page<DistributionViews.AllocationResponse>>, ProblemHttpResult>> Handle(
        HttpContext http, MySqlDataSource db, CancellationToken ct, int? limit = null, string? cursor = null)
    {
        if (Paging.Read(limit, cursor, out var paging) is { } badCursor)
        {
            return badCursor;
        }

        await using var conn = await db.OpenConnectionAsync(ct);
        var rows = (await conn.QueryAsync<DistributionViews.AllocationRow>(new CommandDefinition(
            DistributionViews.AllocationColumns + " WHERE a.enterprise_id = @e AND a.id < @After ORDER BY a.id DESC LIMIT @Take",
            new { e = http.User.EnterpriseId(), After = paging.After, Take = paging.Fetch }, cancellationToken: ct))).ToList();
        var page = paging.Build(rows, r => r.Id);
        return TypedResults.Ok(new Page<DistributionViews.AllocationResponse>(page.Items.Select(DistributionViews.ToResponse).ToList(),
            page.NextCursor));
    }
}

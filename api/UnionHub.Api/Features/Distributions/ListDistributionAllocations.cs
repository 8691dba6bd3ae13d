using Dapper;
using Microsoft.AspNetCore.Http.HttpResults;
using MySqlConnector;
using UnionHub.Api.Platform;

namespace UnionHub.Api.Features.Distributions;

public static class ListDistributionAllocations
{
    public static async Task<Results<Ok<Page<DistributionViews.AllocationResponse>>, ProblemHttpResult>> Handle(
        string id, HttpContext http, MySqlDataSource db, CancellationToken ct, int? limit = null, string? cursor = null)
    {
        if (Paging.Read(limit, cursor, out var paging) is { } badCursor)
        {
            return badCursor;
        }

        await using var conn = await db.OpenConnectionAsync(ct);
        var scope = await Scope.OfAsync(conn, null, http.User, ct);
        if (await DistributionViews.FindVisibleAsync(conn, null, scope, Ids.Parse(id), ct) is not { } distribution)
        {
            return Problems.NotFound("distribution");
        }

        var rows = (await conn.QueryAsync<DistributionViews.AllocationRow>(new CommandDefinition(
            DistributionViews.AllocationColumns + " WHERE a.distribution_id = @d AND a.id < @After ORDER BY a.id DESC LIMIT @Take",
            new { d = distribution.Id, After = paging.After, Take = paging.Fetch }, cancellationToken: ct))).ToList();
        var page = paging.Build(rows, r => r.Id);
        return TypedResults.Ok(new Page<DistributionViews.AllocationResponse>(page.Items.Select(DistributionViews.ToResponse).ToList(),
            page.NextCursor));
    }
}

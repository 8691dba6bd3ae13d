using Microsoft.AspNetCore.Http.HttpResults;
using MySqlConnector;
using UnionHub.Api.Platform;

namespace UnionHub.Api.Features.Distributions;

public static class GetDistribution
{
    public static async Task<Results<Ok<DistributionViews.DistributionResponse>, ProblemHttpResult>> Handle(
        string id, HttpContext http, MySqlDataSource db, CancellationToken ct)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        var scope = await Scope.OfAsync(conn, null, http.User, ct);
        return await DistributionViews.FindVisibleAsync(conn, null, scope, Ids.Parse(id), ct) is { } row
            ? TypedResults.Ok(await DistributionViews.LoadAsync(conn, null, row, ct))
            : Problems.NotFound("distribution");
    }
}

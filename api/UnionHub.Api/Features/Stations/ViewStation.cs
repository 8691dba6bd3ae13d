using Microsoft.AspNetCore.Http.HttpResults;
using MySqlConnector;
using UnionHub.Api.Platform;

namespace UnionHub.Api.Features.Stations;

/// <summary>GET /stations/{id}: one station for a member (every member may use every organisation's stations).</summary>
public static class ViewStation
{
    public static async Task<Results<Ok<StationRules.StationResponse>, ProblemHttpResult>> Handle(string id, MySqlDataSource db, CancellationToken ct)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        return Ids.Parse(id) is { } stationId && await StationRules.LoadAsync(conn, null, stationId, ct) is { } row
            ? TypedResults.Ok(row.ToResponse())
            : Problems.NotFound("station");
    }
}

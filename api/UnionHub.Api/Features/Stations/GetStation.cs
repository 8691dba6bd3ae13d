using Microsoft.AspNetCore.Http.HttpResults;
using MySqlConnector;
using UnionHub.Api.Platform;

namespace UnionHub.Api.Features.Stations;

/// <summary>GET /admin/stations/{id}: one station of the caller's subtree (404 outside it).</summary>
public static class GetStation
{
    public static async Task<Results<Ok<StationRules.StationResponse>, ProblemHttpResult>> Handle(
        string id, HttpContext http, MySqlDataSource db, CancellationToken ct)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        var scope = await Scope.OfAsync(conn, null, http.User, ct);
        return await StationRules.FindVisibleAsync(conn, null, scope, id, false, ct) is { } row
            ? TypedResults.Ok(row.ToResponse())
            : Problems.NotFound("station");
    }
}

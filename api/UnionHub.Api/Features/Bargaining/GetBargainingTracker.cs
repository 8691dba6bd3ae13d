using Microsoft.AspNetCore.Http.HttpResults;
using MySqlConnector;
using UnionHub.Api.Platform;
using static UnionHub.Api.Features.Bargaining.Tracker;

namespace UnionHub.Api.Features.Bargaining;

public static class GetBargainingTracker
{
    public static async Task<Results<Ok<Response>, ProblemHttpResult>> Handle(string id, HttpContext http, MySqlDataSource db, CancellationToken ct)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        var scope = await Scope.OfAsync(conn, null, http.User, ct);
        var enterprise = await BargainingRules.FindVisibleAsync(conn, null, scope, Ids.Parse(id), ct);
        return enterprise is null ? Problems.NotFound("enterprise") : TypedResults.Ok(await LoadAsync(conn, null, enterprise, ct));
    }
}

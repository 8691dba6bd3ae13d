using Microsoft.AspNetCore.Http.HttpResults;
using MySqlConnector;
using UnionHub.Api.Platform;
using static UnionHub.Api.Features.Bargaining.Tracker;

namespace UnionHub.Api.Features.Bargaining;

/// <summary>
/// GET /enterprise/bargaining (enterprise_contact): the contact's own enterprise's bargaining tracker, read-only: the eight
/// steps with their dates, notes and documents (listed; the documents themselves stay with the union's staff).
/// </summary>
public static class GetMyBargainingTracker
{
    public static async Task<Results<Ok<Response>, ProblemHttpResult>> Handle(HttpContext http, MySqlDataSource db, CancellationToken ct)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        var enterprise = await BargainingRules.LoadOwnAsync(conn, null, http.User.EnterpriseId()!.Value, ct);
        return enterprise is null ? Problems.NotFound("enterprise") : TypedResults.Ok(await LoadAsync(conn, null, enterprise, ct));
    }
}

using Microsoft.AspNetCore.Http.HttpResults;
using MySqlConnector;
using UnionHub.Api.Platform;
using static UnionHub.Api.Features.Hardship.Packages;

namespace UnionHub.Api.Features.Hardship;

public static class GetHardshipPackageTotals
{
    public static async Task<Results<Ok<Totals>, ProblemHttpResult>> Handle(string id, HttpContext http, MySqlDataSource db, CancellationToken ct)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        var scope = await Scope.OfAsync(conn, null, http.User, ct);
        var round = await Rounds.FindVisibleAsync(conn, null, scope, Ids.Parse(id), ct);
        return round is null ? Problems.NotFound("round") : TypedResults.Ok(await LoadTotalsAsync(conn, null, round.Id, null, ct));
    }
}

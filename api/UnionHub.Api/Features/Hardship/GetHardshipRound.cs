using Microsoft.AspNetCore.Http.HttpResults;
using MySqlConnector;
using UnionHub.Api.Platform;
using static UnionHub.Api.Features.Hardship.Rounds;

namespace UnionHub.Api.Features.Hardship;

public static class GetHardshipRound
{
    public static async Task<Results<Ok<Round>, ProblemHttpResult>> Handle(string id, HttpContext http, MySqlDataSource db, CancellationToken ct)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        var scope = await Scope.OfAsync(conn, null, http.User, ct);
        var row = await FindVisibleAsync(conn, null, scope, Ids.Parse(id), ct);
        return row is null ? Problems.NotFound("round") : TypedResults.Ok((await LoadAsync(conn, null, row.Id, ct))!);
    }
}

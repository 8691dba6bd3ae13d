using Microsoft.AspNetCore.Http.HttpResults;
using MySqlConnector;
using UnionHub.Api.Platform;
using static UnionHub.Api.Features.Hardship.Declarations;

namespace UnionHub.Api.Features.Hardship;

public static class GetHardshipDeclaration
{
    public static async Task<Results<Ok<Declaration>, ProblemHttpResult>> Handle(
        string id, HttpContext http, MySqlDataSource db, PiiProtector pii, CancellationToken ct)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        var scope = await Scope.OfAsync(conn, null, http.User, ct);
        var row = await FindVisibleAsync(conn, null, scope, Ids.Parse(id), ct);
        return row is null ? Problems.NotFound("declaration") : TypedResults.Ok((await LoadAsync(conn, null, row.Id, pii, ct))!);
    }
}

using Microsoft.AspNetCore.Http.HttpResults;
using MySqlConnector;
using UnionHub.Api.Platform;
using static UnionHub.Api.Features.Hardship.Households;

namespace UnionHub.Api.Features.Hardship;

public static class GetHardshipHousehold
{
    public static async Task<Results<Ok<Household>, ProblemHttpResult>> Handle(
        string id, HttpContext http, MySqlDataSource db, PiiProtector pii, CancellationToken ct)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        var scope = await Scope.OfAsync(conn, null, http.User, ct);
        var row = await FindVisibleAsync(conn, null, scope, Ids.Parse(id), ct);
        if (row is null)
        {
            return Problems.NotFound("household");
        }

        return TypedResults.Ok((await LoadAsync(conn, null, row.Id, pii, ct))!);
    }
}

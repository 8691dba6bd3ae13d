using Microsoft.AspNetCore.Http.HttpResults;
using MySqlConnector;
using UnionHub.Api.Platform;

namespace UnionHub.Api.Features.GroupBuys;

public static class GetGroupBuy
{
    public static async Task<Results<Ok<GroupBuyViews.GroupBuyResponse>, ProblemHttpResult>> Handle(
        string id, HttpContext http, MySqlDataSource db, TimeProvider clock, CancellationToken ct)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        var scope = await Scope.OfAsync(conn, null, http.User, ct);
        return await GroupBuyViews.FindVisibleAsync(conn, null, scope, Ids.Parse(id), ct) is { } row
            ? TypedResults.Ok(await GroupBuyViews.LoadAsync(conn, null, row, clock.GetUtcNow().UtcDateTime, ct))
            : Problems.NotFound("group-buy");
    }
}

using Microsoft.AspNetCore.Http.HttpResults;
using MySqlConnector;
using UnionHub.Api.Platform;

namespace UnionHub.Api.Features.Lotteries;

public static class GetLottery
{
    public static async Task<Results<Ok<LotteryRules.LotteryResponse>, ProblemHttpResult>> Handle(
        string id, HttpContext http, MySqlDataSource db, TimeProvider clock, CancellationToken ct)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        var scope = await Scope.OfAsync(conn, null, http.User, ct);
        if (await LotteryRules.FindVisibleAsync(conn, null, scope, id, false, ct) is not { } row)
        {
            return Problems.NotFound("lottery");
        }

        return TypedResults.Ok(await LotteryRules.StaffViewAsync(conn, null, row, clock.GetUtcNow().UtcDateTime, ct));
    }
}

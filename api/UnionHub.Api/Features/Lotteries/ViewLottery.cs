using Microsoft.AspNetCore.Http.HttpResults;
using MySqlConnector;
using UnionHub.Api.Platform;

namespace UnionHub.Api.Features.Lotteries;

/// <summary>GET /lotteries/{id}: a published lottery of the caller's organisation tree, with the caller's application and, once drawn, its result.</summary>
public static class ViewLottery
{
    public static async Task<Results<Ok<LotteryRules.MemberLotteryResponse>, ProblemHttpResult>> Handle(
        string id, HttpContext http, MySqlDataSource db, TimeProvider clock, CancellationToken ct)
    {
        var memberId = http.User.MemberId()!.Value;
        await using var conn = await db.OpenConnectionAsync(ct);
        var member = await LotteryRules.MemberAsync(conn, null, memberId, ct);
        if (await LotteryRules.FindForMemberAsync(conn, null, id, member, ct) is not { } row)
        {
            return Problems.NotFound("lottery");
        }

        return TypedResults.Ok(await LotteryRules.MemberViewAsync(conn, null, row, memberId, clock.GetUtcNow().UtcDateTime, ct));
    }
}

using Microsoft.AspNetCore.Http.HttpResults;
using MySqlConnector;
using UnionHub.Api.Platform;

namespace UnionHub.Api.Features.Lotteries;

/// <summary>
/// GET /public/lotteries/{id}/draw (no login): the public record of a published lottery: the commitment, the sorted
/// application ids with masked names, and once drawn the seed, each application's ticket and rank, the winners and the
/// waiting order: everything tools/verify-lottery.mjs needs to recompute the winners. Drafts are 404.
/// </summary>
public static class GetLotteryDraw
{
    public static async Task<Results<Ok<LotteryRules.DrawRecord>, ProblemHttpResult>> Handle(
        string id, MySqlDataSource db, PiiProtector pii, TimeProvider clock, CancellationToken ct)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        if (Ids.Parse(id) is not { } lotteryId || await LotteryRules.LoadAsync(conn, null, lotteryId, false, ct) is not { } row
            || row.Status == LotteryRules.Draft)
        {
            return Problems.NotFound("lottery");
        }

        return TypedResults.Ok(await LotteryRules.DrawRecordAsync(conn, null, pii, row, clock.GetUtcNow().UtcDateTime, ct));
    }
}

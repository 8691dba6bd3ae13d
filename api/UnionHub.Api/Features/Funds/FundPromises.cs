using System.Data.Common;
using Dapper;
using Microsoft.AspNetCore.Http.HttpResults;
using UnionHub.Api.Platform;

namespace UnionHub.Api.Features.Funds;

/// <summary>
/// What a fund's published, undrawn grant lotteries promise (ADR 0018, 2026-12-04): a grant lottery in status <c>open</c> promises
/// <c>places x grantFen</c> from its fund, booked only at its draw. The one reading and the one arithmetic behind every rule that keeps
/// the promises inside what the fund may grant: a budget cut (<see cref="ChangeFundBudget"/>, 409 <c>fund.budget_below_promised</c>), a
/// lottery's publication (<c>Lotteries/OpenLottery</c>, 409 <c>lottery.fund_over_promised</c>), every grant booked on the fund
/// (<see cref="FundGrants.BookAsync(DbConnection, DbTransaction, long, IReadOnlyCollection{FundGrants.Grant}, long?, long, DateTime, FundGrants.Promises, CancellationToken)"/>,
/// 409 <c>fund.promised_to_lottery</c>) and a donation reversal (the same code; ADR 0018, 2026-12-04 evening). Read after the fund row's
/// lock in a READ COMMITTED transaction, so it counts every publication committed before the lock was taken (all of them lock the row
/// first).
/// </summary>
public static class FundPromises
{
    /// <summary>The sum of the promises and the lotteries that hold them (oldest first).</summary>
    public sealed record Promised(long PromisedFen, IReadOnlyList<long> LotteryIds);

    // publication order: opened_at (created_at for a row opened before the column was kept), then id
    private const string Sql = """
        SELECT id, places * grant_fen FROM lottery
        WHERE fund_id = @FundId AND status = 'open'
          AND (@Before IS NULL OR (COALESCE(opened_at, created_at), id) <
               (SELECT COALESCE(b.opened_at, b.created_at), b.id FROM lottery b WHERE b.id = @Before))
        ORDER BY id
        """;

    /// <summary>
    /// The promises of the fund's published, undrawn grant lotteries. With <paramref name="publishedBefore"/> (the draw of that lottery),
    /// only those published before it: its own promise becomes the draw's grants, the earlier promises were made first and still count,
    /// and the later ones were checked against its promise when they were published (where rows from before that rule over-promise, the
    /// lottery published first is drawn first, and a later one is refused while an earlier one waits).
    /// </summary>
    public static async Task<Promised> ReadAsync(DbConnection conn, DbTransaction tx, long fundId, CancellationToken ct, long? publishedBefore = null)
    {
        var rows = (await conn.QueryAsync<(long Id, long Fen)>(new CommandDefinition(Sql, new { FundId = fundId, Before = publishedBefore }, tx,
            cancellationToken: ct))).ToList();
        return new Promised(rows.Sum(r => r.Fen), rows.Select(r => r.Id).ToList());
    }

    /// <summary>SQL: the sum of the promises of the fund aliased <c>f</c> (<see cref="ReadAsync"/>'s rows added up), for the fund's figures.</summary>
    public const string OfFundSql =
        "(SELECT CAST(COALESCE(SUM(l.places * l.grant_fen), 0) AS SIGNED) FROM lottery l WHERE l.fund_id = f.id AND l.status = 'open')";

    /// <summary>What the fund may still promise: budget + donations - granted - promised (negative: the promises exceed what it may
    /// grant).</summary>
    public static long Headroom(long budgetFen, long donatedFen, long grantedFen, long promisedFen) => budgetFen + donatedFen - grantedFen - promisedFen;

    /// <summary>
    /// 409 <c>fund.promised_to_lottery</c>: the money for this step (<paramref name="neededFen"/>: a grant, or a donation taken back) is in
    /// the fund, but published, undrawn grant lotteries promise it. The figures the step was judged by and the lotteries holding the money,
    /// so staff know to draw or re-plan those, or raise the budget (ADR 0018, 2026-12-04 evening).
    /// </summary>
    public static ProblemHttpResult PromisedToLottery(string title, long budgetFen, long donatedFen, long grantedFen, Promised promised, long neededFen,
        long headroomFen) =>
        Problems.Create(409, FundProblems.FundPromisedToLottery, title,
            $"Budget {budgetFen} fen, donations {donatedFen} fen, granted {grantedFen} fen, {promised.PromisedFen} fen promised by grant lotteries not "
            + $"yet drawn ({string.Join(", ", promised.LotteryIds.Select(id => id.Text()))}): {Math.Max(0, headroomFen)} fen is free, this needs "
            + $"{neededFen} fen. Draw or re-plan those lotteries, or raise the budget, first.",
            new Dictionary<string, object?>
            {
                ["budgetFen"] = budgetFen, ["donatedFen"] = donatedFen, ["grantedFen"] = grantedFen, ["promisedFen"] = promised.PromisedFen,
                ["neededFen"] = neededFen, ["headroomFen"] = headroomFen, ["lotteryIds"] = promised.LotteryIds.Select(id => id.Text()).ToList(),
            });
}

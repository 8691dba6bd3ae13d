using System.Data.Common;
using Dapper;

namespace UnionHub.Api.Features.Funds;

/// <summary>
/// What a fund's published, undrawn grant lotteries promise (ADR 0018, 2026-12-04): a grant lottery in status <c>open</c> promises
/// <c>places x grantFen</c> from its fund, booked only at its draw. The one reading and the one arithmetic behind both rules that keep
/// the promises inside what the fund may grant: a budget cut (<see cref="ChangeFundBudget"/>, 409 <c>fund.budget_below_promised</c>) and a
/// lottery's publication (<c>Lotteries/OpenLottery</c>, 409 <c>lottery.fund_over_promised</c>). Read after the fund row's lock in a
/// READ COMMITTED transaction, so it counts every publication committed before the lock was taken (all of them lock the row first).
/// </summary>
public static class FundPromises
{
    /// <summary>The sum of the promises and the lotteries that hold them (oldest first).</summary>
    public sealed record Promised(long PromisedFen, IReadOnlyList<long> LotteryIds);

    private const string Sql = "SELECT id, places * grant_fen FROM lottery WHERE fund_id = @FundId AND status = 'open' ORDER BY id";

    public static async Task<Promised> ReadAsync(DbConnection conn, DbTransaction tx, long fundId, CancellationToken ct)
    {
        var rows = (await conn.QueryAsync<(long Id, long Fen)>(new CommandDefinition(Sql, new { FundId = fundId }, tx, cancellationToken: ct))).ToList();
        return new Promised(rows.Sum(r => r.Fen), rows.Select(r => r.Id).ToList());
    }

    /// <summary>What the fund may still promise: budget + donations - granted - promised (negative: the promises exceed what it may
    /// grant).</summary>
    public static long Headroom(long budgetFen, long donatedFen, long grantedFen, long promisedFen) => budgetFen + donatedFen - grantedFen - promisedFen;
}

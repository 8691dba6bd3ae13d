using System.Data;
using Dapper;
using MySqlConnector;
using UnionHub.Api.Features.Perks;
using UnionHub.Api.Platform;

namespace UnionHub.Api.Features.Lotteries;

public sealed class LotteryOptions
{
    public const string Section = "Lotteries";
    /// <summary>Re-offer the places of prize vouchers that expired unused by themselves (one instance at a time, the lease holder).</summary>
    public bool LapseSweepEnabled { get; set; } = true;
    /// <summary>How often the sweep looks for lapsed places.</summary>
    public int LapseSweepMinutes { get; set; } = 10;
    /// <summary>Places one transaction lapses and re-offers at most (the lottery row is locked for that long).</summary>
    public int LapseSweepBatchSize { get; set; } = 100;
}

/// <summary>
/// The automatic re-offer (ADR 0019, 2026-12-04): every <see cref="LotteryOptions.LapseSweepMinutes"/> the instance holding the
/// <see cref="LeaseName"/> lease finds drawn perk lotteries with a won (or promoted) place whose prize voucher is past its validity
/// unused, and gives those places to the published waiting order through the staff route's own routine
/// (<see cref="ReofferLapsedLotteryPlaces.ReofferAsync"/>, the promotion of <see cref="LotteryPrizes.PromoteNextAsync"/>): the
/// lottery row locked first, as the staff route and declines lock it, at most <see cref="LotteryOptions.LapseSweepBatchSize"/>
/// places per transaction, an audit row (actor <c>system</c>) in each transaction that changed something. Every step is a
/// conditional update under that lock, so a re-run, a second instance or a staff re-offer at the same time finds nothing more to
/// do. Time is the injected clock. Logs and metrics carry counts and lottery ids only.
/// </summary>
public sealed partial class LapsedPlaceSweep(Transactions transactions, Leases leases, VoucherSigner signer, PiiProtector pii, TimeProvider clock,
    Microsoft.Extensions.Options.IOptions<LotteryOptions> options, ILogger<LapsedPlaceSweep> logger) : BackgroundService
{
    public const string LeaseName = "lottery-lapse-sweep";

    /// <summary>The actor id of the sweep's audit rows (actor kind <c>system</c>; the action is the staff route's, <c>lottery.reoffer_lapsed</c>).</summary>
    public const string AuditActor = "lottery-lapse-sweep";

    private TimeSpan Interval => TimeSpan.FromMinutes(Math.Max(1, options.Value.LapseSweepMinutes));

    private int BatchSize => Math.Max(1, options.Value.LapseSweepBatchSize);

    /// <summary>Lottery ids one read of <see cref="DueLotteries"/> returns (then the next page after the last).</summary>
    private const int LotteriesPerRead = 100;

    // lotteries (after a keyset position) with a place that lapsed and was not re-offered: read without locks, decided under the lock
    private const string DueLotteries = """
        SELECT DISTINCT l.id
        FROM lottery l
        JOIN lottery_outcome r ON r.lottery_id = l.id
        JOIN voucher v ON v.id = r.voucher_id
        WHERE l.status = 'drawn' AND l.perk_id IS NOT NULL AND l.id > @After
          AND (r.won = 1 OR r.promoted_at IS NOT NULL) AND r.declined_at IS NULL AND r.lapsed_at IS NULL
          AND v.status IN ('unused', 'expired') AND v.valid_until <= @Now
        ORDER BY l.id
        LIMIT @Limit
        """;

    /// <summary>What one sweep did: lotteries touched, places lapsed, members promoted.</summary>
    public sealed record Outcome(int Lotteries, int Lapsed, int Promoted);

    /// <summary>Sweeps if this instance holds (or now takes) the lease; null when another instance holds it.</summary>
    public async Task<Outcome?> SweepIfLeaderAsync(CancellationToken ct) =>
        await leases.TryAcquireAsync(LeaseName, Interval * 2, ct) ? await SweepAsync(holdingLease: true, ct) : null;

    /// <summary>
    /// One pass over every lottery with lapsed places, to the end. Run by the lease holder, it renews the lease before each
    /// lottery and stops when another instance has taken it meanwhile (a long pass outliving its lease); correctness never rests on
    /// it, as two passes at once take turns on each lottery row.
    /// </summary>
    public Task<Outcome> SweepAsync(CancellationToken ct) => SweepAsync(holdingLease: false, ct);

    private async Task<Outcome> SweepAsync(bool holdingLease, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var (lotteries, lapsedTotal, promotedTotal) = (0, 0, 0);
        var after = 0L;
        while (!ct.IsCancellationRequested)
        {
            var due = (await transactions.RunAsync(async (conn, tx) => (await conn.QueryAsync<long>(new CommandDefinition(DueLotteries,
                new { After = after, Now = now, Limit = LotteriesPerRead }, tx, cancellationToken: ct))).ToList(), ct, IsolationLevel.ReadCommitted));
            foreach (var lotteryId in due)
            {
                if (holdingLease && !await leases.TryAcquireAsync(LeaseName, Interval * 2, ct))
                {
                    return new Outcome(lotteries, lapsedTotal, promotedTotal);
                }

                var (lapsed, promoted) = await SweepLotteryAsync(lotteryId, now, ct);
                if (lapsed > 0)
                {
                    lotteries++;
                    lapsedTotal += lapsed;
                    promotedTotal += promoted;
                    LogLottery(logger, lotteryId, lapsed, promoted);
                }
            }

            if (due.Count < LotteriesPerRead)
            {
                break;
            }

            after = due[^1];
        }

        return new Outcome(lotteries, lapsedTotal, promotedTotal);
    }

    /// <summary>One lottery, batch by batch: each its own transaction under the lottery row's lock.</summary>
    private async Task<(int Lapsed, int Promoted)> SweepLotteryAsync(long lotteryId, DateTime now, CancellationToken ct)
    {
        var (lapsedTotal, promotedTotal) = (0, 0);
        while (!ct.IsCancellationRequested)
        {
            var (lapsed, promoted) = await transactions.RunAsync(async (conn, tx) =>
            {
                // locked first, as the staff route and a decline lock it: re-offers and declines of one lottery take turns
                var lottery = await LotteryRules.LoadAsync(conn, tx, lotteryId, true, ct);
                if (lottery is not { Status: LotteryRules.Drawn, IsGrant: false })
                {
                    return (0, 0);
                }

                var (lapsedNow, promotedNow) = await ReofferLapsedLotteryPlaces.ReofferAsync(conn, tx, lottery, signer, pii, now, BatchSize, ct);
                if (lapsedNow.Count > 0)
                {
                    await Audit.WriteSystemAsync(conn, tx, clock.GetUtcNow().UtcDateTime, AuditActor, "lottery.reoffer_lapsed", "lottery",
                        lottery.Id.Text(), new { lapsed = lapsedNow.Select(a => a.Text()), promoted = promotedNow.Select(a => a.Text()) }, ct);
                }

                return (lapsedNow.Count, promotedNow.Count);
            }, ct, IsolationLevel.ReadCommitted);
            lapsedTotal += lapsed;
            promotedTotal += promoted;
            AppMetrics.LotteryPlaces("lapsed", lapsed);
            AppMetrics.LotteryPlaces("promoted", promoted);
            if (lapsed < BatchSize)
            {
                break;
            }
        }

        return (lapsedTotal, promotedTotal);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.LapseSweepEnabled)
        {
            return;
        }

        // the first pass comes one interval after start-up, when migrations are long done
        using var timer = new PeriodicTimer(Interval, clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                if (await SweepIfLeaderAsync(stoppingToken) is { Lapsed: > 0 } done)
                {
                    LogSwept(logger, done.Lotteries, done.Lapsed, done.Promoted);
                }
            }
            catch (Exception ex) when (ex is MySqlException or TimeoutException or InvalidOperationException or DatabaseUnavailableException
                && !stoppingToken.IsCancellationRequested)
            {
                LogFailed(logger, ex);
            }
        }
    }

    /// <summary>A stopping instance hands the lease on at once, rather than after it runs out.</summary>
    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        if (options.Value.LapseSweepEnabled)
        {
            try
            {
                await leases.ReleaseAsync(LeaseName, cancellationToken);
            }
            catch (Exception ex) when (ex is MySqlException or OperationCanceledException or InvalidOperationException or DatabaseUnavailableException)
            {
                LogNotReleased(logger, ex);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Lottery {LotteryId}: {Lapsed} lapsed places re-offered, {Promoted} waiting applications promoted")]
    private static partial void LogLottery(ILogger logger, long lotteryId, int lapsed, int promoted);

    [LoggerMessage(Level = LogLevel.Information, Message = "Lottery lapse sweep: {Lapsed} places in {Lotteries} lotteries re-offered, {Promoted} promoted")]
    private static partial void LogSwept(ILogger logger, int lotteries, int lapsed, int promoted);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Lottery lapse sweep failed; trying again next interval")]
    private static partial void LogFailed(ILogger logger, Exception ex);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Lottery lapse sweep lease not released; it runs out by itself")]
    private static partial void LogNotReleased(ILogger logger, Exception ex);
}

namespace UnionHub.Api.Features.Notifications;

/// <summary>
/// The delivery loop of one instance: deliver due notifications (at once again while batches come back full), and every
/// <see cref="NotificationOptions.ExpiryScanMinutes"/> run the voucher expiry scan, every
/// <see cref="NotificationOptions.RetentionSweepMinutes"/> the outbox retention sweep. Failures (database down) are logged and
/// the loop carries on; stopping the host ends it and hands claimed rows back.
/// </summary>
public sealed partial class NotificationWorker(
    NotificationDispatcher dispatcher, VoucherExpiryScan expiryScan, OutboxRetention retention, NotificationOptions options, TimeProvider clock,
    ILogger<NotificationWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.WorkerEnabled)
        {
            return;
        }

        await Task.Yield(); // let start-up finish
        var nextScan = clock.GetUtcNow();
        var nextSweep = clock.GetUtcNow();
        while (!stoppingToken.IsCancellationRequested)
        {
            var handled = 0;
            try
            {
                if (clock.GetUtcNow() >= nextScan)
                {
                    nextScan = clock.GetUtcNow().AddMinutes(Math.Max(1, options.ExpiryScanMinutes));
                    if (await expiryScan.RunIfLeaderAsync(stoppingToken) is { } enqueued && enqueued > 0)
                    {
                        LogExpiring(logger, enqueued);
                    }
                }

                if (clock.GetUtcNow() >= nextSweep)
                {
                    nextSweep = clock.GetUtcNow().AddMinutes(Math.Max(1, options.RetentionSweepMinutes));
                    await retention.RunIfLeaderAsync(stoppingToken); // it logs its own progress
                }

                handled = await dispatcher.DeliverDueAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception ex)
            {
                LogRoundFailed(logger, ex);
            }

            if (handled >= options.BatchSize)
            {
                continue; // more may be waiting
            }

            try
            {
                await Task.Delay(TimeSpan.FromMilliseconds(Math.Max(50, options.PollMilliseconds)), clock, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                break;
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Voucher expiry scan enqueued {Count} notices")]
    private static partial void LogExpiring(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Notification delivery round failed; trying again shortly")]
    private static partial void LogRoundFailed(ILogger logger, Exception ex);
}

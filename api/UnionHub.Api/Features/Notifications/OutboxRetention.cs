using Dapper;
using UnionHub.Api.Platform;

namespace UnionHub.Api.Features.Notifications;

/// <summary>
/// Deletes outbox rows that are done with: sent, skipped and dead notices created more than
/// <see cref="NotificationOptions.OutboxRetentionDays"/> days ago (pending and sending ones always stay, however old). The
/// member's inbox copy is kept on its own schedule (<c>Housekeeping:InboxRetentionDays</c>). Deletes go in batches of
/// <see cref="NotificationOptions.RetentionBatchSize"/> rows, each its own short transaction, oldest first, so no statement holds
/// locks for long. The worker runs it every <see cref="NotificationOptions.RetentionSweepMinutes"/> on one instance at a
/// time (the holder of the <see cref="LeaseName"/> lease). The retention is at least
/// <see cref="NotificationOptions.ExpiryNoticeDays"/> + 1 days, so the voucher expiry scan, which finds announced vouchers
/// by the outbox's dedupe key, never sees a voucher's notice gone while the voucher can still be announced.
/// </summary>
public sealed partial class OutboxRetention(Transactions transactions, Leases leases, TimeProvider clock, NotificationOptions options,
    ILogger<OutboxRetention> logger)
{
    public const string LeaseName = "notification-outbox-retention";

    // the primary key's order is the creation order: the oldest rows go first and a batch stops at the first LIMIT rows
    private const string DeleteBatch = """
        DELETE FROM notification_outbox
        WHERE status IN ('sent', 'skipped', 'dead') AND created_at < @Cutoff
        ORDER BY id
        LIMIT @Batch
        """;

    /// <summary>The days a finished notice is kept: the configured days, never fewer than the expiry notice needs.</summary>
    public int RetentionDays => Math.Max(options.OutboxRetentionDays, Math.Max(1, options.ExpiryNoticeDays) + 1);

    /// <summary>Sweeps if this instance holds (or now takes) the lease; null when another instance holds it.</summary>
    public async Task<int?> RunIfLeaderAsync(CancellationToken ct) =>
        await leases.TryAcquireAsync(LeaseName, TimeSpan.FromMinutes(2 * Math.Max(1, options.RetentionSweepMinutes)), ct) ? await RunAsync(ct) : null;

    /// <summary>Deletes every finished notice past the retention, batch by batch; returns how many rows went.</summary>
    public async Task<int> RunAsync(CancellationToken ct)
    {
        var cutoff = clock.GetUtcNow().UtcDateTime.AddDays(-RetentionDays);
        var batch = Math.Max(1, options.RetentionBatchSize);
        var total = 0;
        var batches = 0;
        int deleted;
        do
        {
            deleted = await transactions.RunAsync((conn, tx) => conn.ExecuteAsync(new CommandDefinition(DeleteBatch,
                new { Cutoff = cutoff, Batch = batch }, tx, cancellationToken: ct)), ct);
            total += deleted;
            batches++;
            if (deleted > 0)
            {
                LogProgress(logger, total, batches, RetentionDays); // counts only: no member, no payload
            }
        }
        while (deleted == batch && !ct.IsCancellationRequested);

        return total;
    }

    [LoggerMessage(Level = LogLevel.Information,
        Message = "Outbox retention: {Deleted} finished notices older than {Days} days deleted so far ({Batches} batches)")]
    private static partial void LogProgress(ILogger logger, int deleted, int batches, int days);
}

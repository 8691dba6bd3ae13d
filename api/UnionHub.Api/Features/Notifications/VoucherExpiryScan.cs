using System.Data;
using Dapper;
using MySqlConnector;
using UnionHub.Api.Platform;

namespace UnionHub.Api.Features.Notifications;

/// <summary>
/// Enqueues <see cref="NotificationKinds.VoucherExpiring"/> for unused vouchers that expire within
/// <see cref="NotificationOptions.ExpiryNoticeDays"/> days, each once: the dedupe key <c>voucher.expiring:&lt;voucher id&gt;</c>
/// is UNIQUE in the outbox, so scans that overlap (several instances, a rerun) never enqueue twice: the LEFT JOIN skips
/// vouchers already announced, and a scan that races another one on the same vouchers meets the UNIQUE key and stops.
/// Set-based (INSERT ... SELECT) in batches; READ COMMITTED so the scan takes no locks on the vouchers it reads.
/// The worker runs it on one instance at a time (the holder of the <see cref="LeaseName"/> lease).
/// </summary>
public sealed class VoucherExpiryScan(Transactions transactions, Leases leases, TimeProvider clock, NotificationOptions options)
{
    public const int Batch = 1000;
    public const string LeaseName = "voucher-expiry-scan";

    /// <summary>Runs the scan if this instance holds (or now takes) the lease; null when another instance holds it.</summary>
    public async Task<int?> RunIfLeaderAsync(CancellationToken ct) =>
        await leases.TryAcquireAsync(LeaseName, TimeSpan.FromMinutes(2 * Math.Max(1, options.ExpiryScanMinutes)), ct) ? await RunAsync(ct) : null;

    private const string EnqueueSql = """
        INSERT INTO notification_outbox (member_id, kind, payload, dedupe_key, status, attempts, next_attempt_at, created_at)
        SELECT v.member_id, @Kind,
               JSON_OBJECT('voucherId', CAST(v.id AS CHAR), 'perkId', CAST(v.perk_id AS CHAR), 'perkTitle', p.title,
                           'validUntil', DATE_FORMAT(DATE_ADD(v.valid_until, INTERVAL 8 HOUR), '%Y-%m-%d %H:%i')),
               CONCAT(@Kind, ':', v.id), 'pending', 0, @Now, @Now
        FROM voucher v
        JOIN perk p ON p.id = v.perk_id
        JOIN member m ON m.id = v.member_id AND m.deleted_at IS NULL
        LEFT JOIN notification_outbox o ON o.dedupe_key = CONCAT(@Kind, ':', v.id)
        WHERE v.status = 'unused' AND v.valid_until > @Now AND v.valid_until <= @Until AND o.id IS NULL
        ORDER BY v.id
        LIMIT @Batch
        """;

    /// <summary>Runs the scan to the end; returns how many notices it enqueued.</summary>
    public async Task<int> RunAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var until = now.AddDays(Math.Max(1, options.ExpiryNoticeDays));
        var total = 0;
        while (true)
        {
            var n = await transactions.RunAsync(async (conn, tx) =>
            {
                try
                {
                    return await conn.ExecuteAsync(new CommandDefinition(EnqueueSql,
                        new { Kind = NotificationKinds.VoucherExpiring, Now = now, Until = until, Batch }, tx, cancellationToken: ct));
                }
                catch (MySqlException ex) when (ex.IsDuplicateKey())
                {
                    return -1;
                }
            }, ct, IsolationLevel.ReadCommitted);
            if (n < 0)
            {
                return total; // another instance is enqueueing the same vouchers right now: it finishes the job, the next scan checks
            }

            total += n;
            if (n < Batch)
            {
                return total;
            }
        }
    }
}

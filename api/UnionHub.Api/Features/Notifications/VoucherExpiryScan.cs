using System.Data;
using Dapper;
using MySqlConnector;
using UnionHub.Api.Platform;

namespace UnionHub.Api.Features.Notifications;

/// <summary>
/// Enqueues <see cref="NotificationKinds.VoucherExpiring"/> for unused vouchers that expire within
/// <see cref="NotificationOptions.ExpiryNoticeDays"/> days, each once: the dedupe key <c>voucher.expiring:&lt;voucher id&gt;</c>
/// is UNIQUE in the outbox and the inbox, so scans that overlap (several instances, a rerun) never enqueue twice: the LEFT JOIN
/// skips vouchers already announced, and a scan that races another one on the same vouchers meets the UNIQUE key and stops.
/// Each batch reads up to <see cref="Batch"/> vouchers and writes them through <see cref="Outbox.EnqueueManyAsync"/> (inbox and
/// outbox together, the one way notices are written); READ COMMITTED so the scan takes no locks on the vouchers it reads.
/// The worker runs it on one instance at a time (the holder of the <see cref="LeaseName"/> lease).
/// </summary>
public sealed class VoucherExpiryScan(Transactions transactions, Leases leases, TimeProvider clock, NotificationOptions options)
{
    public const int Batch = 1000;
    public const string LeaseName = "voucher-expiry-scan";

    /// <summary>Runs the scan if this instance holds (or now takes) the lease; null when another instance holds it.</summary>
    public async Task<int?> RunIfLeaderAsync(CancellationToken ct) =>
        await leases.TryAcquireAsync(LeaseName, TimeSpan.FromMinutes(2 * Math.Max(1, options.ExpiryScanMinutes)), ct) ? await RunAsync(ct) : null;

    private const string DueSql = """
        SELECT v.id, v.member_id AS MemberId, v.perk_id AS PerkId, p.title AS PerkTitle, v.valid_until AS ValidUntil
        FROM voucher v
        JOIN perk p ON p.id = v.perk_id
        JOIN member m ON m.id = v.member_id AND m.deleted_at IS NULL
        LEFT JOIN notification_outbox o ON o.dedupe_key = CONCAT(@Kind, ':', v.id)
        WHERE v.status = 'unused' AND v.valid_until > @Now AND v.valid_until <= @Until AND o.id IS NULL
        ORDER BY v.id
        LIMIT @Batch
        """;

    private sealed record Due(long Id, long MemberId, long PerkId, string PerkTitle, DateTime ValidUntil);

    /// <summary>Runs the scan to the end; returns how many vouchers it announced.</summary>
    public async Task<int> RunAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var until = now.UtcDateTime.AddDays(Math.Max(1, options.ExpiryNoticeDays));
        var total = 0;
        while (true)
        {
            int found, written;
            try
            {
                (found, written) = await transactions.RunAsync(async (conn, tx) =>
                {
                    var due = (await conn.QueryAsync<Due>(new CommandDefinition(DueSql,
                        new { Kind = NotificationKinds.VoucherExpiring, Now = now.UtcDateTime, Until = until, Batch }, tx, cancellationToken: ct))).AsList();
                    var n = await Outbox.EnqueueManyAsync(conn, tx, now, due.Select(v => new Outbox.Notice(v.MemberId, NotificationKinds.VoucherExpiring, new
                    {
                        voucherId = v.Id.Text(), perkId = v.PerkId.Text(), perkTitle = v.PerkTitle,
                        validUntil = v.ValidUntil.ToChina().ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture),
                    }, $"{NotificationKinds.VoucherExpiring}:{v.Id.Text()}")).ToList(), ct, failOnDuplicate: true);
                    return (due.Count, n);
                }, ct, IsolationLevel.ReadCommitted);
            }
            catch (MySqlException ex) when (ex.IsDuplicateKey())
            {
                found = -1; // the batch rolled back whole
                written = 0;
            }

            if (found < 0)
            {
                return total; // another instance is enqueueing the same vouchers right now: it finishes the job, the next scan checks
            }

            total += written;
            if (found < Batch)
            {
                return total;
            }
        }
    }
}

using Dapper;
using MySqlConnector;

namespace UnionHub.Api.Platform;

public sealed class HousekeepingOptions
{
    public const string Section = "Housekeeping";
    public bool Enabled { get; set; } = true;
    public int IntervalMinutes { get; set; } = 10;
    /// <summary>How long a row is kept past its expiry (a day lets support look at yesterday's failed logins).</summary>
    public int KeepExpiredHours { get; set; } = 24;
    public int BatchSize { get; set; } = 5000;
    /// <summary>Members' inbox notices older than this are deleted (read or not).</summary>
    public int InboxRetentionDays { get; set; } = 180;
}

/// <summary>
/// Deletes rows that have served their purpose: expired SMS codes, expired refresh tokens, ended rate-limit windows,
/// expired idempotency keys, members' inbox notices past <see cref="HousekeepingOptions.InboxRetentionDays"/>, and the files of applications that ended without help (evidence of withdrawn or rejected relief
/// applications, documents of refused legal aid cases: the most sensitive uploads, kept by nobody's need). Deletes go in small batches so no statement holds locks for long. One API instance at a
/// time sweeps: the one holding the <see cref="LeaseName"/> lease, which outlives the interval so its holder keeps it while
/// it lives (deletes of the same rows from two cluster nodes would only conflict). Vouchers, ledger and audit rows are never touched.
/// </summary>
public sealed class Housekeeping(MySqlDataSource db, Leases leases, TimeProvider clock, Microsoft.Extensions.Options.IOptions<HousekeepingOptions> options,
    ILogger<Housekeeping> logger) : BackgroundService
{
    public const string LeaseName = "housekeeping";

    private TimeSpan Interval => TimeSpan.FromMinutes(Math.Max(1, options.Value.IntervalMinutes));

    // name, one batch of deletes (LIMIT appended): expired rows by their indexed expiry column, then files of closed applications
    private static readonly (string Name, string Delete)[] Targets =
    [
        ("sms_code", "DELETE FROM sms_code WHERE expires_at < @cutoff ORDER BY expires_at"),
        ("refresh_token", "DELETE FROM refresh_token WHERE expires_at < @cutoff ORDER BY expires_at"),
        ("rate_counter", "DELETE FROM rate_counter WHERE expires_at < @cutoff ORDER BY expires_at"),
        ("idempotency_key", "DELETE FROM idempotency_key WHERE expires_at < @cutoff ORDER BY expires_at"),
        ("fund_evidence", "DELETE FROM fund_evidence WHERE application_id IN (SELECT id FROM fund_application WHERE status IN ('withdrawn', 'rejected'))"),
        ("member_inbox", "DELETE FROM member_inbox WHERE created_at < @inboxCutoff ORDER BY created_at"),
        ("legal_case_document", "DELETE FROM legal_case_document WHERE case_id IN (SELECT id FROM legal_case WHERE status = 'refused')"),
        ("hardship_declaration_document",
            "DELETE FROM hardship_declaration_document WHERE declaration_id IN (SELECT id FROM hardship_declaration WHERE status IN ('rejected', 'withdrawn'))"),
    ];

    /// <summary>One pass over every table; returns rows deleted per table.</summary>
    public async Task<IReadOnlyDictionary<string, int>> SweepAsync(CancellationToken ct)
    {
        var cutoff = (clock.GetUtcNow() - TimeSpan.FromHours(options.Value.KeepExpiredHours)).UtcDateTime;
        var inboxCutoff = (clock.GetUtcNow() - TimeSpan.FromDays(Math.Max(1, options.Value.InboxRetentionDays))).UtcDateTime;
        var deleted = new Dictionary<string, int>();
        foreach (var (table, delete) in Targets)
        {
            var total = 0;
            int batch;
            do
            {
                await using var conn = await db.OpenConnectionAsync(ct);
                batch = await conn.ExecuteAsync(new CommandDefinition(
                    $"{delete} LIMIT {options.Value.BatchSize}",
                    new { cutoff, inboxCutoff }, cancellationToken: ct));
                total += batch;
            }
            while (batch == options.Value.BatchSize && !ct.IsCancellationRequested);

            deleted[table] = total;
        }

        return deleted;
    }

    /// <summary>Sweeps if this instance holds (or now takes) the lease; null when another instance holds it.</summary>
    public async Task<IReadOnlyDictionary<string, int>?> SweepIfLeaderAsync(CancellationToken ct) =>
        await leases.TryAcquireAsync(LeaseName, Interval * 2, ct) ? await SweepAsync(ct) : null;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled)
        {
            return;
        }

        // the first pass comes one interval after start-up, when migrations are long done
        using var timer = new PeriodicTimer(Interval, clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                var deleted = await SweepIfLeaderAsync(stoppingToken);
                if (deleted?.Values.Sum() > 0)
                {
                    logger.LogInformation("Housekeeping deleted expired rows: {Deleted}", deleted);
                }
            }
            catch (Exception ex) when (ex is MySqlException or TimeoutException or InvalidOperationException or DatabaseUnavailableException
                && !stoppingToken.IsCancellationRequested)
            {
                logger.LogWarning(ex, "Housekeeping pass failed; trying again next interval");
            }
        }
    }

    /// <summary>A stopping instance hands the lease on at once, rather than after it runs out.</summary>
    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        if (options.Value.Enabled)
        {
            try
            {
                await leases.ReleaseAsync(LeaseName, cancellationToken);
            }
            catch (Exception ex) when (ex is MySqlException or OperationCanceledException or InvalidOperationException or DatabaseUnavailableException)
            {
                logger.LogWarning(ex, "Housekeeping lease not released; it runs out by itself");
            }
        }
    }
}

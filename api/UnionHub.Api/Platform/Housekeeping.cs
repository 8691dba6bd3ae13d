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
}

/// <summary>
/// Deletes rows that have served their purpose: expired SMS codes, expired refresh tokens, ended rate-limit windows
/// and expired idempotency keys. Deletes go in small batches so no statement holds locks for long; several API
/// instances may run it at once (each batch is an independent DELETE). Vouchers, ledger and audit rows are never touched.
/// </summary>
public sealed class Housekeeping(MySqlDataSource db, TimeProvider clock, Microsoft.Extensions.Options.IOptions<HousekeepingOptions> options,
    ILogger<Housekeeping> logger) : BackgroundService
{
    // table, expiry column: every one has an index on the expiry column
    private static readonly (string Table, string Column)[] Targets =
    [
        ("sms_code", "expires_at"),
        ("refresh_token", "expires_at"),
        ("rate_counter", "expires_at"),
        ("idempotency_key", "expires_at"),
    ];

    /// <summary>One pass over every table; returns rows deleted per table.</summary>
    public async Task<IReadOnlyDictionary<string, int>> SweepAsync(CancellationToken ct)
    {
        var cutoff = (clock.GetUtcNow() - TimeSpan.FromHours(options.Value.KeepExpiredHours)).UtcDateTime;
        var deleted = new Dictionary<string, int>();
        foreach (var (table, column) in Targets)
        {
            var total = 0;
            int batch;
            do
            {
                await using var conn = await db.OpenConnectionAsync(ct);
                batch = await conn.ExecuteAsync(new CommandDefinition(
                    $"DELETE FROM {table} WHERE {column} < @cutoff ORDER BY {column} LIMIT {options.Value.BatchSize}",
                    new { cutoff }, cancellationToken: ct));
                total += batch;
            }
            while (batch == options.Value.BatchSize && !ct.IsCancellationRequested);

            deleted[table] = total;
        }

        return deleted;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled)
        {
            return;
        }

        using var timer = new PeriodicTimer(TimeSpan.FromMinutes(options.Value.IntervalMinutes), clock);
        do
        {
            try
            {
                var deleted = await SweepAsync(stoppingToken);
                if (deleted.Values.Sum() > 0)
                {
                    logger.LogInformation("Housekeeping deleted expired rows: {Deleted}", deleted);
                }
            }
            catch (Exception ex) when (ex is MySqlException or TimeoutException or InvalidOperationException && !stoppingToken.IsCancellationRequested)
            {
                logger.LogWarning(ex, "Housekeeping pass failed; trying again next interval");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}

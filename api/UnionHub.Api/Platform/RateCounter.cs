using Dapper;
using MySqlConnector;

namespace UnionHub.Api.Platform;

/// <summary>
/// Fixed-window counters kept in the database, for limits that must hold across API instances
/// (SMS sends per phone, real-name tries per day). Buckets must never contain personal data in clear:
/// use <see cref="PiiProtector.Label"/> for phones and ID numbers.
/// </summary>
public sealed class RateCounter(MySqlDataSource db, Transactions transactions, TimeProvider clock)
{
    public readonly record struct Decision(bool Allowed, int Hits, TimeSpan RetryAfter);

    /// <summary>Counts one hit in <paramref name="bucket"/>'s current window and says whether it is within <paramref name="limit"/>.</summary>
    public async Task<Decision> HitAsync(string bucket, int limit, TimeSpan window, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var start = WindowStart(now, window);
        // One statement counts and reads the count back (LAST_INSERT_ID carries it), keeping the row's lock short. A hot bucket
        // counted through two cluster nodes at once conflicts at certification: the runner counts again.
        // Windows that are over are deleted by Housekeeping, on one instance at a time.
        var hits = await transactions.RunAsync((conn, tx) => conn.ExecuteScalarAsync<int>(new CommandDefinition("""
            INSERT INTO rate_counter (bucket, window_start, hits, expires_at) VALUES (@bucket, @start, LAST_INSERT_ID(1), @expires)
            ON DUPLICATE KEY UPDATE hits = LAST_INSERT_ID(hits + 1);
            SELECT LAST_INSERT_ID();
            """, new { bucket, start, expires = start + window }, tx, cancellationToken: ct)), ct);

        return new Decision(hits <= limit, hits, hits <= limit ? TimeSpan.Zero : start + window - now);
    }

    /// <summary>
    /// The start (UTC) of the fixed window holding <paramref name="now"/>. Windows are aligned in China time, so a
    /// "per day" limit resets at midnight in Beijing, not at 08:00.
    /// </summary>
    public static DateTime WindowStart(DateTime now, TimeSpan window)
    {
        var local = now.Ticks + Clock.ChinaOffset.Ticks;
        return new DateTime(local - (local % window.Ticks) - Clock.ChinaOffset.Ticks, DateTimeKind.Utc);
    }

    /// <summary>Peeks without counting (e.g. to refuse before doing expensive work).</summary>
    public async Task<int> CountAsync(string bucket, TimeSpan window, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var start = WindowStart(now, window);
        await using var conn = await db.OpenConnectionAsync(ct);
        return await conn.ExecuteScalarAsync<int?>(new CommandDefinition(
            "SELECT hits FROM rate_counter WHERE bucket = @bucket AND window_start = @start", new { bucket, start }, cancellationToken: ct)) ?? 0;
    }
}

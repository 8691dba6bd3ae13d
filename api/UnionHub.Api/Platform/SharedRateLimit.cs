using System.Collections.Concurrent;
using System.Threading.RateLimiting;
using Dapper;
using MySqlConnector;

namespace UnionHub.Api.Platform;

/// <summary>
/// Fixed-window counts shared by every API instance through <c>rate_counter</c>, for limits hit on hot paths where a
/// database write per request would cost more than the work it guards (claims in a drop). Each instance decides from
/// memory: the last total it read from the database plus its own hits not yet written. A background flusher writes every
/// instance's new hits with ONE multi-row upsert every <see cref="FlushEvery"/> and reads the totals back, so a member
/// spreading calls over N instances gets the limit plus at most what N instances admit in one flush interval.
/// Buckets must never contain personal data in clear.
/// </summary>
public sealed partial class SharedRateCounter(MySqlDataSource db, TimeProvider clock, ILogger<SharedRateCounter> logger) : IAsyncDisposable
{
    public static readonly TimeSpan FlushEvery = TimeSpan.FromMilliseconds(200);
    private const int MaxBuckets = 500_000;
    private const int FlushBatch = 1000;

    private sealed class Window(string bucket, DateTime start, TimeSpan length)
    {
        public string Bucket { get; } = bucket;
        public DateTime Start { get; } = start;
        public TimeSpan Length { get; } = length;
        public int Remote; // the total in the database when last read (our flushed hits included)
        public int Unflushed;
        public readonly Lock Gate = new();
    }

    private readonly ConcurrentDictionary<(string Bucket, DateTime Start), Window> _windows = new();
    private readonly CancellationTokenSource _stop = new();
    private Task? _flusher;
    private readonly Lock _start = new();

    /// <summary>Counts one hit if the bucket's window is under <paramref name="limit"/>; otherwise says how long until it resets.</summary>
    public RateCounter.Decision TryHit(string bucket, int limit, TimeSpan window)
    {
        EnsureFlusher();
        var now = clock.GetUtcNow().UtcDateTime;
        var start = RateCounter.WindowStart(now, window);
        if (_windows.Count > MaxBuckets)
        {
            _windows.Clear(); // crude bound: forgotten hits were flushed at most one interval ago
        }

        var w = _windows.GetOrAdd((bucket, start), k => new Window(k.Bucket, k.Start, window));
        lock (w.Gate)
        {
            var hits = w.Remote + w.Unflushed + 1;
            if (hits > limit)
            {
                return new RateCounter.Decision(false, hits - 1, start + window - now);
            }

            w.Unflushed++;
            return new RateCounter.Decision(true, hits, TimeSpan.Zero);
        }
    }

    private void EnsureFlusher()
    {
        if (_flusher is null)
        {
            lock (_start)
            {
                _flusher ??= Task.Run(FlushLoopAsync);
            }
        }
    }

    private async Task FlushLoopAsync()
    {
        using var timer = new PeriodicTimer(FlushEvery);
        try
        {
            while (await timer.WaitForNextTickAsync(_stop.Token))
            {
                await FlushAsync(_stop.Token);
            }
        }
        catch (OperationCanceledException)
        {
            await FlushAsync(CancellationToken.None); // the last hits of a stopping instance still count for the others
        }
    }

    /// <summary>Writes the hits not yet written and reads back the totals of the windows still open.</summary>
    public async Task FlushAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var old in _windows.Values.Where(w => w.Start + w.Length <= now && w.Unflushed == 0))
        {
            _windows.TryRemove((old.Bucket, old.Start), out _);
        }

        var open = _windows.Values.ToList();
        for (var i = 0; i < open.Count; i += FlushBatch)
        {
            var slice = open.Skip(i).Take(FlushBatch).ToList();
            var taken = new int[slice.Count];
            var upsert = new MultiRowInsert("rate_counter", "bucket", "window_start", "hits", "expires_at")
            {
                OnDuplicate = "ON DUPLICATE KEY UPDATE hits = hits + VALUES(hits)",
            };
            for (var k = 0; k < slice.Count; k++)
            {
                lock (slice[k].Gate)
                {
                    taken[k] = slice[k].Unflushed;
                    slice[k].Unflushed = 0;
                    slice[k].Remote += taken[k]; // until the read below, count our own hits as written
                }

                if (taken[k] > 0)
                {
                    upsert.Row(slice[k].Bucket, slice[k].Start, taken[k], slice[k].Start + slice[k].Length);
                }
            }

            try
            {
                await using var conn = await db.OpenConnectionAsync(ct);
                await upsert.ExecuteAsync(conn, null, ct);
                var totals = (await conn.QueryAsync<(string Bucket, DateTime Start, int Hits)>(new CommandDefinition(
                    "SELECT bucket, window_start, hits FROM rate_counter WHERE bucket IN @buckets AND window_start IN @starts",
                    new { buckets = slice.Select(w => w.Bucket).Distinct().ToArray(), starts = slice.Select(w => w.Start).Distinct().ToArray() },
                    cancellationToken: ct))).ToDictionary(t => (t.Bucket, t.Start), t => t.Hits);
                foreach (var w in slice)
                {
                    if (totals.TryGetValue((w.Bucket, w.Start), out var total))
                    {
                        lock (w.Gate)
                        {
                            w.Remote = Math.Max(w.Remote, total);
                        }
                    }
                }
            }
            catch (Exception ex) when (ex is MySqlException or TimeoutException or InvalidOperationException)
            {
                for (var k = 0; k < slice.Count; k++)
                {
                    lock (slice[k].Gate)
                    {
                        slice[k].Unflushed += taken[k]; // written next time
                        slice[k].Remote -= taken[k];
                    }
                }

                LogFlushFailed(logger, ex.Message);
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        if (_flusher is { } f)
        {
            await Task.WhenAny(f, Task.Delay(TimeSpan.FromSeconds(5)));
        }

        _stop.Dispose();
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Shared rate counts not written ({Reason}); retried at the next flush")]
    private static partial void LogFlushFailed(ILogger logger, string reason);
}

/// <summary>An ASP.NET Core rate limiter over one <see cref="SharedRateCounter"/> bucket (one partition: one member, say).</summary>
public sealed class SharedWindowLimiter(SharedRateCounter counter, string bucket, int limit, TimeSpan window) : RateLimiter
{
    private long _lastUsedTicks = Environment.TickCount64;

    public override TimeSpan? IdleDuration => TimeSpan.FromMilliseconds(Environment.TickCount64 - Interlocked.Read(ref _lastUsedTicks));

    public override RateLimiterStatistics? GetStatistics() => null;

    protected override RateLimitLease AttemptAcquireCore(int permitCount)
    {
        Interlocked.Exchange(ref _lastUsedTicks, Environment.TickCount64);
        var decision = counter.TryHit(bucket, limit, window);
        return decision.Allowed ? Lease.Granted : new Lease(decision.RetryAfter);
    }

    protected override ValueTask<RateLimitLease> AcquireAsyncCore(int permitCount, CancellationToken cancellationToken) =>
        ValueTask.FromResult(AttemptAcquireCore(permitCount));

    private sealed class Lease(TimeSpan? retryAfter) : RateLimitLease
    {
        public static readonly Lease Granted = new(null);

        public override bool IsAcquired => retryAfter is null;

        public override IEnumerable<string> MetadataNames => retryAfter is null ? [] : [MetadataName.RetryAfter.Name];

        public override bool TryGetMetadata(string metadataName, out object? metadata)
        {
            metadata = retryAfter;
            return retryAfter is not null && metadataName == MetadataName.RetryAfter.Name;
        }
    }
}

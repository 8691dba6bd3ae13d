using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;
using MySqlConnector;

namespace UnionHub.Bench;

/// <summary>
/// HTTP traffic as phones send it, over --connections keep-alive connections (<see cref="RawHttp"/>), one request in
/// flight on each.
/// A claim is what clients/sdk sends: POST /api/v1/perks/{id}/claims with no body, Accept: application/json, the
/// member's bearer token and a fresh Idempotency-Key (a v4 UUID); and the SDK's retries: the SAME key again after
/// 300 ms, then 1 s (or Retry-After), at most twice, when no answer came, on 502/503/504 and on 409
/// idempotency.in_progress. On top of that:
/// <list type="bullet">
/// <item>--retry-share P: that share of final answers is "lost" (the phone went through a tunnel): the same key is sent
/// again 300 ms later, and the answer must be the first one (status and code; a 201 byte for byte).</item>
/// <item>--taps K: each member sends K claims, each 0..2x --tap-gap-ms (10) after the one before, so while it is in
/// flight, and each with its own fresh key (a member tapping K times, or on K devices); K = 1 gives distinct members in
/// flight (members are taken round robin from the token file). Every connection stays busy either way (see WorkAsync),
/// so the two phases compare at the same number of claims in flight.</item>
/// <item>--after S: a drop. The first window runs until the first perk.sold_out answer (at most --seconds), then
/// everyone keeps pressing for S seconds more, in a second window.</item>
/// </list>
/// Every answer is counted by status and, for problems, by code; latencies are kept per window.
/// </summary>
public static class Load
{
    public static async Task<int> RunAsync(Args a, bool claims)
    {
        var tokens = a.Optional("tokens") is { } file ? File.ReadAllLines(file).Where(l => l.Length > 0).ToArray() : [];
        long? perk = claims ? a.Long("perk") : null;
        var url = new Uri(a.Text("url"));
        var traffic = new Traffic(url, await RawHttp.ResolveAsync(url),
            claims ? $"/api/v1/perks/{perk}/claims" : a.Text("path"),
            claims, tokens,
            taps: claims ? Math.Max(1, a.Int("taps", 1)) : 1,
            tapGapMs: a.Int("tap-gap-ms", 10),
            retryShare: claims ? a.Double("retry-share", 0) : 0,
            connections: a.Int("connections", 128));
        if (claims && tokens.Length == 0)
        {
            throw new ArgsException("claims need --tokens");
        }

        var cs = a.Optional("cs");
        Func<Task<long?>> claimed = cs is null || perk is null ? () => Task.FromResult<long?>(null) : () => ClaimedAsync(cs, perk.Value);
        var seconds = a.Double("seconds", 20);
        var after = a.Optional("after") is { } s ? double.Parse(s, CultureInfo.InvariantCulture) : (double?)null;
        var cpu = Cpu.Own();
        int[] gcs = [GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2)];
        var paused = GC.GetTotalPauseDuration();
        var windows = await traffic.RunAsync(after is null ? "timed" : "selling", seconds, after, claimed);
        cpu = Cpu.Own() - cpu;
        // the client's own pauses stall every connection's answer at once: shown so a burst of slow answers can be told apart
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"    bench client GC: gen0 {GC.CollectionCount(0) - gcs[0]}, gen1 {GC.CollectionCount(1) - gcs[1]}, gen2 {GC.CollectionCount(2) - gcs[2]}, paused {(GC.GetTotalPauseDuration() - paused).TotalMilliseconds:F0} ms"));

        var name = a.Text("name");
        var result = new PhaseResult(name, a.Text("title", name), "bench client", claims, a.Int("connections", 128),
            traffic.Taps, traffic.RetryShare, windows, Json.Load1(), Math.Round(cpu, 2));
        Json.Save(a.Text("out"), result);
        if (a.Optional("timeline") is { } timeline)
        {
            await File.WriteAllTextAsync(timeline, traffic.Timelines());
        }
        foreach (var w in windows)
        {
            Console.WriteLine("    " + Describe(w));
        }

        return 0;
    }

    public static string Describe(WindowResult w) => string.Create(CultureInfo.InvariantCulture,
        $"{w.Name}: {w.Seconds:F1} s, {w.AnswersPerSecond:N0} answers/s{(w.NewClaimsPerSecond is { } n ? $", {n:N0} new vouchers/s" : "")}, p50 {w.P50Ms:F1} ms, p99 {w.P99Ms:F1} ms; {Summary(w.ByAnswer)}{(w.Retries > 0 ? $"; SDK retries {w.Retries:N0}" : "")}{(w.Replays > 0 ? $"; replays {w.Replays:N0} ({w.ReplayMismatches} not the first answer)" : "")}");

    public static string Summary(IEnumerable<KeyValuePair<string, long>> byAnswer) =>
        string.Join(", ", byAnswer.OrderBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => string.Create(CultureInfo.InvariantCulture, $"{kv.Key}: {kv.Value:N0}")));

    private static async Task<long?> ClaimedAsync(string cs, long perk)
    {
        await using var conn = new MySqlConnection(cs);
        await conn.OpenAsync();
        await using var cmd = new MySqlCommand("SELECT claimed FROM perk WHERE id = @id", conn);
        cmd.Parameters.AddWithValue("@id", perk);
        return Convert.ToInt64(await cmd.ExecuteScalarAsync(), CultureInfo.InvariantCulture);
    }

    private sealed record Expected(int Status, string? Code, string Body);

    /// <summary>One send: a member, the key (null for GETs), which retry of that key it is, and for a replay the first answer.</summary>
    private sealed record Attempt(int Member, string? Key, int Try, Expected? Replaying);

    private sealed class Window(string name, long start, long end)
    {
        public string Name { get; } = name;
        public long Start { get; } = start;
        public long End { get; set; } = end;
        public Histogram Latency { get; } = new();
        public Timeline Timeline { get; } = new(start);
        public ConcurrentDictionary<string, long> ByAnswer { get; } = new(StringComparer.Ordinal);
        public long Retries;
        public long Replays;
        public long Mismatches;
        public long? ClaimedAtStart { get; set; }
        public long? ClaimedAtEnd { get; set; }

        public WindowResult Result(long now)
        {
            var seconds = Stopwatch.GetElapsedTime(Start, Math.Min(End, now)).TotalSeconds;
            var answers = Latency.Count;
            return new WindowResult(Name, Math.Round(seconds, 2), answers, seconds > 0 ? Math.Round(answers / seconds, 1) : 0,
                Latency.PercentileMs(0.5), Latency.PercentileMs(0.99), new SortedDictionary<string, long>(ByAnswer, StringComparer.Ordinal),
                Retries, Replays, Mismatches, ClaimedAtStart, ClaimedAtEnd);
        }
    }

    private sealed class Traffic
    {
        private const int SdkRetries = 2;
        private readonly EndPoint _endpoint;
        private readonly string _host;
        private readonly int _tapGapMs;
        private readonly string _path;
        private readonly bool _claims;
        private readonly string[] _tokens;
        private readonly int _connections;
        private readonly PriorityQueue<Attempt, long> _retries = new();
        private readonly PriorityQueue<Attempt, long> _taps = new(); // the taps of members already started, by when they are due
        private volatile Window? _current;
        private volatile bool _stop;
        private long _nextMember = -1;
        private readonly List<Window> _windows = [];
        private long _afterSellOut; // ticks of the window after the sell-out; 0 when not a drop, or once it has begun

        public Traffic(Uri url, EndPoint endpoint, string path, bool claims, string[] tokens, int taps, int tapGapMs, double retryShare, int connections)
        {
            _path = path;
            _claims = claims;
            _tokens = tokens;
            Taps = taps;
            RetryShare = retryShare;
            _connections = connections;
            _host = url.Authority;
            _endpoint = endpoint;
            _tapGapMs = tapGapMs;
        }

        public int Taps { get; }
        public double RetryShare { get; }

        public async Task<IReadOnlyList<WindowResult>> RunAsync(string firstWindow, double seconds, double? after, Func<Task<long?>> claimed)
        {
            var claimedAtStart = await claimed();
            var first = new Window(firstWindow, Stopwatch.GetTimestamp(), Stopwatch.GetTimestamp() + Ticks(seconds)) { ClaimedAtStart = claimedAtStart };
            _windows.Add(first);
            _afterSellOut = after is { } a ? Math.Max(1, Ticks(a)) : 0;
            _current = first;
            var workers = Enumerable.Range(0, _connections).Select(_ => Task.Run(WorkAsync)).ToArray();

            var lastPrint = Stopwatch.GetTimestamp();
            long lastCount = 0;
            var shown = first;
            while (true)
            {
                await Task.Delay(100);
                var now = Stopwatch.GetTimestamp();
                Window w;
                bool ended;
                lock (_windows) // the sell-out switch closes one window and opens the next under this lock
                {
                    w = _current!;
                    ended = now >= w.End;
                }

                if (w != shown)
                {
                    // the first perk.sold_out answer closed the selling window; everyone keeps pressing
                    shown.ClaimedAtEnd = w.ClaimedAtStart = await claimed();
                    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                        $"    sold out after {Stopwatch.GetElapsedTime(shown.Start, w.Start).TotalSeconds:F1} s ({shown.ClaimedAtEnd:N0} vouchers); everyone keeps pressing for {after:F0} s more"));
                    shown = w;
                    lastCount = 0;
                    lastPrint = w.Start;
                    continue;
                }

                if (ended)
                {
                    if (after is not null && w == first)
                    {
                        Console.WriteLine($"    the perk did not sell out within {seconds:F0} s");
                    }

                    break;
                }

                if (Stopwatch.GetElapsedTime(lastPrint, now).TotalSeconds >= 5)
                {
                    var count = w.Latency.Count;
                    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                        $"      {Stopwatch.GetElapsedTime(w.Start, now).TotalSeconds,3:F0} s {w.Name}: {(count - lastCount) / Stopwatch.GetElapsedTime(lastPrint, now).TotalSeconds,6:N0} answers/s; {Summary(w.ByAnswer)}"));
                    lastCount = count;
                    lastPrint = now;
                }
            }

            _stop = true;
            var last = _current!;
            last.ClaimedAtEnd = await claimed();
            var end = Stopwatch.GetTimestamp();
            await Task.WhenAny(Task.WhenAll(workers), Task.Delay(TimeSpan.FromSeconds(15))); // answers after the window are not counted
            lock (_windows)
            {
                return [.. _windows.Select(x => x.Result(end))];
            }
        }

        /// <summary>Every window's <see cref="Timeline"/>, for --timeline.</summary>
        public string Timelines()
        {
            var text = new StringBuilder("window\tsecond\tanswers\tover_100ms\tslowest_ms\n");
            lock (_windows)
            {
                foreach (var w in _windows)
                {
                    w.Timeline.AppendTo(text, w.Name);
                }
            }

            return text.ToString();
        }

        private static long Ticks(double seconds) => (long)(seconds * Stopwatch.Frequency);

        /// <summary>
        /// One connection, one request in flight on it at a time, never idle while the window runs. What it sends next: a
        /// due SDK retry or replay; else, with --taps K, a due tap of a member already started (its taps follow each other by
        /// 0..2x the gap, a fresh key each); else the next member's first tap (its other K-1 taps are scheduled from now).
        /// So the double-tap phase keeps as many claims in flight as the distinct-member phase, and a member's taps still
        /// overlap: taps are sent within a few ms of their schedule (a connection frees up every ~p50/connections ms), well
        /// inside the first tap's time in flight.
        /// </summary>
        private async Task WorkAsync()
        {
            using var connection = new RawHttp(_endpoint);
            while (!_stop)
            {
                if (TakeDue(_retries) is { } retry)
                {
                    await SendAsync(retry, connection);
                    continue;
                }

                if (Taps > 1 && TakeDue(_taps) is { } tap)
                {
                    await SendAsync(tap, connection);
                    continue;
                }

                var member = _tokens.Length == 0 ? 0 : (int)(Interlocked.Increment(ref _nextMember) % _tokens.Length);
                var due = Stopwatch.GetTimestamp();
                for (var i = 1; i < Taps; i++)
                {
                    due += Ticks(Random.Shared.Next(0, (2 * _tapGapMs) + 1) / 1000.0);
                    lock (_taps)
                    {
                        _taps.Enqueue(new Attempt(member, Guid.NewGuid().ToString(), 0, null), due);
                    }
                }

                await SendAsync(new Attempt(member, _claims ? Guid.NewGuid().ToString() : null, 0, null), connection);
            }
        }

        private static Attempt? TakeDue(PriorityQueue<Attempt, long> queue)
        {
            lock (queue)
            {
                return queue.TryPeek(out var attempt, out var due) && due <= Stopwatch.GetTimestamp() ? queue.Dequeue() : null;
            }
        }

        private void Retry(Attempt attempt, TimeSpan delay)
        {
            lock (_retries)
            {
                _retries.Enqueue(attempt, Stopwatch.GetTimestamp() + Ticks(delay.TotalSeconds));
            }
        }

        private async Task SendAsync(Attempt attempt, RawHttp connection)
        {
            var headers = new List<string>(3) { "Accept: application/json" };
            if (_tokens.Length > 0)
            {
                headers.Add("Authorization: Bearer " + _tokens[attempt.Member]);
            }

            if (attempt.Key is { } key)
            {
                headers.Add("Idempotency-Key: " + key);
            }

            var request = RawHttp.Request(_claims ? "POST" : "GET", _path, _host, headers);
            int status;
            var body = "";
            string? code = null;
            int? retryAfter = null;
            var t0 = Stopwatch.GetTimestamp();
            try
            {
                var answer = await connection.SendAsync(request);
                status = answer.Status;
                body = answer.Body;
                retryAfter = answer.RetryAfterSeconds;
                code = status >= 400 ? CodeOf(body) : null;
            }
            catch (OperationCanceledException)
            {
                status = 0;
                code = "error timeout";
            }
            catch (Exception ex) when (ex is IOException or SocketException)
            {
                status = 0;
                code = "error connection";
            }

            var t1 = Stopwatch.GetTimestamp();
            var window = _current;
            if (window is null || _stop || t1 > window.End)
            {
                return; // after the window: not counted
            }

            window.Latency.Add(t0, t1);
            window.Timeline.Add(t0, t1);
            window.ByAnswer.AddOrUpdate(status == 0 ? code! : code is null ? status.ToString(CultureInfo.InvariantCulture) : $"{status} {code}", 1, (_, n) => n + 1);
            if (attempt.Try > 0)
            {
                Interlocked.Increment(ref window.Retries);
            }

            if (!_claims)
            {
                return;
            }

            if (code == "perk.sold_out" && Interlocked.Read(ref _afterSellOut) > 0)
            {
                lock (_windows)
                {
                    var afterTicks = _afterSellOut;
                    if (afterTicks > 0 && _current == window)
                    {
                        _afterSellOut = 0;
                        window.End = t1;
                        var next = new Window("after sell-out", t1, t1 + afterTicks);
                        _windows.Add(next);
                        _current = next;
                    }
                }
            }

            if (status is 0 or 502 or 503 or 504 || (status == 409 && code == "idempotency.in_progress"))
            {
                if (attempt.Try < SdkRetries)
                {
                    Retry(attempt with { Try = attempt.Try + 1 }, retryAfter is { } wait ? TimeSpan.FromSeconds(wait) : TimeSpan.FromMilliseconds(attempt.Try == 0 ? 300 : 1000));
                }

                return;
            }

            if (attempt.Replaying is { } first)
            {
                Interlocked.Increment(ref window.Replays);
                if (first.Status != status || first.Code != code || (status == 201 && first.Body != body))
                {
                    Interlocked.Increment(ref window.Mismatches);
                }
            }
            else if (RetryShare > 0 && Random.Shared.NextDouble() < RetryShare)
            {
                Retry(new Attempt(attempt.Member, attempt.Key, 0, new Expected(status, code, body)), TimeSpan.FromMilliseconds(300));
            }
        }

        private static string CodeOf(string body)
        {
            var i = body.IndexOf("\"code\":\"", StringComparison.Ordinal);
            if (i < 0)
            {
                return "(no code)";
            }

            var end = body.IndexOf('"', i + 8);
            return end < 0 ? "(no code)" : body[(i + 8)..end];
        }
    }
}

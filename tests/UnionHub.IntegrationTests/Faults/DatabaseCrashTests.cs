using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text.Json;
using Dapper;
using Microsoft.Extensions.DependencyInjection;
using MySqlConnector;
using UnionHub.Api.Platform;

namespace UnionHub.IntegrationTests.Faults;

/// <summary>
/// Kills the database (SIGKILL) in the middle of a claim storm and restarts it. The test runs its own MariaDB, so the
/// database every other test shares is never touched.
/// </summary>
[Category("Fault")]
[NonParallelizable]
public sealed class DatabaseCrashTests
{
    private const int Members = 300;
    private const int Limit = 20;
    private const int Workers = 48;
    private static readonly TimeSpan FailFast = TimeSpan.FromSeconds(5);

    private sealed record Sent(int Worker, long Member, string? Key, TimeSpan StartedAt, TimeSpan Took, int Status, string? Code,
        string? VoucherId, string? VoucherCode, bool Replayed, string Body);

    [Test, CancelAfter(120_000)]
    public async Task Claims_fail_fast_while_the_database_is_down_recover_after_and_every_201_is_a_committed_voucher()
    {
        await using var db = await PrivateMariaDb.StartAsync();
        await using var api = new ApiFactory(new Dictionary<string, string?>
        {
            ["ConnectionStrings:UnionHub"] = db.ConnectionString,
            ["Logging:LogLevel:Default"] = "Error", // thousands of expected 503 warnings otherwise
            ["RateLimits:ClaimsPerMemberPerMinute"] = "0", // 48 workers over 300 members: far beyond a member's limit
        });
        _ = api.Server; // migrations and bootstrap against the private database

        await db.DatabaseSqlAsync($"""
            INSERT INTO org (parent_id, name, path, depth, created_at) VALUES (NULL, 'fault', '/1/', 0, UTC_TIMESTAMP(6));
            INSERT INTO member (org_id, member_card_no, verified_at, created_at)
              SELECT 1, CONCAT('F', seq), UTC_TIMESTAMP(6), UTC_TIMESTAMP(6) FROM seq_1_to_{Members};
            INSERT INTO perk (kind, title, stock, per_member_limit, starts_at, ends_at, face_value_fen, created_at, updated_at) VALUES
              ('voucher', 'fault storm', 1000000, {Limit}, UTC_TIMESTAMP(6) - INTERVAL 1 HOUR, UTC_TIMESTAMP(6) + INTERVAL 1 DAY, 500,
               UTC_TIMESTAMP(6), UTC_TIMESTAMP(6));
            """);
        var members = Enumerable.Range(1, Members).Select(i => (long)i).ToArray();
        var issuer = api.Services.GetRequiredService<TokenIssuer>();
        var tokens = members.ToDictionary(m => m, m => issuer.Issue("member", m, [Roles.Member], TimeProvider.System.GetUtcNow()));
        const string perkId = "1";

        var clock = Stopwatch.StartNew();
        var sent = new ConcurrentBag<Sent>();
        using var stop = new CancellationTokenSource();
        using var client = api.CreateClient();

        async Task WorkerAsync(int worker)
        {
            var random = new Random(worker);
            string? retryKey = null; // a keyed claim that got no answer is retried with the same key
            long retryMember = 0;
            while (!stop.IsCancellationRequested)
            {
                var member = retryKey is null ? members[random.Next(members.Length)] : retryMember;
                var key = retryKey ?? (random.Next(2) == 0 ? Guid.NewGuid().ToString("N") : null);
                using var request = ApiTest.KeyedPost($"/api/v1/perks/{perkId}/claims", null, key);
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", tokens[member]);

                var started = clock.Elapsed;
                using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(15));
                int status;
                string body;
                bool replayed;
                try
                {
                    using var response = await client.SendAsync(request, timeout.Token);
                    status = (int)response.StatusCode;
                    body = await response.Content.ReadAsStringAsync(timeout.Token);
                    replayed = response.Headers.Contains("Idempotent-Replayed");
                }
                catch (OperationCanceledException)
                {
                    status = -1; // hung: no answer within 15 s
                    body = "";
                    replayed = false;
                }

                var took = clock.Elapsed - started;
                string? code = null, voucherId = null, voucherCode = null;
                if (body.Length > 0 && body[0] == '{')
                {
                    using var json = JsonDocument.Parse(body);
                    if (json.RootElement.TryGetProperty("code", out var c))
                    {
                        code = c.GetString();
                    }

                    if (json.RootElement.TryGetProperty("voucher", out var v))
                    {
                        voucherId = v.GetProperty("id").GetString();
                        voucherCode = v.GetProperty("code").GetString();
                    }
                }

                sent.Add(new Sent(worker, member, key, started, took, status, code, voucherId, voucherCode, replayed, body));
                (retryKey, retryMember) = key is not null && status is 503 or 409 && code is "service.unavailable" or "idempotency.in_progress"
                    ? (key, member) : (null, 0L);
                if (status is 503 or 409)
                {
                    await Task.Delay(20); // a client backing off a little
                }
            }
        }

        var workers = Enumerable.Range(0, Workers).Select(w => Task.Run(() => WorkerAsync(w))).ToArray();

        // the crash comes once claims are being granted (at least 3 s in; on a loaded machine the first grants can take longer)
        await Task.Delay(TimeSpan.FromSeconds(3));
        while (clock.Elapsed < TimeSpan.FromSeconds(30) && !sent.Any(s => s.Status == 201))
        {
            await Task.Delay(100);
        }

        await Task.Delay(TimeSpan.FromSeconds(1));
        var killedAt = clock.Elapsed;
        db.Kill();
        await Task.Delay(TimeSpan.FromSeconds(4));
        var restartAt = clock.Elapsed;
        await db.StartServerAsync();
        var upAt = clock.Elapsed;
        // keep sending until claims are granted again (at least 4 s, at most 20 s after the restart)
        while (clock.Elapsed - upAt < TimeSpan.FromSeconds(20)
               && (clock.Elapsed - upAt < TimeSpan.FromSeconds(4) || !sent.Any(s => s.StartedAt > upAt && s.Status == 201)))
        {
            await Task.Delay(250);
        }

        await stop.CancelAsync();
        await Task.WhenAll(workers);
        var all = sent.OrderBy(s => s.StartedAt).ToList();
        TestContext.Out.WriteLine($"killed at {killedAt.TotalSeconds:F1}s, restarted at {restartAt.TotalSeconds:F1}s, up at {upAt.TotalSeconds:F1}s");
        foreach (var g in all.GroupBy(s => (Phase: s.StartedAt < killedAt ? "1 up" : s.StartedAt < restartAt ? "2 down" : s.StartedAt < upAt ? "3 restarting" : "4 up again", s.Status, s.Code)).OrderBy(g => g.Key.Phase))
        {
            TestContext.Out.WriteLine($"{g.Key.Phase}: {g.Key.Status} {g.Key.Code}: {g.Count()} (max {g.Max(s => s.Took).TotalMilliseconds:F0} ms)");
        }

        // no hung request, no server error: every answer is a grant, a rule refusal, or a fast 503
        var unexpected = all.Where(s => s.Status is not (201 or 409 or 503)).Take(5).ToList();
        Assert.That(unexpected, Is.Empty, "unexpected answers: " + string.Join(" | ", unexpected.Select(s => $"{s.Status} after {s.Took.TotalMilliseconds:F0} ms: {s.Body}")));
        Assert.That(all.Where(s => s.Status == 503).Select(s => s.Code), Is.All.EqualTo("service.unavailable"));
        Assert.That(all.Where(s => s.Status == 409).Select(s => s.Code),
            Is.All.AnyOf("perk.limit_reached", "idempotency.in_progress"));

        // sent and answered while the server was dead (a claim sent just before the restart may wait behind the member's
        // previous call or its batch's retries and be granted, committed, once the server is back: judged by when it was answered)
        var whileDown = all.Where(s => s.StartedAt > killedAt + TimeSpan.FromMilliseconds(500) && s.StartedAt + s.Took < restartAt).ToList();
        Assert.That(whileDown, Has.Count.GreaterThan(Workers), "requests kept coming while the database was down");
        Assert.That(whileDown.Select(s => s.Status), Is.All.AnyOf(503, 409), "nothing is granted without a database");
        Assert.That(whileDown.Count(s => s.Status == 503), Is.GreaterThan(0));
        var slowest = whileDown.Max(s => s.Took);
        Assert.That(slowest, Is.LessThan(FailFast), "requests fail fast while the database is down");
        Assert.That(all.Max(s => s.Took), Is.LessThan(FailFast + TimeSpan.FromSeconds(2)), "no request hangs, even across the crash");

        // keys whose release failed while the database was down are released once it is back, not locked for 30 s
        // (a key whose INSERT committed as the server died has nobody to release it: allow a couple of those)
        var stuckKeys = all.Where(s => s.StartedAt > upAt + TimeSpan.FromSeconds(1) && s.Code == "idempotency.in_progress")
            .Select(s => s.Key).Distinct().Count();
        Assert.That(stuckKeys, Is.LessThanOrEqualTo(2), "idempotency keys still locked after the database came back");
        Assert.That(all.Count(s => s.StartedAt < killedAt && s.Status == 201), Is.GreaterThan(0), "claims were granted before the crash");
        Assert.That(all.Count(s => s.StartedAt > upAt && s.Status == 201), Is.GreaterThan(0), "the API recovers without a restart");

        // every 201 a client received is a committed voucher, and no voucher went to two answers
        await using var conn = new MySqlConnection(db.ConnectionString);
        await conn.OpenAsync();
        var vouchers = (await conn.QueryAsync<(long Id, string Code, long MemberId)>(
            "SELECT id, code, member_id FROM voucher WHERE perk_id = @perkId", new { perkId })).ToDictionary(v => v.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var granted = all.Where(s => s.Status == 201).ToList();
        foreach (var g in granted)
        {
            Assert.That(vouchers.TryGetValue(g.VoucherId!, out var v), Is.True, $"201 for voucher {g.VoucherId} has a committed row");
            Assert.That(v.Code, Is.EqualTo(g.VoucherCode));
            Assert.That(v.MemberId, Is.EqualTo(g.Member));
        }

        var fresh = granted.Where(g => !g.Replayed).Select(g => g.VoucherId).ToList();
        Assert.That(fresh, Is.Unique, "no voucher was issued to two claims");
        foreach (var replay in granted.Where(g => g.Replayed))
        {
            Assert.That(granted.Count(g => g.Key == replay.Key && g.VoucherId != replay.VoucherId), Is.Zero, "a replay answers the same voucher");
        }

        var claimed = await conn.ExecuteScalarAsync<long>("SELECT claimed FROM perk WHERE id = @perkId", new { perkId });
        Assert.That(claimed, Is.EqualTo(vouchers.Count), "perk.claimed equals the vouchers issued");
        Assert.That(vouchers.Count, Is.GreaterThanOrEqualTo(granted.Select(g => g.VoucherId).Distinct().Count()));
        var most = await conn.ExecuteScalarAsync<long>(
            "SELECT COALESCE(MAX(n), 0) FROM (SELECT COUNT(*) n FROM voucher WHERE perk_id = @perkId GROUP BY member_id) t", new { perkId });
        Assert.That(most, Is.LessThanOrEqualTo(Limit), "no member over the limit");
        Assert.That(await conn.ExecuteScalarAsync<long>("SELECT COUNT(*) - COUNT(DISTINCT code) FROM voucher"), Is.Zero);
    }
}

using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Text.Json;
using Dapper;
using UnionHub.IntegrationTests.Features.Perks;

namespace UnionHub.IntegrationTests.Faults;

/// <summary>The API as a real process, sent SIGTERM in the middle of a claim storm.</summary>
[Category("Fault")]
[NonParallelizable]
public sealed class GracefulShutdownTests : PerkTest
{
    private sealed record Sent(TimeSpan StartedAt, TimeSpan EndedAt, int Status, string? VoucherId, string? VoucherCode, long Member, string? Error);

    [Test, CancelAfter(120_000)]
    public async Task Sigterm_during_a_claim_storm_finishes_in_flight_claims_refuses_new_ones_and_loses_nothing_acknowledged()
    {
        var org = await Seed.OrgAsync();
        var members = await SeedMany.VerifiedMembersAsync(org, 200);
        var perkId = await CreatePerkAsync(stock: 1_000_000, perMemberLimit: 1000);
        var tokens = members.ToDictionary(m => m, Token);

        var port = FreePort();
        var output = new ConcurrentQueue<string>();
        using var api = StartApi(port, output);
        try
        {
            using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromSeconds(20) };
            var ready = Stopwatch.StartNew();
            while (!await IsReadyAsync(http))
            {
                Assert.That(api.HasExited, Is.False, "the API exited: " + string.Join('\n', output.TakeLast(20)));
                Assert.That(ready.Elapsed, Is.LessThan(TimeSpan.FromSeconds(60)), "the API did not become ready");
                await Task.Delay(200);
            }

            var clock = Stopwatch.StartNew();
            var sent = new ConcurrentBag<Sent>();
            using var stop = new CancellationTokenSource();
            async Task WorkerAsync(int worker)
            {
                var random = new Random(worker);
                while (!stop.IsCancellationRequested)
                {
                    var member = members[random.Next(members.Count)];
                    using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/perks/{perkId}/claims");
                    request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", tokens[member]);
                    var started = clock.Elapsed;
                    try
                    {
                        using var response = await http.SendAsync(request);
                        var body = await response.Content.ReadAsStringAsync();
                        string? id = null, code = null;
                        if ((int)response.StatusCode == 201)
                        {
                            using var json = JsonDocument.Parse(body);
                            id = json.RootElement.GetProperty("voucher").GetProperty("id").GetString();
                            code = json.RootElement.GetProperty("voucher").GetProperty("code").GetString();
                        }

                        sent.Add(new Sent(started, clock.Elapsed, (int)response.StatusCode, id, code, member, null));
                    }
                    catch (HttpRequestException ex)
                    {
                        sent.Add(new Sent(started, clock.Elapsed, 0, null, null, member, ex.HttpRequestError.ToString()));
                        await Task.Delay(20);
                    }
                }
            }

            var workers = Enumerable.Range(0, 32).Select(w => Task.Run(() => WorkerAsync(w))).ToArray();
            await Task.Delay(TimeSpan.FromSeconds(2));
            var termAt = clock.Elapsed;
            using (var kill = Process.Start("kill", $"-TERM {api.Id}"))
            {
                await kill.WaitForExitAsync();
            }

            using (var exitWait = new CancellationTokenSource(TimeSpan.FromSeconds(40)))
            {
                await api.WaitForExitAsync(exitWait.Token);
            }

            var exitedAt = clock.Elapsed;
            await Task.Delay(TimeSpan.FromSeconds(1)); // clients keep trying against the stopped server
            await stop.CancelAsync();
            await Task.WhenAll(workers);

            var all = sent.ToList();
            TestContext.Out.WriteLine($"SIGTERM at {termAt.TotalSeconds:F2}s, exited at {exitedAt.TotalSeconds:F2}s");
            foreach (var g in all.GroupBy(s => (After: s.StartedAt >= termAt, s.Status, s.Error)))
            {
                TestContext.Out.WriteLine($"{(g.Key.After ? "after" : "before")} SIGTERM: {g.Key.Status} {g.Key.Error}: {g.Count()}");
            }

            Assert.That(api.ExitCode, Is.Zero, "a clean exit: " + string.Join('\n', output.TakeLast(20)));
            Assert.That(exitedAt - termAt, Is.LessThan(TimeSpan.FromSeconds(30)), "shutdown finished within the host's window");
            Assert.That(all.Where(s => s.Error is null).Select(s => s.Status), Is.All.AnyOf(201, 409), "no 5xx while draining");
            Assert.That(all.Count(s => s.Status == 201 && s.StartedAt < termAt), Is.GreaterThan(0));
            Assert.That(all.Where(s => s.StartedAt > exitedAt).Select(s => s.Error), Is.All.Not.Null, "new requests are refused");
            Assert.That(all.Count(s => s.StartedAt > exitedAt), Is.GreaterThan(0));

            await using var db = await DbAsync();
            var vouchers = (await db.QueryAsync<(long Id, string Code, long MemberId)>(
                "SELECT id, code, member_id FROM voucher WHERE perk_id = @perkId", new { perkId }))
                .ToDictionary(v => v.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
            var granted = all.Where(s => s.Status == 201).ToList();
            foreach (var g in granted)
            {
                Assert.That(vouchers.TryGetValue(g.VoucherId!, out var v), Is.True, $"acknowledged voucher {g.VoucherId} is committed");
                Assert.That((v.Code, v.MemberId), Is.EqualTo((g.VoucherCode, g.Member)));
            }

            Assert.That(granted.Select(g => g.VoucherId), Is.Unique);
            // a committed voucher without a 201 can only belong to a request cut after it reached the server
            // (a refused connect, ConnectionError, never reached it)
            var cut = all.Count(s => s.Error is not null && s.Error != nameof(HttpRequestError.ConnectionError) && s.StartedAt < exitedAt);
            Assert.That(vouchers.Count - granted.Count, Is.InRange(0, cut), "no answer was dropped for a committed claim");
            Assert.That(await db.ExecuteScalarAsync<long>("SELECT claimed FROM perk WHERE id = @perkId", new { perkId }), Is.EqualTo(vouchers.Count));
        }
        finally
        {
            if (!api.HasExited)
            {
                api.Kill();
            }
        }
    }

    private static async Task<bool> IsReadyAsync(HttpClient http)
    {
        try
        {
            using var response = await http.GetAsync("/health/ready");
            return response.StatusCode == HttpStatusCode.OK;
        }
        catch (HttpRequestException)
        {
            return false;
        }
    }

    private static Process StartApi(int port, ConcurrentQueue<string> output)
    {
        var bin = AppContext.BaseDirectory;
        var start = new ProcessStartInfo("dotnet", $"\"{Path.Combine(bin, "UnionHub.Api.dll")}\"")
        {
            WorkingDirectory = bin,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        var env = start.Environment;
        env["ASPNETCORE_ENVIRONMENT"] = "Testing";
        env["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}";
        env["ConnectionStrings__UnionHub"] = ApiFactory.ConnectionString;
        env["Jwt__SigningKey"] = ApiFactory.SigningKey;
        env["Bootstrap__AdminPassword"] = ApiFactory.AdminPassword;
        env["Pii__ActiveKeyId"] = "t1";
        env["Pii__Keys__t1"] = ApiFactory.PiiKey;
        env["Pii__IndexKey"] = ApiFactory.PiiIndexKey;
        env["Vouchers__SigningKey"] = ApiFactory.VoucherKey;
        env["Database__MigrateOnStartup"] = "false";
        env["Sms__Provider"] = "fake";
        env["Wechat__Provider"] = "fake";
        env["Logging__LogLevel__Default"] = "Warning";
        env["RateLimits__ClaimsPerMemberPerMinute"] = "0"; // the storm reuses 200 members far beyond a member's limit
        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, e) => Keep(output, e.Data);
        process.ErrorDataReceived += (_, e) => Keep(output, e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private static void Keep(ConcurrentQueue<string> output, string? line)
    {
        if (line is null)
        {
            return;
        }

        output.Enqueue(line);
        while (output.Count > 200 && output.TryDequeue(out _))
        {
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

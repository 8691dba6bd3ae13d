using Dapper;
using Microsoft.Extensions.DependencyInjection;
using UnionHub.Api.Features.Notifications;
using UnionHub.Api.Platform;

namespace UnionHub.IntegrationTests.ScaleOut;

/// <summary>
/// Background work that must run on one instance at a time (housekeeping sweeps, the voucher expiry scan) is elected by a
/// lease row in the database, shared by every instance on every cluster node.
/// </summary>
public sealed class LeaseTests : ApiTest
{
    /// <summary>Two more API hosts on the test database; housekeeping on, its first pass far away (the test drives it).</summary>
    private static (ApiFactory A, ApiFactory B) TwoInstances()
    {
        var settings = new Dictionary<string, string?> { ["Housekeeping:Enabled"] = "true", ["Housekeeping:IntervalMinutes"] = "1000" };
        var a = new ApiFactory(settings);
        var b = new ApiFactory(settings);
        _ = a.Server;
        _ = b.Server;
        return (a, b);
    }

    [Test]
    public async Task One_instance_at_a_time_sweeps_and_another_takes_over_when_it_stops()
    {
        var (a, b) = TwoInstances();
        await using (b)
        {
            await using (a)
            {
                var (sweepA, sweepB) = (a.Services.GetRequiredService<Housekeeping>(), b.Services.GetRequiredService<Housekeeping>());
                await using (var db = await DbAsync())
                {
                    await db.ExecuteAsync("INSERT INTO rate_counter (bucket, window_start, hits, expires_at) VALUES ('test:old', @t, 1, @t)",
                        new { t = Api.Clock.GetUtcNow().UtcDateTime.AddDays(-3) });
                }

                var first = await sweepA.SweepIfLeaderAsync(CancellationToken.None);
                Assert.That(first?["rate_counter"], Is.EqualTo(1), "a took the lease and swept");

                // both instances' timers fire at once, five times over: a keeps the lease, b never sweeps
                for (var i = 0; i < 5; i++)
                {
                    var round = await Task.WhenAll(new[] { sweepA, sweepB }.Select(s => Task.Run(() => s.SweepIfLeaderAsync(CancellationToken.None))));
                    Assert.That(round[0], Is.Not.Null, $"round {i}: a sweeps");
                    Assert.That(round[1], Is.Null, $"round {i}: b does not");
                }

                await using var check = await DbAsync();
                Assert.That(await check.ExecuteScalarAsync<string>("SELECT holder FROM lease WHERE name = @n", new { n = Housekeeping.LeaseName }),
                    Is.EqualTo(a.Services.GetRequiredService<Leases>().Holder));
            }

            // a stopped and handed the lease back: b takes over at once, not when the lease would have run out
            Assert.That(await b.Services.GetRequiredService<Housekeeping>().SweepIfLeaderAsync(CancellationToken.None), Is.Not.Null);
        }
    }

    [Test]
    public async Task A_lease_that_its_holder_stopped_renewing_runs_out_and_another_instance_gets_it()
    {
        var a = Api.Services.GetRequiredService<Leases>();
        await using var other = new ApiFactory();
        var b = other.Services.GetRequiredService<Leases>();
        Assert.That(a.Holder, Is.Not.EqualTo(b.Holder));

        // held for 30 s while b is refused (a 1 s lease ran out whenever the loaded machine paused for a second between the two calls),
        // then renewed for 1 s only, to run out
        Assert.That(await a.TryAcquireAsync("test-job", TimeSpan.FromSeconds(30), default), Is.True);
        Assert.That(await b.TryAcquireAsync("test-job", TimeSpan.FromSeconds(1), default), Is.False, "held");
        Assert.That(await a.TryAcquireAsync("test-job", TimeSpan.FromSeconds(1), default), Is.True, "the holder renews");
        await Task.Delay(TimeSpan.FromMilliseconds(1500));
        Assert.That(await b.TryAcquireAsync("test-job", TimeSpan.FromSeconds(30), default), Is.True, "ran out: b takes it");
        Assert.That(await a.TryAcquireAsync("test-job", TimeSpan.FromSeconds(30), default), Is.False, "now a waits");
        await b.ReleaseAsync("test-job", default);
        Assert.That(await a.TryAcquireAsync("test-job", TimeSpan.FromSeconds(30), default), Is.True, "released: a takes it at once");
    }

    [Test]
    public async Task Two_instances_running_the_voucher_expiry_scan_at_once_leave_it_to_one()
    {
        await using var a = new ApiFactory();
        await using var b = new ApiFactory();
        var scans = new[] { a, b }.Select(h => h.Services.GetRequiredService<VoucherExpiryScan>()).ToArray();
        var results = await Task.WhenAll(scans.Select(s => Task.Run(() => s.RunIfLeaderAsync(CancellationToken.None))));
        Assert.That(results.Count(r => r is not null), Is.EqualTo(1), "one ran the scan");
        Assert.That(await scans[Array.FindIndex(results, r => r is null)].RunIfLeaderAsync(CancellationToken.None), Is.Null, "the other still waits");
    }
}

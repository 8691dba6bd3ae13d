using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Dapper;
using UnionHub.IntegrationTests.Features.Merchants;
using UnionHub.IntegrationTests.Features.Perks;

namespace UnionHub.IntegrationTests.Security;

/// <summary>
/// Limits that guard money (merchant calls) or credentials (staff password logins) are counted in the database, so two API
/// instances on one database share them; the per-member claim limit refuses before any database work, from counts each
/// instance keeps in memory and shares through batched writes.
/// </summary>
public sealed class RateLimitTests : PerkTest
{
    /// <summary>Two more API hosts on the test database, their clocks moved together to just after a window boundary.</summary>
    private static (ApiFactory A, ApiFactory B) TwoInstances(Dictionary<string, string?> settings, TimeSpan window)
    {
        var a = new ApiFactory(settings);
        var b = new ApiFactory(settings);
        _ = a.Server;
        _ = b.Server;
        var now = a.Clock.GetUtcNow().UtcTicks;
        var toNextWindow = TimeSpan.FromTicks(window.Ticks - now % window.Ticks) + TimeSpan.FromMilliseconds(50);
        a.Clock.Advance(toNextWindow);
        b.Clock.Advance(toNextWindow);
        return (a, b);
    }

    private static async Task ExpectRateLimitedAsync(HttpResponseMessage response)
    {
        await Problem.ExpectAsync(response, 429, "rate_limited");
        Assert.That(response.Headers.RetryAfter?.Delta, Is.Not.Null.And.GreaterThan(TimeSpan.Zero), "Retry-After in seconds");
    }

    [Test]
    public async Task The_per_key_merchant_limit_is_shared_by_two_api_instances()
    {
        using var admin = await AdminAsync();
        var merchant = await MerchantAdminTests.CreateMerchantAsync(admin, "限流超市");
        var (_, key) = await MerchantAdminTests.CreateKeyAsync(admin, merchant, "till-1");
        var (_, otherKey) = await MerchantAdminTests.CreateKeyAsync(admin, merchant, "till-2");
        var (a, b) = TwoInstances(new()
        {
            ["RateLimits:MerchantCallsPerSecond"] = "1",
            ["RateLimits:MerchantWindowSeconds"] = "10", // 10 calls a key per 10-second window, all instances together
        }, TimeSpan.FromSeconds(10));
        // the 14 calls below must fall in one 10-second window: on a loaded machine the first calls to two fresh hosts took longer than
        // that, and the window moved on under them; the clocks stand still at the window's start instead
        a.Clock.Stop();
        b.Clock.Stop();
        await using (a)
        await using (b)
        {
            HttpClient Till(ApiFactory host, string apiKey)
            {
                var client = host.CreateClient();
                client.DefaultRequestHeaders.Add("X-Api-Key", apiKey);
                return client;
            }

            using var tillA = Till(a, key);
            using var tillB = Till(b, key);
            // six calls through each instance: each alone is under 10, together they are 12
            var answers = await Task.WhenAll(Enumerable.Range(0, 12).Select(i => (i % 2 == 0 ? tillA : tillB).GetAsync("/api/v1/merchant/me")));
            Assert.That(answers.Count(r => r.StatusCode == HttpStatusCode.OK), Is.EqualTo(10), "the limit holds across instances");
            var refused = answers.Where(r => r.StatusCode != HttpStatusCode.OK).ToList();
            Assert.That(refused, Has.Count.EqualTo(2));
            foreach (var r in refused)
            {
                await ExpectRateLimitedAsync(r);
            }

            // money routes are behind the same limit
            await ExpectRateLimitedAsync(await tillA.PostAsJsonAsync("/api/v1/merchant/redemptions", new { code = "ABCDEF" }));

            // another key of the same merchant has its own allowance
            using var other = Till(b, otherKey);
            Assert.That((await other.GetAsync("/api/v1/merchant/me")).StatusCode, Is.EqualTo(HttpStatusCode.OK));

            await using var db = await DbAsync();
            Assert.That(await db.ExecuteScalarAsync<int>("SELECT MAX(hits) FROM rate_counter WHERE bucket LIKE 'merchant-calls:key:%'"),
                Is.EqualTo(13));
        }
    }

    [Test]
    public async Task The_wechat_login_limit_per_client_address_covers_both_routes_on_two_api_instances()
    {
        var (a, b) = TwoInstances(new() { ["RateLimits:WeChatLoginPerAddressPerMinute"] = "3" }, TimeSpan.FromMinutes(1));
        await using (a)
        await using (b)
        {
            using var clientA = a.CreateClient();
            using var clientB = b.CreateClient();
            var statuses = new List<int>
            {
                (int)(await clientA.PostAsJsonAsync("/api/v1/auth/wechat/login", new { code = "dev-limit-1" })).StatusCode,
                (int)(await clientB.PostAsJsonAsync("/api/v1/auth/wechat/login", new { code = "dev-limit-2" })).StatusCode,
                (int)(await clientA.PostAsJsonAsync("/api/v1/auth/wechat/oauth-login", new { code = "dev-limit-3" })).StatusCode,
            };
            Assert.That(statuses, Is.EqualTo(new[] { 200, 200, 200 }));
            await ExpectRateLimitedAsync(await clientB.PostAsJsonAsync("/api/v1/auth/wechat/oauth-login", new { code = "dev-limit-4" }));
            await ExpectRateLimitedAsync(await clientA.PostAsJsonAsync("/api/v1/auth/wechat/login", new { code = "dev-limit-5" }));

            await using var db = await DbAsync();
            Assert.That(await db.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM member_wechat WHERE open_id LIKE 'limit-%'"), Is.EqualTo(3),
                "refused logins created no member");
        }
    }

    [Test]
    public async Task The_staff_login_limit_per_client_address_is_shared_by_two_api_instances()
    {
        var (a, b) = TwoInstances(new() { ["RateLimits:StaffLoginPerMinute"] = "3" }, TimeSpan.FromMinutes(1));
        await using (a)
        await using (b)
        {
            using var clientA = a.CreateClient();
            using var clientB = b.CreateClient();
            var wrong = new { username = "admin", password = "guessing-password" };
            var statuses = new List<int>();
            foreach (var client in new[] { clientA, clientA, clientB })
            {
                statuses.Add((int)(await client.PostAsJsonAsync("/api/v1/admin/auth/login", wrong)).StatusCode);
            }

            Assert.That(statuses, Is.EqualTo(new[] { 401, 401, 401 }));
            await ExpectRateLimitedAsync(await clientB.PostAsJsonAsync("/api/v1/admin/auth/login", wrong));
            // even the right password waits: guessing from this address is stopped on every instance
            await ExpectRateLimitedAsync(await clientA.PostAsJsonAsync("/api/v1/admin/auth/login",
                new { username = "admin", password = ApiFactory.AdminPassword }));

            await using var db = await DbAsync();
            var buckets = (await db.QueryAsync<string>("SELECT bucket FROM rate_counter WHERE bucket LIKE 'staff-login:%'")).ToList();
            Assert.That(buckets, Has.Count.EqualTo(1));
            Assert.That(buckets[0], Does.Match("^staff-login:[0-9A-F]{16}$"), "the client address is stored as a keyed hash only");
        }
    }

    [Test]
    public async Task A_member_over_the_claim_limit_gets_429_with_Retry_After_never_503_and_others_are_unaffected()
    {
        await using var host = new ApiFactory(new Dictionary<string, string?> { ["RateLimits:ClaimsPerMemberPerMinute"] = "3" });
        var org = await Seed.OrgAsync();
        var greedy = await Seed.VerifiedMemberAsync(org);
        var other = await Seed.VerifiedMemberAsync(org);
        var perkId = await CreatePerkAsync(stock: 100, perMemberLimit: 10);
        using var client = host.CreateClient();

        var answers = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => client.SendAsync(ClaimRequest(perkId, greedy))));
        Assert.That(answers.Select(r => (int)r.StatusCode), Is.All.AnyOf(201, 429), "never 503");
        Assert.That(answers.Count(r => r.StatusCode == HttpStatusCode.Created), Is.EqualTo(3));
        foreach (var r in answers.Where(r => r.StatusCode == HttpStatusCode.TooManyRequests))
        {
            await ExpectRateLimitedAsync(r);
        }

        using var otherRequest = ClaimRequest(perkId, other);
        Assert.That((await client.SendAsync(otherRequest)).StatusCode, Is.EqualTo(HttpStatusCode.Created), "the limit is per member");
        await using var db = await DbAsync();
        Assert.That(await db.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM voucher WHERE member_id = @greedy", new { greedy }), Is.EqualTo(3));
    }

    [Test]
    public async Task The_per_member_claim_limit_holds_across_two_api_instances()
    {
        var org = await Seed.OrgAsync();
        var greedy = await Seed.VerifiedMemberAsync(org);
        var perkId = await CreatePerkAsync(stock: 100, perMemberLimit: 50);
        var (a, b) = TwoInstances(new() { ["RateLimits:ClaimsPerMemberPerMinute"] = "4" }, TimeSpan.FromMinutes(1));
        await using (a)
        await using (b)
        {
            using var viaA = a.CreateClient();
            using var viaB = b.CreateClient();
            var statuses = new List<int>();
            // alternating instances, slower than the counters' flush: each instance alone would allow 4, together 8
            for (var i = 0; i < 8; i++)
            {
                using var request = ClaimRequest(perkId, greedy, $"limit-{i}");
                using var response = await (i % 2 == 0 ? viaA : viaB).SendAsync(request);
                statuses.Add((int)response.StatusCode);
                if (response.StatusCode == HttpStatusCode.TooManyRequests)
                {
                    await ExpectRateLimitedAsync(response);
                }

                await Task.Delay(UnionHub.Api.Platform.SharedRateCounter.FlushEvery * 2);
            }

            Assert.That(statuses.Count(s => s == 201), Is.EqualTo(4), string.Join(",", statuses));
            Assert.That(statuses.Skip(4), Is.All.EqualTo(429));
            await using var db = await DbAsync();
            Assert.That(await db.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM voucher WHERE member_id = @greedy", new { greedy }), Is.EqualTo(4));
        }
    }
}

using System.Net;
using System.Net.Http.Headers;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using UnionHub.IntegrationTests.Features.Perks;

namespace UnionHub.IntegrationTests.Platform;

public sealed class MetricsTests : PerkTest
{
    private const string ScrapeKey = "test-scrape-key-0123456789";

    /// <summary>A host with a scrape key; a request carrying X-Test-Loopback is seen as coming from 127.0.0.1.</summary>
    private static ApiFactory MetricsHost(bool allowLoopback = true) => new(new Dictionary<string, string?>
    {
        ["Metrics:ScrapeKey"] = ScrapeKey,
        ["Metrics:AllowLoopback"] = allowLoopback ? "true" : "false",
    });

    private sealed class LoopbackFilter : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((http, nextMiddleware) =>
            {
                if (http.Request.Headers.ContainsKey("X-Test-Loopback"))
                {
                    http.Connection.RemoteIpAddress = IPAddress.Loopback;
                }

                return nextMiddleware(http);
            });
            next(app);
        };
    }

    [Test]
    public async Task Metrics_are_not_public_without_the_scrape_key_from_a_non_loopback_caller()
    {
        using var client = Anonymous(); // the test server's caller has no address: not loopback, and no key configured
        var response = await client.GetAsync("/metrics");
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(await response.Content.ReadAsStringAsync(), Does.Not.Contain("unionhub_"));

        await using var host = MetricsHost(allowLoopback: false);
        using var other = host.WithWebHostBuilder(b => b.ConfigureServices(s => s.AddTransient<IStartupFilter, LoopbackFilter>())).CreateClient();
        using var wrongKey = new HttpRequestMessage(HttpMethod.Get, "/metrics");
        wrongKey.Headers.Authorization = new AuthenticationHeaderValue("Bearer", ScrapeKey + "x");
        Assert.That((await other.SendAsync(wrongKey)).StatusCode, Is.EqualTo(HttpStatusCode.NotFound), "wrong key");
        using var loopbackOff = new HttpRequestMessage(HttpMethod.Get, "/metrics");
        loopbackOff.Headers.Add("X-Test-Loopback", "1");
        Assert.That((await other.SendAsync(loopbackOff)).StatusCode, Is.EqualTo(HttpStatusCode.NotFound), "loopback not trusted when turned off");
    }

    [Test]
    public async Task A_claim_shows_in_the_scraped_counters_with_request_latencies()
    {
        var org = await Seed.OrgAsync();
        var members = await SeedMany.VerifiedMembersAsync(org, 2);
        var perkId = await CreatePerkAsync(stock: 1, perMemberLimit: 1);

        await using var host = MetricsHost();
        using var client = host.WithWebHostBuilder(b => b.ConfigureServices(s => s.AddTransient<IStartupFilter, LoopbackFilter>())).CreateClient();
        foreach (var member in members)
        {
            using var claim = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/perks/{perkId}/claims");
            claim.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Token(member));
            var answer = await client.SendAsync(claim);
            Assert.That((int)answer.StatusCode, Is.AnyOf(201, 409), await answer.Content.ReadAsStringAsync());
        }

        using var scrape = new HttpRequestMessage(HttpMethod.Get, "/metrics");
        scrape.Headers.Authorization = new AuthenticationHeaderValue("Bearer", ScrapeKey);
        var response = await client.SendAsync(scrape);
        var text = await response.Content.ReadAsStringAsync();
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), text);
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("text/plain").Or.EqualTo("application/openmetrics-text"));
        Assert.That(text, Does.Match(@"unionhub_claims_total\{[^}]*outcome=""granted""[^}]*\} [1-9]"), "the granted claim is counted");
        Assert.That(text, Does.Match(@"unionhub_claims_total\{[^}]*outcome=""perk.sold_out""[^}]*\} [1-9]"), "the refusal is counted by its code");
        Assert.That(text, Does.Contain("unionhub_claim_batch_size_"), "combiner batch sizes");
        Assert.That(text, Does.Contain("http_server_request_duration_seconds_bucket"), "request rates and latencies");
        Assert.That(text, Does.Contain("/api/v1/perks/{id}/claims"), "latencies by route");
        Assert.That(text, Does.Match(@"(?m)^dotnet_jit_compiled_methods\S* \d"), "the runtime's own meter: JIT (./dev bench warms up until it settles), GC, thread pool");

        using var loopback = new HttpRequestMessage(HttpMethod.Get, "/metrics");
        loopback.Headers.Add("X-Test-Loopback", "1");
        Assert.That((await client.SendAsync(loopback)).StatusCode, Is.EqualTo(HttpStatusCode.OK), "loopback callers may scrape without the key");
    }

    [Test]
    public async Task Rate_limit_refusals_are_counted()
    {
        await using var host = new ApiFactory(new Dictionary<string, string?> { ["RateLimits:StaffLoginPerMinute"] = "1" });
        using var client = host.WithWebHostBuilder(b => b.ConfigureServices(s => s.AddTransient<IStartupFilter, LoopbackFilter>())).CreateClient();
        for (var i = 0; i < 3; i++)
        {
            await client.PostAsync("/api/v1/admin/auth/login",
                new StringContent("""{"username":"nobody","password":"wrong-password"}""", System.Text.Encoding.UTF8, "application/json"));
        }

        using var scrape = new HttpRequestMessage(HttpMethod.Get, "/metrics");
        scrape.Headers.Add("X-Test-Loopback", "1");
        var text = await (await client.SendAsync(scrape)).Content.ReadAsStringAsync();
        Assert.That(text, Does.Match(@"unionhub_rate_limited_total\{[^}]*route=""/api/v1/admin/auth/login""[^}]*\} [1-9]"), text.Length > 3000 ? text[..3000] : text);
    }
}

using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace UnionHub.IntegrationTests.ScaleOut;

/// <summary>
/// Behind a balancer the client's address comes from X-Forwarded-For, believed only from the configured proxies: per-address
/// limits follow the forwarded address through a trusted proxy and the peer's own address otherwise, and /metrics never
/// takes a proxied request for a local scraper.
/// </summary>
public sealed class ForwardedHeadersTests : ApiTest
{
    private const string Proxy = "10.0.0.5";
    internal const string PeerHeader = "X-Test-Peer";

    /// <summary>The in-memory server has no peer address: this sets it from a test header, before anything else runs.</summary>
    internal sealed class PeerFromHeader : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((http, nextMiddleware) =>
            {
                if (http.Request.Headers.TryGetValue(PeerHeader, out var peer))
                {
                    http.Connection.RemoteIpAddress = IPAddress.Parse(peer.ToString());
                }

                return nextMiddleware(http);
            });
            next(app);
        };
    }

    private static (ApiFactory Api, WebApplicationFactory<Program> Host) HostBehindProxy()
    {
        var api = new ApiFactory(new Dictionary<string, string?>
        {
            ["ForwardedHeaders:KnownProxies:0"] = Proxy,
            ["RateLimits:StaffLoginPerMinute"] = "2",
            ["Metrics:AllowLoopback"] = "true",
        });
        var host = api.WithWebHostBuilder(b => b.ConfigureServices(s => s.AddTransient<IStartupFilter, PeerFromHeader>()));
        _ = host.Server;
        // start just after a minute boundary so the test's logins share one window
        var now = api.Clock.GetUtcNow().UtcTicks;
        api.Clock.Advance(TimeSpan.FromTicks(TimeSpan.TicksPerMinute - now % TimeSpan.TicksPerMinute) + TimeSpan.FromMilliseconds(50));
        return (api, host);
    }

    /// <summary>Sends a request as if from <paramref name="peer"/>, with X-Forwarded-For when given.</summary>
    private static async Task<HttpStatusCode> SendAsync(HttpClient client, HttpMethod method, string path, string peer, string? forwardedFor,
        HttpContent? content = null)
    {
        using var request = new HttpRequestMessage(method, path) { Content = content };
        request.Headers.Add(PeerHeader, peer);
        if (forwardedFor is not null)
        {
            request.Headers.Add("X-Forwarded-For", forwardedFor);
        }

        return (await client.SendAsync(request)).StatusCode;
    }

    private static Task<HttpStatusCode> LoginAsync(HttpClient client, string peer, string? forwardedFor) =>
        SendAsync(client, HttpMethod.Post, "/api/v1/admin/auth/login", peer, forwardedFor,
            JsonContent.Create(new { username = $"nobody-{Guid.NewGuid():N}"[..20], password = "not the password" }));

    [Test]
    public async Task Login_limits_follow_the_forwarded_address_only_through_a_trusted_proxy()
    {
        var (api, host) = HostBehindProxy();
        await using (api)
        await using (host)
        {
            using var client = host.CreateClient();

            // through the balancer: two members behind it, each with their own allowance of 2
            Assert.That(await LoginAsync(client, Proxy, "203.0.113.10"), Is.EqualTo(HttpStatusCode.Unauthorized));
            Assert.That(await LoginAsync(client, Proxy, "203.0.113.10"), Is.EqualTo(HttpStatusCode.Unauthorized));
            Assert.That(await LoginAsync(client, Proxy, "203.0.113.10"), Is.EqualTo(HttpStatusCode.TooManyRequests), "203.0.113.10 used its 2");
            Assert.That(await LoginAsync(client, Proxy, "203.0.113.11"), Is.EqualTo(HttpStatusCode.Unauthorized), "another member behind the proxy is not blocked");
            // only the entry the proxy appended counts: a client cannot spend someone else's allowance by writing its own header
            Assert.That(await LoginAsync(client, Proxy, "203.0.113.10, 203.0.113.12"), Is.EqualTo(HttpStatusCode.Unauthorized));

            // straight from an untrusted peer: its X-Forwarded-For is ignored, however it varies
            const string stranger = "198.51.100.7";
            Assert.That(await LoginAsync(client, stranger, "203.0.113.20"), Is.EqualTo(HttpStatusCode.Unauthorized));
            Assert.That(await LoginAsync(client, stranger, "203.0.113.21"), Is.EqualTo(HttpStatusCode.Unauthorized));
            Assert.That(await LoginAsync(client, stranger, "203.0.113.22"), Is.EqualTo(HttpStatusCode.TooManyRequests), "keyed by the peer itself");
            Assert.That(await LoginAsync(client, Proxy, "203.0.113.20"), Is.EqualTo(HttpStatusCode.Unauthorized),
                "and the address it named was not charged");
        }
    }

    [Test]
    public async Task Metrics_are_for_a_local_scraper_not_for_requests_through_the_proxy()
    {
        var (api, host) = HostBehindProxy();
        await using (api)
        await using (host)
        {
            using var client = host.CreateClient();

            Task<HttpStatusCode> ScrapeAsync(string peer, string? forwardedFor) => SendAsync(client, HttpMethod.Get, "/metrics", peer, forwardedFor);

            Assert.That(await ScrapeAsync("127.0.0.1", null), Is.EqualTo(HttpStatusCode.OK), "a scraper on this host");
            Assert.That(await ScrapeAsync(Proxy, "203.0.113.10"), Is.EqualTo(HttpStatusCode.NotFound), "a client through the proxy");
            Assert.That(await ScrapeAsync(Proxy, "127.0.0.1"), Is.EqualTo(HttpStatusCode.NotFound), "local to the proxy is not local to us");
            Assert.That(await ScrapeAsync(Proxy, null), Is.EqualTo(HttpStatusCode.NotFound), "the proxy itself naming no client");
            Assert.That(await ScrapeAsync("198.51.100.7", "127.0.0.1"), Is.EqualTo(HttpStatusCode.NotFound), "an untrusted peer claiming loopback");
        }
    }
}

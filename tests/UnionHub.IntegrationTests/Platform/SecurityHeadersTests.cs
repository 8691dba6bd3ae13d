using System.Net;

namespace UnionHub.IntegrationTests.Platform;

public sealed class SecurityHeadersTests : ApiTest
{
    [Test]
    public async Task Api_answers_carry_security_headers_even_on_errors()
    {
        using var client = Anonymous();
        foreach (var path in new[] { "/api/v1/admin/audit", "/api/v1/nothing-here" })
        {
            var response = await client.GetAsync(path);
            Assert.That(response.Headers.GetValues("X-Content-Type-Options"), Is.EqualTo(new[] { "nosniff" }), path);
            Assert.That(response.Headers.GetValues("X-Frame-Options"), Is.EqualTo(new[] { "DENY" }), path);
            Assert.That(response.Headers.CacheControl?.NoStore, Is.True, path);
        }
    }

    [Test]
    public async Task Cors_allows_only_configured_origins()
    {
        await using var factory = new ApiFactory(new Dictionary<string, string?>
        {
            ["Cors:AllowedOrigins:0"] = "https://h5.union.example",
        });
        using var client = factory.CreateClient();

        async Task<HttpResponseMessage> Preflight(string origin)
        {
            var request = new HttpRequestMessage(HttpMethod.Options, "/api/v1/admin/auth/login");
            request.Headers.Add("Origin", origin);
            request.Headers.Add("Access-Control-Request-Method", "POST");
            request.Headers.Add("Access-Control-Request-Headers", "content-type,idempotency-key,consistency-token");
            return await client.SendAsync(request);
        }

        var allowed = await Preflight("https://h5.union.example");
        Assert.That(allowed.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
        Assert.That(allowed.Headers.GetValues("Access-Control-Allow-Origin"), Is.EqualTo(new[] { "https://h5.union.example" }));
        Assert.That(string.Join(",", allowed.Headers.GetValues("Access-Control-Allow-Headers")).ToLowerInvariant(),
            Does.Contain("consistency-token"), "a browser client on another origin may send the consistency token back");

        var refused = await Preflight("https://evil.example");
        Assert.That(refused.Headers.Contains("Access-Control-Allow-Origin"), Is.False);
    }
}

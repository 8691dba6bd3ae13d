using System.Net;

namespace UnionHub.IntegrationTests.Platform;

/// <summary>The built browser apps are served beside the API without hiding any API behaviour.</summary>
public sealed class ClientAppsTests : ApiTest
{
    private string _root = "";

    [SetUp]
    public void CreateBuilds()
    {
        _root = Directory.CreateTempSubdirectory("unionhub-clientapps-").FullName;
        Write("member-h5/dist/index.html", "<!doctype html><title>member</title>");
        Write("member-h5/dist/assets/index-abc123.js", "console.log('member')");
        Write("member-h5/dist/favicon.svg", "<svg/>");
        Write("merchant/dist/index.html", "<!doctype html><title>merchant</title>");
    }

    [TearDown]
    public void RemoveBuilds() => Directory.Delete(_root, recursive: true);

    private void Write(string path, string text)
    {
        var full = Path.Combine(_root, path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllText(full, text);
    }

    private ApiFactory Factory(string root) => new(new Dictionary<string, string?> { ["ClientApps:Root"] = root });

    [Test]
    public async Task Member_app_is_served_at_the_root_with_fallback_for_client_routes()
    {
        await using var factory = Factory(_root);
        using var client = factory.CreateClient(new() { AllowAutoRedirect = false });

        foreach (var path in new[] { "/", "/perks", "/me/real-name", "/wallet/123" })
        {
            var response = await client.GetAsync(path);
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), path);
            Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("text/html"), path);
            Assert.That(await response.Content.ReadAsStringAsync(), Does.Contain("<title>member</title>"), path);
            Assert.That(response.Headers.CacheControl?.NoCache, Is.True, path);
            Assert.That(response.Headers.GetValues("Content-Security-Policy").Single(), Does.Contain("default-src 'self'"), path);
        }

        var bundle = await client.GetAsync("/assets/index-abc123.js");
        Assert.That(bundle.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(await bundle.Content.ReadAsStringAsync(), Is.EqualTo("console.log('member')"));
        Assert.That(bundle.Headers.CacheControl?.ToString(), Does.Contain("immutable"));
        Assert.That((await client.GetAsync("/favicon.svg")).Headers.CacheControl?.ToString(), Does.Not.Contain("immutable"));

        Assert.That((await client.GetAsync("/assets/missing-1.js")).StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That((await client.PostAsync("/perks", null)).StatusCode, Is.Not.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task Merchant_page_is_served_under_merchant()
    {
        await using var factory = Factory(_root);
        using var client = factory.CreateClient(new() { AllowAutoRedirect = false });

        var bare = await client.GetAsync("/merchant");
        Assert.That(bare.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(bare.Headers.Location?.ToString(), Is.EqualTo("/merchant/"));

        foreach (var path in new[] { "/merchant/", "/merchant/today" })
        {
            var response = await client.GetAsync(path);
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), path);
            Assert.That(await response.Content.ReadAsStringAsync(), Does.Contain("<title>merchant</title>"), path);
        }

        Assert.That((await client.GetAsync("/merchant/assets/missing-1.js")).StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }

    [Test]
    public async Task Api_swagger_and_health_keep_their_answers()
    {
        await using var factory = Factory(_root);
        using var client = factory.CreateClient();

        foreach (var path in new[] { "/api/v1/nothing-here", "/api/v1/merchant/nothing-here", "/api", "/api/perks" })
        {
            var response = await client.GetAsync(path);
            await Problem.ExpectAsync(response, 404, "not_found");
        }

        await Problem.ExpectAsync(await client.GetAsync("/api/v1/merchant/me"), 401, "auth.unauthenticated");
        Assert.That((await client.GetAsync("/health/live")).StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var doc = await client.GetAsync("/swagger/v1/swagger.json");
        Assert.That(doc.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(doc.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/json"));
    }

    [Test]
    public async Task Merchant_paths_never_fall_back_to_the_member_app()
    {
        Directory.Delete(Path.Combine(_root, "merchant"), recursive: true);
        await using var factory = Factory(_root);
        using var client = factory.CreateClient();

        Assert.That((await client.GetAsync("/merchant/")).StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That((await client.GetAsync("/merchant/today")).StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That((await client.GetAsync("/perks")).StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task Without_builds_the_api_still_runs_and_serves_no_app()
    {
        await using var factory = Factory(Path.Combine(_root, "does-not-exist"));
        using var client = factory.CreateClient();

        Assert.That((await client.GetAsync("/")).StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That((await client.GetAsync("/perks")).StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That((await client.GetAsync("/merchant/")).StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That((await client.GetAsync("/health/live")).StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }
}

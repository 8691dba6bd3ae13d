using System.Text.RegularExpressions;
using UnionHub.IntegrationTests.Security;

namespace UnionHub.IntegrationTests.Platform;

/// <summary>
/// docs/API-guide.md lists every route of the served OpenAPI document, and no route the API does not serve; and
/// api/UnionHub.Api/UnionHub.Api.http has a request for every feature (every tag of the document).
/// </summary>
public sealed partial class ApiGuideTests : ApiTest
{
    /// <summary>A route row of the guide's tables: <c>| GET | `/api/v1/perks/{id}` | ...</c>.</summary>
    [GeneratedRegex(@"^\|\s*(GET|POST|PUT|PATCH|DELETE)\s*\|\s*`(/[^`]*)`", RegexOptions.Multiline)]
    private static partial Regex RouteRow();

    /// <summary>A request line of the .http file: <c>POST {{base}}/api/v1/perks/{{perkId}}/claims</c>.</summary>
    [GeneratedRegex(@"^(GET|POST|PUT|PATCH|DELETE) \{\{base\}\}(/[^\s?]*)", RegexOptions.Multiline)]
    private static partial Regex HttpRequestLine();

    private static HashSet<string> GuideRoutes()
    {
        var text = File.ReadAllText(Repository.Path("docs", "API-guide.md"));
        return RouteRow().Matches(text).Select(m => $"{m.Groups[1].Value} {m.Groups[2].Value}").ToHashSet(StringComparer.Ordinal);
    }

    [Test]
    public async Task Every_route_of_the_openapi_document_is_in_the_api_guide()
    {
        using var client = Anonymous();
        var served = (await Operation.AllAsync(client)).Select(o => o.ToString()).ToList();
        var guide = GuideRoutes();
        Assert.That(served, Is.Not.Empty);
        var missing = served.Where(r => !guide.Contains(r)).Order(StringComparer.Ordinal).ToList();
        Assert.That(missing, Is.Empty, "routes served but missing from docs/API-guide.md (add a row: | METHOD | `path` | who | what |)");
    }

    [Test]
    public async Task Every_api_route_in_the_guide_is_served()
    {
        using var client = Anonymous();
        var served = (await Operation.AllAsync(client)).Select(o => o.ToString()).ToHashSet(StringComparer.Ordinal);
        // /api/v1/dev/... exists in Development only (the tests run as "Testing"); /health, /swagger and /metrics are not in the document
        var stale = GuideRoutes()
            .Where(r => r.Contains(" /api/", StringComparison.Ordinal) && !r.Contains(" /api/v1/dev/", StringComparison.Ordinal))
            .Where(r => !served.Contains(r)).Order(StringComparer.Ordinal).ToList();
        Assert.That(stale, Is.Empty, "routes in docs/API-guide.md that the API does not serve");
    }

    [Test]
    public async Task Every_feature_has_a_request_in_the_http_file()
    {
        using var client = Anonymous();
        var operations = await Operation.AllAsync(client);
        var requests = HttpRequestLine().Matches(File.ReadAllText(Repository.Path("api", "UnionHub.Api", "UnionHub.Api.http")))
            .Select(m => (Method: m.Groups[1].Value, Segments: m.Groups[2].Value.Split('/'))).ToList();
        Assert.That(requests, Has.Count.GreaterThan(100), "the .http file's requests were read");

        // any segment of a request ({{perkId}}, 1) may stand for a {parameter} segment of a route
        bool Sends(Operation op) => requests.Any(r => r.Method == op.Method && r.Segments.Length == op.PathTemplate.Split('/').Length
            && r.Segments.Zip(op.PathTemplate.Split('/')).All(p => p.First == p.Second || p.Second.StartsWith('{')));
        var features = operations.GroupBy(o => o.Node.GetProperty("tags")[0].GetString()!);
        var uncovered = features.Where(f => !f.Any(Sends)).Select(f => f.Key).Order(StringComparer.Ordinal).ToList();
        Assert.That(uncovered, Is.Empty, "features (OpenAPI tags) without a request in api/UnionHub.Api/UnionHub.Api.http");
    }
}

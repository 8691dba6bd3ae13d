using System.Text.RegularExpressions;
using UnionHub.IntegrationTests.Security;

namespace UnionHub.IntegrationTests.Platform;

/// <summary>docs/API-guide.md lists every route of the served OpenAPI document, and no route the API does not serve.</summary>
public sealed partial class ApiGuideTests : ApiTest
{
    /// <summary>A route row of the guide's tables: <c>| GET | `/api/v1/perks/{id}` | ...</c>.</summary>
    [GeneratedRegex(@"^\|\s*(GET|POST|PUT|PATCH|DELETE)\s*\|\s*`(/[^`]*)`", RegexOptions.Multiline)]
    private static partial Regex RouteRow();

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
}

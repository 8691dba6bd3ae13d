using System.Net.Http.Json;
using System.Text.Json;

namespace UnionHub.IntegrationTests.Security;

/// <summary>Every operation of the served OpenAPI document, so that suites cover new routes without being told.</summary>
public sealed record Operation(string Method, string PathTemplate, bool Secured, bool AcceptsApiKey, JsonElement Node, JsonElement Document)
{
    public string Area => PathTemplate switch
    {
        _ when PathTemplate.StartsWith("/api/v1/admin/", StringComparison.Ordinal) => "staff",
        _ when PathTemplate.StartsWith("/api/v1/merchant/", StringComparison.Ordinal) => "merchant",
        _ when PathTemplate == "/api/v1/enterprise" || PathTemplate.StartsWith("/api/v1/enterprise/", StringComparison.Ordinal) => "enterprise",
        _ when PathTemplate.StartsWith("/api/v1/lawyer/", StringComparison.Ordinal) => "lawyer",
        _ => Secured ? "member" : "public",
    };

    /// <summary>The path with every {parameter} replaced.</summary>
    public string Path(string value = "1") =>
        System.Text.RegularExpressions.Regex.Replace(PathTemplate, "\\{[^}]+\\}", value);

    public JsonElement? JsonBodySchema =>
        Node.TryGetProperty("requestBody", out var body) && body.TryGetProperty("content", out var content)
        && content.TryGetProperty("application/json", out var json) && json.TryGetProperty("schema", out var schema)
            ? Resolve(schema) : null;

    /// <summary>The first media type the request body declares, if any.</summary>
    public string? RequestContentType =>
        Node.TryGetProperty("requestBody", out var body) && body.TryGetProperty("content", out var content)
            ? content.EnumerateObject().Select(c => c.Name).FirstOrDefault() : null;

    public IEnumerable<string> QueryParameters =>
        Node.TryGetProperty("parameters", out var ps)
            ? ps.EnumerateArray().Where(p => p.GetProperty("in").GetString() == "query").Select(p => p.GetProperty("name").GetString()!)
            : [];

    public JsonElement Resolve(JsonElement schema)
    {
        if (schema.TryGetProperty("$ref", out var r))
        {
            var name = r.GetString()!.Split('/')[^1];
            return Document.GetProperty("components").GetProperty("schemas").GetProperty(name);
        }

        return schema;
    }

    public override string ToString() => $"{Method} {PathTemplate}";

    public static async Task<IReadOnlyList<Operation>> AllAsync(HttpClient client)
    {
        var doc = await client.GetFromJsonAsync<JsonElement>("/swagger/v1/swagger.json");
        var list = new List<Operation>();
        foreach (var path in doc.GetProperty("paths").EnumerateObject())
        {
            foreach (var op in path.Value.EnumerateObject().Where(o => o.Name is "get" or "post" or "put" or "patch" or "delete"))
            {
                var security = op.Value.TryGetProperty("security", out var s) ? s.EnumerateArray().ToList() : [];
                var schemes = security.SelectMany(r => r.EnumerateObject().Select(p => p.Name)).ToList();
                list.Add(new Operation(op.Name.ToUpperInvariant(), path.Name, schemes.Count > 0, schemes.Contains("ApiKey"), op.Value, doc));
            }
        }

        return list;
    }
}

using System.Net.Http.Json;
using System.Text.Json;

namespace UnionHub.IntegrationTests;

/// <summary>Reads a problem+json answer and checks its shape.</summary>
public sealed record Problem(int Status, string Code, string? Title, string? Detail, string? TraceId, JsonElement Raw)
{
    public static async Task<Problem> ReadAsync(HttpResponseMessage response)
    {
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"),
            $"expected problem+json, got {response.Content.Headers.ContentType}: {await response.Content.ReadAsStringAsync()}");
        var json = await response.Content.ReadFromJsonAsync<JsonElement>();
        string? Str(string name) => json.TryGetProperty(name, out var p) && p.ValueKind == JsonValueKind.String ? p.GetString() : null;
        Assert.That(json.GetProperty("status").GetInt32(), Is.EqualTo((int)response.StatusCode), "status field matches HTTP status");
        Assert.That(Str("code"), Is.Not.Null.And.Not.Empty, "every problem carries a code");
        Assert.That(Str("traceId"), Is.Not.Null.And.Not.Empty, "every problem carries a traceId");
        return new Problem((int)response.StatusCode, Str("code")!, Str("title"), Str("detail"), Str("traceId"), json);
    }

    public static async Task<Problem> ExpectAsync(HttpResponseMessage response, int status, string code)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.That((int)response.StatusCode, Is.EqualTo(status), body);
        var problem = await ReadAsync(response);
        Assert.That(problem.Code, Is.EqualTo(code), body);
        return problem;
    }
}

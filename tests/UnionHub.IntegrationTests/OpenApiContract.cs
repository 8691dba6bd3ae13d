using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using NUnit.Framework.Interfaces;

[assembly: UnionHub.IntegrationTests.ContractChecked]

namespace UnionHub.IntegrationTests;

/// <summary>
/// The OpenAPI document the API serves, as a contract every response of the suite is held to: the status must be one the
/// operation lists, the content type one it lists for that status, and a JSON body must match the schema (OpenAPI 3.0
/// schemas read as JSON Schema 2020-12: <c>nullable</c> becomes a <c>null</c> type, <c>$ref</c>s point into one
/// document of definitions).
/// </summary>
public sealed class OpenApiContract
{
    private const string Root = "https://unionhub.test/openapi";

    private readonly JsonObject _paths;
    private readonly BuildOptions _build = new() { SchemaRegistry = new SchemaRegistry() };
    private readonly Dictionary<string, int> _responseSchemas = new(StringComparer.Ordinal);
    private readonly Dictionary<int, JsonSchema> _built = [];
    private static readonly EvaluationOptions Evaluation = new() { OutputFormat = OutputFormat.List, RequireFormatValidation = true };

    /// <summary>The contract the suite checks responses against; set once the shared host serves its document.</summary>
    public static OpenApiContract? Current { get; set; }

    /// <summary>What broke the contract since the current test started; <see cref="ContractCheckedAttribute"/> fails the test on them.</summary>
    public static ConcurrentQueue<string> Violations { get; } = new();

    private static long _checked;

    /// <summary>How many responses were checked so far (a test proves the check is in place with it).</summary>
    public static long Checked => Interlocked.Read(ref _checked);

    internal static void CountCheck() => Interlocked.Increment(ref _checked);

    public OpenApiContract(string document)
    {
        var doc = JsonNode.Parse(document)!.AsObject();
        _paths = doc["paths"]!.AsObject();
        var defs = new JsonObject();
        foreach (var (name, schema) in doc["components"]?["schemas"]?.AsObject() ?? [])
        {
            defs[name] = ToJsonSchema(schema!);
        }

        // every response schema becomes a definition too, so each is built once, by number, against the one document
        foreach (var (route, item) in _paths)
        {
            foreach (var (method, operation) in item!.AsObject())
            {
                foreach (var (status, response) in operation!["responses"]?.AsObject() ?? [])
                {
                    foreach (var (media, content) in response!["content"]?.AsObject() ?? [])
                    {
                        if (content!["schema"] is { } schema)
                        {
                            var n = _responseSchemas.Count;
                            _responseSchemas[Key(method, route, status, media)] = n;
                            defs[$"r{n}"] = ToJsonSchema(schema);
                        }
                    }
                }
            }
        }

        var root = new JsonObject { ["$schema"] = "https://json-schema.org/draft/2020-12/schema", ["$id"] = Root, ["$defs"] = defs };
        var built = JsonSchema.Build(JsonSerializer.SerializeToElement(root), _build);
        _build.SchemaRegistry.Register(built);

        // built here, once: FromText registers each schema in the registry, a plain Dictionary, and parallel requests that
        // built them lazily corrupted it ("Operations that change non-concurrent collections must have exclusive access")
        foreach (var n in _responseSchemas.Values)
        {
            _built[n] = JsonSchema.FromText($$"""{"$ref": "{{Root}}#/$defs/r{{n}}"}""", _build);
        }
    }

    private static string Key(string method, string route, string status, string media) => $"{method} {route} {status} {media}";

    /// <summary>The problems with one response of <paramref name="method"/> <paramref name="route"/> (a route template as the document keys it).</summary>
    public IReadOnlyList<string> Check(string method, string route, int status, string? contentType, ReadOnlySpan<byte> body)
    {
        method = method.ToLowerInvariant();
        if (_paths[route]?[method] is not JsonObject operation)
        {
            return [$"{method.ToUpperInvariant()} {route} is not in the OpenAPI document"];
        }

        var responses = operation["responses"]?.AsObject() ?? [];
        var code = status.ToString(CultureInfo.InvariantCulture);
        var statusKey = responses.ContainsKey(code) ? code
            : responses.ContainsKey($"{code[0]}XX") ? $"{code[0]}XX"
            : responses.ContainsKey("default") ? "default" : null;
        if (statusKey is null)
        {
            return [$"answered {status}, which the document does not list for this operation (it lists {string.Join(", ", responses.Select(r => r.Key))})"];
        }

        var content = responses[statusKey]!["content"]?.AsObject();
        if (body.IsEmpty)
        {
            return content is { Count: > 0 } && status != 204 && status != 304
                ? [$"answered {status} with no body; the document promises {string.Join(" or ", content.Select(c => c.Key))}"]
                : [];
        }

        var media = contentType?.Split(';')[0].Trim().ToLowerInvariant() ?? "";
        if (content is null || content.Count == 0)
        {
            return [$"answered {status} with a {media} body; the document lists no body for {statusKey}"];
        }

        if (!content.ContainsKey(media))
        {
            return [$"answered {status} as {media}; the document lists {string.Join(", ", content.Select(c => c.Key))}"];
        }

        if (!(media.EndsWith("/json", StringComparison.Ordinal) || media.EndsWith("+json", StringComparison.Ordinal))
            || !_responseSchemas.TryGetValue(Key(method, route, statusKey, media), out var n))
        {
            return [];
        }

        JsonElement json;
        try
        {
            json = JsonDocument.Parse(body.ToArray()).RootElement;
        }
        catch (JsonException e)
        {
            return [$"answered {status} {media} that is not JSON: {e.Message}"];
        }

        var schema = _built[n];
        var result = schema.Evaluate(json, Evaluation);
        if (result.IsValid)
        {
            return [];
        }

        var errors = (result.Details ?? []).Where(d => d.Errors is { Count: > 0 })
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value} ({d.EvaluationPath})"))
            .Distinct().Take(8).ToList();
        var text = json.GetRawText();
        return [$"answered {status} with a body that breaks the schema:\n      " + string.Join("\n      ", errors)
            + $"\n      body: {(text.Length > 600 ? text[..600] + "..." : text)}"];
    }

    /// <summary>An OpenAPI 3.0 schema object as JSON Schema 2020-12.</summary>
    internal static JsonNode ToJsonSchema(JsonNode node)
    {
        if (node is not JsonObject schema)
        {
            return node.DeepClone();
        }

        var result = new JsonObject();
        foreach (var (keyword, value) in schema)
        {
            switch (keyword)
            {
                case "nullable" or "example" or "discriminator" or "xml" or "externalDocs":
                    break;
                case "$ref":
                    result[keyword] = value!.GetValue<string>().Replace("#/components/schemas/", "#/$defs/", StringComparison.Ordinal);
                    break;
                case "properties" or "patternProperties":
                    result[keyword] = new JsonObject(value!.AsObject().Select(p => KeyValuePair.Create(p.Key, (JsonNode?)ToJsonSchema(p.Value!))));
                    break;
                case "items" or "additionalProperties" or "not":
                    result[keyword] = ToJsonSchema(value!);
                    break;
                case "allOf" or "anyOf" or "oneOf":
                    result[keyword] = new JsonArray(value!.AsArray().Select(s => (JsonNode?)ToJsonSchema(s!)).ToArray());
                    break;
                default:
                    result[keyword] = value?.DeepClone();
                    break;
            }
        }

        if (schema["nullable"]?.GetValue<bool>() != true)
        {
            return result;
        }

        // nullable beside allOf/$ref (a nullable object property) admits null whatever the referenced schema says
        if (result["type"] is JsonValue type && !result.ContainsKey("allOf") && !result.ContainsKey("anyOf") && !result.ContainsKey("oneOf")
            && !result.ContainsKey("$ref"))
        {
            result["type"] = new JsonArray(type.GetValue<string>(), "null");
            (result["enum"] as JsonArray)?.Add(null);
            return result;
        }

        return new JsonObject { ["anyOf"] = new JsonArray(result, new JsonObject { ["type"] = "null" }) };
    }

    /// <summary>The document's key for an endpoint's route: the template without constraints or defaults.</summary>
    internal static string RouteKey(RoutePattern pattern) =>
        "/" + string.Join("/", pattern.PathSegments.Select(s => string.Concat(s.Parts.Select(p => p switch
        {
            RoutePatternLiteralPart literal => literal.Content,
            RoutePatternParameterPart parameter => "{" + parameter.Name + "}",
            RoutePatternSeparatorPart separator => separator.Content,
            _ => "",
        }))));
}

/// <summary>
/// Checks every /api/ response of every host the suite starts (each <see cref="ApiFactory"/>, and hosts derived from it)
/// against <see cref="OpenApiContract.Current"/>: it sits in front of the app, holds the body until it is checked, then passes it on
/// unchanged. Server-side, so that it sees which endpoint answered (even after the exception handler cleared it) and
/// every client of every test, whatever handlers the test put in front.
/// </summary>
public sealed class ContractCheckMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context)
    {
        if (OpenApiContract.Current is not { } contract || !context.Request.Path.StartsWithSegments("/api", StringComparison.Ordinal))
        {
            await next(context);
            return;
        }

        var original = context.Response.Body;
        using var buffer = new MemoryStream();
        context.Response.Body = buffer;
        try
        {
            await next(context);
        }
        finally
        {
            context.Response.Body = original;
        }

        var endpoint = context.GetEndpoint() ?? context.Features.Get<IExceptionHandlerFeature>()?.Endpoint;
        if (endpoint is RouteEndpoint route && !context.RequestAborted.IsCancellationRequested)
        {
            OpenApiContract.CountCheck();
            var template = OpenApiContract.RouteKey(route.RoutePattern);
            var body = HttpMethods.IsHead(context.Request.Method) ? [] : buffer.GetBuffer().AsSpan(0, (int)buffer.Length);
            foreach (var problem in contract.Check(context.Request.Method, template, context.Response.StatusCode, context.Response.ContentType, body))
            {
                OpenApiContract.Violations.Enqueue($"{context.Request.Method} {context.Request.Path}{context.Request.QueryString} ({template}): {problem}");
            }
        }

        buffer.Position = 0;
        await buffer.CopyToAsync(original, context.RequestAborted);
    }
}

/// <summary>Puts <see cref="ContractCheckMiddleware"/> in front of the app's own pipeline.</summary>
public sealed class ContractCheckStartupFilter : IStartupFilter
{
    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.UseMiddleware<ContractCheckMiddleware>();
        next(app);
    };
}

/// <summary>Fails a test whose requests got an answer that breaks the OpenAPI document, naming each one.</summary>
[AttributeUsage(AttributeTargets.Assembly)]
public sealed class ContractCheckedAttribute : Attribute, ITestAction
{
    public ActionTargets Targets => ActionTargets.Test;

    public void BeforeTest(ITest test) => OpenApiContract.Violations.Clear();

    public void AfterTest(ITest test)
    {
        var violations = new List<string>();
        while (OpenApiContract.Violations.TryDequeue(out var v))
        {
            violations.Add(v);
        }

        if (violations.Count > 0)
        {
            Assert.Fail($"{violations.Count} response(s) broke the OpenAPI document (/swagger/v1/swagger.json):\n  "
                + string.Join("\n  ", violations.Distinct().Take(20)));
        }
    }
}

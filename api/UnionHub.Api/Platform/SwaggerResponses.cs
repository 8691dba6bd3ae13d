using System.Reflection;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.OpenApi;
using MySqlConnector;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace UnionHub.Api.Platform;

/// <summary>
/// Documents the answers that every route of a kind can give but that no handler names, from what the endpoint is
/// (its metadata and its handler's parameters), so that the document lists every status a route can answer:
/// 401/403 behind an authorization policy, 429 behind a rate limit, 503 where the database is touched, 400/413/415 for
/// bodies, 400 for parameters that must parse, 404 for routes with ids, the idempotency refusals, and the 200 of a stored
/// document. Only adds: a status the route already documents is left as it is.
/// </summary>
internal sealed class StandardResponsesFilter : IOperationFilter
{
    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        var description = context.ApiDescription;
        var metadata = description.ActionDescriptor.EndpointMetadata;
        var handler = metadata.OfType<MethodInfo>().FirstOrDefault();
        var parameters = description.ParameterDescriptions;
        var hasBody = parameters.Any(p => p.Source == BindingSource.Body || p.Source == BindingSource.Form || p.Source == BindingSource.FormFile)
            || operation.RequestBody is not null;
        var idempotent = metadata.OfType<IdempotentMetadata>().Any()
            || handler?.GetParameters().Any(p => DependsOn(p.ParameterType, typeof(IdempotencyGate), 0)) == true; // claims: the engine keys them
        var apiKey = metadata.OfType<IAuthorizeData>().Any(a => a.Policy == Policies.Merchant);
        operation.Responses ??= [];

        // a route that answers JSON or a file by Accept (.Produces(200, contentType: "text/csv") beside Ok<T>) lists both;
        // ApiExplorer keeps one entry per status, and a typeless one drops the content of the other
        foreach (var produces in metadata.OfType<IProducesResponseTypeMetadata>().Where(p => p.StatusCode is >= 200 and < 300))
        {
            var key = produces.StatusCode.ToString(System.Globalization.CultureInfo.InvariantCulture);
            if (!operation.Responses.TryGetValue(key, out var listed) || listed is not OpenApiResponse response)
            {
                continue;
            }

            response.Content ??= new Dictionary<string, IOpenApiMediaType>();
            foreach (var contentType in produces.ContentTypes)
            {
                response.Content.TryAdd(contentType, new OpenApiMediaType
                {
                    Schema = produces.Type is { } type && type != typeof(void) && contentType.Contains("json", StringComparison.Ordinal)
                        ? context.SchemaGenerator.GenerateSchema(type, context.SchemaRepository)
                        : contentType.StartsWith("text/", StringComparison.Ordinal)
                            ? new OpenApiSchema { Type = JsonSchemaType.String }
                            : new OpenApiSchema { Type = JsonSchemaType.String, Format = "binary" },
                });
            }
        }

        if (handler is not null && ReturnsStoredDocument(handler) && !operation.Responses.Keys.Any(k => k.StartsWith('2')))
        {
            operation.Responses["200"] = new OpenApiResponse
            {
                Description = "The document's bytes, of the type they really are (JPEG, PNG or PDF)",
                Content = FileUploads.AcceptedTypes.ToDictionary(t => t, IOpenApiMediaType (_) => new OpenApiMediaType
                {
                    Schema = new OpenApiSchema { Type = JsonSchemaType.String, Format = "binary" },
                }),
            };
        }

        if (hasBody || parameters.Any(p => MustParse(p)))
        {
            Add(operation, context, 400, hasBody
                ? "request.malformed or request.invalid: the body or a parameter cannot be read"
                : "request.invalid: a parameter does not parse or is missing");
        }

        if (hasBody)
        {
            Add(operation, context, 413, "request.too_large: the body is over the route's limit (1 MiB unless stated)");
            if (parameters.Any(p => p.Source == BindingSource.Body || p.Source == BindingSource.Form || p.Source == BindingSource.FormFile))
            {
                Add(operation, context, 415, "request.unsupported_media_type: the body is not of a type the route reads");
            }
        }

        if (RequiresAuthorization(metadata))
        {
            Add(operation, context, 401, "auth.unauthenticated: no valid access token" + (apiKey ? " or API key" : ""));
            Add(operation, context, 403, "auth.forbidden: the caller's role may not call this route");
        }

        if (description.RelativePath?.Contains('{', StringComparison.Ordinal) == true)
        {
            Add(operation, context, 404, "not_found: no such resource that the caller may see");
        }

        if (idempotent)
        {
            operation.Parameters ??= [];
            if (!operation.Parameters.Any(p => p.Name == IdempotencyGate.Header))
            {
                operation.Parameters.Add(new OpenApiParameter
                {
                    Name = IdempotencyGate.Header,
                    In = ParameterLocation.Header,
                    Required = false,
                    Description = "1-64 printable characters. The same key from the same caller with the same body returns the first answer again for 24 hours.",
                    Schema = new OpenApiSchema { Type = JsonSchemaType.String, MinLength = 1, MaxLength = 64 },
                });
            }

            Add(operation, context, 400, "idempotency.invalid_key: the Idempotency-Key is not 1-64 printable characters");
            Add(operation, context, 409, "idempotency.in_progress: a call under this Idempotency-Key is still running");
            Add(operation, context, 422, "idempotency.key_reused: this Idempotency-Key was used with another body");
        }

        if (metadata.OfType<StaffReadMetadata>().Any())
        {
            operation.Parameters ??= [];
            if (operation.Parameters.FirstOrDefault(p => p.Name == StaffReads.ReasonParameter) is OpenApiParameter listed)
            {
                operation.Parameters.Remove(listed);
            }

            operation.Parameters.Add(new OpenApiParameter
            {
                Name = StaffReads.ReasonParameter,
                In = ParameterLocation.Query,
                Required = true,
                Description = "Why the caller reads this personal data (kept in the audit log with who and what).",
                Schema = new OpenApiSchema { Type = JsonSchemaType.String, MinLength = 1, MaxLength = StaffReads.MaxReasonLength },
            });
            Add(operation, context, 400, "access.reason_required: no reason (1-200 characters) was given for reading personal data");
        }

        if (metadata.OfType<EnableRateLimitingAttribute>().Any() || metadata.OfType<DbRateLimitMetadata>().Any())
        {
            Add(operation, context, 429, "rate_limited: too many calls; Retry-After says when to try again");
        }

        if (apiKey || idempotent || metadata.OfType<DbRateLimitMetadata>().Any()
            || handler?.GetParameters().Any(p => DependsOn(p.ParameterType, typeof(MySqlDataSource), 0)) == true)
        {
            Add(operation, context, 503, "service.unavailable: the database cannot be reached; try again shortly");
        }

        var ordered = operation.Responses.OrderBy(r => r.Key, StringComparer.Ordinal).ToList();
        operation.Responses.Clear();
        foreach (var (status, response) in ordered)
        {
            operation.Responses[status] = response;
        }
    }

    private static void Add(OpenApiOperation operation, OperationFilterContext context, int status, string description)
    {
        var key = status.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (operation.Responses!.TryGetValue(key, out var existing))
        {
            if (existing is OpenApiResponse documented && documented.Description?.Contains(description, StringComparison.Ordinal) != true)
            {
                documented.Description = documented.Description is { Length: > 0 } d ? $"{d}; {description}" : description;
            }

            return;
        }

        operation.Responses[key] = new OpenApiResponse
        {
            Description = description,
            Content = new Dictionary<string, IOpenApiMediaType>
            {
                ["application/problem+json"] = new OpenApiMediaType
                {
                    Schema = context.SchemaGenerator.GenerateSchema(typeof(Microsoft.AspNetCore.Mvc.ProblemDetails), context.SchemaRepository),
                },
            },
        };
    }

    private static bool RequiresAuthorization(IList<object> metadata) =>
        !metadata.OfType<IAllowAnonymous>().Any()
        && (metadata.OfType<IAuthorizeData>().Any() || metadata.OfType<AuthorizationPolicy>().Any());

    /// <summary>A query, header or path value that binding parses (a number, a date...) or that must be present.</summary>
    private static bool MustParse(Microsoft.AspNetCore.Mvc.ApiExplorer.ApiParameterDescription p) =>
        (p.Source == BindingSource.Query || p.Source == BindingSource.Header || p.Source == BindingSource.Path)
        && (Nullable.GetUnderlyingType(p.Type) ?? p.Type) is var type && type != typeof(string)
        || p.Source != BindingSource.Path && p.IsRequired && (p.Source == BindingSource.Query || p.Source == BindingSource.Header);

    private static bool ReturnsStoredDocument(MethodInfo handler) => Unwrap(handler.ReturnType).Contains(typeof(FileContentHttpResult));

    private static IEnumerable<Type> Unwrap(Type type) =>
        type.IsGenericType && (type.GetGenericTypeDefinition() == typeof(Task<>) || type.GetGenericTypeDefinition() == typeof(ValueTask<>)
            || type.Namespace == typeof(Results<,>).Namespace && type.Name.StartsWith("Results`", StringComparison.Ordinal))
            ? type.GetGenericArguments().SelectMany(Unwrap)
            : [type];

    /// <summary>
    /// Whether a handler parameter is <paramref name="service"/> (the database, the idempotency store) or one of this API's
    /// services built on it, followed through constructors a few levels deep (the claim engine keeps keys and reaches the database).
    /// </summary>
    private static bool DependsOn(Type type, Type service, int depth) =>
        type == service
        || depth < 3 && type.Assembly == typeof(StandardResponsesFilter).Assembly && type.IsClass
           && type.GetConstructors().Any(c => c.GetParameters().Any(p => DependsOn(p.ParameterType, service, depth + 1)));
}

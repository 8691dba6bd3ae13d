using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace UnionHub.Api.Platform;

public static class SwaggerSetup
{
    public const string Bearer = "Bearer";
    public const string ApiKey = "ApiKey";

    public static IServiceCollection AddSwagger(this IServiceCollection services)
    {
        services.AddEndpointsApiExplorer();
        services.AddSwaggerGen(c =>
        {
            c.SwaggerDoc("v1", new OpenApiInfo
            {
                Title = "UnionHub API",
                Version = "v1",
                Description = "Member services of the trade-union federation: identity, perks, merchants, relief funds. "
                    + "On a multi-node deployment the answer to a write may carry a `Consistency-Token` header; send the latest one back as "
                    + "a `Consistency-Token` request header and the read is answered only once it sees that write (optional; the SDK does it).",
            });
            // relative: the API is called at the origin that serves this document
            c.AddServer(new OpenApiServer { Url = "/", Description = "The origin that serves this document" });
            c.AddSecurityDefinition(Bearer, new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.Http,
                Scheme = "bearer",
                BearerFormat = "JWT",
                Description = "Access token from /api/v1/auth/* or /api/v1/admin/auth/login.",
            });
            c.AddSecurityDefinition(ApiKey, new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.ApiKey,
                In = ParameterLocation.Header,
                Name = "X-Api-Key",
                Description = "Partner merchant system key.",
            });
            c.OperationFilter<SecurityRequirementFilter>();
            c.OperationFilter<StandardResponsesFilter>();
            c.SchemaFilter<ProblemDetailsSchemaFilter>();
            c.SchemaFilter<NullableReferencesFilter>();
            c.CustomSchemaIds(SchemaId);
            c.SupportNonNullableReferenceTypes();
            c.NonNullableReferenceTypesAsRequired();
        });
        return services;
    }

    /// <summary>
    /// A schema's name in the document: the type's namespace-qualified name without the assembly's prefix
    /// (<c>Funds.OpenFunds.Fund</c>); a generic type is named after its arguments (<c>Page&lt;Funds.OpenFunds.Fund&gt;</c> is
    /// <c>Funds.OpenFunds.FundPage</c>), so every name is a valid component key that generators turn into a type name.
    /// </summary>
    internal static string SchemaId(Type type)
    {
        if (type.IsGenericType)
        {
            var name = type.Name[..type.Name.IndexOf('`', StringComparison.Ordinal)];
            var arguments = type.GetGenericArguments().Select(SchemaId).ToList();
            return arguments.Count == 1 ? arguments[0] + name : name + "Of" + string.Join("And", arguments);
        }

        var full = (type.FullName ?? type.Name).Replace('+', '.');
        foreach (var prefix in (string[])["UnionHub.Api.Features.", "UnionHub.Api.Platform."])
        {
            if (full.StartsWith(prefix, StringComparison.Ordinal))
            {
                return full[prefix.Length..];
            }
        }

        return full;
    }

    public static WebApplication UseSwaggerWithUi(this WebApplication app)
    {
        app.UseSwagger();
        app.UseSwaggerUI(o =>
        {
            o.SwaggerEndpoint("/swagger/v1/swagger.json", "UnionHub API v1");
            o.RoutePrefix = "swagger";
        });
        return app;
    }

    /// <summary>Marks operations that require authentication with the bearer scheme, so the document says who may call what.</summary>
    private sealed class SecurityRequirementFilter : IOperationFilter
    {
        public void Apply(OpenApiOperation operation, OperationFilterContext context)
        {
            var metadata = context.ApiDescription.ActionDescriptor.EndpointMetadata;
            if (metadata.OfType<IAllowAnonymous>().Any() || !metadata.OfType<IAuthorizeData>().Any())
            {
                operation.Security = []; // says so: anyone may call it
                return;
            }

            // merchant routes take either an API key or a merchant_staff bearer token: two alternative requirements
            var acceptsApiKey = metadata.OfType<IAuthorizeData>().Any(a =>
                a.Policy == Policies.Merchant || a.AuthenticationSchemes?.Contains(ApiKey, StringComparison.Ordinal) == true);
            operation.Security ??= [];
            operation.Security.Add(new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(Bearer, context.Document)] = [] });
            if (acceptsApiKey)
            {
                operation.Security.Add(new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(ApiKey, context.Document)] = [] });
            }
        }
    }

    /// <summary>
    /// Every problem this API answers carries a stable <c>code</c> and a <c>traceId</c> (<see cref="Problems"/>); 400 and 422
    /// validation problems add <c>errors</c>, 429s <c>retryAfterSeconds</c>. The framework's type knows none of them.
    /// </summary>
    private sealed class ProblemDetailsSchemaFilter : ISchemaFilter
    {
        public void Apply(IOpenApiSchema schema, SchemaFilterContext context)
        {
            if (!typeof(Microsoft.AspNetCore.Mvc.ProblemDetails).IsAssignableFrom(context.Type) || schema is not OpenApiSchema problem)
            {
                return;
            }

            problem.Properties ??= new Dictionary<string, IOpenApiSchema>();
            problem.Properties["code"] = new OpenApiSchema { Type = JsonSchemaType.String, Description = "Stable machine-readable code, e.g. perk.sold_out" };
            problem.Properties["traceId"] = new OpenApiSchema { Type = JsonSchemaType.String, Description = "The request's trace id, for support" };
            problem.Properties.TryAdd("errors", new OpenApiSchema
            {
                Type = JsonSchemaType.Object,
                Description = "Field name to messages, on 400 and 422 validation problems",
                AdditionalProperties = new OpenApiSchema { Type = JsonSchemaType.Array, Items = new OpenApiSchema { Type = JsonSchemaType.String } },
            });
            problem.Properties["retryAfterSeconds"] = new OpenApiSchema { Type = JsonSchemaType.Integer, Format = "int32", Description = "On 429: seconds until a retry may succeed" };
            problem.Required ??= new HashSet<string>();
            problem.Required.Add("code");
        }
    }

    /// <summary>
    /// A property whose type is a schema of its own is written as a <c>$ref</c>, which in OpenAPI 3.0 cannot say "or null".
    /// When the C# property is nullable it becomes <c>{ type, nullable: true, allOf: [$ref] }</c>, so clients know to expect
    /// null (a token response's <c>member</c>, a voucher's <c>redemption</c>).
    /// </summary>
    private sealed class NullableReferencesFilter : ISchemaFilter
    {
        private readonly NullabilityInfoContext _nullability = new();

        public void Apply(IOpenApiSchema schema, SchemaFilterContext context)
        {
            if (schema is not OpenApiSchema { Properties.Count: > 0 } target)
            {
                return;
            }

            foreach (var property in context.Type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
            {
                var name = property.GetCustomAttribute<JsonPropertyNameAttribute>()?.Name ?? JsonNamingPolicy.CamelCase.ConvertName(property.Name);
                if (target.Properties.TryGetValue(name, out var listed) && listed is OpenApiSchemaReference reference
                    && _nullability.Create(property).ReadState == NullabilityState.Nullable)
                {
                    var type = context.SchemaRepository.Schemas.TryGetValue(reference.Reference.Id ?? "", out var referenced) ? referenced.Type : null;
                    target.Properties[name] = new OpenApiSchema { Type = (type ?? JsonSchemaType.Object) | JsonSchemaType.Null, AllOf = [reference] };
                }
            }
        }
    }
}

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
                Description = "Member services of the trade-union federation: identity, perks, merchants, relief funds.",
            });
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
            c.CustomSchemaIds(t => t.FullName?.Replace("UnionHub.Api.Features.", "", StringComparison.Ordinal).Replace('+', '.'));
        });
        return services;
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
}

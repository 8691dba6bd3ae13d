namespace UnionHub.Api.Platform;

/// <summary>Response headers every answer carries; API answers are never cached or framed.</summary>
public sealed class SecurityHeadersMiddleware(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "no-referrer";
            if (context.Request.Path.StartsWithSegments("/api", StringComparison.Ordinal))
            {
                headers.CacheControl = "no-store";
                headers.ContentSecurityPolicy = "default-src 'none'; frame-ancestors 'none'";
            }

            return Task.CompletedTask;
        });
        return next(context);
    }
}

public static class CorsSetup
{
    public const string Section = "Cors:AllowedOrigins";

    /// <summary>Browsers may call the API only from the origins listed in configuration (none by default).</summary>
    public static IServiceCollection AddCorsAllowList(this IServiceCollection services, IConfiguration config)
    {
        var origins = config.GetSection(Section).Get<string[]>() ?? [];
        services.AddCors(o => o.AddDefaultPolicy(p => p
            .WithOrigins(origins)
            .WithMethods("GET", "POST", "PUT", "PATCH", "DELETE")
            .WithHeaders("Authorization", "Content-Type", "Idempotency-Key", "X-Api-Key", Causality.Header)
            .WithExposedHeaders("Retry-After", "Location", Causality.Header)
            .SetPreflightMaxAge(TimeSpan.FromHours(1))));
        return services;
    }
}

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
                if (context.GetEndpoint()?.Metadata.GetMetadata<PublicCache>() is { } cache
                    && context.Response.StatusCode is StatusCodes.Status200OK or StatusCodes.Status304NotModified)
                {
                    headers.CacheControl = cache.CacheControl; // a public resource (an article image), or its revalidation
                }
                else
                {
                    headers.CacheControl = "no-store";
                }

                headers.ContentSecurityPolicy = "default-src 'none'; frame-ancestors 'none'";
            }

            return Task.CompletedTask;
        });
        return next(context);
    }
}

/// <summary>
/// Endpoint metadata: this route's successful answers (200, and 304 to a revalidation) are public and may be cached as
/// <paramref name="CacheControl"/> says (every other API answer is <c>no-store</c>). Only for content that is public.
/// </summary>
public sealed record PublicCache(string CacheControl);

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

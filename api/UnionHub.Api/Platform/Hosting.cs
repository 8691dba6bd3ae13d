using System.Text.Json;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace UnionHub.Api.Platform;

public sealed class RateLimitOptions
{
    public const string Section = "RateLimits";
    /// <summary>Staff password logins per client address per minute.</summary>
    public int StaffLoginPerMinute { get; set; } = 20;
}

/// <summary>Cross-cutting set-up: every feature relies on what is registered here.</summary>
public static class Hosting
{
    public const string StaffLoginLimit = "staff-login";

    public static WebApplicationBuilder AddPlatform(this WebApplicationBuilder builder)
    {
        builder.Logging.ClearProviders();
        builder.Logging.AddJsonConsole(o =>
        {
            o.IncludeScopes = true;
            o.UseUtcTimestamp = true;
            o.TimestampFormat = "yyyy-MM-ddTHH:mm:ss.fffZ";
        });
        builder.Logging.Configure(o => o.ActivityTrackingOptions = ActivityTrackingOptions.TraceId | ActivityTrackingOptions.SpanId);

        builder.WebHost.ConfigureKestrel(k =>
        {
            k.AddServerHeader = false;
            k.Limits.MaxRequestBodySize = 100L * 1024 * 1024; // backstop; RequestBodyLimitMiddleware applies per-route limits
        });

        builder.Services.AddSingleton(TimeProvider.System);
        // SIGTERM: stop accepting, let in-flight requests (and queued claims) finish within this window
        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromSeconds(30));
        builder.Services.Configure<JsonOptions>(o => o.SerializerOptions.PropertyNamingPolicy = JsonNamingPolicy.CamelCase);
        builder.Services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        builder.Services.AddProblems();
        builder.AddDatabase();
        builder.AddAuth();
        builder.Services.AddSingleton(PiiProtector.FromConfiguration(builder.Configuration, builder.Environment)); // fails fast without keys
        builder.Services.AddSingleton(WorkingCalendar.FromConfiguration(builder.Configuration));
        builder.Services.Configure<HousekeepingOptions>(builder.Configuration.GetSection(HousekeepingOptions.Section));
        builder.Services.AddSingleton<Housekeeping>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<Housekeeping>());
        builder.Services.AddSwagger();
        builder.Services.AddCorsAllowList(builder.Configuration);
        builder.AddMetrics();
        builder.Services.AddHostedService<StartupTasks>();
        builder.Services.AddSingleton<IStartupTask, MigrateOnStartup>();

        builder.Services.AddHealthChecks()
            .AddCheck<DatabaseReadyCheck>("database", tags: ["ready"]);

        var limits = builder.Configuration.GetSection(RateLimitOptions.Section).Get<RateLimitOptions>() ?? new RateLimitOptions();
        builder.Services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.OnRejected = async (ctx, ct) =>
            {
                var retryAfter = ctx.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromMinutes(1);
                await RateLimited.WriteAsync(ctx.HttpContext, retryAfter);
            };
            o.AddPolicy(StaffLoginLimit, http => RateLimitPartition.GetFixedWindowLimiter(
                http.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = limits.StaffLoginPerMinute, Window = TimeSpan.FromMinutes(1) }));
        });
        return builder;
    }

    public static WebApplication UsePlatform(this WebApplication app)
    {
        app.UseMiddleware<SecurityHeadersMiddleware>();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseRouting();
        app.UseMetricsGate();
        app.UseCors();
        app.UseMiddleware<RequestBodyLimitMiddleware>();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseRateLimiter();

        app.UseSwaggerWithUi();
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false, ResponseWriter = WriteHealth });
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = c => c.Tags.Contains("ready"), ResponseWriter = WriteHealth });
        app.MapMetrics();
        return app;
    }

    private static Task WriteHealth(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json";
        return context.Response.WriteAsJsonAsync(new
        {
            status = report.Status.ToString(),
            checks = report.Entries.ToDictionary(e => e.Key, e => new { status = e.Value.Status.ToString(), description = e.Value.Description }),
        });
    }
}

/// <summary>429 problem+json with Retry-After, used by every limiter (in-memory and database-backed).</summary>
public static class RateLimited
{
    public static async Task WriteAsync(HttpContext http, TimeSpan retryAfter)
    {
        var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
        http.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        http.Response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var problems = http.RequestServices.GetRequiredService<IProblemDetailsService>();
        var problem = new Microsoft.AspNetCore.Mvc.ProblemDetails
        {
            Status = 429,
            Title = "Too many requests.",
            Detail = $"Try again in {seconds} seconds.",
        };
        problem.Extensions["code"] = "rate_limited";
        problem.Extensions["retryAfterSeconds"] = seconds;
        await problems.WriteAsync(new ProblemDetailsContext { HttpContext = http, ProblemDetails = problem });
    }
}

/// <summary>Ready when the database answers and every migration file is applied.</summary>
public sealed class DatabaseReadyCheck(Migrator migrator) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(TimeSpan.FromSeconds(3));
            var pending = await migrator.PendingAsync(timeout.Token);
            return pending.Count == 0
                ? HealthCheckResult.Healthy("database reachable, migrations applied")
                : HealthCheckResult.Unhealthy($"{pending.Count} migration(s) pending: {string.Join(", ", pending)}");
        }
        catch (Exception ex) when (ex is MySqlConnector.MySqlException or OperationCanceledException or InvalidOperationException)
        {
            return HealthCheckResult.Unhealthy("database unreachable");
        }
    }
}

using System.Text.Json;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace UnionHub.Api.Platform;

public sealed class RateLimitOptions
{
    public const string Section = "RateLimits";

    /// <summary>Staff password logins per client address per minute, counted in the database (all instances together).</summary>
    public int StaffLoginPerMinute { get; set; } = 20;

    /// <summary>WeChat logins (mini-program and H5) per client address per minute, counted in the database: each one costs a call to WeChat's API.</summary>
    public int WeChatLoginPerAddressPerMinute { get; set; } = 60;

    /// <summary>
    /// Merchant API calls per key (or cashier) per second, counted in the database over <see cref="MerchantWindowSeconds"/>-second
    /// windows (all instances together): at most this times the window's seconds in one window.
    /// </summary>
    public int MerchantCallsPerSecond { get; set; } = 20;

    public int MerchantWindowSeconds { get; set; } = 10;

    /// <summary>
    /// Claims per member per minute, per API instance (in memory: a database write per claim would cost the combiner its
    /// throughput; see docs/SECURITY.md). A token bucket: this many at once, refilled over the minute. 0 turns it off.
    /// </summary>
    public int ClaimsPerMemberPerMinute { get; set; } = 30;

    /// <summary>Member card checks per caller (API key, cashier or staff account) per minute, counted in the database. 0 turns it off.</summary>
    public int CardChecksPerMinute { get; set; } = 120;

    /// <summary>
    /// Venue-code check-ins (<c>POST /activities/{id}/check-in</c>) per member per activity per hour, counted in the database;
    /// a venue code is 6 characters, so this keeps guessing it hopeless. 0 turns it off.
    /// </summary>
    public int VenueCheckInsPerActivityPerHour { get; set; } = 10;

    /// <summary>Venue-code check-ins per member per hour over all activities together, counted in the database. 0 turns it off.</summary>
    public int VenueCheckInsPerMemberPerHour { get; set; } = 30;
}

/// <summary>Cross-cutting set-up: every feature relies on what is registered here.</summary>
public static class Hosting
{
    public const string StaffLoginLimit = "staff-login";
    public const string MemberClaimsLimit = "member-claims";

    public static WebApplicationBuilder AddPlatform(this WebApplicationBuilder builder)
    {
        builder.Logging.ClearProviders();
        if (builder.Environment.IsDevelopment())
        {
            // a person reads these in the terminal of ./dev run: one short line each
            builder.Logging.AddSimpleConsole(o =>
            {
                o.SingleLine = true;
                o.TimestampFormat = "HH:mm:ss ";
            });
        }
        else
        {
            // a log collector reads these: one JSON object a line, with the trace and span ids
            builder.Logging.AddJsonConsole(o =>
            {
                o.IncludeScopes = true;
                o.UseUtcTimestamp = true;
                o.TimestampFormat = "yyyy-MM-ddTHH:mm:ss.fffZ";
            });
        }

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
        builder.AddProxyHeaders();
        builder.AddAuth();
        builder.Services.AddSingleton(PiiProtector.FromConfiguration(builder.Configuration, builder.Environment)); // fails fast without keys
        builder.Services.AddSingleton(WorkingCalendar.FromConfiguration(builder.Configuration));
        builder.Services.Configure<HousekeepingOptions>(builder.Configuration.GetSection(HousekeepingOptions.Section));
        builder.Services.AddSingleton<Housekeeping>();
        builder.Services.Configure<UploadOptions>(builder.Configuration.GetSection(UploadOptions.Section));
        builder.Services.AddSingleton<VirusScanner>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<Housekeeping>());
        builder.Services.AddSwagger();
        builder.Services.AddCorsAllowList(builder.Configuration);
        builder.AddMetrics();
        builder.Services.AddHostedService<StartupTasks>();
        builder.Services.AddSingleton<IStartupTask, MigrateOnStartup>();
        builder.Services.AddSingleton<IStartupTask, EncryptStoredFiles>();
        builder.Services.AddSingleton<IStartupTask, EncryptStoredText>();

        builder.Services.AddHealthChecks()
            .AddCheck<DatabaseReadyCheck>("database", tags: ["ready"]);

        var limitsSection = builder.Configuration.GetSection(RateLimitOptions.Section);
        builder.Services.Configure<RateLimitOptions>(limitsSection);
        var limits = limitsSection.Get<RateLimitOptions>() ?? new RateLimitOptions();
        builder.Services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.OnRejected = async (ctx, ct) =>
            {
                var retryAfter = ctx.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromMinutes(1);
                await RateLimited.WriteAsync(ctx.HttpContext, retryAfter);
            };
            // per member, before any database work: counted in memory and shared by all instances through batched writes
            // (SharedRateCounter), so a refused claim costs nothing and is never a 503
            o.AddPolicy<long>(MemberClaimsLimit, http => limits.ClaimsPerMemberPerMinute <= 0 || http.User.MemberId() is not { } member
                ? RateLimitPartition.GetNoLimiter(0L)
                : RateLimitPartition.Get(member, m => new SharedWindowLimiter(http.RequestServices.GetRequiredService<SharedRateCounter>(),
                    "claims:" + m.ToString(System.Globalization.CultureInfo.InvariantCulture), limits.ClaimsPerMemberPerMinute, TimeSpan.FromMinutes(1))));
        });
        return builder;
    }

    public static WebApplication UsePlatform(this WebApplication app)
    {
        app.UseProxyHeaders(); // first: everything after it sees the client's address
        app.UseMiddleware<SecurityHeadersMiddleware>();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseRouting();
        app.UseMetricsGate();
        app.UseCors();
        app.UseMiddleware<RequestBodyLimitMiddleware>();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UsePasswordChangeGate();
        app.UseRateLimiter();
        app.UseReadAfterWrite(); // after the limits: only admitted requests wait for their consistency token

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
    /// <summary>
    /// The 429 answer (code <c>rate_limited</c>, <c>retryAfterSeconds</c>), with Retry-After set on the response. The detail
    /// defaults to "Try again in N seconds.".
    /// </summary>
    public static Microsoft.AspNetCore.Http.HttpResults.ProblemHttpResult Problem(HttpContext http, TimeSpan retryAfter,
        string title = "Too many requests.", string? detail = null)
    {
        var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
        http.Response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return Problems.Create(StatusCodes.Status429TooManyRequests, PlatformProblems.RateLimited, title, detail ?? $"Try again in {seconds} seconds.",
            new Dictionary<string, object?> { ["retryAfterSeconds"] = seconds });
    }

    /// <summary>Writes <see cref="Problem"/> outside an endpoint (the in-memory limiters' rejection callback).</summary>
    public static Task WriteAsync(HttpContext http, TimeSpan retryAfter) => Problem(http, retryAfter).ExecuteAsync(http);
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

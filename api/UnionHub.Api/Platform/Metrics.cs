using System.Diagnostics.Metrics;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;

namespace UnionHub.Api.Platform;

public sealed class MetricsOptions
{
    public const string Section = "Metrics";

    /// <summary>
    /// Scrapers from elsewhere send <c>Authorization: Bearer &lt;ScrapeKey&gt;</c>. Unset: only loopback callers may scrape.
    /// </summary>
    public string? ScrapeKey { get; set; }

    /// <summary>
    /// Callers from 127.0.0.1/::1 may scrape without the key. Requests through a proxy named in ForwardedHeaders:KnownProxies
    /// or KnownNetworks never count as local; turn this off behind a proxy on the same host that is not named there
    /// (every request would look local).
    /// </summary>
    public bool AllowLoopback { get; set; } = true;
}

/// <summary>
/// The application's own instruments (meter <c>UnionHub</c>), exported with ASP.NET Core's request metrics in Prometheus
/// format at <c>/metrics</c>. Names become <c>unionhub_claims_total</c>, <c>unionhub_claim_batch_size_bucket</c>, ...
/// </summary>
public static class AppMetrics
{
    public const string MeterName = "UnionHub";
    public const string Path = "/metrics";
    private static readonly Meter Meter = new(MeterName, "1.0");

    /// <summary>Claims answered by the combiner, tagged <c>outcome</c>: <c>granted</c> or the refusal code.</summary>
    public static readonly Counter<long> Claims = Meter.CreateCounter<long>("unionhub.claims", "{claim}",
        "Claims answered, by outcome (granted or the problem code)");

    public static readonly Counter<long> Redemptions = Meter.CreateCounter<long>("unionhub.redemptions", "{redemption}",
        "Vouchers redeemed at merchants");

    public static readonly Counter<long> RateLimited = Meter.CreateCounter<long>("unionhub.rate_limited", "{request}",
        "Requests refused with 429 rate_limited, by route");

    public static readonly Counter<long> DbRetries = Meter.CreateCounter<long>("unionhub.db.retries", "{retry}",
        "Database work retried after a transient error, deadlock or lock-wait timeout, by MySQL error");

    /// <summary>
    /// Claims whose claim number or Idempotency-Key another instance took while their batch ran (a 1062), decided again inside
    /// the same transaction; the rest of the batch is kept (ADR 0008, "collisions re-decide only what collided").
    /// </summary>
    public static readonly Counter<long> ClaimsRedecided = Meter.CreateCounter<long>("unionhub.claim.redecided", "{claim}",
        "Claims decided again inside their batch after another instance took their claim number or key");

    /// <summary>Claim batches rolled back and run again whole, tagged <c>reason</c>: <c>stock_moved</c>, <c>collision</c> or the MySQL error.</summary>
    public static readonly Counter<long> ClaimBatchReruns = Meter.CreateCounter<long>("unionhub.claim.batch_reruns", "{batch}",
        "Claim batches rolled back and run again whole with fresh reads, by reason");

    public static void ClaimBatchRerun(string reason) => ClaimBatchReruns.Add(1, new KeyValuePair<string, object?>("reason", reason));

    public static readonly Histogram<int> ClaimBatchSize = Meter.CreateHistogram<int>("unionhub.claim.batch_size", "{claim}",
        "Claims committed together by the claim combiner per batch",
        advice: new InstrumentAdvice<int> { HistogramBucketBoundaries = [1, 2, 4, 8, 16, 32, 64, 128, 256] });

    /// <summary>Member notifications handled by the delivery worker, tagged <c>outcome</c>: sent, failed (will retry), dead, skipped.</summary>
    public static readonly Counter<long> Notifications = Meter.CreateCounter<long>("unionhub.notifications", "{notification}",
        "Member notifications by delivery outcome (sent, failed, dead, skipped)");

    /// <summary>Waits for a client's consistency token on a cluster (ADR 0016), tagged <c>outcome</c>: applied, timeout.</summary>
    public static readonly Counter<long> ReadAfterWriteWaits = Meter.CreateCounter<long>("unionhub.db.read_after_write_waits", "{wait}",
        "Requests that waited for their consistency token to be applied on this instance's database node, by outcome");

    /// <summary>Lottery places re-offered by the lapse sweep, tagged <c>outcome</c>: lapsed (freed), promoted (given to the waiting order).</summary>
    public static readonly Counter<long> LotteryPlacesReoffered = Meter.CreateCounter<long>("unionhub.lottery.places_reoffered", "{place}",
        "Lottery places whose prize voucher expired unused, re-offered by the lapse sweep, by outcome (lapsed, promoted)");

    public static void LotteryPlaces(string outcome, int count)
    {
        if (count > 0)
        {
            LotteryPlacesReoffered.Add(count, new KeyValuePair<string, object?>("outcome", outcome));
        }
    }

    public static void ReadAfterWriteWait(string outcome) => ReadAfterWriteWaits.Add(1, new KeyValuePair<string, object?>("outcome", outcome));

    public static void Notification(string outcome) => Notifications.Add(1, new KeyValuePair<string, object?>("outcome", outcome));

    public static void Claim(string outcome) => Claims.Add(1, new KeyValuePair<string, object?>("outcome", outcome));

    public static void DbRetry(string error) => DbRetries.Add(1, new KeyValuePair<string, object?>("error", error));

    public static WebApplicationBuilder AddMetrics(this WebApplicationBuilder builder)
    {
        builder.Services.Configure<MetricsOptions>(builder.Configuration.GetSection(MetricsOptions.Section));
        builder.Services.AddOpenTelemetry()
            .ConfigureResource(r => r.AddService("unionhub-api"))
            .WithMetrics(m => m
                .AddAspNetCoreInstrumentation() // http.server.request.duration (rates and latencies), Kestrel connections
                .AddMeter(MeterName)
                .AddMeter("System.Runtime") // the runtime's own: GC, JIT, thread pool, exceptions (dotnet_gc_*, dotnet_jit_*, ...)
                .AddPrometheusExporter(o => o.ScrapeResponseCacheDurationMilliseconds = 0));
        return builder;
    }

    /// <summary>
    /// Before routing: <c>/metrics</c> answers 404 to anyone but loopback callers (when allowed) and holders of the scrape
    /// key, so it is not public; and every 429 is counted, whichever limiter produced it.
    /// </summary>
    public static WebApplication UseMetricsGate(this WebApplication app)
    {
        var options = app.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<MetricsOptions>>().Value;
        var key = string.IsNullOrEmpty(options.ScrapeKey) ? null : Encoding.UTF8.GetBytes("Bearer " + options.ScrapeKey);
        app.Use(async (http, next) =>
        {
            if (http.Request.Path.StartsWithSegments(Path) && !MayScrape(http, options.AllowLoopback, key))
            {
                http.Response.StatusCode = StatusCodes.Status404NotFound;
                return;
            }

            await next(http);
            if (http.Response.StatusCode == StatusCodes.Status429TooManyRequests)
            {
                var route = (http.GetEndpoint() as RouteEndpoint)?.RoutePattern.RawText ?? "unmatched";
                RateLimited.Add(1, new KeyValuePair<string, object?>("route", route));
            }
        });
        return app;
    }

    internal static bool MayScrape(HttpContext http, bool allowLoopback, byte[]? key)
    {
        var remote = http.Connection.RemoteIpAddress; // the client's address: a trusted proxy's X-Forwarded-For already applied
        if (allowLoopback && remote is not null && IPAddress.IsLoopback(remote) && !ProxyHeaders.CameThroughProxy(http))
        {
            return true; // an in-process test host has no address: null is not loopback
        }

        var sent = http.Request.Headers.Authorization.ToString();
        return key is not null && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(sent), key);
    }

    public static WebApplication MapMetrics(this WebApplication app)
    {
        app.MapPrometheusScrapingEndpoint(Path);
        return app;
    }
}

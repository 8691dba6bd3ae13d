using System.Net;
using Microsoft.Extensions.Http.Resilience;
using Polly;

namespace UnionHub.Api.Platform;

/// <summary>Settings of one outbound HTTP dependency (SMS gateway, WeChat): where it is and how patient to be.</summary>
public class OutboundHttpOptions
{
    public string? BaseAddress { get; set; }
    /// <summary>Time allowed for one attempt.</summary>
    public int AttemptTimeoutMs { get; set; } = 3000;
    /// <summary>Time allowed for the whole call, retries included.</summary>
    public int TotalTimeoutMs { get; set; } = 8000;
    /// <summary>Retries of transient failures; 0 turns retrying off.</summary>
    public int MaxRetries { get; set; } = 2;
    /// <summary>First retry delay; later ones back off exponentially with jitter.</summary>
    public int RetryDelayMs { get; set; } = 200;
    /// <summary>Calls (at least half of them failed) within the 30-second sampling window that open the circuit.</summary>
    public int BreakerMinimumThroughput { get; set; } = 10;
    public int BreakerBreakSeconds { get; set; } = 30;
}

/// <summary>
/// Outbound HTTP clients: a named <see cref="HttpClient"/> with the standard resilience handler of
/// Microsoft.Extensions.Http.Resilience (total timeout around retries of transient failures only: 5xx, 408, timeouts,
/// connection errors, never other 4xx; a circuit breaker; a timeout per attempt), configured from the dependency's
/// <see cref="OutboundHttpOptions"/>. The handler copies the request for each attempt, so callers simply send.
/// </summary>
public static class OutboundHttp
{
    /// <summary>
    /// Registers the named client <paramref name="name"/>: base address and resilience from the <typeparamref name="TOptions"/>
    /// singleton (read when the client is first built), <paramref name="section"/> naming its settings in errors.
    /// </summary>
    public static IHttpClientBuilder AddOutboundHttpClient<TOptions>(this IServiceCollection services, string name, string section)
        where TOptions : OutboundHttpOptions
    {
        var client = services.AddHttpClient(name, (sp, c) => c.BaseAddress = BaseAddress(sp.GetRequiredService<TOptions>().BaseAddress, section));
        client.AddStandardResilienceHandler().Configure((r, sp) => Configure(r, sp.GetRequiredService<TOptions>()));
        return client;
    }

    private static void Configure(HttpStandardResilienceOptions r, OutboundHttpOptions o)
    {
        r.TotalRequestTimeout.Timeout = TimeSpan.FromMilliseconds(o.TotalTimeoutMs);
        r.AttemptTimeout.Timeout = TimeSpan.FromMilliseconds(o.AttemptTimeoutMs);
        r.Retry.ShouldHandle = args => ValueTask.FromResult(o.MaxRetries > 0 && IsTransient(args.Outcome));
        r.Retry.MaxRetryAttempts = Math.Max(1, o.MaxRetries);
        r.Retry.Delay = TimeSpan.FromMilliseconds(o.RetryDelayMs);
        r.Retry.BackoffType = DelayBackoffType.Exponential;
        r.Retry.UseJitter = o.RetryDelayMs > 0;
        r.Retry.ShouldRetryAfterHeader = false; // a gateway's Retry-After would only spend the short total budget
        r.CircuitBreaker.ShouldHandle = args => ValueTask.FromResult(IsTransient(args.Outcome));
        r.CircuitBreaker.FailureRatio = 0.5;
        r.CircuitBreaker.MinimumThroughput = Math.Max(2, o.BreakerMinimumThroughput);
        r.CircuitBreaker.SamplingDuration = TimeSpan.FromMilliseconds(Math.Max(30_000, 2 * o.AttemptTimeoutMs));
        r.CircuitBreaker.BreakDuration = TimeSpan.FromSeconds(Math.Max(1, o.BreakerBreakSeconds));
    }

    /// <summary>5xx, 408, connection errors and attempt timeouts are worth another try; every other answer is final.</summary>
    public static bool IsTransient(Outcome<HttpResponseMessage> outcome) => outcome switch
    {
        { Exception: HttpRequestException or Polly.Timeout.TimeoutRejectedException } => true,
        { Exception: not null } => false,
        { Result: { } r } => (int)r.StatusCode >= 500 || r.StatusCode == HttpStatusCode.RequestTimeout,
        _ => false,
    };

    /// <summary>
    /// True for the ways an outbound call fails that mean "the other side is unavailable": no connection, and the
    /// resilience handler's refusals (timeout, open circuit, too many calls in flight).
    /// </summary>
    public static bool IsUnavailable(Exception ex) => ex is HttpRequestException or ExecutionRejectedException or TaskCanceledException;

    private static Uri BaseAddress(string? value, string section) =>
        !string.IsNullOrWhiteSpace(value) && Uri.TryCreate(value.EndsWith('/') ? value : value + "/", UriKind.Absolute, out var uri)
            ? uri
            : throw new InvalidOperationException($"{section}:BaseAddress is not configured.");
}

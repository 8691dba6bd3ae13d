using System.Net;
using Polly;
using Polly.CircuitBreaker;
using Polly.Retry;
using Polly.Timeout;

namespace UnionHub.Api.Platform;

/// <summary>Settings of one outbound HTTP dependency (SMS gateway, WeChat): where it is and how patient to be.</summary>
public class OutboundHttpOptions
{
    public string? BaseAddress { get; set; }
    /// <summary>Time allowed for one attempt.</summary>
    public int AttemptTimeoutMs { get; set; } = 3000;
    /// <summary>Time allowed for the whole call, retries included.</summary>
    public int TotalTimeoutMs { get; set; } = 8000;
    public int MaxRetries { get; set; } = 2;
    /// <summary>First retry delay; later ones back off exponentially with jitter.</summary>
    public int RetryDelayMs { get; set; } = 200;
    /// <summary>Failures (after retries) within the sampling window that open the circuit.</summary>
    public int BreakerMinimumThroughput { get; set; } = 10;
    public int BreakerBreakSeconds { get; set; } = 30;
}

/// <summary>
/// Polly pipelines for outbound HTTP: a total timeout around retries (transient failures only: 5xx, 408,
/// timeouts, connection errors; never 4xx), a circuit breaker, and a timeout per attempt.
/// Callers create the request inside the callback (a request message cannot be sent twice).
/// </summary>
public static class OutboundHttp
{
    public static bool IsTransient(Outcome<HttpResponseMessage> outcome) => outcome switch
    {
        { Exception: HttpRequestException or TimeoutRejectedException } => true,
        { Exception: not null } => false,
        { Result: { } r } => (int)r.StatusCode >= 500 || r.StatusCode == HttpStatusCode.RequestTimeout,
        _ => false,
    };

    public static ResiliencePipeline<HttpResponseMessage> CreatePipeline(OutboundHttpOptions o, TimeProvider clock)
    {
        var builder = new ResiliencePipelineBuilder<HttpResponseMessage> { TimeProvider = clock };
        return builder
            .AddTimeout(TimeSpan.FromMilliseconds(o.TotalTimeoutMs))
            .AddRetry(new RetryStrategyOptions<HttpResponseMessage>
            {
                ShouldHandle = args => ValueTask.FromResult(IsTransient(args.Outcome)),
                MaxRetryAttempts = Math.Max(0, o.MaxRetries),
                Delay = TimeSpan.FromMilliseconds(o.RetryDelayMs),
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = o.RetryDelayMs > 0,
            })
            .AddCircuitBreaker(new CircuitBreakerStrategyOptions<HttpResponseMessage>
            {
                ShouldHandle = args => ValueTask.FromResult(IsTransient(args.Outcome)),
                FailureRatio = 0.5,
                MinimumThroughput = Math.Max(2, o.BreakerMinimumThroughput),
                SamplingDuration = TimeSpan.FromSeconds(30),
                BreakDuration = TimeSpan.FromSeconds(Math.Max(1, o.BreakerBreakSeconds)),
            })
            .AddTimeout(TimeSpan.FromMilliseconds(o.AttemptTimeoutMs))
            .Build();
    }

    /// <summary>True for the ways an outbound call fails that mean "the other side is unavailable".</summary>
    public static bool IsUnavailable(Exception ex) =>
        ex is HttpRequestException or TimeoutRejectedException or BrokenCircuitException or TaskCanceledException;
}

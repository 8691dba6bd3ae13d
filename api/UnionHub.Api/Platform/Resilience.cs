using MySqlConnector;
using Polly;
using Polly.Retry;
using Polly.Timeout;

namespace UnionHub.Api.Platform;

/// <summary>
/// Retries a unit of database work that is safe to repeat as a whole (one transaction that either committed
/// nothing or is guarded by an idempotency key): transient failures, deadlocks (1213) and lock-wait timeouts
/// (1205), with jittered exponential backoff, inside a short overall budget so callers fail fast when the
/// database is really down.
/// </summary>
public sealed class DbRetry
{
    public static readonly TimeSpan Budget = TimeSpan.FromSeconds(4);
    private readonly ResiliencePipeline _pipeline;

    public DbRetry(ILogger<DbRetry> logger)
    {
        _pipeline = new ResiliencePipelineBuilder()
            .AddTimeout(Budget)
            .AddRetry(new RetryStrategyOptions
            {
                ShouldHandle = new PredicateBuilder().Handle<MySqlException>(IsRetryable),
                MaxRetryAttempts = 3,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = TimeSpan.FromMilliseconds(40),
                OnRetry = args =>
                {
                    AppMetrics.DbRetry((args.Outcome.Exception as MySqlException)?.ErrorCode.ToString() ?? "unknown");
                    logger.LogWarning("Database work retried (attempt {Attempt}): {Error}", args.AttemptNumber + 1,
                        (args.Outcome.Exception as MySqlException)?.ErrorCode.ToString() ?? "unknown");
                    return ValueTask.CompletedTask;
                },
            })
            .Build();
    }

    public static bool IsRetryable(MySqlException ex) =>
        ex.IsTransient || ex.ErrorCode is MySqlErrorCode.LockDeadlock or MySqlErrorCode.LockWaitTimeout;

    public async ValueTask<T> ExecuteAsync<T>(Func<CancellationToken, ValueTask<T>> work, CancellationToken ct)
    {
        try
        {
            return await _pipeline.ExecuteAsync(work, ct);
        }
        catch (TimeoutRejectedException ex)
        {
            // the budget ran out: report it as the database being unavailable (503), not as a server bug
            throw new DatabaseUnavailableException("The database did not answer in time.", ex);
        }
    }
}

/// <summary>The database could not do the work within its budget: answered as 503 service.unavailable.</summary>
public sealed class DatabaseUnavailableException(string message, Exception inner) : Exception(message, inner);

using System.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using MySqlConnector;

namespace UnionHub.Api.Platform;

/// <summary>
/// The one way to run a write transaction (DESIGN.md 11-12): opens a connection and a transaction, runs the work, commits,
/// and re-runs the whole unit when the database rolled it back for a conflict: a deadlock (1213, which a multi-primary
/// cluster such as Galera also raises from COMMIT when certification fails) or a lock wait timeout (1205). Attempts are
/// bounded and spaced with jittered backoff; when they run out the caller answers 503 service.unavailable.
/// The work must therefore be safe to run again from the start: it reads what it decides on inside the transaction.
/// A result that is an HTTP error (status 400 and above, e.g. a 409 refusal) rolls back instead of committing.
/// Lock waits are capped per transaction (<see cref="LockWaitSeconds"/>) below the command timeout, so a long wait is a
/// retried 1205, never a client-side timeout.
/// </summary>
public sealed partial class Transactions(MySqlDataSource db, Causality causality, ILogger<Transactions> logger)
{
    /// <summary>Runs of a unit rolled back by deadlocks or certification conflicts (quick to detect: hot rows on a cluster, where
    /// every change of one group-buy's orders conflicts with the others', need more than five under a burst).</summary>
    public const int MaxAttempts = 8;

    /// <summary>Runs of a unit that timed out waiting for a lock (each waited <see cref="LockWaitSeconds"/>).</summary>
    public const int MaxLockWaitAttempts = 3;
    public const int LockWaitSeconds = 5;

    /// <summary>
    /// The pause before run <paramref name="attempt"/> + 1 after a conflict: growing and jittered (5-20 ms x attempt², at most
    /// 400 ms), so a unit that lost certification to another cluster node finds that node's write applied when it reads again.
    /// </summary>
    public static TimeSpan Backoff(int attempt) => TimeSpan.FromMilliseconds(Math.Min(400, Random.Shared.Next(5, 20) * attempt * attempt));

    public static bool IsConflict(MySqlException ex) => ex.ErrorCode is MySqlErrorCode.LockDeadlock or MySqlErrorCode.LockWaitTimeout;

    public Task RunAsync(Func<MySqlConnection, MySqlTransaction, Task> work, CancellationToken ct,
        IsolationLevel isolation = IsolationLevel.RepeatableRead) =>
        RunAsync<bool>(async (c, t) =>
        {
            await work(c, t);
            return true;
        }, ct, isolation);

    public async Task<T> RunAsync<T>(Func<MySqlConnection, MySqlTransaction, Task<T>> work, CancellationToken ct,
        IsolationLevel isolation = IsolationLevel.RepeatableRead)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await using var conn = await db.OpenConnectionAsync(ct);
                await using (var set = new MySqlCommand($"SET SESSION innodb_lock_wait_timeout = {LockWaitSeconds}", conn))
                {
                    await set.ExecuteNonQueryAsync(ct);
                }

                await using var tx = await conn.BeginTransactionAsync(isolation, ct);
                var result = await work(conn, tx);
                if (IsError(result))
                {
                    await tx.RollbackAsync(ct);
                }
                else
                {
                    await tx.CommitAsync(ct);
                    await causality.AfterCommitAsync(conn); // on a cluster: the GTID a client's next read waits for
                }

                return result;
            }
            catch (MySqlException ex) when (IsConflict(ex))
            {
                AppMetrics.DbRetry(ex.ErrorCode.ToString());
                if (attempt >= (ex.ErrorCode is MySqlErrorCode.LockWaitTimeout ? MaxLockWaitAttempts : MaxAttempts))
                {
                    throw new DatabaseUnavailableException("The transaction kept conflicting with others.", ex);
                }

                LogConflict(logger, attempt, (int)ex.ErrorCode);
                await Task.Delay(Backoff(attempt), ct);
            }
        }
    }

    /// <summary>An HTTP result with an error status, also inside <c>Results&lt;...&gt;</c>.</summary>
    internal static bool IsError<T>(T result) => result switch
    {
        INestedHttpResult nested => IsError(nested.Result),
        IStatusCodeHttpResult { StatusCode: >= 400 } => true,
        _ => false,
    };

    [LoggerMessage(Level = LogLevel.Warning, Message = "Transaction rolled back by a conflict (MySQL error {Error}); attempt {Attempt}, re-running it")]
    private static partial void LogConflict(ILogger logger, int attempt, int error);
}

/// <summary>The database could not do the work (down, or conflicts never cleared): answered as 503 service.unavailable.</summary>
public sealed class DatabaseUnavailableException(string message, Exception inner) : Exception(message, inner);

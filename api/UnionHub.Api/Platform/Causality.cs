using System.Text.RegularExpressions;
using MySqlConnector;

namespace UnionHub.Api.Platform;

/// <summary>
/// Read-your-writes across the nodes of a Galera cluster (docs/adr/0016, decision 5). A node answers a read from what it
/// has applied, and measured here <c>wsrep_sync_wait=1</c> does not close the gap under concurrent writes (about 1 in 12
/// reads through another node missed a row written just before). So the answer to a write carries a consistency token,
/// the cluster GTID of this instance's latest commit (<see cref="Header"/>); a client that sends it back on its next
/// request (the SDK does) is answered only after the node this instance reads from has applied that GTID
/// (<c>WSREP_SYNC_WAIT_UPTO_GTID</c>, bounded by <see cref="WaitSeconds"/>, then the request goes on as before).
/// On a single server (no wsrep) nothing is sent, read or waited for.
/// </summary>
public sealed partial class Causality(MySqlDataSource db, IConfiguration config, ILogger<Causality> logger)
{
    public const string Header = "Consistency-Token";

    private static readonly Regex Gtid = GtidPattern();

    private readonly int _waitSeconds = Math.Clamp(config.GetValue("Database:ReadAfterWriteWaitSeconds", 2), 1, 30);
    private int _detected; // 0 unknown, 1 Galera, 2 not
    private string? _latest;
    private long _latestSeqno = -1;
    private readonly Lock _gate = new();

    public int WaitSeconds => _waitSeconds;

    /// <summary>True once a connection showed there is no cluster: then no token is ever sent, read or waited for.</summary>
    public bool SingleServer => Volatile.Read(ref _detected) == 2;

    /// <summary>The GTID of the latest commit this instance made on a cluster, or null (none yet, or no cluster).</summary>
    public string? Latest => Volatile.Read(ref _latest);

    /// <summary>
    /// After a COMMIT on <paramref name="conn"/>: remembers its cluster GTID (one query, on Galera only). Never throws: the
    /// work is committed, and a caller that saw an exception here could take it for a failed unit and run it again.
    /// </summary>
    public async Task AfterCommitAsync(MySqlConnection conn)
    {
        try
        {
            if (!await IsClusterAsync(conn, CancellationToken.None))
            {
                return;
            }

            await using var cmd = new MySqlCommand("SELECT CAST(WSREP_LAST_WRITTEN_GTID() AS CHAR)", conn);
            if (await cmd.ExecuteScalarAsync(CancellationToken.None) is string gtid)
            {
                Observe(gtid);
            }
        }
        catch (Exception ex)
        {
            LogNoGtid(logger, ex.GetType().Name); // the answer goes out without a fresher token: reads may lag, nothing is lost
        }
    }

    /// <summary>Keeps the highest GTID seen (by sequence number).</summary>
    public void Observe(string gtid)
    {
        if (Seqno(gtid) is not { } seqno)
        {
            return;
        }

        lock (_gate)
        {
            if (seqno > _latestSeqno)
            {
                _latestSeqno = seqno;
                Volatile.Write(ref _latest, gtid);
            }
        }
    }

    /// <summary>
    /// Before a request that sent a token: waits until this instance's node has applied it. A malformed token is ignored;
    /// a token this instance wrote itself needs no wait (its node committed it); a wait that runs out lets the request go on.
    /// </summary>
    public async Task WaitForAsync(string token, CancellationToken ct)
    {
        if (SingleServer || Seqno(token) is not { } seqno || seqno <= Interlocked.Read(ref _latestSeqno))
        {
            return;
        }

        await using var conn = await db.OpenConnectionAsync(ct);
        if (!await IsClusterAsync(conn, ct))
        {
            return;
        }

        try
        {
            await using var cmd = new MySqlCommand("SELECT WSREP_SYNC_WAIT_UPTO_GTID(@gtid, @timeout)", conn);
            cmd.Parameters.AddWithValue("@gtid", token);
            cmd.Parameters.AddWithValue("@timeout", _waitSeconds);
            cmd.CommandTimeout = _waitSeconds + 5;
            await cmd.ExecuteScalarAsync(ct);
            AppMetrics.ReadAfterWriteWait("applied");
        }
        catch (MySqlException ex) when (ex.ErrorCode is MySqlErrorCode.LockWaitTimeout or MySqlErrorCode.WrongArguments)
        {
            AppMetrics.ReadAfterWriteWait("timeout");
            LogWaitTimedOut(logger, token, _waitSeconds);
        }
    }

    private async ValueTask<bool> IsClusterAsync(MySqlConnection conn, CancellationToken ct)
    {
        var detected = Volatile.Read(ref _detected);
        if (detected != 0)
        {
            return detected == 1;
        }

        await using var cmd = new MySqlCommand("SHOW VARIABLES LIKE 'wsrep_on'", conn);
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        var on = await reader.ReadAsync(ct) && string.Equals(reader.GetString(1), "ON", StringComparison.OrdinalIgnoreCase);
        Volatile.Write(ref _detected, on ? 1 : 2);
        return on;
    }

    private static long? Seqno(string gtid)
    {
        var match = Gtid.Match(gtid);
        return match.Success && long.TryParse(match.Groups[1].ValueSpan, out var seqno) ? seqno : null;
    }

    [GeneratedRegex(@"^\d{1,10}-\d{1,10}-(\d{1,19})$")]
    private static partial Regex GtidPattern();

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not read the GTID of a commit ({Error}); its answer carries an older consistency token")]
    private static partial void LogNoGtid(ILogger logger, string error);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Consistency token {Token} not applied on this node within {Seconds} s; answering from what it has")]
    private static partial void LogWaitTimedOut(ILogger logger, string token, int seconds);
}

public static class CausalityMiddleware
{
    /// <summary>
    /// Waits for a request's <see cref="Causality.Header"/> before its handler runs, and puts this instance's latest commit
    /// on the answer to every write (any method but GET, HEAD and OPTIONS).
    /// </summary>
    public static IApplicationBuilder UseReadAfterWrite(this IApplicationBuilder app)
    {
        var causality = app.ApplicationServices.GetRequiredService<Causality>();
        return app.Use(async (context, next) =>
        {
            if (causality.SingleServer)
            {
                await next(context); // one server: nothing to carry or wait for (no connection opened for a stray token)
                return;
            }

            if (!HttpMethods.IsGet(context.Request.Method) && !HttpMethods.IsHead(context.Request.Method)
                && !HttpMethods.IsOptions(context.Request.Method))
            {
                context.Response.OnStarting(() =>
                {
                    if (causality.Latest is { } latest)
                    {
                        context.Response.Headers[Causality.Header] = latest;
                    }

                    return Task.CompletedTask;
                });
            }

            if (context.Request.Headers.TryGetValue(Causality.Header, out var token) && token is [{ Length: > 0 and <= 64 } value])
            {
                await causality.WaitForAsync(value, context.RequestAborted);
            }

            await next(context);
        });
    }
}

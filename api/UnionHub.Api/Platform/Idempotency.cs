using System.Collections.Concurrent;
using System.Data.Common;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Dapper;
using Microsoft.AspNetCore.Http.HttpResults;
using MySqlConnector;

namespace UnionHub.Api.Platform;

/// <summary>
/// <c>Idempotency-Key</c> support for state-changing calls. Usage in a handler:
/// <code>
/// await using var idem = await gate.StartAsync(http, caller, request, ct);
/// if (idem.Replay is { } replay) return replay;          // same key, same body: the first answer again
/// ... in the transaction that makes the change:
/// await idem.CompleteAsync(conn, tx, 201, response, ct);  // stored atomically with the change
/// </code>
/// Refusals that change nothing are stored with <see cref="IdempotencyScope.CompleteAsync(int, object, CancellationToken)"/>.
/// A call that ends without completing releases its key, so the client may retry.
/// </summary>
public sealed class IdempotencyGate(MySqlDataSource db, TimeProvider clock,
    Microsoft.Extensions.Options.IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions> json)
{
    /// <summary>The options the app writes JSON with, so a replay is byte for byte the first answer.</summary>
    internal JsonSerializerOptions Json => json.Value.SerializerOptions;

    public const string Header = "Idempotency-Key";
    public static readonly TimeSpan Retention = TimeSpan.FromHours(24);
    /// <summary>An in-progress claim on a key older than this is taken over (its call died without an answer).</summary>
    public static readonly TimeSpan StaleAfter = TimeSpan.FromSeconds(30);

    private sealed record Row(byte[] RequestHash, string State, int? ResponseStatus, string? ResponseType, string? ResponseBody,
        DateTime StartedAt, DateTime ExpiresAt);

    /// <summary>Keys whose release failed (the database was down): released by the next call that reaches the database.</summary>
    private readonly ConcurrentQueue<(string Caller, string Key, DateTime StartedAt)> _unreleased = new();

    public async Task<IdempotencyScope> StartAsync(HttpContext http, string caller, object? request, CancellationToken ct)
    {
        var key = http.Request.Headers[Header].ToString();
        if (string.IsNullOrEmpty(key))
        {
            return IdempotencyScope.None;
        }

        if (key.Length > 64 || key.Any(char.IsControl))
        {
            return IdempotencyScope.Refused(Problems.Create(400, "idempotency.invalid_key", "Idempotency-Key must be 1-64 printable characters."));
        }

        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(http.Request.Method + " " + http.Request.Path + "\n" +
            (request is null ? "" : JsonSerializer.Serialize(request, request.GetType(), JsonSerializerOptions.Web))));
        var now = clock.GetUtcNow().UtcDateTime;
        now = new DateTime(now.Ticks - now.Ticks % 10, DateTimeKind.Utc); // whole microseconds: DATETIME(6) keeps it exactly

        await using var conn = await db.OpenConnectionAsync(ct);
        await ReleasePendingAsync(conn);
        for (var attempt = 0; attempt < 3; attempt++)
        {
            try
            {
                await conn.ExecuteAsync(new CommandDefinition("""
                    INSERT INTO idempotency_key (caller, idem_key, request_hash, state, started_at, expires_at)
                    VALUES (@caller, @key, @hash, 'in_progress', @now, @expires)
                    """, new { caller, key, hash, now, expires = now + Retention }, cancellationToken: ct));
                return new IdempotencyScope(this, caller, key, now);
            }
            catch (MySqlException ex) when (ex.IsDuplicateKey())
            {
                // someone used this key before: decide from what they left
            }

            var row = await conn.QuerySingleOrDefaultAsync<Row>(new CommandDefinition("""
                SELECT request_hash AS RequestHash, state, response_status AS ResponseStatus, response_type AS ResponseType,
                       response_body AS ResponseBody, started_at AS StartedAt, expires_at AS ExpiresAt
                FROM idempotency_key WHERE caller = @caller AND idem_key = @key
                """, new { caller, key }, cancellationToken: ct));
            if (row is null)
            {
                continue; // released between our insert and select: try again
            }

            var expired = row.ExpiresAt <= now;
            var stale = row.State == "in_progress" && row.StartedAt <= now - StaleAfter;
            if (expired || stale)
            {
                // take the key over, only if nobody else did in the meantime
                var taken = await conn.ExecuteAsync(new CommandDefinition("""
                    UPDATE idempotency_key SET request_hash = @hash, state = 'in_progress', response_status = NULL,
                           response_type = NULL, response_body = NULL, started_at = @now, expires_at = @expires
                    WHERE caller = @caller AND idem_key = @key AND started_at = @startedAt
                    """, new { caller, key, hash, now, expires = now + Retention, startedAt = row.StartedAt }, cancellationToken: ct));
                if (taken == 1)
                {
                    return new IdempotencyScope(this, caller, key, now);
                }

                continue;
            }

            if (!CryptographicOperations.FixedTimeEquals(row.RequestHash, hash))
            {
                return IdempotencyScope.Refused(Problems.Create(422, "idempotency.key_reused",
                    "This Idempotency-Key was used with a different request."));
            }

            if (row.State == "in_progress")
            {
                return IdempotencyScope.Refused(Problems.Create(409, "idempotency.in_progress",
                    "A request with this Idempotency-Key is still being processed. Retry shortly."));
            }

            return IdempotencyScope.Replayed(new StoredResponse(row.ResponseStatus ?? 200, row.ResponseType ?? "application/json", row.ResponseBody ?? ""));
        }

        return IdempotencyScope.Refused(Problems.Create(409, "idempotency.in_progress", "The Idempotency-Key is busy. Retry shortly."));
    }

    internal const string CompleteSql = """
        UPDATE idempotency_key SET state = 'done', response_status = @status, response_type = @type, response_body = @body
        WHERE caller = @caller AND idem_key = @key AND state = 'in_progress'
        """;

    private const string ReleaseSql =
        "DELETE FROM idempotency_key WHERE caller = @caller AND idem_key = @key AND state = 'in_progress' AND started_at = @startedAt";

    /// <summary>
    /// Frees a key whose call ended without an answer to store. When the database is unreachable the key is remembered and
    /// freed by the next call that reaches the database (otherwise its owner would get 409 until <see cref="StaleAfter"/>).
    /// Never throws: the caller is already answering (usually 503).
    /// </summary>
    internal async Task ReleaseAsync(string caller, string key, DateTime startedAt)
    {
        try
        {
            await using var conn = await db.OpenConnectionAsync(CancellationToken.None);
            await ReleasePendingAsync(conn);
            await conn.ExecuteAsync(ReleaseSql, new { caller, key, startedAt });
        }
        catch (DbException) when (_unreleased.Count < MaxUnreleased)
        {
            _unreleased.Enqueue((caller, key, startedAt));
        }
        catch (DbException)
        {
            // too many remembered: this key is taken over after StaleAfter instead
        }
    }

    private const int MaxUnreleased = 100_000;

    private async Task ReleasePendingAsync(DbConnection conn)
    {
        for (var i = 0; i < 256 && _unreleased.TryDequeue(out var k); i++)
        {
            try
            {
                await conn.ExecuteAsync(ReleaseSql, new { caller = k.Caller, key = k.Key, startedAt = k.StartedAt });
            }
            catch (DbException)
            {
                _unreleased.Enqueue(k);
                throw;
            }
        }
    }

    internal async Task CompleteAloneAsync(string caller, string key, int status, string type, string body, CancellationToken ct)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        await conn.ExecuteAsync(new CommandDefinition(CompleteSql, new { caller, key, status, type, body }, cancellationToken: ct));
    }
}

/// <summary>One call's hold on its idempotency key.</summary>
public sealed class IdempotencyScope : IAsyncDisposable
{
    private readonly IdempotencyGate? _gate;
    private readonly string _caller = "";
    private readonly string _key = "";
    private readonly DateTime _startedAt;
    private bool _completed;

    internal static IdempotencyScope None { get; } = new(null, "", "", default) { _completed = true };

    internal IdempotencyScope(IdempotencyGate? gate, string caller, string key, DateTime startedAt)
    {
        _gate = gate;
        _caller = caller;
        _key = key;
        _startedAt = startedAt;
    }

    internal static IdempotencyScope Refused(ProblemHttpResult problem) => new(null, "", "", default) { _completed = true, Refusal = problem };

    internal static IdempotencyScope Replayed(StoredResponse response) => new(null, "", "", default) { _completed = true, Replay = response };

    /// <summary>The stored first answer to return as is.</summary>
    public StoredResponse? Replay { get; private init; }

    /// <summary>A refusal to return: key reused with another body, still in flight, or malformed.</summary>
    public ProblemHttpResult? Refusal { get; private init; }

    public bool HasKey => _gate is not null;

    /// <summary>Stores the response in the caller's transaction, atomically with the change it reports.</summary>
    public async Task CompleteAsync(DbConnection connection, DbTransaction transaction, int status, object body, CancellationToken ct)
    {
        if (_gate is null)
        {
            return;
        }

        var (type, text) = Serialise(status, body, _gate.Json);
        await connection.ExecuteAsync(new CommandDefinition(IdempotencyGate.CompleteSql,
            new { caller = _caller, key = _key, status, type, body = text }, transaction, cancellationToken: ct));
        _completed = true;
    }

    /// <summary>Stores a response for a call that changed nothing (a refusal).</summary>
    public async Task CompleteAsync(int status, object body, CancellationToken ct)
    {
        if (_gate is null)
        {
            return;
        }

        var (type, text) = Serialise(status, body, _gate.Json);
        await _gate.CompleteAloneAsync(_caller, _key, status, type, text, ct);
        _completed = true;
    }

    /// <summary>Stores the refusal a handler is about to return, and returns it.</summary>
    public async Task<ProblemHttpResult> RefuseAsync(ProblemHttpResult problem, CancellationToken ct)
    {
        await CompleteAsync(problem.StatusCode, problem.ProblemDetails, ct);
        return problem;
    }

    /// <summary>A transaction that rolled back leaves the key released for a retry, not marked done.</summary>
    public void MarkRolledBack() => _completed = false;

    private static (string Type, string Json) Serialise(int status, object body, JsonSerializerOptions options)
    {
        var isProblem = body is Microsoft.AspNetCore.Mvc.ProblemDetails;
        if (body is Microsoft.AspNetCore.Mvc.ProblemDetails problem)
        {
            problem.Status ??= status;
        }

        return (isProblem ? "application/problem+json" : "application/json",
            JsonSerializer.Serialize(body, body.GetType(), options));
    }

    public async ValueTask DisposeAsync()
    {
        if (!_completed && _gate is not null)
        {
            await _gate.ReleaseAsync(_caller, _key, _startedAt);
        }
    }
}

/// <summary>The first response to an idempotent call, replayed byte for byte.</summary>
public sealed class StoredResponse(int status, string contentType, string body) : IResult, IStatusCodeHttpResult
{
    public int? StatusCode => status;

    public Task ExecuteAsync(HttpContext httpContext)
    {
        httpContext.Response.StatusCode = status;
        httpContext.Response.ContentType = contentType;
        httpContext.Response.Headers["Idempotent-Replayed"] = "true";
        return httpContext.Response.WriteAsync(body, httpContext.RequestAborted);
    }
}

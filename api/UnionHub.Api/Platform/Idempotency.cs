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
/// <c>Idempotency-Key</c> support for state-changing calls. A route takes it with
/// <see cref="IdempotencyRoutes.WithIdempotency"/>, and its handler with an <see cref="IdempotencyScope"/> parameter:
/// <code>
/// group.MapPost("/things", CreateThing.Handle).WithIdempotency(IdempotentCaller.Member);
/// ... in the handler, in the transaction that makes the change:
/// await idem.CompleteAsync(conn, tx, 201, response, ct);  // stored atomically with the change
/// ... or for a refusal that changes nothing:
/// return await idem.RefuseAsync(problem, ct);
/// </code>
/// A call that ends without completing releases its key, so the client may retry. (The claim engine stores its keys in
/// its batch with <see cref="LookupAsync"/>, <see cref="Decide"/> and <see cref="AddDone"/> instead.)
/// </summary>
public sealed partial class IdempotencyGate(MySqlDataSource db, TimeProvider clock,
    Microsoft.Extensions.Options.IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions> json, PiiProtector pii, ILogger<IdempotencyGate> logger)
    : IAsyncDisposable
{
    /// <summary>The options the app writes JSON with, so a replay is byte for byte the first answer.</summary>
    internal JsonSerializerOptions Json => json.Value.SerializerOptions;

    public const string Header = "Idempotency-Key";
    public static readonly TimeSpan Retention = TimeSpan.FromHours(24);
    /// <summary>An in-progress claim on a key older than this is taken over (its call died without an answer).</summary>
    public static readonly TimeSpan StaleAfter = TimeSpan.FromSeconds(30);

    /// <summary>A stored key as the table holds it.</summary>
    public sealed record StoredKey(string Caller, string IdemKey, byte[] RequestHash, string State, int? ResponseStatus, string? ResponseType,
        string? ResponseBody, DateTime StartedAt, DateTime ExpiresAt);

    private const string SelectColumns = """
        SELECT caller, idem_key AS IdemKey, request_hash AS RequestHash, state, response_status AS ResponseStatus,
               response_type AS ResponseType, response_body AS ResponseBody, started_at AS StartedAt, expires_at AS ExpiresAt
        FROM idempotency_key
        """;

    private static readonly string[] SelectKeysByCount = [.. Enumerable.Range(0, 257).Select(BuildSelectKeys)];

    /// <summary>
    /// Selects the stored keys named by <see cref="AddKeyParameters"/>: a row-constructor IN on the primary key (caller, idem_key),
    /// so the server reads one index entry per key whatever the table holds. (The former <c>caller IN (...) AND idem_key IN (...)</c>
    /// read every stored key of every caller in the batch, and past 200 callers the optimizer scanned the whole table.)
    /// </summary>
    public static string SelectKeysSql(int count) => count < SelectKeysByCount.Length ? SelectKeysByCount[count] : BuildSelectKeys(count);

    private static string BuildSelectKeys(int count) => count == 0 ? SelectColumns + " WHERE 1 = 0"
        : SelectColumns + " WHERE (caller, idem_key) IN (" + string.Join(", ", Enumerable.Range(0, count).Select(i =>
            string.Create(System.Globalization.CultureInfo.InvariantCulture, $"(@kc{i}, @kk{i})"))) + ")";

    /// <summary>The parameters of <see cref="SelectKeysSql"/> for these keys, in their order.</summary>
    public static void AddKeyParameters(DynamicParameters parameters, IReadOnlyList<(string Caller, string Key)> keys)
    {
        for (var i = 0; i < keys.Count; i++)
        {
            parameters.Add(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"kc{i}"), keys[i].Caller);
            parameters.Add(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"kk{i}"), keys[i].Key);
        }
    }

    /// <summary>The rows of <see cref="SelectKeysSql"/> keyed by (caller, key).</summary>
    public static Dictionary<(string Caller, string Key), StoredKey> Matching(IEnumerable<StoredKey> rows,
        IReadOnlyCollection<(string Caller, string Key)> keys)
    {
        var wanted = keys.ToHashSet();
        return rows.Where(r => wanted.Contains((r.Caller, r.IdemKey))).ToDictionary(r => (r.Caller, r.IdemKey));
    }

    /// <summary>The stored keys among <paramref name="keys"/> (one query; for batches).</summary>
    public static async Task<Dictionary<(string Caller, string Key), StoredKey>> ReadManyAsync(DbConnection conn, DbTransaction? tx,
        IReadOnlyCollection<(string Caller, string Key)> keys, CancellationToken ct)
    {
        if (keys.Count == 0)
        {
            return [];
        }

        var distinct = keys.Distinct().ToList();
        var parameters = new DynamicParameters();
        AddKeyParameters(parameters, distinct);
        return Matching(await conn.QueryAsync<StoredKey>(new CommandDefinition(SelectKeysSql(distinct.Count), parameters, tx, cancellationToken: ct)),
            keys);
    }

    /// <summary>What a stored key (or none) means for a call with <paramref name="hash"/>.</summary>
    public abstract record Decision
    {
        private Decision()
        {
        }

        /// <summary>No usable answer is stored: go ahead. <see cref="Stale"/> is the row to delete first, if any (expired, or an in-progress call that died).</summary>
        public sealed record Proceed(StoredKey? Stale) : Decision;

        /// <summary>The first answer, to return as is.</summary>
        public sealed record Replay(StoredResponse Response) : Decision;

        /// <summary>Key reused with another request, or still in flight elsewhere.</summary>
        public sealed record Refuse(ProblemHttpResult Problem) : Decision;
    }

    public Decision Decide(StoredKey? row, byte[] hash, DateTime now)
    {
        if (row is null)
        {
            return new Decision.Proceed(null);
        }

        if (row.ExpiresAt <= now || (row.State == "in_progress" && row.StartedAt <= now - StaleAfter))
        {
            return new Decision.Proceed(row);
        }

        if (!CryptographicOperations.FixedTimeEquals(row.RequestHash, hash))
        {
            return new Decision.Refuse(KeyReused());
        }

        return row.State == "in_progress"
            ? new Decision.Refuse(InProgress())
            : new Decision.Replay(new StoredResponse(row.ResponseStatus ?? 200, row.ResponseType ?? "application/json", Open(row.ResponseBody)));
    }

    public static ProblemHttpResult KeyReused() =>
        Problems.Create(422, PlatformProblems.IdempotencyKeyReused, "This Idempotency-Key was used with a different request.");

    public static ProblemHttpResult InProgress() =>
        Problems.Create(409, PlatformProblems.IdempotencyInProgress, "A request with this Idempotency-Key is still being processed. Retry shortly.");

    /// <summary>400 for a key that is not 1-64 printable characters; null when it is fine.</summary>
    public static ProblemHttpResult? InvalidKey(string key) => key.Length is 0 or > 64 || key.Any(char.IsControl)
        ? Problems.Create(400, PlatformProblems.IdempotencyInvalidKey, "Idempotency-Key must be 1-64 printable characters.")
        : null;

    /// <summary>What makes two calls "the same request": method, path and body.</summary>
    public static byte[] HashRequest(HttpRequest http, object? request) =>
        SHA256.HashData(Encoding.UTF8.GetBytes(http.Method + " " + http.Path + "\n" +
            (request is null ? "" : JsonSerializer.Serialize(request, request.GetType(), JsonSerializerOptions.Web))));

    /// <summary>Whole microseconds: DATETIME(6) keeps it exactly.</summary>
    public static DateTime Micros(DateTime utc) => new(utc.Ticks - utc.Ticks % 10, DateTimeKind.Utc);

    /// <summary>The stored form of an answer: content type and the exact JSON bytes a replay returns.</summary>
    public StoredResponse Store(int status, object body)
    {
        var (type, text) = IdempotencyScope.Serialise(status, body, Json);
        return new StoredResponse(status, type, text);
    }

    /// <summary>Adds a completed key to a batch's multi-row insert (see <see cref="NewDoneInsert"/>).</summary>
    public void AddDone(MultiRowInsert insert, string caller, string key, byte[] hash, StoredResponse response, DateTime now) =>
        insert.Row(caller, key, hash, "done", response.Status, response.ContentType, Seal(response.Body), now, now + Retention);

    private const string SealedPrefix = "enc:";

    /// <summary>
    /// A stored answer is encrypted at rest with the personal-data key ring (AES-GCM, key id in the blob): answers hold names,
    /// case descriptions, household notes and the like, and live in the key store for a day (issue 18, item 9).
    /// </summary>
    internal string Seal(string body) => SealedPrefix + Convert.ToBase64String(pii.Encrypt(body));

    /// <summary>The answer as first sent; rows stored before encryption came in are plain and replay as they are.</summary>
    internal string Open(string? stored) => stored is null ? ""
        : stored.StartsWith(SealedPrefix, StringComparison.Ordinal) ? pii.Decrypt(Convert.FromBase64String(stored[SealedPrefix.Length..]))
        : stored;

    /// <summary>A multi-row insert of completed keys, committed in the caller's transaction with the change they report.</summary>
    public static MultiRowInsert NewDoneInsert(bool ignore = false) => new("idempotency_key", "caller", "idem_key", "request_hash", "state",
        "response_status", "response_type", "response_body", "started_at", "expires_at") { Ignore = ignore };

    /// <summary>Deletes expired or dead in-progress rows seen by <see cref="Decide"/>, only if nobody took them over meanwhile.</summary>
    public static async Task DeleteStaleAsync(DbConnection conn, DbTransaction tx, IEnumerable<StoredKey> stale, CancellationToken ct)
    {
        foreach (var row in stale)
        {
            await conn.ExecuteAsync(new CommandDefinition(
                "DELETE FROM idempotency_key WHERE caller = @Caller AND idem_key = @IdemKey AND started_at = @StartedAt", row, tx, cancellationToken: ct));
        }
    }

    // ---- refusals that change nothing, stored off the request path (claims answered from memory)

    private readonly ConcurrentDictionary<(string Caller, string Key), (byte[] Hash, StoredResponse Response)> _pending = new();
    private int _pendingCount;
    private readonly System.Threading.Channels.Channel<(string Caller, string Key, byte[] Hash, StoredResponse Response, DateTime At)> _toRecord =
        System.Threading.Channels.Channel.CreateUnbounded<(string, string, byte[], StoredResponse, DateTime)>(
            new System.Threading.Channels.UnboundedChannelOptions { SingleReader = true });
    private Task? _recorder;
    private readonly Lock _recorderStart = new();
    private Coalescer<(string Caller, string Key), StoredKey>? _lookups;

    /// <summary>Keys waiting to be written by the recorder (a bound: past it, refusals are answered but not stored).</summary>
    public const int MaxPending = 200_000;

    public const int RecordBatch = 500;

    /// <summary>
    /// The stored answer for one key: the recorder's pending refusals first, then the table through a <see cref="Coalescer{TKey,TValue}"/>
    /// (one query for every call looking at that moment).
    /// </summary>
    public async Task<Decision> LookupAsync(string caller, string key, byte[] hash, CancellationToken ct)
    {
        if (_pending.TryGetValue((caller, key), out var pending))
        {
            return CryptographicOperations.FixedTimeEquals(pending.Hash, hash) ? new Decision.Replay(pending.Response) : new Decision.Refuse(KeyReused());
        }

        if (_lookups is null)
        {
            Interlocked.CompareExchange(ref _lookups, new Coalescer<(string Caller, string Key), StoredKey>(async (keys, token) =>
            {
                await using var conn = await db.OpenConnectionAsync(token);
                return await ReadManyAsync(conn, null, keys, token);
            }), null);
        }

        var row = await _lookups.GetAsync((caller, key), ct);
        return Decide(row, hash, Micros(clock.GetUtcNow().UtcDateTime));
    }

    /// <summary>
    /// Stores an answer that changed nothing (a refusal) without a transaction of its own: queued, and written by a background
    /// recorder with one multi-row <c>INSERT IGNORE</c> per up to <see cref="RecordBatch"/> keys. Until written, this instance
    /// replays it from memory. If a key got stored meanwhile by someone else, theirs stays (IGNORE).
    /// </summary>
    public void RecordLater(string caller, string key, byte[] hash, StoredResponse response)
    {
        // a counter, not _pending.Count: ConcurrentDictionary.Count takes every lock of the table, on every refusal
        if (Volatile.Read(ref _pendingCount) >= MaxPending || !_pending.TryAdd((caller, key), (hash, response)))
        {
            return;
        }

        Interlocked.Increment(ref _pendingCount);

        if (_recorder is null)
        {
            lock (_recorderStart)
            {
                _recorder ??= Task.Run(RecordLoopAsync);
            }
        }

        _toRecord.Writer.TryWrite((caller, key, hash, response, Micros(clock.GetUtcNow().UtcDateTime)));
    }

    private async Task RecordLoopAsync()
    {
        var reader = _toRecord.Reader;
        var batch = new List<(string Caller, string Key, byte[] Hash, StoredResponse Response, DateTime At)>(RecordBatch);
        while (await reader.WaitToReadAsync())
        {
            batch.Clear();
            while (batch.Count < RecordBatch && reader.TryRead(out var item))
            {
                batch.Add(item);
            }

            var insert = NewDoneInsert(ignore: true);
            foreach (var r in batch)
            {
                AddDone(insert, r.Caller, r.Key, r.Hash, r.Response, r.At);
            }

            for (var attempt = 1; ; attempt++)
            {
                try
                {
                    await using var conn = await db.OpenConnectionAsync();
                    await insert.ExecuteAsync(conn, null, CancellationToken.None);
                    break;
                }
                catch (DbException ex) when (attempt < 5)
                {
                    LogRecordRetry(logger, batch.Count, attempt, ex.GetType().Name);
                    await Task.Delay(TimeSpan.FromMilliseconds(200 * attempt));
                }
                catch (DbException ex)
                {
                    LogRecordLost(logger, ex, batch.Count); // the answers were given; a replay elsewhere recomputes the same refusal
                    break;
                }
            }

            foreach (var r in batch)
            {
                if (_pending.TryRemove((r.Caller, r.Key), out _))
                {
                    Interlocked.Decrement(ref _pendingCount);
                }
            }
        }
    }

    /// <summary>Writes what the recorder still holds (on shutdown).</summary>
    public async ValueTask DisposeAsync()
    {
        _toRecord.Writer.TryComplete();
        _lookups?.Dispose();
        if (_recorder is { } recorder)
        {
            await Task.WhenAny(recorder, Task.Delay(TimeSpan.FromSeconds(10)));
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Storing {Count} idempotent refusals failed ({Error}); attempt {Attempt}")]
    private static partial void LogRecordRetry(ILogger logger, int count, int attempt, string error);

    [LoggerMessage(Level = LogLevel.Error, Message = "{Count} idempotent refusals could not be stored; replays on other instances recompute them")]
    private static partial void LogRecordLost(ILogger logger, Exception ex, int count);

    /// <summary>Keys whose release failed (the database was down): released by the next call that reaches the database.</summary>
    private readonly ConcurrentQueue<(string Caller, string Key, DateTime StartedAt)> _unreleased = new();

    public async Task<IdempotencyScope> StartAsync(HttpContext http, string caller, object? request, CancellationToken ct)
    {
        var key = http.Request.Headers[Header].ToString();
        if (string.IsNullOrEmpty(key))
        {
            return IdempotencyScope.None;
        }

        if (InvalidKey(key) is { } invalid)
        {
            return IdempotencyScope.Refused(invalid);
        }

        var hash = HashRequest(http.Request, request);
        var now = Micros(clock.GetUtcNow().UtcDateTime);

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

            var row = await conn.QuerySingleOrDefaultAsync<StoredKey>(new CommandDefinition(
                SelectColumns + " WHERE caller = @caller AND idem_key = @key", new { caller, key }, cancellationToken: ct));
            if (row is null)
            {
                continue; // released between our insert and select: try again
            }

            var decision = Decide(row, hash, now);
            if (decision is Decision.Proceed)
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

            return decision is Decision.Replay replay ? IdempotencyScope.Replayed(replay.Response)
                : IdempotencyScope.Refused(((Decision.Refuse)decision).Problem);
        }

        return IdempotencyScope.Refused(Problems.Create(409, PlatformProblems.IdempotencyInProgress, "The Idempotency-Key is busy. Retry shortly."));
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
        await conn.ExecuteAsync(new CommandDefinition(CompleteSql, new { caller, key, status, type, body = Seal(body) }, cancellationToken: ct));
    }
}

/// <summary>
/// A handler parameter, other than a JSON body, that is part of what makes two calls "the same request" (an upload: its
/// file's hash). The idempotency filter hashes its <see cref="Fingerprint"/> with the method and path.
/// </summary>
public interface IIdempotentRequestPart
{
    object? Fingerprint { get; }
}

/// <summary>Whose keys an idempotent route's keys are: a key is scoped to its caller.</summary>
public enum IdempotentCaller
{
    /// <summary><c>member:{id}</c>, the signed-in member.</summary>
    Member,

    /// <summary><c>merchant:{id}</c>, the merchant of the API key or cashier (its tills share the keys).</summary>
    Merchant,

    /// <summary><c>staff:{id}</c>, the signed-in staff user.</summary>
    Staff,
}

/// <summary>Endpoint metadata of a route mapped <see cref="IdempotencyRoutes.WithIdempotency"/> (the OpenAPI document lists the header and refusals).</summary>
public sealed record IdempotentMetadata(IdempotentCaller Caller);

/// <summary>The one way a route takes an <c>Idempotency-Key</c> (except claims, which the claim engine keys in its batch).</summary>
public static class IdempotencyRoutes
{
    /// <summary>
    /// An endpoint filter that owns the idempotency preamble: it answers a malformed key (400 idempotency.invalid_key), a key
    /// still in flight (409 idempotency.in_progress) and a key used with another body (422 idempotency.key_reused) itself,
    /// replays a stored first answer byte for byte, and otherwise takes the key and hands it to the handler's
    /// <see cref="IdempotencyScope"/> parameter, which stores the answer in the handler's transaction. The request is the
    /// method, the path and the JSON body (or an upload's hash, <see cref="IIdempotentRequestPart"/>). A call that throws or
    /// ends without storing an answer releases the key. The key is taken before the handler validates the body: a refused
    /// body is answered as usual, not stored, and frees the key.
    /// </summary>
    public static RouteHandlerBuilder WithIdempotency(this RouteHandlerBuilder route, IdempotentCaller caller) =>
        route.WithMetadata(new IdempotentMetadata(caller)).AddEndpointFilterFactory((factory, next) =>
        {
            var scopeAt = Array.FindIndex(factory.MethodInfo.GetParameters(), p => p.ParameterType == typeof(IdempotencyScope));
            if (scopeAt < 0)
            {
                throw new InvalidOperationException($"{factory.MethodInfo.DeclaringType?.Name}.{factory.MethodInfo.Name} is mapped "
                    + "WithIdempotency but takes no IdempotencyScope parameter.");
            }

            return async context =>
            {
                var http = context.HttpContext;
                var bodyType = http.GetEndpoint()?.Metadata.GetMetadata<Microsoft.AspNetCore.Http.Metadata.IAcceptsMetadata>()?.RequestType;
                var body = (bodyType is null ? null : context.Arguments.FirstOrDefault(a => a?.GetType() == bodyType))
                    ?? context.Arguments.OfType<IIdempotentRequestPart>().FirstOrDefault()?.Fingerprint;
                await using var scope = await http.RequestServices.GetRequiredService<IdempotencyGate>()
                    .StartAsync(http, CallerOf(http.User, caller), body, http.RequestAborted);
                if (scope.Refusal is { } refusal)
                {
                    return refusal;
                }

                if (scope.Replay is { } replay)
                {
                    return replay;
                }

                context.Arguments[scopeAt] = scope;
                try
                {
                    return await next(context);
                }
                catch
                {
                    scope.MarkRolledBack(); // released for a retry; a key whose answer did commit stays (release frees only in_progress keys)
                    throw;
                }
            };
        });

    public static string CallerOf(System.Security.Claims.ClaimsPrincipal user, IdempotentCaller caller) => caller switch
    {
        IdempotentCaller.Member => "member:" + Text(user.MemberId()),
        IdempotentCaller.Merchant => "merchant:" + Text(user.MerchantId()),
        _ => "staff:" + Text(user.StaffId()),
    };

    private static string Text(long? id) => id?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "";
}

/// <summary>
/// One call's hold on its idempotency key. A handler takes it as a parameter of a route mapped
/// <see cref="IdempotencyRoutes.WithIdempotency"/>; without a key in the request it stores nothing.
/// </summary>
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

    /// <summary>What the parameter binds to before the route's filter hands over the call's scope: using it means the filter is missing.</summary>
    private static IdempotencyScope Unbound { get; } = new(null, "", "", default) { _completed = true, _unbound = true };

    private bool _unbound;

    /// <summary>Parameter binding: a placeholder that <see cref="IdempotencyRoutes.WithIdempotency"/> replaces.</summary>
    public static ValueTask<IdempotencyScope?> BindAsync(HttpContext _) => ValueTask.FromResult<IdempotencyScope?>(Unbound);

    private void EnsureBound()
    {
        if (_unbound)
        {
            throw new InvalidOperationException("The route takes an IdempotencyScope but is not mapped .WithIdempotency(...).");
        }
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
        EnsureBound();
        if (_gate is null)
        {
            return;
        }

        var (type, text) = Serialise(status, body, _gate.Json);
        await connection.ExecuteAsync(new CommandDefinition(IdempotencyGate.CompleteSql,
            new { caller = _caller, key = _key, status, type, body = _gate.Seal(text) }, transaction, cancellationToken: ct));
        _completed = true;
    }

    /// <summary>Stores a response for a call that changed nothing (a refusal).</summary>
    public async Task CompleteAsync(int status, object body, CancellationToken ct)
    {
        EnsureBound();
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
    public void MarkRolledBack()
    {
        EnsureBound();
        _completed = false;
    }

    internal static (string Type, string Json) Serialise(int status, object body, JsonSerializerOptions options)
    {
        var isProblem = body is Microsoft.AspNetCore.Mvc.ProblemDetails;
        if (body is Microsoft.AspNetCore.Mvc.ProblemDetails problem)
        {
            problem.Status ??= status;
            // stamped before it is stored, as the problem writer stamps the first answer (the same trace): a replay carries it too
            if (!problem.Extensions.ContainsKey("traceId") && System.Diagnostics.Activity.Current is { } activity)
            {
                problem.Extensions["traceId"] = activity.TraceId.ToString();
            }
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

    public int Status => status;

    public string ContentType => contentType;

    public string Body => body;

    /// <summary>Set on the first answer itself (<see cref="AsFirstAnswer"/>): not marked as a replay, and its Location if any.</summary>
    private bool _first;
    private string? _location;

    /// <summary>
    /// The same bytes as the call's own, first answer (the claim engine's answers are serialised once, to be stored under the
    /// key, and sent as they were stored): no <c>Idempotent-Replayed</c> header, and the <c>Location</c> of a 201.
    /// </summary>
    public StoredResponse AsFirstAnswer(string? location = null) => new(status, contentType, body) { _first = true, _location = location };

    public Task ExecuteAsync(HttpContext httpContext)
    {
        httpContext.Response.StatusCode = status;
        // stored as "application/json"; sent as the route's own answers are (the body is written in UTF-8)
        httpContext.Response.ContentType = contentType == "application/json" ? "application/json; charset=utf-8" : contentType;
        if (!_first)
        {
            httpContext.Response.Headers["Idempotent-Replayed"] = "true";
        }
        else if (_location is not null)
        {
            httpContext.Response.Headers.Location = _location;
        }

        return httpContext.Response.WriteAsync(body, httpContext.RequestAborted);
    }
}

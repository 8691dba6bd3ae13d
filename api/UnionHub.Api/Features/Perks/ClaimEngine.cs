using System.Collections.Concurrent;
using System.Data;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Threading.Channels;
using Dapper;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using MySqlConnector;
using UnionHub.Api.Features.Activities;
using UnionHub.Api.Platform;

namespace UnionHub.Api.Features.Perks;

/// <summary>One member's claim. The voucher code and signed payload are made on the request thread, only when it is queued.</summary>
public sealed class ClaimTicket(long perkId, long memberId, string? key, byte[] hash, string traceId)
{
    public long PerkId { get; } = perkId;
    public long MemberId { get; } = memberId;
    public string Caller { get; } = "member:" + memberId.ToString(CultureInfo.InvariantCulture);

    /// <summary>The Idempotency-Key, if the client sent one.</summary>
    public string? Key { get; } = key;

    /// <summary>The request's hash (method, path, body): the same key with another hash is 422.</summary>
    public byte[] Hash { get; } = hash;

    /// <summary>The first call's trace id, stored in refusals so a replay is the first answer byte for byte.</summary>
    public string TraceId { get; } = traceId;

    public string Code { get; internal set; } = "";
    public string QrPayload { get; internal set; } = "";
    /// <summary>The answer in its stored form, for calls under the same key that joined this one.</summary>
    internal TaskCompletionSource<ClaimOutcome> Shared { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>The batch's answer, once the ticket was queued.</summary>
    internal TaskCompletionSource<ClaimOutcome> Batched { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
}

/// <summary>Exactly one of the three is set: the committed claim, the refusal, or a stored answer replayed.</summary>
public sealed record ClaimOutcome(ClaimPerk.Response? Granted, ProblemHttpResult? Refusal, StoredResponse? Replay = null)
{
    public static ClaimOutcome Refused(ProblemHttpResult problem) => new(null, problem);

    public static ClaimOutcome Replayed(StoredResponse stored) => new(null, null, stored);

    public static ClaimOutcome Unavailable() => Refused(Problems.Create(503, "service.unavailable",
        "The service is temporarily unavailable. Try again shortly."));

    /// <summary>
    /// The answer as it was stored under the key (a grant, or a refusal that was stored): the call sends these bytes as its
    /// first answer, and a call that joined it replays them.
    /// </summary>
    public StoredResponse? Stored { get; init; }

    /// <summary>Transient failures are never stored under the idempotency key: a retry may succeed.</summary>
    public bool IsTransient => Refusal?.StatusCode == 503;
}

/// <summary>
/// The claim combiner (docs/adr/0008-claim-combiner.md). In front of the queues, per call:
/// a second call under an Idempotency-Key already in flight here joins the first and gets its answer; one member's calls for
/// one perk never sit in two running batches at once (a double tap shares one batch, or waits for the next); a perk id that does not exist is 404 with no queue;
/// a refusal that cannot change for the key (ended, over the member's limit, sold out, for a member a batch has already seen)
/// is answered from memory, its key stored later in bulk. Everything else enters the perk's queue, whose single writer
/// applies up to <see cref="MaxBatch"/> claims in ONE transaction: reads (perk, eligibility, members, their claim numbers,
/// their stored keys), vouchers and completed keys as multi-row INSERTs, partner codes by conditional UPDATE, and last the
/// conditional stock decrement, then COMMIT. Answers go out only after the commit. The database enforces every promise
/// (CHECK on stock, UNIQUE claim numbers and keys), so several API instances stay correct: the combiner only batches.
/// </summary>
public sealed partial class ClaimEngine(MySqlDataSource db, TimeProvider clock, PerkCatalog catalog, IdempotencyGate keys, VoucherSigner signer,
    Causality causality, IOptions<NoShowOptions> noShows, ILogger<ClaimEngine> logger) : IAsyncDisposable
{
    public const int MaxBatch = 256;
    public const int QueueCapacity = 20_000;
    private const int Attempts = Transactions.MaxAttempts; // certification conflicts of a hot perk row come in bursts on a cluster
    public const int InFlight = 2;

    /// <summary>How old this instance's own reading of a perk row may be to answer refusals from it.</summary>
    public static readonly TimeSpan FactsTtl = TimeSpan.FromSeconds(1);

    private const int MaxKnownMembers = 500_000;

    /// <summary>A queue with nothing to do for this long is retired (its writer ends); the next claim starts a new one.</summary>
    public TimeSpan IdleAfter { get; set; } = TimeSpan.FromSeconds(30);

    private readonly ConcurrentDictionary<long, Lazy<PerkQueue>> _queues = new();
    private readonly ConcurrentDictionary<(string Caller, string Key), ClaimTicket> _inFlight = new();
    private readonly CancellationTokenSource _stopping = new();

    /// <summary>The perk's rules as last read, and when.</summary>
    private sealed record PerkFacts(int Stock, int Claimed, int PerMemberLimit, DateTime StartsAt, DateTime EndsAt, DateTimeOffset At,
        string Mode);

    private sealed class PerkQueue(long perkId, Channel<ClaimTicket> channel)
    {
        public long PerkId { get; } = perkId;
        public Channel<ClaimTicket> Channel { get; } = channel;
        public Task Writer { get; set; } = Task.CompletedTask;
        public volatile bool Retired;
        public volatile PerkFacts? Facts;

        /// <summary>Members a batch found verified and eligible, with how many vouchers of this perk they hold (only grows).</summary>
        public ConcurrentDictionary<long, int> Members { get; } = new();
    }

    /// <summary>Live queues (one per perk claimed recently on this instance).</summary>
    public int QueueCount => _queues.Count;

    public bool HasQueue(long perkId) => _queues.ContainsKey(perkId);

    /// <summary>Claims the perk for the member and returns the outcome once it is final (committed, refused or replayed).</summary>
    public async Task<ClaimOutcome> ClaimAsync(long perkId, long memberId, string? key, byte[] hash, string traceId)
    {
        var ticket = new ClaimTicket(perkId, memberId, key, hash, traceId);
        if (key is not null)
        {
            while (!_inFlight.TryAdd((ticket.Caller, key), ticket))
            {
                if (_inFlight.TryGetValue((ticket.Caller, key), out var first))
                {
                    // the same key in flight here: the same request gets the first call's answer as a replay, another request is refused
                    return CryptographicOperations.FixedTimeEquals(first.Hash, hash)
                        ? await first.Shared.Task
                        : ClaimOutcome.Refused(IdempotencyGate.KeyReused());
                }
            }
        }

        try
        {
            var outcome = await DecideAsync(ticket);
            if (key is not null)
            {
                ticket.Shared.TrySetResult(AsReplay(outcome)); // serialised before this call's own answer is written
            }

            return outcome;
        }
        catch
        {
            ticket.Shared.TrySetResult(ClaimOutcome.Unavailable());
            throw;
        }
        finally
        {
            if (key is not null)
            {
                _inFlight.TryRemove(new KeyValuePair<(string, string), ClaimTicket>((ticket.Caller, key), ticket));
            }
        }
    }

    /// <summary>The first call's answer in its stored form (its own bytes, its trace id), for a call that joined it.</summary>
    private ClaimOutcome AsReplay(ClaimOutcome first) => first switch
    {
        { Replay: not null } or { IsTransient: true } => first,
        { Granted: { } granted } => ClaimOutcome.Replayed(first.Stored ?? keys.Store(201, granted)),
        _ => ClaimOutcome.Replayed(first.Stored ?? keys.Store(first.Refusal!.StatusCode, first.Refusal.ProblemDetails)),
    };

    private async Task<ClaimOutcome> DecideAsync(ClaimTicket ticket)
    {
        var now = clock.GetUtcNow();
        var queue = _queues.TryGetValue(ticket.PerkId, out var lazy) && lazy.IsValueCreated ? lazy.Value : null;
        var facts = queue?.Facts is { } f && now - f.At < FactsTtl ? f : await FactsAsync(ticket.PerkId, now);
        if (facts is null)
        {
            return ClaimOutcome.Refused(Problems.NotFound("perk")); // not stored: nothing was decided about a claim
        }

        if (RefuseFromMemory(facts, queue, ticket.MemberId, now.UtcDateTime) is { } refusal)
        {
            return await RefuseAsync(ticket, Stamp(refusal, ticket));
        }

        ticket.Code = VoucherSigner.NewCode();
        ticket.QrPayload = signer.Sign(ticket.Code);
        return await SubmitAsync(ticket);
    }

    /// <summary>
    /// Refusals whose answer cannot change for this key: the perk has ended or its stock is gone (for every claimant: on a
    /// sold-out or ended perk that is the answer, whatever else would refuse them), or the member holds their limit (claims
    /// never shrink; known for members a batch on this instance has seen). Not started, the daily release and everything
    /// about first-time members are decided in a batch, where they can change.
    /// </summary>
    private static ProblemHttpResult? RefuseFromMemory(PerkFacts facts, PerkQueue? queue, long memberId, DateTime now)
    {
        if (facts.Mode == PerkModes.Lottery)
        {
            return PerkProblems.LotteryOnly(); // a perk never leaves lottery mode
        }

        if (now < facts.StartsAt)
        {
            return null;
        }

        if (now >= facts.EndsAt)
        {
            return PerkProblems.Ended();
        }

        if (queue is not null && queue.Members.TryGetValue(memberId, out var held) && held >= facts.PerMemberLimit)
        {
            return PerkProblems.LimitReached(facts.PerMemberLimit);
        }

        return facts.Claimed >= facts.Stock ? PerkProblems.SoldOut() : null;
    }

    /// <summary>A refusal decided without a batch: under a key, the stored answer wins; otherwise the refusal is stored in bulk later.</summary>
    private async Task<ClaimOutcome> RefuseAsync(ClaimTicket ticket, ProblemHttpResult refusal)
    {
        if (ticket.Key is null)
        {
            return ClaimOutcome.Refused(refusal);
        }

        var decision = await keys.LookupAsync(ticket.Caller, ticket.Key, ticket.Hash, CancellationToken.None);
        switch (decision)
        {
            case IdempotencyGate.Decision.Replay replay:
                return ClaimOutcome.Replayed(replay.Response);
            case IdempotencyGate.Decision.Refuse refuse:
                return ClaimOutcome.Refused(refuse.Problem);
            default:
                var stored = keys.Store(refusal.StatusCode, refusal.ProblemDetails);
                keys.RecordLater(ticket.Caller, ticket.Key, ticket.Hash, stored);
                return ClaimOutcome.Refused(refusal) with { Stored = stored }; // sent as stored: serialised once
        }
    }

    private static ProblemHttpResult Stamp(ProblemHttpResult problem, ClaimTicket ticket)
    {
        problem.ProblemDetails.Extensions["traceId"] = ticket.TraceId;
        return problem;
    }

    private const string FactsSql = """
        SELECT stock, claimed, per_member_limit AS PerMemberLimit, starts_at AS StartsAt, ends_at AS EndsAt, mode FROM perk WHERE id = @perkId
        """;

    /// <summary>The perk as the catalog knows it (live and upcoming perks, at most a second old), else one primary-key read; null: no such perk.</summary>
    private async Task<PerkFacts?> FactsAsync(long perkId, DateTimeOffset now)
    {
        if (await catalog.FindAsync(perkId, CancellationToken.None) is { } p)
        {
            return new PerkFacts(p.Stock, p.Claimed, p.PerMemberLimit, p.StartsAt, p.EndsAt, now, p.Mode);
        }

        await using var conn = await db.OpenConnectionAsync();
        var row = await conn.QuerySingleOrDefaultAsync<(int Stock, int Claimed, int PerMemberLimit, DateTime StartsAt, DateTime EndsAt, string Mode)?>(
            new CommandDefinition(FactsSql, new { perkId }));
        return row is { } r ? new PerkFacts(r.Stock, r.Claimed, r.PerMemberLimit, r.StartsAt, r.EndsAt, now, r.Mode) : null;
    }

    /// <summary>Queues the claim; the task completes after its batch committed (or failed).</summary>
    private Task<ClaimOutcome> SubmitAsync(ClaimTicket ticket)
    {
        while (true)
        {
            var queue = _queues.GetOrAdd(ticket.PerkId, id => new Lazy<PerkQueue>(() => Start(id))).Value;
            if (queue.Channel.Writer.TryWrite(ticket))
            {
                return ticket.Batched.Task;
            }

            if (!queue.Retired)
            {
                return Task.FromResult(ClaimOutcome.Unavailable()); // queue full or shutting down: back-pressure
            }
        }
    }

    private PerkQueue Start(long perkId)
    {
        var channel = Channel.CreateBounded<ClaimTicket>(new BoundedChannelOptions(QueueCapacity)
        {
            SingleReader = true,
            FullMode = BoundedChannelFullMode.Wait, // TryWrite fails when full
        });
        var queue = new PerkQueue(perkId, channel);
        queue.Writer = Task.Run(() => WriterLoopAsync(queue));
        return queue;
    }

    /// <summary>
    /// Drains the queue into batches, with up to <see cref="InFlight"/> batches running at once: the next batch does its reads
    /// and inserts while the previous one holds the stock row and commits. They are ordered by that row's lock; a batch that
    /// raced (stock moved, or a claim number or key taken by another instance) rolls back and retries with fresh reads.
    /// A member's claims never sit in two running batches (both would read the same highest claim number, and the second's
    /// duplicate would roll back everyone in it): a claim whose member is in a running batch waits, in arrival order, for
    /// the next batch after it. Several claims of one member (a double tap) do share a batch, which numbers them in turn.
    /// A queue idle for <see cref="IdleAfter"/> retires itself.
    /// </summary>
    private async Task WriterLoopAsync(PerkQueue queue)
    {
        var reader = queue.Channel.Reader;
        var running = new List<(Task Task, HashSet<long> Members)>(InFlight);
        var deferred = new List<ClaimTicket>(); // their member is in a running batch
        Task<bool>? waiting = null;
        var open = true;
        bool Busy(long member) => running.Exists(r => r.Members.Contains(member));

        while (true)
        {
            running.RemoveAll(r => r.Task.IsCompleted);
            if (!deferred.Exists(t => !Busy(t.MemberId)) && !reader.TryPeek(out _))
            {
                if (!open)
                {
                    if (running.Count == 0)
                    {
                        break; // a completed channel: whatever waited has been batched
                    }

                    await Task.WhenAny(running.Select(r => r.Task));
                    continue;
                }

                waiting ??= WaitToReadAsync(queue);
                if (deferred.Count > 0)
                {
                    await Task.WhenAny(running.Select(r => r.Task).Append(waiting)); // a member's batch ending frees their claims
                }
                else
                {
                    await waiting;
                }

                if (waiting.IsCompleted)
                {
                    open = await waiting;
                    waiting = null;
                }

                continue;
            }

            var batch = new List<ClaimTicket>(MaxBatch);
            var members = new HashSet<long>();
            for (var i = 0; i < deferred.Count && batch.Count < MaxBatch;)
            {
                if (Busy(deferred[i].MemberId))
                {
                    i++;
                    continue;
                }

                batch.Add(deferred[i]);
                members.Add(deferred[i].MemberId);
                deferred.RemoveAt(i);
            }

            while (batch.Count < MaxBatch && reader.TryRead(out var ticket))
            {
                if (Busy(ticket.MemberId))
                {
                    deferred.Add(ticket);
                }
                else
                {
                    batch.Add(ticket);
                    members.Add(ticket.MemberId);
                }
            }

            if (batch.Count == 0)
            {
                continue;
            }

            AppMetrics.ClaimBatchSize.Record(batch.Count);
            running.Add((ProcessAsync(queue, batch), members));
            if (running.Count >= InFlight)
            {
                await Task.WhenAny(running.Select(r => r.Task));
            }
        }

        await Task.WhenAll(running.Select(r => r.Task));
    }

    /// <summary>Whether the queue has claims to read (false: completed and drained); idle for <see cref="IdleAfter"/>, it retires.</summary>
    private async Task<bool> WaitToReadAsync(PerkQueue queue)
    {
        while (true)
        {
            using var idle = new CancellationTokenSource(IdleAfter);
            try
            {
                return await queue.Channel.Reader.WaitToReadAsync(idle.Token);
            }
            catch (OperationCanceledException) when (idle.IsCancellationRequested)
            {
                if (!queue.Retired)
                {
                    Retire(queue); // completes the channel: what was written before is still read, then the loop ends
                }
            }
        }
    }

    private void Retire(PerkQueue queue)
    {
        queue.Retired = true;
        if (_queues.TryGetValue(queue.PerkId, out var lazy) && lazy.IsValueCreated && lazy.Value == queue)
        {
            _queues.TryRemove(new KeyValuePair<long, Lazy<PerkQueue>>(queue.PerkId, lazy));
        }

        queue.Channel.Writer.TryComplete();
    }

    private async Task ProcessAsync(PerkQueue queue, List<ClaimTicket> batch)
    {
        for (var attempt = 1; attempt <= Attempts; attempt++)
        {
            try
            {
                var outcomes = await TryBatchAsync(queue, batch, _stopping.Token);
                if (outcomes is not null)
                {
                    for (var i = 0; i < batch.Count; i++)
                    {
                        if (outcomes[i].Granted is not null)
                        {
                            catalog.ForgetMember(batch[i].MemberId);
                        }

                        batch[i].Batched.TrySetResult(outcomes[i]);
                    }

                    return;
                }

                LogRace(logger, queue.PerkId, batch.Count, attempt);
                RerunWhole(attempt, "stock_moved");
            }
            catch (MySqlException ex) when (IsRetryable(ex))
            {
                AppMetrics.DbRetry(ex.ErrorCode.ToString());
                LogRetry(logger, queue.PerkId, batch.Count, attempt, (int)ex.ErrorCode);
                RerunWhole(attempt, ex.IsDuplicateKey() ? "collision" : ex.ErrorCode.ToString());
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !_stopping.IsCancellationRequested)
            {
                LogFailed(logger, ex, queue.PerkId, batch.Count);
                break;
            }
            catch (OperationCanceledException)
            {
                break;
            }

            await Task.Delay(Transactions.Backoff(attempt)); // as the runner's: a conflicting node's write is applied here meanwhile
        }

        foreach (var t in batch)
        {
            t.Batched.TrySetResult(ClaimOutcome.Unavailable()); // nothing was stored under the keys: a retry may succeed
        }
    }

    /// <summary>Counts a batch rolled back to be run again whole (not the last attempt: that one answers 503).</summary>
    private void RerunWhole(int attempt, string reason)
    {
        if (attempt < Attempts)
        {
            Interlocked.Increment(ref _rerunWhole);
            AppMetrics.ClaimBatchRerun(reason);
        }
    }

    /// <summary>
    /// Deadlocks and lock waits roll the transaction back, so the batch is re-run whole with fresh reads: another instance's
    /// committed claim numbers and keys are then seen, and the claims that collided are answered from them. On a Galera
    /// cluster a certification failure is a deadlock (1213) raised by COMMIT: also a definite rollback. A duplicate key is
    /// first decided again inside the batch (<see cref="CollisionRounds"/> times, only the claims that collided); past that,
    /// or when nothing another instance committed explains it, the batch is run again whole like a deadlock.
    /// </summary>
    private static bool IsRetryable(MySqlException ex) => ex.IsTransient || ex.IsDuplicateKey()
        || ex.ErrorCode is MySqlErrorCode.LockDeadlock or MySqlErrorCode.LockWaitTimeout;

    private sealed record PerkRow(string Kind, string Title, int Stock, int Claimed, int PerMemberLimit, DateTime StartsAt, DateTime EndsAt,
        DateTime? ValidUntil, int? ValidDays, int? DailyRelease, int? ReleaseMinute, bool Rollover, int? MemberDailyLimit, int? DayKey,
        int DayClaimed, string Mode, bool BarNoShows, int? FirstDay, int? Base, DateTime? SwitchAt, int? PrevDailyRelease, int? PrevReleaseMinute,
        bool? PrevRollover, int? PrevMemberDailyLimit, int? PrevFirstDay, int? PrevBase, DateTime? PrevSwitchAt)
    {
        public ReleaseSchedule Schedule => new(DailyRelease, ReleaseMinute, Rollover, MemberDailyLimit, FirstDay, Base, SwitchAt, PrevDailyRelease,
            PrevReleaseMinute, PrevRollover, PrevMemberDailyLimit, PrevFirstDay, PrevBase, PrevSwitchAt);
    }

    private sealed record MemberRow(long Id, DateTime? VerifiedAt, string? OrgPath);

    private sealed record ClaimCount(long MemberId, int LastClaimNo);

    // The members are read with a shared lock held to COMMIT: a membership transfer or leaving (Features/Membership/Moves.cs)
    // locks the member row exclusively, so a claim either commits before the move or waits and sees the new organisation;
    // the member is never eligible in both organisations.
    private const string ReadSql = """
        SELECT kind, title, stock, claimed, per_member_limit AS PerMemberLimit, starts_at AS StartsAt, ends_at AS EndsAt,
               valid_until AS ValidUntil, valid_days AS ValidDays, daily_release AS DailyRelease, release_minute AS ReleaseMinute,
               rollover, member_daily_limit AS MemberDailyLimit, day_key AS DayKey, day_claimed AS DayClaimed, mode,
               bar_no_shows AS BarNoShows,
        """ + ReleaseSchedule.Columns + """
        FROM perk WHERE id = @perkId;
        SELECT org_path FROM perk_eligible_org WHERE perk_id = @perkId;
        SELECT m.id, m.verified_at AS VerifiedAt, o.path AS OrgPath
        FROM member m LEFT JOIN org o ON o.id = m.org_id WHERE m.id IN @memberIds LOCK IN SHARE MODE;
        SELECT member_id AS MemberId, MAX(claim_no) AS LastClaimNo
        FROM voucher WHERE perk_id = @perkId AND member_id IN @memberIds GROUP BY member_id;
        """; // + the batch's stored keys (IdempotencyGate.SelectKeysSql)

    private const string TakeCodesSql = """
        SELECT id, code FROM perk_code WHERE perk_id = @perkId AND voucher_code IS NULL ORDER BY id LIMIT @n FOR UPDATE SKIP LOCKED
        """;

    /// <summary>Codes not handed out as committed (a plain read: it also counts codes another batch holds locked).</summary>
    private const string FreeCodesSql = "SELECT COUNT(*) FROM perk_code WHERE perk_id = @perkId AND voucher_code IS NULL";

    private const string SelectIdsSql = "SELECT id, code FROM voucher WHERE code IN @codes";

    /// <summary>Only for perks with a member's daily limit: each member's claims of the current release day.</summary>
    private const string TodaySql = """
        SELECT member_id AS MemberId, COUNT(*) AS N FROM voucher
        WHERE perk_id = @perkId AND member_id IN @memberIds AND created_at >= @dayOpened GROUP BY member_id
        """;

    /// <summary>
    /// The lock on the hot row is taken here, last, and held only until COMMIT. The release day's count moves with the total:
    /// day_claimed is assigned before day_key, so it reads the old day_key whether the server evaluates SET left to right
    /// (MySQL, MariaDB) or all from the old row (standard SQL).
    /// </summary>
    private const string DecrementSql = """
        UPDATE perk SET claimed = claimed + @n,
                        day_claimed = CASE WHEN day_key = @day THEN day_claimed + @n ELSE @n END,
                        day_key = @day
        WHERE id = @perkId AND claimed + @n <= stock AND (@cap IS NULL OR claimed + @n <= @cap)
          AND (@dayCap IS NULL OR (CASE WHEN day_key = @day THEN day_claimed ELSE 0 END) + @n <= @dayCap)
          AND starts_at <= @now AND ends_at > @now
        """;

    /// <summary>
    /// Taken in the batch's first round trip, before any write. A duplicate key (1062) raised by a write means another instance
    /// committed one of this batch's claim numbers or keys while it ran: InnoDB rolls back only the failing statement, so the
    /// batch rolls back to here, re-reads what collided and decides again in the same transaction (<see cref="CollisionRounds"/>).
    /// </summary>
    private const string Savepoint = "SAVEPOINT claim_writes;";

    /// <summary>How many times one batch decides again after a collision before it is rolled back and run again whole.</summary>
    public const int CollisionRounds = 3;

    private long _redecided;
    private long _rerunWhole;

    /// <summary>Claims this instance decided again inside their batch after a collision (also <c>unionhub_claim_redecided_total</c>).</summary>
    public long ClaimsRedecided => Interlocked.Read(ref _redecided);

    /// <summary>Batches this instance rolled back and ran again whole (also <c>unionhub_claim_batch_reruns_total{reason}</c>).</summary>
    public long BatchesRerunWhole => Interlocked.Read(ref _rerunWhole);

    /// <summary>Test seam: awaited with the batch's members after its reads, before its first write (first round of each run only).</summary>
    internal Func<IReadOnlyCollection<long>, Task>? AfterReads { get; set; }

    /// <summary>Test seam: awaited with the round (1, 2, ...) and the batch's members just before each round's writes.</summary>
    internal Func<int, IReadOnlyCollection<long>, Task>? BeforeWrites { get; set; }

    /// <summary>Claims waiting in a perk's queue on this instance (not yet in a batch).</summary>
    internal int Queued(long perkId) => _queues.TryGetValue(perkId, out var lazy) && lazy.IsValueCreated ? lazy.Value.Channel.Reader.Count : 0;

    /// <summary>
    /// What a batch decided from what it read: answers known before stock (refusals, replays), the candidates for the stock in
    /// batch order with their claim numbers, the members found able to claim, and each member's highest claim number counting
    /// the batch's own candidates. A pure function of the reads: deciding again after a collision starts from fresh reads.
    /// </summary>
    private sealed record Decided(ClaimOutcome?[] Outcomes, bool[] AnsweredByKey, List<IdempotencyGate.StoredKey> Stale,
        List<(int Index, int ClaimNo)> Candidates, HashSet<long> Capable, Dictionary<long, int> LastClaimNo, Dictionary<long, int> Today);

    /// <summary>What a batch reads that another instance's commit can change under it: claim numbers, stored keys, today's claims.</summary>
    private sealed record Contested(Dictionary<long, int> LastClaimNo, Dictionary<(string Caller, string Key), IdempotencyGate.StoredKey> Stored,
        Dictionary<long, int> Today);

    /// <summary>The perk's counts as committed now (the commit we collided with moved them too).</summary>
    private sealed record PerkCounts(int Claimed, int? DayKey, int DayClaimed);

    private Decided Decide(List<ClaimTicket> batch, PerkRow perk, List<string> eligiblePaths, Dictionary<long, MemberRow> members,
        Contested read, Dictionary<long, (DateTime Until, int NoShows)>? bars, Release release, DateTime now)
    {
        var outcomes = new ClaimOutcome?[batch.Count];
        var stale = new List<IdempotencyGate.StoredKey>();
        var answeredByKey = new bool[batch.Count];
        for (var i = 0; i < batch.Count; i++)
        {
            var t = batch[i];
            if (t.Key is null)
            {
                continue;
            }

            switch (keys.Decide(read.Stored.GetValueOrDefault((t.Caller, t.Key)), t.Hash, now))
            {
                case IdempotencyGate.Decision.Replay replay:
                    outcomes[i] = ClaimOutcome.Replayed(replay.Response);
                    answeredByKey[i] = true;
                    break;
                case IdempotencyGate.Decision.Refuse refuse:
                    outcomes[i] = ClaimOutcome.Refused(refuse.Problem);
                    answeredByKey[i] = true;
                    break;
                case IdempotencyGate.Decision.Proceed { Stale: { } row }:
                    stale.Add(row);
                    break;
            }
        }

        // rule order: lottery-only, verified, eligible, not barred, in window, under the member's limit, then stock
        var lastClaimNo = new Dictionary<long, int>(read.LastClaimNo);
        var today = new Dictionary<long, int>(read.Today);
        var candidates = new List<(int Index, int ClaimNo)>(batch.Count);
        var capable = new HashSet<long>();
        for (var i = 0; i < batch.Count; i++)
        {
            if (outcomes[i] is not null)
            {
                continue;
            }

            var t = batch[i];
            if (perk.Mode == PerkModes.Lottery)
            {
                outcomes[i] = ClaimOutcome.Refused(Stamp(PerkProblems.LotteryOnly(), t));
                continue;
            }

            if (!members.TryGetValue(t.MemberId, out var m) || m.VerifiedAt is null)
            {
                outcomes[i] = ClaimOutcome.Refused(Stamp(PerkProblems.NotVerified(), t));
                continue;
            }

            if (eligiblePaths.Count > 0 && (m.OrgPath is null || !eligiblePaths.Any(p => m.OrgPath.StartsWith(p, StringComparison.Ordinal))))
            {
                outcomes[i] = ClaimOutcome.Refused(Stamp(PerkProblems.NotEligible(), t));
                continue;
            }

            if (bars is not null && bars.TryGetValue(t.MemberId, out var bar))
            {
                // not learnt as capable: a bar ends or is lifted, so this refusal is decided in a batch every time
                outcomes[i] = ClaimOutcome.Refused(Stamp(PerkProblems.BarredNoShows(bar.Until, bar.NoShows), t));
                continue;
            }

            capable.Add(t.MemberId);
            if (now < perk.StartsAt)
            {
                outcomes[i] = ClaimOutcome.Refused(Stamp(PerkProblems.NotStarted(perk.StartsAt), t));
            }
            else if (now >= perk.EndsAt)
            {
                outcomes[i] = ClaimOutcome.Refused(Stamp(PerkProblems.Ended(), t));
            }
            else
            {
                var next = lastClaimNo.GetValueOrDefault(t.MemberId) + 1; // counts this batch's earlier claims too
                if (next > perk.PerMemberLimit)
                {
                    outcomes[i] = ClaimOutcome.Refused(Stamp(PerkProblems.LimitReached(perk.PerMemberLimit), t));
                }
                else if (release.MemberDailyLimit is { } daily && today.GetValueOrDefault(t.MemberId) >= daily)
                {
                    outcomes[i] = ClaimOutcome.Refused(Stamp(PerkProblems.DailyLimitReached(daily, release.NextOpeningUtc(now)), t));
                }
                else
                {
                    lastClaimNo[t.MemberId] = next;
                    today[t.MemberId] = today.GetValueOrDefault(t.MemberId) + 1;
                    candidates.Add((i, next));
                }
            }
        }

        return new Decided(outcomes, answeredByKey, stale, candidates, capable, lastClaimNo, today);
    }

    /// <summary>Applies one batch. Returns null when the stock row moved under us (another instance, an admin): retry.</summary>
    private async Task<ClaimOutcome[]?> TryBatchAsync(PerkQueue queue, List<ClaimTicket> batch, CancellationToken ct)
    {
        var perkId = queue.PerkId;
        var now = IdempotencyGate.Micros(clock.GetUtcNow().UtcDateTime);
        var memberIds = batch.Select(t => t.MemberId).Distinct().ToArray();
        var keyed = batch.Where(t => t.Key is not null).Select(t => (t.Caller, t.Key!)).Distinct().ToList();

        await using var conn = await db.OpenConnectionAsync(ct);
        await using var tx = await conn.BeginTransactionAsync(IsolationLevel.ReadCommitted, ct);

        PerkRow? perk;
        List<string> eligiblePaths;
        Dictionary<long, MemberRow> members;
        Dictionary<long, int> lastClaimNo;
        Dictionary<(string Caller, string Key), IdempotencyGate.StoredKey> stored;
        var read = new DynamicParameters(new { perkId, memberIds });
        IdempotencyGate.AddKeyParameters(read, keyed);
        // the savepoint rides on the reads' round trip: a batch that collides with nobody pays nothing for it
        await using (var grid = await conn.QueryMultipleAsync(new CommandDefinition(Savepoint + ReadSql + IdempotencyGate.SelectKeysSql(keyed.Count) + ";",
            read, tx, cancellationToken: ct)))
        {
            perk = await grid.ReadSingleOrDefaultAsync<PerkRow>();
            eligiblePaths = (await grid.ReadAsync<string>()).ToList();
            members = (await grid.ReadAsync<MemberRow>()).ToDictionary(m => m.Id);
            lastClaimNo = (await grid.ReadAsync<ClaimCount>()).ToDictionary(c => c.MemberId, c => c.LastClaimNo);
            // keys stored before (a retry after a lost answer, or another instance's call): their answer, not a new claim
            stored = IdempotencyGate.Matching(await grid.ReadAsync<IdempotencyGate.StoredKey>(), keyed);
        }

        if (perk is null)
        {
            return batch.Select(_ => ClaimOutcome.Refused(Problems.NotFound("perk"))).ToArray();
        }

        var release = perk.Schedule.At(now); // a schedule changed by PATCH applies from its first release day
        var day = release.Day(now);
        var dayOpened = release.OpensUtc(day);
        var today = release.MemberDailyLimit is null ? [] : (await conn.QueryAsync<(long MemberId, int N)>(new CommandDefinition(TodaySql,
            new { perkId, memberIds, dayOpened }, tx, cancellationToken: ct))).ToDictionary(c => c.MemberId, c => c.N);
        // only for perks flagged barNoShows: the activities' no-show rule, read for the whole batch in two queries
        var bars = perk.BarNoShows ? await ActivityRules.BarsAsync(conn, tx, memberIds, noShows.Value, now, ct) : null;
        var contested = new Contested(lastClaimNo, stored, today);
        if (AfterReads is { } afterReads)
        {
            await afterReads(memberIds);
        }

        for (var round = 1; ; round++)
        {
            var decided = Decide(batch, perk, eligiblePaths, members, contested, bars, release, now);
            if (BeforeWrites is { } beforeWrites)
            {
                await beforeWrites(round, memberIds);
            }

            try
            {
                return await WriteAsync(queue, batch, perk, decided, release, day, now, conn, tx, ct);
            }
            catch (MySqlException ex) when (ex.IsDuplicateKey() && round <= CollisionRounds)
            {
                // Another instance committed one of our claim numbers or keys while this batch ran (its row was locked, so our
                // insert waited for that commit: it is visible now under READ COMMITTED). Only the failing statement was rolled
                // back: undo this round's writes, re-read what another instance can take, and decide again in this transaction.
                var (fresh, counts) = await RecheckAsync(conn, tx, perkId, memberIds, keyed, release.MemberDailyLimit is null ? null : dayOpened, ct);
                var collided = batch.Count(t => fresh.LastClaimNo.GetValueOrDefault(t.MemberId) != contested.LastClaimNo.GetValueOrDefault(t.MemberId)
                    || (release.MemberDailyLimit is not null && fresh.Today.GetValueOrDefault(t.MemberId) != contested.Today.GetValueOrDefault(t.MemberId))
                    || (t.Key is not null && KeyMoved(contested.Stored.GetValueOrDefault((t.Caller, t.Key)), fresh.Stored.GetValueOrDefault((t.Caller, t.Key)))));
                if (collided == 0)
                {
                    throw; // nothing another instance did explains it (a voucher code drawn twice?): the batch is run again whole
                }

                Interlocked.Add(ref _redecided, collided);
                AppMetrics.ClaimsRedecided.Add(collided);
                LogCollision(logger, perkId, batch.Count, collided, round);
                contested = fresh;
                if (counts is not null)
                {
                    // what is left is decided from the stock as it is now, so the decrement matches (no rerun for a stale count)
                    perk = perk with { Claimed = counts.Claimed, DayKey = counts.DayKey, DayClaimed = counts.DayClaimed };
                }
            }
        }
    }

    private static bool KeyMoved(IdempotencyGate.StoredKey? before, IdempotencyGate.StoredKey? now) =>
        before is null ? now is not null : now is null || now.StartedAt != before.StartedAt || now.State != before.State;

    private const string RecheckSql = """
        ROLLBACK TO SAVEPOINT claim_writes;
        SELECT claimed, day_key AS DayKey, day_claimed AS DayClaimed FROM perk WHERE id = @perkId;
        SELECT member_id AS MemberId, MAX(claim_no) AS LastClaimNo
        FROM voucher WHERE perk_id = @perkId AND member_id IN @memberIds GROUP BY member_id;
        """;

    /// <summary>
    /// After a collision: back to the savepoint, then the perk's counts, the batch's claim numbers, stored keys (and today's
    /// claims) as committed now, in one round trip.
    /// </summary>
    private static async Task<(Contested Read, PerkCounts? Counts)> RecheckAsync(MySqlConnection conn, MySqlTransaction tx, long perkId, long[] memberIds,
        List<(string Caller, string Key)> keyed, DateTime? dayOpened, CancellationToken ct)
    {
        var p = new DynamicParameters(new { perkId, memberIds, dayOpened });
        IdempotencyGate.AddKeyParameters(p, keyed);
        var sql = RecheckSql + IdempotencyGate.SelectKeysSql(keyed.Count) + ";" + (dayOpened is null ? "" : TodaySql + ";");
        await using var grid = await conn.QueryMultipleAsync(new CommandDefinition(sql, p, tx, cancellationToken: ct));
        var counts = await grid.ReadSingleOrDefaultAsync<PerkCounts>();
        var lastClaimNo = (await grid.ReadAsync<ClaimCount>()).ToDictionary(c => c.MemberId, c => c.LastClaimNo);
        var stored = IdempotencyGate.Matching(await grid.ReadAsync<IdempotencyGate.StoredKey>(), keyed);
        var today = dayOpened is null ? [] : (await grid.ReadAsync<(long MemberId, int N)>()).ToDictionary(c => c.MemberId, c => c.N);
        return (new Contested(lastClaimNo, stored, today), counts);
    }

    /// <summary>
    /// The batch's writes, from what it decided: partner codes, vouchers with their notices, the answers stored under their keys,
    /// and last the conditional stock decrement, then COMMIT. A duplicate key (1062) is left to the caller (decide again).
    /// Returns null when the stock row or the partner codes moved under us: the batch is run again whole.
    /// </summary>
    private async Task<ClaimOutcome[]?> WriteAsync(PerkQueue queue, List<ClaimTicket> batch, PerkRow perk, Decided decided, Release release,
        int day, DateTime now, MySqlConnection conn, MySqlTransaction tx, CancellationToken ct)
    {
        var perkId = queue.PerkId;
        var (outcomes, answeredByKey, stale, candidates, capable, lastClaimNo, _) = decided;
        var cap = PerkRules.ReleaseCap(release, perk.StartsAt, now);
        var dayCap = release.DayCap;
        var available = PerkRules.Remaining(perk.Stock, perk.Claimed, release, perk.DayKey, perk.DayClaimed, perk.StartsAt, now);
        var granted = Math.Min(available, candidates.Count);
        // past what is left (below): the stock is gone for good, or only this release day's share (the answer says when the next opens)

        List<(long Id, string Code)> partnerCodes = [];
        if (granted > 0 && perk.Kind == PerkKinds.MovieTicket)
        {
            partnerCodes = (await conn.QueryAsync<(long, string)>(new CommandDefinition(TakeCodesSql, new { perkId, n = granted }, tx,
                cancellationToken: ct))).ToList();
            if (partnerCodes.Count < granted && await conn.ExecuteScalarAsync<long>(new CommandDefinition(FreeCodesSql, new { perkId }, tx,
                    cancellationToken: ct)) > partnerCodes.Count)
            {
                // codes were skipped because another batch (the other one in flight here, or another instance's) holds them:
                // they are not gone until it commits, so nobody is told "sold out" yet; read again once it has finished
                return null;
            }

            granted = partnerCodes.Count;
        }

        // claims past the stock (a prefix is granted, so each member's claim numbers stay consecutive)
        for (var k = granted; k < candidates.Count; k++)
        {
            var (index, claimNo) = candidates[k];
            outcomes[index] = ClaimOutcome.Refused(Stamp(perk.Claimed + available >= perk.Stock ? PerkProblems.SoldOut()
                : PerkProblems.SoldOutToday(release.NextOpeningUtc(now)), batch[index]));
            lastClaimNo[batch[index].MemberId] = Math.Min(lastClaimNo[batch[index].MemberId], claimNo - 1);
        }

        if (granted > 0)
        {
            if (!await TakeCodesAsync(conn, tx, perkId, now, partnerCodes, candidates, batch, granted, ct))
            {
                return null; // a code went elsewhere meanwhile
            }

            await InsertVouchersAsync(conn, tx, perkId, perk, now, partnerCodes, candidates, batch, granted, outcomes, ct);
        }

        // every answer decided here is stored under its key in this transaction: one multi-row insert, in key order (as another
        // instance's batch inserts them), so two batches holding the same keys wait for each other instead of deadlocking
        var completed = IdempotencyGate.NewDoneInsert();
        var toStore = new List<(string Caller, string Key, byte[] Hash, StoredResponse Response)>();
        for (var i = 0; i < batch.Count; i++)
        {
            var t = batch[i];
            if (t.Key is null || answeredByKey[i] || outcomes[i] is not { } o)
            {
                continue;
            }

            if (o.Granted is { } g)
            {
                var stored201 = keys.Store(201, g);
                outcomes[i] = o with { Stored = stored201 }; // serialised once: a joined call replays the same bytes
                toStore.Add((t.Caller, t.Key, t.Hash, stored201));
            }
            else
            {
                var storedRefusal = keys.Store(o.Refusal!.StatusCode, o.Refusal.ProblemDetails);
                outcomes[i] = o with { Stored = storedRefusal }; // sent as stored: serialised once
                toStore.Add((t.Caller, t.Key, t.Hash, storedRefusal));
            }
        }

        foreach (var s in toStore.OrderBy(s => s.Caller, StringComparer.Ordinal).ThenBy(s => s.Key, StringComparer.Ordinal))
        {
            keys.AddDone(completed, s.Caller, s.Key, s.Hash, s.Response, now);
        }

        if (granted == 0 && completed.Count == 0)
        {
            await tx.RollbackAsync(ct);
            Learn(queue, perk, 0, capable, lastClaimNo, day);
            return outcomes.Select(o => o!).ToArray();
        }

        await IdempotencyGate.DeleteStaleAsync(conn, tx, stale, ct);
        await completed.ExecuteAsync(conn, tx, ct);

        if (granted > 0)
        {
            var decremented = await conn.ExecuteAsync(new CommandDefinition(DecrementSql, new { perkId, n = granted, cap, dayCap, day, now }, tx,
                cancellationToken: ct));
            if (decremented != 1)
            {
                return null; // stock or window changed since our read: roll back, read again
            }
        }

        try
        {
            await tx.CommitAsync(ct);
        }
        catch (MySqlException ex) when (ex.ErrorCode is MySqlErrorCode.LockDeadlock)
        {
            throw; // a cluster's certification failure: rolled back for certain, so the batch is retried
        }
        catch (MySqlException ex)
        {
            // The COMMIT may have been applied even though its answer was lost: retrying the batch could issue a voucher twice
            // (or answer a refusal for a claim that succeeded). Everyone gets 503; a retry with the same Idempotency-Key
            // replays the committed answer, since its key was stored (or not) with the vouchers.
            throw new CommitOutcomeUnknownException(ex);
        }

        await causality.AfterCommitAsync(conn); // before the answers go out: they carry this batch's GTID on a cluster

        Learn(queue, perk, granted, capable, lastClaimNo, day);
        return outcomes.Select(o => o!).ToArray();
    }

    /// <summary>Remembers what the batch read (and wrote), so that refusals that cannot change are answered without a batch.</summary>
    private void Learn(PerkQueue queue, PerkRow perk, int granted, HashSet<long> capable, Dictionary<long, int> held, int day)
    {
        queue.Facts = new PerkFacts(perk.Stock, perk.Claimed + granted, perk.PerMemberLimit, perk.StartsAt, perk.EndsAt, clock.GetUtcNow(), perk.Mode);
        if (granted > 0)
        {
            catalog.Observe(queue.PerkId, perk.Claimed + granted, day, (perk.DayKey == day ? perk.DayClaimed : 0) + granted);
        }

        if (queue.Members.Count > MaxKnownMembers)
        {
            queue.Members.Clear(); // crude bound; members are learnt again from the next batch
        }

        foreach (var m in capable)
        {
            var n = held.GetValueOrDefault(m);
            queue.Members.AddOrUpdate(m, n, (_, old) => Math.Max(old, n));
        }
    }

    private static async Task<bool> TakeCodesAsync(MySqlConnection conn, MySqlTransaction tx, long perkId, DateTime now,
        List<(long Id, string Code)> partnerCodes, List<(int Index, int ClaimNo)> candidates, List<ClaimTicket> batch, int granted,
        CancellationToken ct)
    {
        if (partnerCodes.Count == 0)
        {
            return true;
        }

        var take = new StringBuilder("UPDATE perk_code SET taken_at = @now, voucher_code = CASE id");
        var p = new DynamicParameters();
        p.Add("now", now);
        for (var k = 0; k < granted; k++)
        {
            take.Append(CultureInfo.InvariantCulture, $" WHEN @i{k} THEN @v{k}");
            p.Add($"i{k}", partnerCodes[k].Id);
            p.Add($"v{k}", batch[candidates[k].Index].Code);
        }

        take.Append(" END WHERE perk_id = @perkId AND voucher_code IS NULL AND id IN @ids");
        p.Add("perkId", perkId);
        p.Add("ids", partnerCodes.Select(c => c.Id).ToArray());
        return await conn.ExecuteAsync(new CommandDefinition(take.ToString(), p, tx, cancellationToken: ct)) == granted;
    }

    private static async Task InsertVouchersAsync(MySqlConnection conn, MySqlTransaction tx, long perkId, PerkRow perk, DateTime now,
        List<(long Id, string Code)> partnerCodes, List<(int Index, int ClaimNo)> candidates, List<ClaimTicket> batch, int granted,
        ClaimOutcome?[] outcomes, CancellationToken ct)
    {
        var insert = new MultiRowInsert("voucher", "perk_id", "member_id", "claim_no", "code", "qr_payload", "partner_code", "status",
            "valid_until", "created_at");
        var validUntil = PerkRules.VoucherValidUntil(perk.ValidUntil, perk.ValidDays, perk.EndsAt, now);
        // rows in (member, claim number) order, the unique index's, as another instance's batch inserts them: two batches that
        // want the same claim numbers wait for each other in one order instead of deadlocking
        foreach (var k in Enumerable.Range(0, granted).OrderBy(k => batch[candidates[k].Index].MemberId).ThenBy(k => candidates[k].ClaimNo))
        {
            var t = batch[candidates[k].Index];
            insert.Row(perkId, t.MemberId, candidates[k].ClaimNo, t.Code, t.QrPayload, partnerCodes.Count > 0 ? partnerCodes[k].Code : null,
                VoucherStatus.Unused, validUntil, now);
        }

        await insert.ExecuteAsync(conn, tx, ct);
        var ids = (await conn.QueryAsync<(long Id, string Code)>(new CommandDefinition(SelectIdsSql,
            new { codes = candidates.Take(granted).Select(c => batch[c.Index].Code).ToArray() }, tx, cancellationToken: ct)))
            .ToDictionary(r => r.Code, r => r.Id.ToString(CultureInfo.InvariantCulture), StringComparer.Ordinal);

        // the members' notices: one multi-row INSERT for the batch, committed (or rolled back) with the vouchers
        var notices = new List<Outbox.Notice>(granted);
        for (var k = 0; k < granted; k++)
        {
            var t = batch[candidates[k].Index];
            var id = ids[t.Code];
            outcomes[candidates[k].Index] = new ClaimOutcome(new ClaimPerk.Response(id, new VoucherSummary(id, t.Code, t.QrPayload,
                validUntil.ToChina(), VoucherStatus.Unused, partnerCodes.Count > 0 ? partnerCodes[k].Code : null)), null);
            notices.Add(new Outbox.Notice(t.MemberId, NotificationKinds.ClaimSucceeded, new
            {
                voucherId = id,
                perkId = perkId.ToString(CultureInfo.InvariantCulture),
                perkTitle = perk.Title,
                validUntil = validUntil.ToChina().ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
            }));
        }

        await Outbox.EnqueueManyAsync(conn, tx, now, notices, ct);
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var q in _queues.Values.Where(q => q.IsValueCreated))
        {
            q.Value.Channel.Writer.TryComplete();
        }

        var writers = _queues.Values.Where(q => q.IsValueCreated).Select(q => q.Value.Writer).ToArray();
        var drained = Task.WhenAll(writers);
        if (await Task.WhenAny(drained, Task.Delay(TimeSpan.FromSeconds(10))) != drained)
        {
            await _stopping.CancelAsync();
        }

        _stopping.Dispose();
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Claim batch for perk {PerkId} ({Count} claims) raced on the stock row; attempt {Attempt}")]
    private static partial void LogRace(ILogger logger, long perkId, int count, int attempt);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Claim batch for perk {PerkId} ({Count} claims) rolled back (MySQL error {Error}); attempt {Attempt}")]
    private static partial void LogRetry(ILogger logger, long perkId, int count, int attempt, int error);

    [LoggerMessage(Level = LogLevel.Debug,
        Message = "Claim batch for perk {PerkId} ({Count} claims): {Collided} claims collided with another instance's commit, decided again (round {Round})")]
    private static partial void LogCollision(ILogger logger, long perkId, int count, int collided, int round);

    [LoggerMessage(Level = LogLevel.Error, Message = "Claim batch for perk {PerkId} ({Count} claims) failed; all answered 503")]
    private static partial void LogFailed(ILogger logger, Exception ex, long perkId, int count);
}

/// <summary>The connection failed while committing: the batch may or may not be committed, so it must not be retried.</summary>
public sealed class CommitOutcomeUnknownException(Exception inner) : Exception("The commit's outcome is unknown.", inner);

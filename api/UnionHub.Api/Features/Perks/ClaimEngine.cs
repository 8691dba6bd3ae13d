using System.Collections.Concurrent;
using System.Data;
using System.Globalization;
using System.Text;
using System.Threading.Channels;
using Dapper;
using Microsoft.AspNetCore.Http.HttpResults;
using MySqlConnector;
using UnionHub.Api.Platform;

namespace UnionHub.Api.Features.Perks;

/// <summary>One member's claim waiting in its perk's queue. The code and signed payload are made by the request thread.</summary>
public sealed class ClaimTicket(long memberId, string code, string qrPayload, IdempotencyScope idempotency)
{
    public long MemberId { get; } = memberId;
    public string Code { get; } = code;
    public string QrPayload { get; } = qrPayload;
    public IdempotencyScope Idempotency { get; } = idempotency;
    internal TaskCompletionSource<ClaimOutcome> Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
}

/// <summary>Exactly one of the two is set: the committed claim, or the refusal.</summary>
public sealed record ClaimOutcome(ClaimPerk.Response? Granted, ProblemHttpResult? Refusal)
{
    public static ClaimOutcome Refused(ProblemHttpResult problem) => new(null, problem);

    public static ClaimOutcome Unavailable() => Refused(Problems.Create(503, "service.unavailable",
        "The service is temporarily unavailable. Try again shortly."));

    /// <summary>Transient failures are not stored under the idempotency key: a retry may succeed.</summary>
    public bool IsTransient => Refusal?.StatusCode == 503;
}

/// <summary>
/// The claim combiner (docs/adr/0008-claim-combiner.md). Claims for one perk enter that perk's in-process queue;
/// a single writer per perk drains up to <see cref="MaxBatch"/> of them and applies them in ONE transaction:
/// reads (perk, eligibility, members, their claim numbers), voucher rows as one multi-row INSERT, partner codes
/// by conditional UPDATE, idempotency completions, and last the conditional stock decrement, then COMMIT.
/// Only after the commit does each waiting request get its own answer; a failed batch answers nobody with 201.
/// The database still enforces every promise (CHECK on stock, UNIQUE claim numbers, conditional updates),
/// so several API instances stay correct: the combiner only batches.
/// </summary>
public sealed partial class ClaimEngine(MySqlDataSource db, TimeProvider clock, PerkCatalog catalog, ILogger<ClaimEngine> logger)
    : IAsyncDisposable
{
    public const int MaxBatch = 256;
    public const int QueueCapacity = 20_000;
    private const int Attempts = 5;
    public const int InFlight = 2;

    private readonly ConcurrentDictionary<long, Lazy<PerkQueue>> _queues = new();
    private readonly CancellationTokenSource _stopping = new();

    private sealed record PerkQueue(Channel<ClaimTicket> Channel, Task Writer);

    /// <summary>Queues the claim; the task completes after its batch committed (or failed).</summary>
    public Task<ClaimOutcome> SubmitAsync(long perkId, ClaimTicket ticket)
    {
        var queue = _queues.GetOrAdd(perkId, id => new Lazy<PerkQueue>(() => Start(id))).Value;
        if (!queue.Channel.Writer.TryWrite(ticket))
        {
            ticket.Idempotency.MarkRolledBack();
            ticket.Done.TrySetResult(ClaimOutcome.Unavailable()); // queue full or shutting down: back-pressure
        }

        return ticket.Done.Task;
    }

    private PerkQueue Start(long perkId)
    {
        var channel = Channel.CreateBounded<ClaimTicket>(new BoundedChannelOptions(QueueCapacity)
        {
            SingleReader = true,
            FullMode = BoundedChannelFullMode.Wait, // TryWrite fails when full
        });
        var writer = Task.Run(() => WriterLoopAsync(perkId, channel.Reader));
        return new PerkQueue(channel, writer);
    }

    /// <summary>
    /// Drains the queue into batches, with up to <see cref="InFlight"/> batches running at once: the next batch does its reads
    /// and inserts while the previous one holds the stock row and commits. They are ordered by that row's lock; a batch that
    /// raced (stock moved, or the same member's claim number) rolls back and retries.
    /// </summary>
    private async Task WriterLoopAsync(long perkId, ChannelReader<ClaimTicket> reader)
    {
        var running = new List<Task>(InFlight);
        while (await reader.WaitToReadAsync(CancellationToken.None))
        {
            var batch = new List<ClaimTicket>(MaxBatch);
            while (batch.Count < MaxBatch && reader.TryRead(out var ticket))
            {
                batch.Add(ticket);
            }

            AppMetrics.ClaimBatchSize.Record(batch.Count);
            running.Add(ProcessAsync(perkId, batch));
            if (running.Count >= InFlight)
            {
                running.Remove(await Task.WhenAny(running));
            }
        }

        await Task.WhenAll(running);
    }

    private async Task ProcessAsync(long perkId, List<ClaimTicket> batch)
    {
        for (var attempt = 1; attempt <= Attempts; attempt++)
        {
            try
            {
                var outcomes = await TryBatchAsync(perkId, batch, _stopping.Token);
                if (outcomes is not null)
                {
                    for (var i = 0; i < batch.Count; i++)
                    {
                        if (outcomes[i].Granted is not null)
                        {
                            catalog.ForgetMember(batch[i].MemberId);
                        }

                        batch[i].Done.TrySetResult(outcomes[i]);
                    }

                    return;
                }

                LogRace(logger, perkId, batch.Count, attempt);
            }
            catch (MySqlException ex) when (IsRetryable(ex))
            {
                AppMetrics.DbRetry(ex.ErrorCode.ToString());
                LogRetry(logger, perkId, batch.Count, attempt, (int)ex.ErrorCode);
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !_stopping.IsCancellationRequested)
            {
                LogFailed(logger, ex, perkId, batch.Count);
                break;
            }
            catch (OperationCanceledException)
            {
                break;
            }

            foreach (var t in batch)
            {
                t.Idempotency.MarkRolledBack();
            }

            await Task.Delay(TimeSpan.FromMilliseconds(2 * attempt));
        }

        foreach (var t in batch)
        {
            t.Idempotency.MarkRolledBack(); // the key is released, not marked done: the client may retry
            t.Done.TrySetResult(ClaimOutcome.Unavailable());
        }
    }

    private static bool IsRetryable(MySqlException ex) => ex.IsTransient || ex.IsDuplicateKey()
        || ex.ErrorCode is MySqlErrorCode.LockDeadlock or MySqlErrorCode.LockWaitTimeout;

    private sealed record PerkRow(string Kind, string Title, int Stock, int Claimed, int PerMemberLimit, DateTime StartsAt, DateTime EndsAt,
        DateTime? ValidUntil, int? ValidDays, int? DailyRelease);

    private sealed record MemberRow(long Id, DateTime? VerifiedAt, string? OrgPath);

    private sealed record ClaimCount(long MemberId, int LastClaimNo);

    private const string ReadSql = """
        SELECT kind, title, stock, claimed, per_member_limit AS PerMemberLimit, starts_at AS StartsAt, ends_at AS EndsAt,
               valid_until AS ValidUntil, valid_days AS ValidDays, daily_release AS DailyRelease
        FROM perk WHERE id = @perkId;
        SELECT org_path FROM perk_eligible_org WHERE perk_id = @perkId;
        SELECT m.id, m.verified_at AS VerifiedAt, o.path AS OrgPath
        FROM member m LEFT JOIN org o ON o.id = m.org_id WHERE m.id IN @memberIds;
        SELECT member_id AS MemberId, MAX(claim_no) AS LastClaimNo
        FROM voucher WHERE perk_id = @perkId AND member_id IN @memberIds GROUP BY member_id;
        """;

    private const string TakeCodesSql = """
        SELECT id, code FROM perk_code WHERE perk_id = @perkId AND voucher_code IS NULL ORDER BY id LIMIT @n FOR UPDATE SKIP LOCKED
        """;

    private const string SelectIdsSql = "SELECT id, code FROM voucher WHERE code IN @codes";

    /// <summary>The lock on the hot row is taken here, last, and held only until COMMIT.</summary>
    private const string DecrementSql = """
        UPDATE perk SET claimed = claimed + @n
        WHERE id = @perkId AND claimed + @n <= stock AND (@cap IS NULL OR claimed + @n <= @cap)
          AND starts_at <= @now AND ends_at > @now
        """;

    /// <summary>Applies one batch. Returns null when the stock row moved under us (another instance, an admin): retry.</summary>
    private async Task<ClaimOutcome[]?> TryBatchAsync(long perkId, List<ClaimTicket> batch, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var outcomes = new ClaimOutcome?[batch.Count];
        var memberIds = batch.Select(t => t.MemberId).Distinct().ToArray();

        await using var conn = await db.OpenConnectionAsync(ct);
        await using var tx = await conn.BeginTransactionAsync(IsolationLevel.ReadCommitted, ct);

        PerkRow? perk;
        List<string> eligiblePaths;
        Dictionary<long, MemberRow> members;
        Dictionary<long, int> lastClaimNo;
        await using (var grid = await conn.QueryMultipleAsync(new CommandDefinition(ReadSql, new { perkId, memberIds }, tx, cancellationToken: ct)))
        {
            perk = await grid.ReadSingleOrDefaultAsync<PerkRow>();
            eligiblePaths = (await grid.ReadAsync<string>()).ToList();
            members = (await grid.ReadAsync<MemberRow>()).ToDictionary(m => m.Id);
            lastClaimNo = (await grid.ReadAsync<ClaimCount>()).ToDictionary(c => c.MemberId, c => c.LastClaimNo);
        }

        if (perk is null)
        {
            return batch.Select(_ => ClaimOutcome.Refused(Problems.NotFound("perk"))).ToArray();
        }

        // rule order: verified, eligible, in window, under the member's limit, then stock
        var candidates = new List<(int Index, int ClaimNo)>(batch.Count);
        for (var i = 0; i < batch.Count; i++)
        {
            var t = batch[i];
            if (!members.TryGetValue(t.MemberId, out var m) || m.VerifiedAt is null)
            {
                outcomes[i] = ClaimOutcome.Refused(PerkProblems.NotVerified());
            }
            else if (eligiblePaths.Count > 0 && (m.OrgPath is null || !eligiblePaths.Any(p => m.OrgPath.StartsWith(p, StringComparison.Ordinal))))
            {
                outcomes[i] = ClaimOutcome.Refused(PerkProblems.NotEligible());
            }
            else if (now < perk.StartsAt)
            {
                outcomes[i] = ClaimOutcome.Refused(PerkProblems.NotStarted(perk.StartsAt));
            }
            else if (now >= perk.EndsAt)
            {
                outcomes[i] = ClaimOutcome.Refused(PerkProblems.Ended());
            }
            else
            {
                var next = lastClaimNo.GetValueOrDefault(t.MemberId) + 1; // counts this batch's earlier claims too
                if (next > perk.PerMemberLimit)
                {
                    outcomes[i] = ClaimOutcome.Refused(PerkProblems.LimitReached(perk.PerMemberLimit));
                }
                else
                {
                    lastClaimNo[t.MemberId] = next;
                    candidates.Add((i, next));
                }
            }
        }

        var cap = PerkRules.ReleaseCap(perk.DailyRelease, perk.StartsAt, now);
        var available = Math.Max(0, Math.Min(perk.Stock, cap ?? int.MaxValue) - perk.Claimed);
        var granted = Math.Min(available, candidates.Count);

        List<(long Id, string Code)> partnerCodes = [];
        if (granted > 0 && perk.Kind == PerkKinds.MovieTicket)
        {
            partnerCodes = (await conn.QueryAsync<(long, string)>(new CommandDefinition(TakeCodesSql, new { perkId, n = granted }, tx,
                cancellationToken: ct))).ToList();
            granted = partnerCodes.Count;
        }

        // claims past the stock (a prefix is granted, so each member's claim numbers stay consecutive)
        for (var k = granted; k < candidates.Count; k++)
        {
            outcomes[candidates[k].Index] = ClaimOutcome.Refused(PerkProblems.SoldOut());
        }

        if (granted == 0)
        {
            await tx.RollbackAsync(ct);
            return outcomes.Select(o => o!).ToArray();
        }

        if (partnerCodes.Count > 0)
        {
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
            var taken = await conn.ExecuteAsync(new CommandDefinition(take.ToString(), p, tx, cancellationToken: ct));
            if (taken != granted)
            {
                return null; // a code went elsewhere meanwhile
            }
        }

        var insert = new StringBuilder(
            "INSERT INTO voucher (perk_id, member_id, claim_no, code, qr_payload, partner_code, status, valid_until, created_at) VALUES ");
        var ps = new DynamicParameters();
        ps.Add("perkId", perkId);
        ps.Add("now", now);
        var validUntil = new DateTime[granted];
        for (var k = 0; k < granted; k++)
        {
            var t = batch[candidates[k].Index];
            validUntil[k] = PerkRules.VoucherValidUntil(perk.ValidUntil, perk.ValidDays, perk.EndsAt, now);
            if (k > 0)
            {
                insert.Append(',');
            }

            insert.Append(CultureInfo.InvariantCulture, $"(@perkId, @m{k}, @n{k}, @c{k}, @q{k}, @pc{k}, 'unused', @vu{k}, @now)");
            ps.Add($"m{k}", t.MemberId);
            ps.Add($"n{k}", candidates[k].ClaimNo);
            ps.Add($"c{k}", t.Code);
            ps.Add($"q{k}", t.QrPayload);
            ps.Add($"pc{k}", partnerCodes.Count > 0 ? partnerCodes[k].Code : null);
            ps.Add($"vu{k}", validUntil[k]);
        }

        await conn.ExecuteAsync(new CommandDefinition(insert.ToString(), ps, tx, cancellationToken: ct));
        var ids = (await conn.QueryAsync<(long Id, string Code)>(new CommandDefinition(SelectIdsSql,
            new { codes = candidates.Take(granted).Select(c => batch[c.Index].Code).ToArray() }, tx, cancellationToken: ct)))
            .ToDictionary(r => r.Code, r => r.Id, StringComparer.Ordinal);

        for (var k = 0; k < granted; k++)
        {
            var t = batch[candidates[k].Index];
            var id = ids[t.Code].ToString(CultureInfo.InvariantCulture);
            var response = new ClaimPerk.Response(id, new VoucherSummary(id, t.Code, t.QrPayload, validUntil[k].ToChina(), VoucherStatus.Unused,
                partnerCodes.Count > 0 ? partnerCodes[k].Code : null));
            outcomes[candidates[k].Index] = new ClaimOutcome(response, null);
            if (t.Idempotency.HasKey)
            {
                await t.Idempotency.CompleteAsync(conn, tx, 201, response, ct);
            }
        }

        // the members' notices: one multi-row INSERT for the batch, committed (or rolled back) with the vouchers
        var notices = new List<Outbox.Notice>(granted);
        for (var k = 0; k < granted; k++)
        {
            var t = batch[candidates[k].Index];
            notices.Add(new Outbox.Notice(t.MemberId, NotificationKinds.ClaimSucceeded, new
            {
                voucherId = ids[t.Code].ToString(CultureInfo.InvariantCulture),
                perkId = perkId.ToString(CultureInfo.InvariantCulture),
                perkTitle = perk.Title,
                validUntil = validUntil[k].ToChina().ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
            }));
        }

        await Outbox.EnqueueManyAsync(conn, tx, now, notices, ct);

        var decremented = await conn.ExecuteAsync(new CommandDefinition(DecrementSql, new { perkId, n = granted, cap, now }, tx,
            cancellationToken: ct));
        if (decremented != 1)
        {
            return null; // stock or window changed since our read: roll back, read again
        }

        try
        {
            await tx.CommitAsync(ct);
        }
        catch (MySqlException ex)
        {
            // The COMMIT may have been applied even though its answer was lost: retrying the batch could issue a voucher twice
            // (or answer a refusal for a claim that succeeded). Everyone gets 503; a retry with the same Idempotency-Key
            // replays the committed answer, since the keys' release only frees keys still 'in_progress'.
            throw new CommitOutcomeUnknownException(ex);
        }

        return outcomes.Select(o => o!).ToArray();
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

    [LoggerMessage(Level = LogLevel.Error, Message = "Claim batch for perk {PerkId} ({Count} claims) failed; all answered 503")]
    private static partial void LogFailed(ILogger logger, Exception ex, long perkId, int count);
}

/// <summary>The connection failed while committing: the batch may or may not be committed, so it must not be retried.</summary>
public sealed class CommitOutcomeUnknownException(Exception inner) : Exception("The commit's outcome is unknown.", inner);

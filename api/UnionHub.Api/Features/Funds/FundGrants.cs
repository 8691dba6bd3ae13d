using System.Data;
using System.Data.Common;
using Dapper;
using Microsoft.AspNetCore.Http.HttpResults;
using UnionHub.Api.Platform;

namespace UnionHub.Api.Features.Funds;

/// <summary>
/// How a grant moves a fund's money (ADR 0006): an append-only <c>fund_ledger</c> row per grant and the running total
/// <c>fund.granted_fen</c>, changed in the same transaction and only while it stays within the budget plus donations and leaves room for
/// what published, undrawn grant lotteries promise (ADR 0018, 2026-12-04 evening).
/// Review meetings, lottery draws and mutual-aid approvals (ADR 0020, 2026-12-03: a grant of a claim) book their grants here; a grant is cancelled with a new <c>grant_reversal</c> row of the
/// negative amount, never by editing a row. Callers hold the fund row's lock (<see cref="LockRemainingAsync"/>) first.
/// </summary>
public static class FundGrants
{
    /// <summary>The category of an application made by a lottery draw (not one a member can choose).</summary>
    public const string LotteryCategory = "lottery_grant";

    public const string GrantEntry = "grant";
    public const string ReversalEntry = "grant_reversal";

    /// <summary>A grant of a fund application, or of a mutual-aid claim (then <paramref name="ApplicationId"/> is null).</summary>
    public sealed record Grant(long? ApplicationId, long AmountFen, long? ClaimId = null);

    private const string LockRemaining = """
        SELECT budget_fen + donated_fen - granted_fen FROM fund WHERE id = @FundId FOR UPDATE
        """;

    private const string AddGranted = "UPDATE fund SET granted_fen = granted_fen + @Sum WHERE id = @FundId AND granted_fen + @Sum <= budget_fen + donated_fen";

    private const string SubtractGranted = "UPDATE fund SET granted_fen = granted_fen - @Amount WHERE id = @FundId AND granted_fen >= @Amount";

    /// <summary>
    /// Locks the fund row and returns its kind (empty when there is no such fund): a step that books a grant takes the fund's lock first
    /// (before inserting rows that reference the fund, whose foreign-key checks would otherwise share-lock it and let two bookings
    /// deadlock), checks the kind (<see cref="FundRules.TakesReliefCases"/>) and leaves the budget and the lotteries' promises to
    /// <see cref="BookAsync(DbConnection, DbTransaction, long, IReadOnlyCollection{Grant}, long?, long, DateTime, Promises, CancellationToken)"/>:
    /// one check, under the lock, with the database's conditional update behind it.
    /// </summary>
    public static async Task<string> LockKindAsync(DbConnection conn, DbTransaction tx, long fundId, CancellationToken ct) =>
        await conn.ExecuteScalarAsync<string?>(new CommandDefinition("SELECT kind FROM fund WHERE id = @FundId FOR UPDATE", new { FundId = fundId }, tx,
            cancellationToken: ct)) ?? "";

    /// <summary>A locked fund row's kind and what it can still grant (budget + donations - granted).</summary>
    public sealed class Locked
    {
        public string Kind { get; set; } = "";
        public long RemainingFen { get; set; }
    }

    /// <summary>Locks the fund row: its kind and what it can still grant, in one read (a lottery draw checks both); null when there is no such fund.</summary>
    public static Task<Locked?> LockAsync(DbConnection conn, DbTransaction tx, long fundId, CancellationToken ct) =>
        conn.QuerySingleOrDefaultAsync<Locked>(new CommandDefinition(
            "SELECT kind AS Kind, budget_fen + donated_fen - granted_fen AS RemainingFen FROM fund WHERE id = @FundId FOR UPDATE",
            new { FundId = fundId }, tx, cancellationToken: ct));

    /// <summary>Locks the fund row; what it can still grant (budget + donations - granted), or null when there is no such fund.</summary>
    public static Task<long?> LockRemainingAsync(DbConnection conn, DbTransaction tx, long fundId, CancellationToken ct) =>
        conn.ExecuteScalarAsync<long?>(new CommandDefinition(LockRemaining, new { FundId = fundId }, tx, cancellationToken: ct));

    /// <summary>
    /// Which published, undrawn grant lotteries' promises a booking must leave room for (ADR 0018, 2026-12-04 evening). Every caller of
    /// <see cref="BookAsync(DbConnection, DbTransaction, long, IReadOnlyCollection{Grant}, long?, long, DateTime, Promises, CancellationToken)"/>
    /// says it explicitly; there is no default.
    /// </summary>
    public sealed class Promises
    {
        private Promises(long? drawnLotteryId, bool counted)
        {
            DrawnLotteryId = drawnLotteryId;
            Counted = counted;
        }

        /// <summary>The lottery whose draw these grants are: its own promise is converted into them, so it is not counted against them, nor
        /// are the promises of lotteries published after it (<see cref="FundPromises.ReadAsync"/>).</summary>
        public long? DrawnLotteryId { get; }

        /// <summary>Are the promises counted at all (false only for <see cref="ReplacingReversedGrant"/>)?</summary>
        public bool Counted { get; }

        /// <summary>Every published lottery's promise counts: a review meeting, a hardship award, a mutual-aid approval.</summary>
        public static Promises AllKept { get; } = new(null, true);

        /// <summary>The draw of <paramref name="lotteryId"/>: its own promise becomes these grants; the promises of the lotteries published
        /// before it count (made first), those published after it do not (they were checked against this one's promise).</summary>
        public static Promises DrawOf(long lotteryId) => new(lotteryId, true);

        /// <summary>
        /// A drawn lottery's place given back and given on (a declined grant's promotion): the grant replaces one of the same amount
        /// reversed earlier in the same transaction, so it takes no money anyone was promised; only the budget is checked.
        /// </summary>
        public static Promises ReplacingReversedGrant { get; } = new(null, false);
    }

    /// <summary>
    /// Why a booking was refused: the fund's figures read under its lock, what the booking needed and the promises counted against it.
    /// When the money is there (<see cref="IsPromised"/>) but promised, the caller answers <see cref="PromisedProblem"/> (409
    /// <c>fund.promised_to_lottery</c>); otherwise the fund is plainly short and the caller keeps its own code (<c>fund.budget_exceeded</c>,
    /// <c>lottery.fund_budget_short</c>) with <see cref="RemainingFen"/>.
    /// </summary>
    public sealed record Refusal(long BudgetFen, long DonatedFen, long GrantedFen, long NeededFen, FundPromises.Promised Promised)
    {
        /// <summary>What the fund may still grant, promises aside: budget + donations - granted.</summary>
        public long RemainingFen => BudgetFen + DonatedFen - GrantedFen;

        /// <summary>What it may grant beside the promises (<see cref="FundPromises.Headroom"/>; negative when rows from before the rules
        /// over-promise).</summary>
        public long HeadroomFen => FundPromises.Headroom(BudgetFen, DonatedFen, GrantedFen, Promised.PromisedFen);

        /// <summary>The money is there; the promises of published lotteries hold it.</summary>
        public bool IsPromised => RemainingFen >= NeededFen;

        /// <summary>409 <c>fund.promised_to_lottery</c> with the figures and the lotteries that hold the money.</summary>
        public ProblemHttpResult PromisedProblem() =>
            FundPromises.PromisedToLottery("This grant would spend money the fund's published grant lotteries have promised; nothing was decided.",
                BudgetFen, DonatedFen, GrantedFen, Promised, NeededFen, HeadroomFen);
    }

    private sealed class Figures
    {
        public long BudgetFen { get; set; }
        public long DonatedFen { get; set; }
        public long GrantedFen { get; set; }
    }

    private const string LockFigures = """
        SELECT budget_fen AS BudgetFen, donated_fen AS DonatedFen, granted_fen AS GrantedFen FROM fund WHERE id = @FundId FOR UPDATE
        """;

    /// <summary>
    /// Books <paramref name="grants"/> on the fund: <c>granted_fen</c> moves by their sum under the budget (a conditional update) and
    /// one <c>grant</c> ledger row each (multi-row inserts). Under the fund row's lock (taken here too: a locking read of the latest committed
    /// figures) the booking must also leave room for what published, undrawn grant lotteries promise (<see cref="FundPromises"/>, as
    /// <paramref name="promises"/> says): <c>budget + donated - granted - promised &gt;= sum</c> (ADR 0018, 2026-12-04 evening). Null when
    /// booked; else why not (nothing was booked: the caller refuses and rolls back). A caller counting the promises must run at READ
    /// COMMITTED, so the promises read after the lock include every publication committed before it (at REPEATABLE READ the read would
    /// come from a snapshot older than the lock and miss them): checked, not trusted.
    /// </summary>
    public static async Task<Refusal?> BookAsync(DbConnection conn, DbTransaction tx, long fundId, IReadOnlyCollection<Grant> grants, long? meetingId,
        long staffId, DateTime now, Promises promises, CancellationToken ct)
    {
        var sum = grants.Sum(g => g.AmountFen);
        if (sum == 0)
        {
            return null; // an UPDATE that changes nothing may report 0 rows under UseAffectedRows=true
        }

        if (promises.Counted && tx.IsolationLevel != IsolationLevel.ReadCommitted)
        {
            throw new InvalidOperationException("A grant that counts the lotteries' promises must be booked at READ COMMITTED (ADR 0018).");
        }

        var fund = await conn.QuerySingleOrDefaultAsync<Figures>(new CommandDefinition(LockFigures, new { FundId = fundId }, tx, cancellationToken: ct));
        if (fund is null)
        {
            return new Refusal(0, 0, 0, sum, new FundPromises.Promised(0, []));
        }

        var promised = promises.Counted
            ? await FundPromises.ReadAsync(conn, tx, fundId, ct, promises.DrawnLotteryId)
            : new FundPromises.Promised(0, []);
        var refusal = new Refusal(fund.BudgetFen, fund.DonatedFen, fund.GrantedFen, sum, promised);
        if (refusal.RemainingFen < sum || refusal.HeadroomFen < sum)
        {
            return refusal;
        }

        // the database states the budget rule once more (the lock is ours, so it cannot differ from the figures just read)
        if (await conn.ExecuteAsync(new CommandDefinition(AddGranted, new { Sum = sum, FundId = fundId }, tx, cancellationToken: ct)) != 1)
        {
            return refusal;
        }

        foreach (var part in grants.Chunk(1000))
        {
            var insert = new MultiRowInsert("fund_ledger", "fund_id", "entry", "amount_fen", "application_id", "mutual_aid_claim_id", "meeting_id",
                "staff_id", "at");
            foreach (var g in part)
            {
                insert.Row(fundId, GrantEntry, g.AmountFen, g.ApplicationId, g.ClaimId, meetingId, staffId, now);
            }

            await insert.ExecuteAsync(conn, tx, ct);
        }

        return null;
    }

    /// <summary>Books one grant of an application or a mutual-aid claim, every published lottery's promise kept; null when booked, else why
    /// not (nothing was written; the caller answers 409 <see cref="FundProblems.FundBudgetExceeded"/> with <see cref="Refusal.RemainingFen"/>,
    /// or <see cref="Refusal.PromisedProblem"/> when <see cref="Refusal.IsPromised"/>, and rolls back).</summary>
    internal static Task<Refusal?> BookAsync(DbConnection conn, DbTransaction tx, long fundId, long amountFen, long? applicationId, long? claimId,
        long staffId, DateTime nowUtc, CancellationToken ct) =>
        BookAsync(conn, tx, fundId, [new Grant(applicationId, amountFen, claimId)], null, staffId, nowUtc, Promises.AllKept, ct);

    /// <summary>Cancels an application's grant: a <c>grant_reversal</c> ledger row of the negative amount and <c>granted_fen</c> down by it.</summary>
    public static async Task ReverseAsync(DbConnection conn, DbTransaction tx, long fundId, long applicationId, long amountFen, long staffId,
        DateTime now, CancellationToken ct)
    {
        if (await conn.ExecuteAsync(new CommandDefinition(SubtractGranted, new { FundId = fundId, Amount = amountFen }, tx, cancellationToken: ct)) != 1)
        {
            throw new InvalidOperationException("The fund's granted total does not hold the grant being reversed."); // the ledger says it does
        }

        var insert = new MultiRowInsert("fund_ledger", "fund_id", "entry", "amount_fen", "application_id", "staff_id", "at");
        insert.Row(fundId, ReversalEntry, -amountFen, applicationId, staffId, now);
        await insert.ExecuteAsync(conn, tx, ct);
    }
}

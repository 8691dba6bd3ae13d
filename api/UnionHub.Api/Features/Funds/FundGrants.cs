using System.Data.Common;
using Dapper;
using UnionHub.Api.Platform;

namespace UnionHub.Api.Features.Funds;

/// <summary>
/// How a grant moves a fund's money (ADR 0006): an append-only <c>fund_ledger</c> row per grant and the running total
/// <c>fund.granted_fen</c>, changed in the same transaction and only while it stays within the budget plus donations (ADR 0018).
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
    /// deadlock), checks the kind (<see cref="FundRules.TakesReliefCases"/>) and leaves the budget to <see cref="BookAsync(DbConnection, DbTransaction, long, IReadOnlyCollection{Grant}, long?, long, DateTime, CancellationToken)"/>'s
    /// conditional update: one check, decided by the database.
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
    /// Books <paramref name="grants"/> on the fund: <c>granted_fen</c> moves by their sum under the budget (a conditional update) and
    /// one <c>grant</c> ledger row each (multi-row inserts). False when the sum does not fit: nothing is booked, refuse and roll back.
    /// </summary>
    public static async Task<bool> BookAsync(DbConnection conn, DbTransaction tx, long fundId, IReadOnlyCollection<Grant> grants, long? meetingId,
        long staffId, DateTime now, CancellationToken ct)
    {
        var sum = grants.Sum(g => g.AmountFen);
        if (sum == 0)
        {
            return true; // an UPDATE that changes nothing may report 0 rows under UseAffectedRows=true
        }

        if (await conn.ExecuteAsync(new CommandDefinition(AddGranted, new { Sum = sum, FundId = fundId }, tx, cancellationToken: ct)) != 1)
        {
            return false;
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

        return true;
    }

    /// <summary>Books one grant of an application or a mutual-aid claim; null when booked, else what the fund can still grant (nothing was
    /// written; the caller answers 409 <see cref="FundProblems.FundBudgetExceeded"/> and rolls back).</summary>
    internal static async Task<long?> BookAsync(DbConnection conn, DbTransaction tx, long fundId, long amountFen, long? applicationId, long? claimId,
        long staffId, DateTime nowUtc, CancellationToken ct) =>
        await BookAsync(conn, tx, fundId, [new Grant(applicationId, amountFen, claimId)], null, staffId, nowUtc, ct)
            ? null
            : await LockRemainingAsync(conn, tx, fundId, ct) ?? 0; // a locking read: the latest committed total, not this snapshot

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

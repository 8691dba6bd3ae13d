using System.Data.Common;
using Dapper;

namespace UnionHub.Api.Features.Funds;

/// <summary>
/// Booking a grant on a fund (ADR 0006, ADR 0018): the running total grows by a conditional UPDATE that keeps it within the
/// yearly budget plus donations (the row lock serialises racing grants, so the budget can never be overrun), and the 'grant'
/// ledger row is appended in the same transaction. The grant belongs to a fund application or to a mutual-aid claim (ADR 0020,
/// 2026-12-03): mutual-aid approvals book through here.
/// </summary>
public static class FundGrants
{
    private const string AddGranted = """
        UPDATE fund SET granted_fen = granted_fen + @Amount WHERE id = @FundId AND granted_fen + @Amount <= budget_fen + donated_fen
        """;

    private const string InsertGrant = """
        INSERT INTO fund_ledger (fund_id, entry, amount_fen, application_id, mutual_aid_claim_id, staff_id, at)
        VALUES (@FundId, 'grant', @Amount, @ApplicationId, @ClaimId, @StaffId, @Now)
        """;

    /// <summary>Books <paramref name="amountFen"/> as a grant of the application or claim; null when booked, else what the fund can still
    /// grant (nothing was written; the caller answers 409 <see cref="FundProblems.FundBudgetExceeded"/> and rolls back).</summary>
    internal static async Task<long?> BookAsync(DbConnection conn, DbTransaction tx, long fundId, long amountFen, long? applicationId, long? claimId,
        long staffId, DateTime nowUtc, CancellationToken ct)
    {
        if (await conn.ExecuteAsync(new CommandDefinition(AddGranted, new { FundId = fundId, Amount = amountFen }, tx, cancellationToken: ct)) != 1)
        {
            // a locking read: the latest committed total, not this transaction's snapshot
            return await conn.ExecuteScalarAsync<long?>(new CommandDefinition(
                "SELECT budget_fen + donated_fen - granted_fen FROM fund WHERE id = @FundId FOR UPDATE", new { FundId = fundId }, tx,
                cancellationToken: ct)) ?? 0;
        }

        await conn.ExecuteAsync(new CommandDefinition(InsertGrant, new
        {
            FundId = fundId, Amount = amountFen, ApplicationId = applicationId, ClaimId = claimId, StaffId = staffId, Now = nowUtc,
        }, tx, cancellationToken: ct));
        return null;
    }
}

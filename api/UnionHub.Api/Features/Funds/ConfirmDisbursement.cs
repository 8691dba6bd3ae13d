using Dapper;
using Microsoft.AspNetCore.Http.HttpResults;
using MySqlConnector;
using UnionHub.Api.Platform;
using static UnionHub.Api.Features.Funds.Disburse;

namespace UnionHub.Api.Features.Funds;

public static class ConfirmDisbursement
{
    private const string MarkPaid = """
        UPDATE fund_disbursement SET status = 'paid', confirmed_by = @StaffId, confirmed_at = @Now
        WHERE id = @Id AND status = 'proposed' AND proposed_by <> @StaffId
        """;

    private const string AddPaid = """
        UPDATE fund_application
        SET status = CASE WHEN paid_fen + @Amount = granted_fen THEN 'disbursed' ELSE status END,
            open_key = CASE WHEN paid_fen + @Amount = granted_fen THEN NULL ELSE open_key END,
            paid_fen = paid_fen + @Amount, updated_at = @Now
        WHERE id = @Id AND status = 'approved' AND paid_fen + @Amount <= granted_fen
        """;

    private const string InsertPayment = """
        INSERT INTO fund_ledger (fund_id, entry, amount_fen, application_id, disbursement_id, staff_id, at)
        VALUES (@FundId, 'disbursement', @Amount, @ApplicationId, @DisbursementId, @StaffId, @Now)
        """;

    private const string AddDisbursed = """
        UPDATE fund SET disbursed_fen = disbursed_fen + @Amount WHERE id = @FundId AND disbursed_fen + @Amount <= granted_fen
        """;

    public static async Task<Results<Ok<Disbursement>, ProblemHttpResult>> Handle(
        string id, HttpContext http, Transactions transactions, TimeProvider clock, CancellationToken ct)
    {
        if (Ids.Parse(id) is not { } disbursementId)
        {
            return Problems.NotFound("disbursement");
        }

        var staffId = http.User.StaffId()!.Value;
        var now = clock.GetUtcNow().UtcDateTime;
        return await transactions.RunAsync<Results<Ok<Disbursement>, ProblemHttpResult>>(async (conn, tx) =>
        {
            var before = await LoadUsableAsync(conn, tx, http, disbursementId, ct);
            if (before is null)
            {
                return Problems.NotFound("disbursement");
            }

            // Lock order fund -> application -> disbursement, as review meetings do.
            await conn.ExecuteScalarAsync<long>(new CommandDefinition("SELECT id FROM fund WHERE id = @FundId FOR UPDATE",
                new { FundId = long.Parse(before.FundId, System.Globalization.CultureInfo.InvariantCulture) }, tx, cancellationToken: ct));
            if (await conn.ExecuteAsync(new CommandDefinition(MarkPaid, new { Id = disbursementId, StaffId = staffId, Now = now }, tx,
                    cancellationToken: ct)) != 1)
            {
                // a locking read sees the latest committed state (a plain read would see this transaction's snapshot)
                var current = await conn.QuerySingleAsync<string>(new CommandDefinition(
                    "SELECT status FROM fund_disbursement WHERE id = @Id FOR UPDATE", new { Id = disbursementId }, tx, cancellationToken: ct));
                return current != "proposed"
                    ? Problems.Create(409, FundProblems.DisbursementNotProposed, "Only a proposed payment can be confirmed.", $"The payment is {current}.")
                    : Problems.Create(403, FundProblems.DisbursementSameUser, "A payment must be confirmed by a different staff user than its proposer.");
            }

            var applicationId = long.Parse(before.ApplicationId, System.Globalization.CultureInfo.InvariantCulture);
            var fundId = long.Parse(before.FundId, System.Globalization.CultureInfo.InvariantCulture);
            // The CASEs come before paid_fen's assignment, so they read the old value under both left-to-right
            // (MySQL, MariaDB default) and simultaneous (MariaDB SIMULTANEOUS_ASSIGNMENT) semantics.
            var paid = await conn.ExecuteAsync(new CommandDefinition(AddPaid,
                new { Id = applicationId, Amount = before.AmountFen, Now = now }, tx, cancellationToken: ct));
            var ledger = await conn.ExecuteAsync(new CommandDefinition(AddDisbursed,
                new { FundId = fundId, Amount = before.AmountFen }, tx, cancellationToken: ct));
            if (paid != 1 || ledger != 1)
            {
                // cannot happen while committed_fen guards proposals; refuse rather than pay beyond a grant
                return Problems.Create(409, FundProblems.DisbursementOverGrant, "This payment would exceed the grant.");
            }

            await conn.ExecuteAsync(new CommandDefinition(InsertPayment, new
            {
                FundId = fundId, Amount = before.AmountFen, ApplicationId = applicationId, DisbursementId = disbursementId, StaffId = staffId, Now = now,
            }, tx, cancellationToken: ct));
            var after = (await LoadAsync(conn, tx, disbursementId, ct))!;
            var (memberId, onBehalfOf) = await conn.QuerySingleAsync<(long, string?)>(new CommandDefinition(
                "SELECT member_id, on_behalf_of FROM fund_application WHERE id = @Id", new { Id = applicationId }, tx, cancellationToken: ct));
            if (OnBehalf.NotifiesMember(onBehalfOf)) // never to a deceased member's account
            {
                await Outbox.EnqueueAsync(conn, tx, now, memberId, NotificationKinds.FundPaid, new
                {
                    applicationId = after.ApplicationId, fundId = after.FundId, disbursementId = after.Id, amountFen = after.AmountFen,
                    paidInFull = after.ApplicationStatus == FundRules.Disbursed,
                }, ct);
            }
            if (after.ApplicationStatus == FundRules.Disbursed)
            {
                await FundRules.HistoryAsync(conn, tx, applicationId, now, http, FundRules.Approved, FundRules.Disbursed,
                    $"paid in full (payment {after.Id})", ct);
            }

            await Audit.WriteAsync(conn, tx, http, "disbursement.confirm", "fund_disbursement", after.Id,
                new { applicationId = after.ApplicationId, after.AmountFen, proposedBy = after.ProposedBy }, ct);
            return TypedResults.Ok(after);
        }, ct);
    }
}

using System.Data.Common;
using System.Globalization;
using Dapper;
using UnionHub.Api.Features.MutualAid;
using UnionHub.Api.Platform;

namespace UnionHub.Api.Features.Funds;

/// <summary>
/// Payments under dual control, one implementation for every case the funds pay (ADR 0006; ADR 0020, 2026-12-03): a grant of a
/// fund application or a mutual-aid claim's approved amount. One staff user proposes (POST /admin/fund-applications/{id}/disbursements,
/// idempotent; POST /admin/mutual-aid/claims/{id}/payment), a different one confirms (POST /admin/disbursements/{id}/confirm, or the
/// claim's payment/confirm), either may be cancelled while proposed.
/// Proposed + paid never exceed the grant: the proposal is a conditional UPDATE of the case's committed_fen, which the row lock
/// serialises. A confirmation locks the fund row first (the same order as review meetings), flips the disbursement with a conditional
/// UPDATE, adds the payment to the case, appends the ledger row and moves the fund's running totals.
/// </summary>
public static class Disburse
{
    /// <summary>What a disbursement pays: a relief-fund application or a mutual-aid claim.</summary>
    public const string FundApplicationCase = "fund_application";
    public const string MutualAidClaimCase = "mutual_aid_claim";

    public sealed record ProposeRequest(long? AmountFen, string? Reference);

    /// <summary>A payment. <c>caseKind</c> says what it pays; <c>applicationId</c>/<c>applicationStatus</c> are set for a fund application,
    /// <c>mutualAidClaimId</c> for a mutual-aid claim; <c>caseStatus</c> is the status of either.</summary>
    public sealed record Disbursement(string Id, string? ApplicationId, string FundId, string Status, long AmountFen, string Reference,
        string ProposedBy, DateTimeOffset ProposedAt, string? ConfirmedBy, DateTimeOffset? ConfirmedAt, string? ApplicationStatus,
        string CaseKind, string? MutualAidClaimId, string CaseStatus);

    /// <summary>How a confirmation or cancellation ended; each route words the refusals in its own codes.</summary>
    /// <remarks><see cref="Outcome.WrongFundKind"/>: the fund does not pay this sort of case (<see cref="FundRules.Pays"/>): a relief
    /// application's payment on a <c>mutual_aid</c> fund, or a claim's on another kind; nothing is written.</remarks>
    internal enum Outcome { Done, NotProposed, SameUser, OverGrant, WrongFundKind }

    private sealed class DisbursementRow
    {
        public long Id { get; set; }
        public long FundId { get; set; }
        public long? ApplicationId { get; set; }
        public long? ClaimId { get; set; }
        public long AmountFen { get; set; }
        public string Reference { get; set; } = "";
        public string Status { get; set; } = "";
        public long ProposedBy { get; set; }
        public DateTime ProposedAt { get; set; }
        public long? ConfirmedBy { get; set; }
        public DateTime? ConfirmedAt { get; set; }
        public string? ApplicationStatus { get; set; }
        public string? ClaimStatus { get; set; }
    }

    private const string SelectDisbursement = """
        SELECT d.id, d.fund_id AS FundId, d.application_id AS ApplicationId, d.mutual_aid_claim_id AS ClaimId, d.amount_fen AS AmountFen,
               d.reference, d.status, d.proposed_by AS ProposedBy, d.proposed_at AS ProposedAt, d.confirmed_by AS ConfirmedBy,
               d.confirmed_at AS ConfirmedAt, a.status AS ApplicationStatus, c.status AS ClaimStatus
        FROM fund_disbursement d LEFT JOIN fund_application a ON a.id = d.application_id LEFT JOIN mutual_aid_claim c ON c.id = d.mutual_aid_claim_id
        WHERE d.id = @Id
        """;

    private const string Insert = """
        INSERT INTO fund_disbursement (fund_id, application_id, mutual_aid_claim_id, amount_fen, reference, status, proposed_by, proposed_at)
        VALUES (@FundId, @ApplicationId, @ClaimId, @Amount, @Reference, 'proposed', @StaffId, @Now);
        SELECT LAST_INSERT_ID();
        """;

    private const string MarkPaid = """
        UPDATE fund_disbursement SET status = 'paid', confirmed_by = @StaffId, confirmed_at = @Now
        WHERE id = @Id AND status = 'proposed' AND proposed_by <> @StaffId
        """;

    // The CASEs come before paid_fen's assignment, so they read the old value under both left-to-right
    // (MySQL, MariaDB default) and simultaneous (MariaDB SIMULTANEOUS_ASSIGNMENT) semantics.
    private const string AddPaidToApplication = """
        UPDATE fund_application
        SET status = CASE WHEN paid_fen + @Amount = granted_fen THEN 'disbursed' ELSE status END,
            open_key = CASE WHEN paid_fen + @Amount = granted_fen THEN NULL ELSE open_key END,
            paid_fen = paid_fen + @Amount, updated_at = @Now
        WHERE id = @Id AND status = 'approved' AND paid_fen + @Amount <= granted_fen
        """;

    private const string AddPaidToClaim = """
        UPDATE mutual_aid_claim
        SET status = CASE WHEN paid_fen + @Amount = approved_fen THEN 'paid' ELSE status END,
            paid_by = @StaffId, paid_at = @Now, paid_fen = paid_fen + @Amount, updated_at = @Now
        WHERE id = @Id AND status = 'payment_proposed' AND paid_fen + @Amount <= approved_fen
        """;

    private const string InsertPayment = """
        INSERT INTO fund_ledger (fund_id, entry, amount_fen, application_id, mutual_aid_claim_id, disbursement_id, staff_id, at)
        VALUES (@FundId, 'disbursement', @Amount, @ApplicationId, @ClaimId, @DisbursementId, @StaffId, @Now)
        """;

    private const string AddDisbursed = """
        UPDATE fund SET disbursed_fen = disbursed_fen + @Amount WHERE id = @FundId AND disbursed_fen + @Amount <= granted_fen
        """;

    private const string MarkCancelled = """
        UPDATE fund_disbursement SET status = 'cancelled', cancelled_by = @StaffId, cancelled_at = @Now, cancel_reason = @Reason
        WHERE id = @Id AND status = 'proposed'
        """;

    private const string ReleaseOnApplication = """
        UPDATE fund_application SET committed_fen = committed_fen - @Amount, updated_at = @Now WHERE id = @Id AND committed_fen >= @Amount
        """;

    // a claim is paid in one payment of its approved amount: releasing it takes the claim back to approved
    private const string ReleaseOnClaim = """
        UPDATE mutual_aid_claim
        SET status = CASE WHEN status = 'payment_proposed' THEN 'approved' ELSE status END, pay_proposed_by = NULL, pay_proposed_at = NULL,
            committed_fen = committed_fen - @Amount, updated_at = @Now
        WHERE id = @Id AND committed_fen >= @Amount
        """;

    private static long L(string id) => long.Parse(id, CultureInfo.InvariantCulture);

    /// <summary>The disbursement when it exists and its fund lies inside the caller's scope (<see cref="FundRules.IsUsableAsync"/>); null: 404.</summary>
    internal static async Task<Disbursement?> LoadUsableAsync(DbConnection conn, DbTransaction tx, HttpContext http, long id, CancellationToken ct)
    {
        var d = await LoadAsync(conn, tx, id, ct);
        return d is not null && await FundRules.IsUsableAsync(conn, tx, await Scope.OfAsync(conn, tx, http.User, ct), L(d.FundId), ct) ? d : null;
    }

    internal static async Task<Disbursement?> LoadAsync(DbConnection conn, DbTransaction? tx, long id, CancellationToken ct)
    {
        var d = await conn.QuerySingleOrDefaultAsync<DisbursementRow>(new CommandDefinition(SelectDisbursement, new { Id = id }, tx,
            cancellationToken: ct));
        return d is null
            ? null
            : new Disbursement(FundRules.Id(d.Id), d.ApplicationId is { } a ? FundRules.Id(a) : null, FundRules.Id(d.FundId), d.Status, d.AmountFen,
                d.Reference, FundRules.Id(d.ProposedBy), d.ProposedAt.ToChina(), d.ConfirmedBy is { } c ? FundRules.Id(c) : null,
                d.ConfirmedAt.ToChina(), d.ApplicationStatus, d.ClaimId is null ? FundApplicationCase : MutualAidClaimCase,
                d.ClaimId is { } claim ? FundRules.Id(claim) : null, d.ApplicationStatus ?? d.ClaimStatus ?? "");
    }

    /// <summary>Writes a proposed payment of an application or a claim (exactly one of them) whose committed amount the caller has
    /// just raised, with its audit row; the new disbursement's id.</summary>
    internal static async Task<long> InsertProposalAsync(DbConnection conn, DbTransaction tx, HttpContext http, long fundId, long? applicationId,
        long? claimId, long amountFen, string reference, long staffId, DateTime nowUtc, CancellationToken ct)
    {
        var id = await conn.ExecuteScalarAsync<long>(new CommandDefinition(Insert, new
        {
            FundId = fundId, ApplicationId = applicationId, ClaimId = claimId, Amount = amountFen, Reference = reference, StaffId = staffId, Now = nowUtc,
        }, tx, cancellationToken: ct));
        await Audit.WriteAsync(conn, tx, http, "disbursement.propose", "fund_disbursement", FundRules.Id(id),
            new { applicationId = applicationId?.Text(), mutualAidClaimId = claimId?.Text(), amountFen }, ct);
        return id;
    }

    /// <summary>
    /// Confirms a proposed payment by <paramref name="staffId"/> (never its proposer): locks the fund, marks the payment paid, adds it
    /// to the application (disbursed when paid in full) or the claim (paid), appends the 'disbursement' ledger row, moves the fund's
    /// total, tells the member and audits. On anything but <see cref="Outcome.Done"/> the caller answers a problem (rolling back).
    /// </summary>
    internal static async Task<(Outcome Outcome, string? Status)> ConfirmAsync(DbConnection conn, DbTransaction tx, HttpContext http,
        Disbursement before, long staffId, TimeProvider clock, CancellationToken ct)
    {
        var nowUtc = clock.GetUtcNow().UtcDateTime;
        var disbursementId = L(before.Id);
        var fundId = L(before.FundId);
        var applicationId = before.ApplicationId is { } a ? L(a) : (long?)null;
        var claimId = before.MutualAidClaimId is { } c ? L(c) : (long?)null;
        // Lock order fund -> disbursement -> application or claim, as review meetings and cancellations take them.
        if (!FundRules.Pays(await FundGrants.LockKindAsync(conn, tx, fundId, ct), claimId is not null))
        {
            return (Outcome.WrongFundKind, before.Status); // a proposal made before the rule: it is cancelled, never paid
        }

        if (await conn.ExecuteAsync(new CommandDefinition(MarkPaid, new { Id = disbursementId, StaffId = staffId, Now = nowUtc }, tx,
                cancellationToken: ct)) != 1)
        {
            // a locking read sees the latest committed state (a plain read would see this transaction's snapshot)
            var current = await conn.QuerySingleAsync<string>(new CommandDefinition(
                "SELECT status FROM fund_disbursement WHERE id = @Id FOR UPDATE", new { Id = disbursementId }, tx, cancellationToken: ct));
            return (current != "proposed" ? Outcome.NotProposed : Outcome.SameUser, current);
        }

        var paid = await conn.ExecuteAsync(new CommandDefinition(claimId is null ? AddPaidToApplication : AddPaidToClaim,
            new { Id = applicationId ?? claimId, Amount = before.AmountFen, StaffId = staffId, Now = nowUtc }, tx, cancellationToken: ct));
        var ledger = await conn.ExecuteAsync(new CommandDefinition(AddDisbursed, new { FundId = fundId, Amount = before.AmountFen }, tx,
            cancellationToken: ct));
        if (paid != 1 || ledger != 1)
        {
            // cannot happen while committed_fen guards proposals; refuse rather than pay beyond a grant
            return (Outcome.OverGrant, null);
        }

        await conn.ExecuteAsync(new CommandDefinition(InsertPayment, new
        {
            FundId = fundId, Amount = before.AmountFen, ApplicationId = applicationId, ClaimId = claimId, DisbursementId = disbursementId,
            StaffId = staffId, Now = nowUtc,
        }, tx, cancellationToken: ct));
        var after = (await LoadAsync(conn, tx, disbursementId, ct))!;
        if (applicationId is { } appId)
        {
            var (memberId, onBehalfOf) = await conn.QuerySingleAsync<(long, string?)>(new CommandDefinition(
                "SELECT member_id, on_behalf_of FROM fund_application WHERE id = @Id", new { Id = appId }, tx, cancellationToken: ct));
            if (OnBehalf.NotifiesMember(onBehalfOf)) // never to a deceased member's account
            {
                await Outbox.EnqueueAsync(conn, tx, nowUtc, memberId, NotificationKinds.FundPaid, new
                {
                    applicationId = after.ApplicationId, fundId = after.FundId, disbursementId = after.Id, amountFen = after.AmountFen,
                    paidInFull = after.ApplicationStatus == FundRules.Disbursed,
                }, ct);
            }

            if (after.ApplicationStatus == FundRules.Disbursed)
            {
                await FundRules.HistoryAsync(conn, tx, appId, nowUtc, http, FundRules.Approved, FundRules.Disbursed, $"paid in full (payment {after.Id})", ct);
            }
        }
        else if (after.CaseStatus == MutualAidRules.Paid)
        {
            var claim = await MutualAid.MutualAid.LoadClaimAsync(conn, tx, claimId!.Value, ct);
            await MutualAidRules.NotifyAsync(conn, tx, clock, claim, "paid", claim.PaidFen, ct);
        }

        await Audit.WriteAsync(conn, tx, http, "disbursement.confirm", "fund_disbursement", after.Id,
            new { applicationId = after.ApplicationId, mutualAidClaimId = after.MutualAidClaimId, after.AmountFen, proposedBy = after.ProposedBy }, ct);
        return (Outcome.Done, after.Status);
    }

    /// <summary>
    /// Cancels a proposed payment with a reason: no money moves; its amount is released on the application (committed_fen) or the
    /// claim (back to approved), so it can be proposed again. Locks in the order confirmations take them.
    /// </summary>
    internal static async Task<(Outcome Outcome, string? Status)> CancelAsync(DbConnection conn, DbTransaction tx, HttpContext http,
        Disbursement before, string reason, long staffId, DateTime nowUtc, CancellationToken ct)
    {
        var disbursementId = L(before.Id);
        await conn.ExecuteScalarAsync<long>(new CommandDefinition("SELECT id FROM fund WHERE id = @FundId FOR UPDATE", new { FundId = L(before.FundId) },
            tx, cancellationToken: ct));
        if (await conn.ExecuteAsync(new CommandDefinition(MarkCancelled,
                new { Id = disbursementId, StaffId = staffId, Now = nowUtc, Reason = reason }, tx, cancellationToken: ct)) != 1)
        {
            var current = await conn.QuerySingleAsync<string>(new CommandDefinition(
                "SELECT status FROM fund_disbursement WHERE id = @Id FOR UPDATE", new { Id = disbursementId }, tx, cancellationToken: ct));
            return (Outcome.NotProposed, current);
        }

        var claimId = before.MutualAidClaimId is { } c ? L(c) : (long?)null;
        if (await conn.ExecuteAsync(new CommandDefinition(claimId is null ? ReleaseOnApplication : ReleaseOnClaim,
                new { Id = claimId ?? L(before.ApplicationId!), Amount = before.AmountFen, Now = nowUtc }, tx, cancellationToken: ct)) != 1)
        {
            // cannot happen while every proposal adds its amount to committed_fen; refuse rather than release what was never held
            return (Outcome.NotProposed, "unheld");
        }

        await Audit.WriteAsync(conn, tx, http, "disbursement.cancel", "fund_disbursement", before.Id,
            new { applicationId = before.ApplicationId, mutualAidClaimId = before.MutualAidClaimId, before.AmountFen, proposedBy = before.ProposedBy, reason },
            ct);
        return (Outcome.Done, "cancelled");
    }
}

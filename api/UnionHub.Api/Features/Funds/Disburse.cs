using Dapper;
using Microsoft.AspNetCore.Http.HttpResults;
using MySqlConnector;
using UnionHub.Api.Platform;

namespace UnionHub.Api.Features.Funds;

/// <summary>
/// Payments of grants under dual control: one staff user proposes (POST /admin/fund-applications/{id}/disbursements,
/// idempotent), a different one confirms (POST /admin/disbursements/{id}/confirm).
/// Proposed + paid never exceed the grant: the proposal is a conditional UPDATE of the application's committed_fen,
/// which the row lock serialises. A confirmation locks the fund row first (the same order as review meetings),
/// flips the disbursement with a conditional UPDATE, appends the ledger row and moves the running totals.
/// </summary>
public static class Disburse
{
    public sealed record ProposeRequest(long? AmountFen, string? Reference);

    public sealed record Disbursement(string Id, string ApplicationId, string FundId, string Status, long AmountFen, string Reference,
        string ProposedBy, DateTimeOffset ProposedAt, string? ConfirmedBy, DateTimeOffset? ConfirmedAt, string ApplicationStatus);

    private sealed class AppRow
    {
        public long FundId { get; set; }
        public string Status { get; set; } = "";
        public long? GrantedFen { get; set; }
        public long CommittedFen { get; set; }
    }

    private const string Commit = """
        UPDATE fund_application SET committed_fen = committed_fen + @Amount, updated_at = @Now
        WHERE id = @Id AND status = 'approved' AND committed_fen + @Amount <= granted_fen
        """;

    private const string InsertDisbursement = """
        INSERT INTO fund_disbursement (fund_id, application_id, amount_fen, reference, status, proposed_by, proposed_at)
        VALUES (@FundId, @ApplicationId, @Amount, @Reference, 'proposed', @StaffId, @Now);
        SELECT LAST_INSERT_ID();
        """;

    public static async Task<Results<Created<Disbursement>, StoredResponse, ProblemHttpResult>> Propose(
        string id, ProposeRequest request, HttpContext http, MySqlDataSource db, IdempotencyGate gate, TimeProvider clock, CancellationToken ct)
    {
        if (FundRules.ParseId(id) is not { } appId)
        {
            return Problems.NotFound("application");
        }

        var v = new Validator()
            .Check(request.AmountFen is > 0, "amountFen", "must be a positive number of fen")
            .Required(request.Reference, "reference", 100);
        if (!v.IsValid)
        {
            return v.Problem();
        }

        var staffId = http.User.StaffId()!.Value;
        await using var idem = await gate.StartAsync(http, $"staff:{staffId}", new { appId, request }, ct);
        if (idem.Refusal is { } refusal)
        {
            return refusal;
        }

        if (idem.Replay is { } replay)
        {
            return replay;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        await using var conn = await db.OpenConnectionAsync(ct);
        await using var tx = await conn.BeginTransactionAsync(ct);
        var changed = await conn.ExecuteAsync(new CommandDefinition(Commit,
            new { Id = appId, Amount = request.AmountFen, Now = now }, tx, cancellationToken: ct));
        var app = await conn.QuerySingleOrDefaultAsync<AppRow>(new CommandDefinition("""
            SELECT fund_id AS FundId, status, granted_fen AS GrantedFen, committed_fen AS CommittedFen FROM fund_application WHERE id = @Id
            FOR UPDATE
            """, new { Id = appId }, tx, cancellationToken: ct));
        if (changed != 1)
        {
            await tx.RollbackAsync(ct);
            return await idem.RefuseAsync(app switch
            {
                null => Problems.NotFound("application"),
                { Status: not FundRules.Approved } => Problems.Create(409, "application.not_approved",
                    "Only an approved application can be paid.", $"The application is {app.Status}."),
                _ => Problems.Create(409, "disbursement.over_grant", "Proposed and paid amounts together may not exceed the grant.",
                    $"Granted {app.GrantedFen} fen, already proposed or paid {app.CommittedFen} fen.",
                    new Dictionary<string, object?> { ["availableFen"] = (app.GrantedFen ?? 0) - app.CommittedFen }),
            }, ct);
        }

        var disbursementId = await conn.ExecuteScalarAsync<long>(new CommandDefinition(InsertDisbursement, new
        {
            app!.FundId, ApplicationId = appId, Amount = request.AmountFen, Reference = request.Reference!.Trim(), StaffId = staffId, Now = now,
        }, tx, cancellationToken: ct));
        await Audit.WriteAsync(conn, tx, http, "disbursement.propose", "fund_disbursement", FundRules.Id(disbursementId),
            new { applicationId = FundRules.Id(appId), request.AmountFen }, ct);
        var view = (await LoadAsync(conn, tx, disbursementId, ct))!;
        await idem.CompleteAsync(conn, tx, 201, view, ct);
        await tx.CommitAsync(ct);
        return TypedResults.Created($"/api/v1/admin/disbursements/{view.Id}", view);
    }

    private sealed class DisbursementRow
    {
        public long Id { get; set; }
        public long FundId { get; set; }
        public long ApplicationId { get; set; }
        public long AmountFen { get; set; }
        public string Reference { get; set; } = "";
        public string Status { get; set; } = "";
        public long ProposedBy { get; set; }
        public DateTime ProposedAt { get; set; }
        public long? ConfirmedBy { get; set; }
        public DateTime? ConfirmedAt { get; set; }
        public string ApplicationStatus { get; set; } = "";
    }

    private const string SelectDisbursement = """
        SELECT d.id, d.fund_id AS FundId, d.application_id AS ApplicationId, d.amount_fen AS AmountFen, d.reference, d.status,
               d.proposed_by AS ProposedBy, d.proposed_at AS ProposedAt, d.confirmed_by AS ConfirmedBy, d.confirmed_at AS ConfirmedAt,
               a.status AS ApplicationStatus
        FROM fund_disbursement d JOIN fund_application a ON a.id = d.application_id
        WHERE d.id = @Id
        """;

    private static async Task<Disbursement?> LoadAsync(System.Data.Common.DbConnection conn, System.Data.Common.DbTransaction? tx, long id,
        CancellationToken ct)
    {
        var d = await conn.QuerySingleOrDefaultAsync<DisbursementRow>(new CommandDefinition(SelectDisbursement, new { Id = id }, tx,
            cancellationToken: ct));
        return d is null
            ? null
            : new Disbursement(FundRules.Id(d.Id), FundRules.Id(d.ApplicationId), FundRules.Id(d.FundId), d.Status, d.AmountFen, d.Reference,
                FundRules.Id(d.ProposedBy), d.ProposedAt.ToChina(), d.ConfirmedBy is { } c ? FundRules.Id(c) : null, d.ConfirmedAt.ToChina(),
                d.ApplicationStatus);
    }

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

    public static async Task<Results<Ok<Disbursement>, ProblemHttpResult>> Confirm(
        string id, HttpContext http, MySqlDataSource db, TimeProvider clock, CancellationToken ct)
    {
        if (FundRules.ParseId(id) is not { } disbursementId)
        {
            return Problems.NotFound("disbursement");
        }

        var staffId = http.User.StaffId()!.Value;
        var now = clock.GetUtcNow().UtcDateTime;
        await using var conn = await db.OpenConnectionAsync(ct);
        await using var tx = await conn.BeginTransactionAsync(ct);
        var before = await LoadAsync(conn, tx, disbursementId, ct);
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
            await tx.RollbackAsync(ct);
            return current != "proposed"
                ? Problems.Create(409, "disbursement.not_proposed", "Only a proposed payment can be confirmed.", $"The payment is {current}.")
                : Problems.Create(403, "disbursement.same_user", "A payment must be confirmed by a different staff user than its proposer.");
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
            await tx.RollbackAsync(ct);
            return Problems.Create(409, "disbursement.over_grant", "This payment would exceed the grant.");
        }

        await conn.ExecuteAsync(new CommandDefinition(InsertPayment, new
        {
            FundId = fundId, Amount = before.AmountFen, ApplicationId = applicationId, DisbursementId = disbursementId, StaffId = staffId, Now = now,
        }, tx, cancellationToken: ct));
        var after = (await LoadAsync(conn, tx, disbursementId, ct))!;
        var memberId = await conn.ExecuteScalarAsync<long>(new CommandDefinition(
            "SELECT member_id FROM fund_application WHERE id = @Id", new { Id = applicationId }, tx, cancellationToken: ct));
        await Outbox.EnqueueAsync(conn, tx, now, memberId, NotificationKinds.FundPaid, new
        {
            applicationId = after.ApplicationId, fundId = after.FundId, disbursementId = after.Id, amountFen = after.AmountFen,
            paidInFull = after.ApplicationStatus == FundRules.Disbursed,
        }, ct);
        if (after.ApplicationStatus == FundRules.Disbursed)
        {
            await FundRules.HistoryAsync(conn, tx, applicationId, now, http, FundRules.Approved, FundRules.Disbursed,
                $"paid in full (payment {after.Id})", ct);
        }

        await Audit.WriteAsync(conn, tx, http, "disbursement.confirm", "fund_disbursement", after.Id,
            new { applicationId = after.ApplicationId, after.AmountFen, proposedBy = after.ProposedBy }, ct);
        await tx.CommitAsync(ct);
        return TypedResults.Ok(after);
    }
}

using Dapper;
using Microsoft.AspNetCore.Http.HttpResults;
using UnionHub.Api.Platform;
using static UnionHub.Api.Features.Funds.Disburse;

namespace UnionHub.Api.Features.Funds;

/// <summary>
/// POST /admin/disbursements/{id}/cancel: a reviewer (or super_admin) whose scope holds the fund cancels a proposed payment,
/// with a reason. No money moves: the proposal's amount is released on the application (committed_fen), so the rest of the
/// grant can be proposed again; a paid or already cancelled payment is 409. One transaction with an audit row, locks in the
/// order confirmations take them (fund, disbursement, application).
/// </summary>
public static class CancelDisbursement
{
    public sealed record Request(string? Reason);

    private const string MarkCancelled = """
        UPDATE fund_disbursement SET status = 'cancelled', cancelled_by = @StaffId, cancelled_at = @Now, cancel_reason = @Reason
        WHERE id = @Id AND status = 'proposed'
        """;

    private const string Release = """
        UPDATE fund_application SET committed_fen = committed_fen - @Amount, updated_at = @Now WHERE id = @Id AND committed_fen >= @Amount
        """;

    public static async Task<Results<Ok<Disbursement>, ProblemHttpResult>> Handle(
        string id, Request request, HttpContext http, Transactions transactions, TimeProvider clock, CancellationToken ct)
    {
        var v = new Validator().Required(request.Reason, "reason", 500);
        if (!v.IsValid)
        {
            return v.Problem();
        }

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

            var fundId = long.Parse(before.FundId, System.Globalization.CultureInfo.InvariantCulture);

            await conn.ExecuteScalarAsync<long>(new CommandDefinition("SELECT id FROM fund WHERE id = @fundId FOR UPDATE", new { fundId }, tx,
                cancellationToken: ct));
            if (await conn.ExecuteAsync(new CommandDefinition(MarkCancelled,
                    new { Id = disbursementId, StaffId = staffId, Now = now, Reason = request.Reason!.Trim() }, tx, cancellationToken: ct)) != 1)
            {
                var current = await conn.QuerySingleAsync<string>(new CommandDefinition(
                    "SELECT status FROM fund_disbursement WHERE id = @Id FOR UPDATE", new { Id = disbursementId }, tx, cancellationToken: ct));
                return Problems.Create(409, FundProblems.DisbursementNotProposed, "Only a proposed payment can be cancelled.", $"The payment is {current}.");
            }

            var applicationId = long.Parse(before.ApplicationId, System.Globalization.CultureInfo.InvariantCulture);
            if (await conn.ExecuteAsync(new CommandDefinition(Release, new { Id = applicationId, Amount = before.AmountFen, Now = now }, tx,
                    cancellationToken: ct)) != 1)
            {
                // cannot happen while every proposal adds its amount to committed_fen; refuse rather than release what was never held
                return Problems.Create(409, FundProblems.DisbursementNotProposed, "The payment's amount is not held on its application.");
            }

            await Audit.WriteAsync(conn, tx, http, "disbursement.cancel", "fund_disbursement", before.Id,
                new { applicationId = before.ApplicationId, before.AmountFen, proposedBy = before.ProposedBy, reason = request.Reason!.Trim() }, ct);
            return TypedResults.Ok((await LoadAsync(conn, tx, disbursementId, ct))!);
        }, ct);
    }
}

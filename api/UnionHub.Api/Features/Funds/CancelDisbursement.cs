using Microsoft.AspNetCore.Http.HttpResults;
using UnionHub.Api.Platform;
using static UnionHub.Api.Features.Funds.Disburse;

namespace UnionHub.Api.Features.Funds;

/// <summary>
/// POST /admin/disbursements/{id}/cancel: a reviewer (or super_admin) whose scope holds the fund cancels a proposed payment, with a
/// reason. No money moves: the proposal's amount is released on the application (committed_fen) or the mutual-aid claim (back to
/// approved), so it can be proposed again; a paid or already cancelled payment is 409 (<see cref="Disburse.CancelAsync"/>).
/// </summary>
public static class CancelDisbursement
{
    public sealed record Request(string? Reason);

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

            var (outcome, status) = await CancelAsync(conn, tx, http, before, request.Reason!.Trim(), staffId, now, ct);
            return outcome == Outcome.Done
                ? TypedResults.Ok((await LoadAsync(conn, tx, disbursementId, ct))!)
                : Problems.Create(409, FundProblems.DisbursementNotProposed, "Only a proposed payment can be cancelled.", $"The payment is {status}.");
        }, ct);
    }
}

using Microsoft.AspNetCore.Http.HttpResults;
using UnionHub.Api.Features.Funds;
using UnionHub.Api.Platform;

namespace UnionHub.Api.Features.MutualAid;

/// <summary>POST /admin/mutual-aid/claims/{id}/payment/cancel {reason}: staff whose scope holds the plan cancel the claim's proposed
/// payment through the funds' cancellation (<see cref="Disburse.CancelAsync"/>): no money moves, the claim is approved again and its
/// amount can be proposed anew. Nothing proposed: 409 <c>mutual_aid.claim_wrong_state</c>.</summary>
public static class CancelMutualAidPayment
{
    public sealed record Request(string? Reason);

    public static async Task<Results<Ok<MutualAid.Claim>, ProblemHttpResult>> Handle(string id, Request request, HttpContext http,
        Transactions transactions, PiiProtector pii, TimeProvider clock, CancellationToken ct)
    {
        var v = new Validator().Required(request.Reason, "reason", MutualAidRules.MaxReasonChars);
        if (!v.IsValid)
        {
            return v.Problem();
        }

        return await transactions.RunAsync<Results<Ok<MutualAid.Claim>, ProblemHttpResult>>(async (conn, tx) =>
        {
            var scope = await Scope.OfAsync(conn, tx, http.User, ct);
            if (await MutualAid.FindVisibleClaimAsync(conn, tx, scope, Ids.Parse(id), ct) is not { } claim)
            {
                return Problems.NotFound("claim");
            }

            var proposal = await MutualAidRules.ProposedPaymentAsync(conn, tx, claim.Id, ct);
            var outcome = proposal is null
                ? Disburse.Outcome.NotProposed
                : (await Disburse.CancelAsync(conn, tx, http, proposal, request.Reason!.Trim(), http.User.StaffId()!.Value,
                    clock.GetUtcNow().UtcDateTime, ct)).Outcome;
            var after = await MutualAid.LoadClaimAsync(conn, tx, claim.Id, ct);
            return outcome == Disburse.Outcome.Done
                ? TypedResults.Ok(MutualAid.ToView(after, pii, withText: false))
                : Problems.Create(409, MutualAidProblems.ClaimWrongState, "Only a proposed payment can be cancelled.", $"The claim is {after.Status}.");
        }, ct);
    }
}

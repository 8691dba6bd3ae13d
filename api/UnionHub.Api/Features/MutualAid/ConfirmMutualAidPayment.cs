using Dapper;
using Microsoft.AspNetCore.Http.HttpResults;
using UnionHub.Api.Features.Funds;
using UnionHub.Api.Platform;

namespace UnionHub.Api.Features.MutualAid;

/// <summary>POST /admin/mutual-aid/claims/{id}/payment/confirm: a second staff user (never the one who proposed it: 403
/// <c>mutual_aid.same_staff</c>) confirms the claim's proposed disbursement through the funds' confirmation
/// (<see cref="Disburse.ConfirmAsync"/>): the fund's ledger and disbursed total move, the claim is paid and its member told.</summary>
public static class ConfirmMutualAidPayment
{
    public static async Task<Results<Ok<MutualAid.Claim>, ProblemHttpResult>> Handle(string id, HttpContext http, Transactions transactions,
        PiiProtector pii, TimeProvider clock, CancellationToken ct) =>
        await transactions.RunAsync<Results<Ok<MutualAid.Claim>, ProblemHttpResult>>(async (conn, tx) =>
        {
            var scope = await Scope.OfAsync(conn, tx, http.User, ct);
            if (await MutualAid.FindVisibleClaimAsync(conn, tx, scope, Ids.Parse(id), ct) is not { } claim)
            {
                return Problems.NotFound("claim");
            }

            var proposal = await MutualAidRules.ProposedPaymentAsync(conn, tx, claim.Id, ct);
            if (proposal is null)
            {
                return Problems.Create(409, MutualAidProblems.ClaimWrongState, "Only a payment proposed by someone else can be confirmed.",
                    $"The claim is {claim.Status}.");
            }

            var (outcome, _) = await Disburse.ConfirmAsync(conn, tx, http, proposal, http.User.StaffId()!.Value, clock, ct);
            var after = await MutualAid.LoadClaimAsync(conn, tx, claim.Id, ct);
            return outcome switch
            {
                Disburse.Outcome.Done => TypedResults.Ok(MutualAid.ToView(after, pii, withText: false)),
                Disburse.Outcome.SameUser => Problems.Create(403, MutualAidProblems.SameStaff, "The staff user who proposed the payment cannot confirm it."),
                Disburse.Outcome.WrongFundKind => MutualAidRules.FundNotMutualAid(),
                _ => Problems.Create(409, MutualAidProblems.ClaimWrongState, "Only a payment proposed by someone else can be confirmed.",
                    $"The claim is {after.Status}."),
            };
        }, ct);
}

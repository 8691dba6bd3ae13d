using Microsoft.AspNetCore.Http.HttpResults;
using UnionHub.Api.Platform;
using static UnionHub.Api.Features.Funds.Disburse;

namespace UnionHub.Api.Features.Funds;

/// <summary>POST /admin/disbursements/{id}/confirm: a different staff user than the proposer confirms a payment of a fund application or
/// of a mutual-aid claim (<see cref="Disburse.ConfirmAsync"/>).</summary>
public static class ConfirmDisbursement
{
    public static async Task<Results<Ok<Disbursement>, ProblemHttpResult>> Handle(
        string id, HttpContext http, Transactions transactions, TimeProvider clock, CancellationToken ct)
    {
        if (Ids.Parse(id) is not { } disbursementId)
        {
            return Problems.NotFound("disbursement");
        }

        var staffId = http.User.StaffId()!.Value;
        return await transactions.RunAsync<Results<Ok<Disbursement>, ProblemHttpResult>>(async (conn, tx) =>
        {
            var before = await LoadUsableAsync(conn, tx, http, disbursementId, ct);
            if (before is null)
            {
                return Problems.NotFound("disbursement");
            }

            var (outcome, status) = await ConfirmAsync(conn, tx, http, before, staffId, clock, ct);
            return outcome switch
            {
                Outcome.Done => TypedResults.Ok((await LoadAsync(conn, tx, disbursementId, ct))!),
                Outcome.NotProposed => Problems.Create(409, FundProblems.DisbursementNotProposed, "Only a proposed payment can be confirmed.",
                    $"The payment is {status}."),
                Outcome.SameUser => Problems.Create(403, FundProblems.DisbursementSameUser,
                    "A payment must be confirmed by a different staff user than its proposer."),
                Outcome.WrongFundKind => before.MutualAidClaimId is null ? FundRules.MutualAidOnly() : MutualAid.MutualAidRules.FundNotMutualAid(),
                _ => Problems.Create(409, FundProblems.DisbursementOverGrant, "This payment would exceed the grant."),
            };
        }, ct);
    }
}

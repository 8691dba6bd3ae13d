using Dapper;
using Microsoft.AspNetCore.Http.HttpResults;
using UnionHub.Api.Features.Funds;
using UnionHub.Api.Platform;

namespace UnionHub.Api.Features.MutualAid;

/// <summary>
/// POST /admin/mutual-aid/claims/{id}/payment: the maker proposes paying an approved claim's amount, as a disbursement of the fund its
/// approval was granted from (<see cref="Disburse"/>: the relief funds' dual control, one implementation); another staff user confirms
/// it (<see cref="ConfirmMutualAidPayment"/>, or POST /admin/disbursements/{id}/confirm) or it is cancelled
/// (<see cref="CancelMutualAidPayment"/>). A claim is paid in one payment of its approved amount: the claim's conditional update
/// (approved, nothing proposed or paid yet) makes proposed + paid never exceed what was approved.
/// </summary>
public static class ProposeMutualAidPayment
{
    private const string Propose = """
        UPDATE mutual_aid_claim
        SET status = 'payment_proposed', committed_fen = committed_fen + approved_fen, pay_proposed_by = @StaffId, pay_proposed_at = @Now,
            updated_at = @Now
        WHERE id = @Id AND status = 'approved' AND committed_fen = 0 AND fund_id IS NOT NULL
        """;

    public static async Task<Results<Ok<MutualAid.Claim>, ProblemHttpResult>> Handle(string id, HttpContext http, Transactions transactions,
        PiiProtector pii, TimeProvider clock, CancellationToken ct) =>
        await transactions.RunAsync<Results<Ok<MutualAid.Claim>, ProblemHttpResult>>(async (conn, tx) =>
        {
            var scope = await Scope.OfAsync(conn, tx, http.User, ct);
            if (await MutualAid.FindVisibleClaimAsync(conn, tx, scope, Ids.Parse(id), ct) is not { } claim)
            {
                return Problems.NotFound("claim");
            }

            // approved on a relief fund before the rule: that fund's money does not pay it
            if (claim.FundKind is { } kind && !FundRules.Pays(kind, mutualAidClaim: true))
            {
                return MutualAidRules.FundNotMutualAid();
            }

            var staffId = http.User.StaffId()!.Value;
            var now = clock.GetUtcNow().UtcDateTime;
            if (await conn.ExecuteAsync(new CommandDefinition(Propose, new { claim.Id, StaffId = staffId, Now = now }, tx, cancellationToken: ct)) != 1)
            {
                return Problems.Create(409, MutualAidProblems.ClaimWrongState, "Only an approved claim can be proposed for payment.",
                    $"The claim is {claim.Status}.");
            }

            var current = await MutualAid.LoadClaimAsync(conn, tx, claim.Id, ct);
            var disbursementId = await Disburse.InsertProposalAsync(conn, tx, http, current.FundId!.Value, null, claim.Id, current.ApprovedFen!.Value,
                $"互助保障理赔 {MutualAidRules.CertificateNo(claim.PlanId, claim.EnrolmentId)} #{claim.Id.Text()}", staffId, now, ct);
            await Audit.WriteAsync(conn, tx, http, "mutual_aid_claim.propose_payment", "mutual_aid_claim", claim.Id.Text(),
                new { current.ApprovedFen, disbursementId = disbursementId.Text() }, ct);
            return TypedResults.Ok(MutualAid.ToView(current, pii, withText: false));
        }, ct);
}

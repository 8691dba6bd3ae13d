using Dapper;
using Microsoft.AspNetCore.Http.HttpResults;
using UnionHub.Api.Platform;

namespace UnionHub.Api.Features.MutualAid;

/// <summary>POST /admin/mutual-aid/claims/{id}/payment/confirm: a second staff user (never the one who proposed it: 403
/// <c>mutual_aid.same_staff</c>) confirms the payment; the claim is paid.</summary>
public static class ConfirmMutualAidPayment
{
    private const string Confirm = """
        UPDATE mutual_aid_claim SET status = 'paid', paid_by = @StaffId, paid_at = @Now, updated_at = @Now
        WHERE id = @Id AND status = 'payment_proposed' AND pay_proposed_by <> @StaffId
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

            var staffId = http.User.StaffId();
            if (await conn.ExecuteAsync(new CommandDefinition(Confirm, new { claim.Id, StaffId = staffId, Now = clock.GetUtcNow().UtcDateTime }, tx,
                    cancellationToken: ct)) != 1)
            {
                return claim.Status == MutualAidRules.PaymentProposed && claim.PayProposedBy == staffId
                    ? Problems.Create(403, MutualAidProblems.SameStaff, "The staff user who proposed the payment cannot confirm it.")
                    : Problems.Create(409, MutualAidProblems.ClaimWrongState, "Only a payment proposed by someone else can be confirmed.",
                        $"The claim is {claim.Status}.");
            }

            await Audit.WriteAsync(conn, tx, http, "mutual_aid_claim.confirm_payment", "mutual_aid_claim", claim.Id.Text(),
                new { claim.ApprovedFen, proposedBy = claim.PayProposedBy }, ct);
            await MutualAidRules.NotifyAsync(conn, tx, clock, claim, "paid", claim.ApprovedFen, ct);
            return TypedResults.Ok(MutualAid.ToView(await MutualAid.LoadClaimAsync(conn, tx, claim.Id, ct), pii, withText: false));
        }, ct);
}

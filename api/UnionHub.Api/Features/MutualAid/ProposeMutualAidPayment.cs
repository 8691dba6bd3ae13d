using Dapper;
using Microsoft.AspNetCore.Http.HttpResults;
using UnionHub.Api.Platform;

namespace UnionHub.Api.Features.MutualAid;

/// <summary>
/// POST /admin/mutual-aid/claims/{id}/payment: the maker marks an approved claim's amount as paid out (proposed); another staff
/// user confirms it (<see cref="ConfirmMutualAidPayment"/>). A minimal two-person control of its own: the relief funds'
/// disbursements are bound to fund applications and the fund ledger (see docs/features/mutual-aid.md).
/// </summary>
public static class ProposeMutualAidPayment
{
    private const string Propose = """
        UPDATE mutual_aid_claim SET status = 'payment_proposed', pay_proposed_by = @StaffId, pay_proposed_at = @Now, updated_at = @Now
        WHERE id = @Id AND status = 'approved'
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

            if (await conn.ExecuteAsync(new CommandDefinition(Propose, new { claim.Id, StaffId = http.User.StaffId(), Now = clock.GetUtcNow().UtcDateTime },
                    tx, cancellationToken: ct)) != 1)
            {
                return Problems.Create(409, MutualAidProblems.ClaimWrongState, "Only an approved claim can be proposed for payment.",
                    $"The claim is {claim.Status}.");
            }

            await Audit.WriteAsync(conn, tx, http, "mutual_aid_claim.propose_payment", "mutual_aid_claim", claim.Id.Text(),
                new { claim.ApprovedFen }, ct);
            return TypedResults.Ok(MutualAid.ToView(await MutualAid.LoadClaimAsync(conn, tx, claim.Id, ct), pii, withText: false));
        }, ct);
}

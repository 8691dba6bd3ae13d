using Dapper;
using Microsoft.AspNetCore.Http.HttpResults;
using UnionHub.Api.Platform;

namespace UnionHub.Api.Features.MutualAid;

/// <summary>POST /admin/mutual-aid/claims/{id}/reject {reason}: staff whose scope holds the plan reject a claim awaiting review,
/// with a reason the member reads (encrypted at rest: it may speak of their health).</summary>
public static class RejectMutualAidClaim
{
    public sealed record Request(string? Reason);

    private const string Decide = """
        UPDATE mutual_aid_claim SET status = 'rejected', reject_reason_enc = @ReasonEnc, reviewed_by = @StaffId, reviewed_at = @Now, updated_at = @Now
        WHERE id = @Id AND status = 'submitted'
        """;

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

            if (await conn.ExecuteAsync(new CommandDefinition(Decide, new
                {
                    claim.Id, ReasonEnc = pii.Encrypt(request.Reason!.Trim()), StaffId = http.User.StaffId(), Now = clock.GetUtcNow().UtcDateTime,
                }, tx, cancellationToken: ct)) != 1)
            {
                return Problems.Create(409, MutualAidProblems.ClaimWrongState, "The claim was decided already.");
            }

            await Audit.WriteAsync(conn, tx, http, "mutual_aid_claim.reject", "mutual_aid_claim", claim.Id.Text(), null, ct);
            await MutualAidRules.NotifyAsync(conn, tx, clock, claim, "rejected", null, ct);
            return TypedResults.Ok(MutualAid.ToView(await MutualAid.LoadClaimAsync(conn, tx, claim.Id, ct), pii, withText: false));
        }, ct);
    }
}

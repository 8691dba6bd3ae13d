using Dapper;
using Microsoft.AspNetCore.Http.HttpResults;
using UnionHub.Api.Platform;

namespace UnionHub.Api.Features.MutualAid;

/// <summary>
/// PUT /admin/mutual-aid/plans/{id}/fund {fundId, reason}: staff whose scope holds the plan move it to another fund, e.g. to repair a
/// plan left on a relief fund (whose claims are refused at every step, ADR 0020). The target fund is checked as at creation
/// (<see cref="MutualAidRules.FundFitsPlanAsync"/>): inside the caller's scope (404 otherwise), a <c>mutual_aid</c> fund of the plan's
/// organisation or one above it (422 on <c>fundId</c>). Money already committed is not carried over: while the plan has claims approved
/// and not paid, or payments proposed and not confirmed, the move is refused with 409 <c>mutual_aid.plan_has_unpaid_claims</c>
/// (<c>approvedClaims</c>, <c>proposedPayments</c>): they are paid, or their payment cancelled, first on the fund they were booked on.
/// Paid claims stay on their fund's ledger. Audited <c>mutual_aid_plan.fund_change</c> with the old and new fund and the reason.
/// </summary>
/// <remarks>
/// Serialised against approvals: the plan row is locked (<c>FOR UPDATE</c>) and written here, and every approval reads the plan's fund
/// under a shared lock of that row (<see cref="ApproveMutualAidClaim"/>), so an approval either commits before the move (and the move
/// counts it) or reads the new fund. The claims are counted with a locking read: the latest committed statuses, not the snapshot.
/// </remarks>
public static class SetMutualAidPlanFund
{
    public sealed record Request(string? FundId, string? Reason);

    private const string LockPlan = "SELECT fund_id FROM mutual_aid_plan WHERE id = @Id FOR UPDATE";

    private const string CountCommitted = """
        SELECT status, COUNT(*) FROM mutual_aid_claim
        WHERE plan_id = @Id AND status IN ('approved', 'payment_proposed')
        GROUP BY status LOCK IN SHARE MODE
        """;

    public static async Task<Results<Ok<MutualAid.Plan>, ProblemHttpResult>> Handle(string id, Request request, HttpContext http,
        Transactions transactions, TimeProvider clock, CancellationToken ct)
    {
        var fundId = Ids.Parse(request.FundId);
        var v = new Validator()
            .Check(fundId is not null, "fundId", "is required")
            .Required(request.Reason, "reason", 500);
        if (!v.IsValid)
        {
            return v.Problem();
        }

        return await transactions.RunAsync<Results<Ok<MutualAid.Plan>, ProblemHttpResult>>(async (conn, tx) =>
        {
            var scope = await Scope.OfAsync(conn, tx, http.User, ct);
            if (await MutualAid.FindVisiblePlanAsync(conn, tx, scope, Ids.Parse(id), ct) is not { } plan)
            {
                return Problems.NotFound("plan");
            }

            if (await MutualAidRules.FundFitsPlanAsync(conn, tx, scope, fundId!.Value, plan.OrgId, ct) is { } unfit)
            {
                return unfit;
            }

            var args = new { plan.Id };
            var oldFundId = await conn.ExecuteScalarAsync<long>(new CommandDefinition(LockPlan, args, tx, cancellationToken: ct));
            if (oldFundId != fundId)
            {
                var committed = (await conn.QueryAsync<(string Status, long Count)>(new CommandDefinition(CountCommitted, args, tx,
                    cancellationToken: ct))).ToDictionary(r => r.Status, r => r.Count);
                var approved = committed.GetValueOrDefault(MutualAidRules.Approved);
                var proposed = committed.GetValueOrDefault(MutualAidRules.PaymentProposed);
                if (approved + proposed > 0)
                {
                    return Problems.Create(409, MutualAidProblems.PlanHasUnpaidClaims,
                        "The plan has claims approved and not yet paid; they must be paid or their payment cancelled before its fund changes.",
                        $"{approved} approved claim(s) awaiting payment, {proposed} payment(s) proposed and not confirmed.",
                        new Dictionary<string, object?> { ["approvedClaims"] = approved, ["proposedPayments"] = proposed });
                }

                await conn.ExecuteAsync(new CommandDefinition("UPDATE mutual_aid_plan SET fund_id = @FundId, updated_at = @Now WHERE id = @Id",
                    new { plan.Id, FundId = fundId, Now = clock.GetUtcNow().UtcDateTime }, tx, cancellationToken: ct));
                await Audit.WriteAsync(conn, tx, http, "mutual_aid_plan.fund_change", "mutual_aid_plan", plan.Id.Text(),
                    new { oldFundId = oldFundId.Text(), newFundId = fundId.Value.Text(), reason = request.Reason!.Trim() }, ct);
            }

            var row = await conn.QuerySingleAsync<MutualAid.PlanRow>(new CommandDefinition($"{MutualAid.SelectPlan} WHERE p.id = @Id", args, tx,
                cancellationToken: ct));
            return TypedResults.Ok((await MutualAid.PlanViewsAsync(conn, tx, [row], ct))[0]);
        }, ct);
    }
}

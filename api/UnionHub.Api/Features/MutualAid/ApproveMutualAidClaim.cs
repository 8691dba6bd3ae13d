using Dapper;
using Microsoft.AspNetCore.Http.HttpResults;
using UnionHub.Api.Platform;

namespace UnionHub.Api.Features.MutualAid;

/// <summary>
/// POST /admin/mutual-aid/claims/{id}/approve {approvedFen}: staff whose scope holds the plan approve an amount (at most what was
/// asked). In one transaction the claim moves from submitted to approved (a conditional update: one decision per claim) and the
/// enrolment's cover row for the event type grows by the amount only while it stays within the cap
/// (<c>approved_fen + amount &lt;= cap_fen</c>): two reviewers approving claims of one member at once are serialised on that row,
/// and the one that would pass the cap gets 409 <c>mutual_aid.over_cap</c> with nothing written. In the same transaction the amount is
/// booked as a grant on the plan's fund (<see cref="Funds.FundGrants.BookAsync"/>: its running total within the yearly budget plus
/// donations, and a 'grant' ledger row); racing approvals at the edge of the budget get 409 <c>fund.budget_exceeded</c> with
/// <c>remainingFen</c>, nothing written (ADR 0020, 2026-12-03).
/// </summary>
public static class ApproveMutualAidClaim
{
    public sealed record Request(long? ApprovedFen);

    private const string Decide = """
        UPDATE mutual_aid_claim SET status = 'approved', approved_fen = @Amount, fund_id = @FundId, reviewed_by = @StaffId, reviewed_at = @Now,
            updated_at = @Now
        WHERE id = @Id AND status = 'submitted' AND asked_fen >= @Amount
        """;

    private const string Spend = """
        UPDATE mutual_aid_cover SET approved_fen = approved_fen + @Amount
        WHERE enrolment_id = @EnrolmentId AND event_type = @EventType AND approved_fen + @Amount <= cap_fen
        """;

    public static async Task<Results<Ok<MutualAid.Claim>, ProblemHttpResult>> Handle(string id, Request request, HttpContext http,
        Transactions transactions, PiiProtector pii, TimeProvider clock, CancellationToken ct)
    {
        var v = new Validator().Check(request.ApprovedFen is > 0 and <= MutualAidRules.MaxFen, "approvedFen", "is required and must be positive");
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

            if (request.ApprovedFen > claim.AskedFen)
            {
                return Problems.Validation(new Dictionary<string, string[]> { ["approvedFen"] = [$"must not be more than was asked ({claim.AskedFen})"] });
            }

            // the plan's fund under the plan row's lock, which a fund move (SetMutualAidPlanFund) locks and writes: the move waits for this
            // approval and then counts it, or this approval reads the fund the move committed (never the one it left). The row is written
            // here too (RowLocks): a shared lock alone is node-local on a Galera cluster (DESIGN 12); approvals of one plan take turns
            await RowLocks.WriteAsync(conn, tx, RowLocks.MutualAidPlan, claim.PlanId, ct);
            var planFundId = await conn.ExecuteScalarAsync<long>(new CommandDefinition(
                "SELECT fund_id FROM mutual_aid_plan WHERE id = @PlanId LOCK IN SHARE MODE", new { claim.PlanId }, tx, cancellationToken: ct));
            var planFundKind = planFundId == claim.PlanFundId ? claim.PlanFundKind ?? "" : await Funds.FundRules.KindAsync(conn, tx, planFundId, ct);

            // a plan that names a relief fund (made before plans were paid only from mutual_aid funds): its claims are not granted from it
            if (!Funds.FundRules.Pays(planFundKind, mutualAidClaim: true))
            {
                return MutualAidRules.FundNotMutualAid();
            }

            var now = clock.GetUtcNow().UtcDateTime;
            if (await conn.ExecuteAsync(new CommandDefinition(Decide,
                    new { claim.Id, Amount = request.ApprovedFen, FundId = planFundId, StaffId = http.User.StaffId(), Now = now }, tx, cancellationToken: ct)) != 1)
            {
                return Problems.Create(409, MutualAidProblems.ClaimWrongState, "The claim was decided already.");
            }

            if (await conn.ExecuteAsync(new CommandDefinition(Spend, new { claim.EnrolmentId, claim.EventType, Amount = request.ApprovedFen }, tx,
                    cancellationToken: ct)) != 1)
            {
                var left = await conn.ExecuteScalarAsync<long>(new CommandDefinition(
                    "SELECT cap_fen - approved_fen FROM mutual_aid_cover WHERE enrolment_id = @EnrolmentId AND event_type = @EventType",
                    new { claim.EnrolmentId, claim.EventType }, tx, cancellationToken: ct));
                return Problems.Create(409, MutualAidProblems.OverCap, "Approving this amount would pass the plan's cap for this event type.",
                    $"At most {left} fen is left.", new Dictionary<string, object?> { ["remainingFen"] = left });
            }

            if (await Funds.FundGrants.BookAsync(conn, tx, planFundId, request.ApprovedFen!.Value, null, claim.Id, http.User.StaffId()!.Value, now,
                    ct) is { } refused)
            {
                // the money there but promised to published grant lotteries (rows from before mutual_aid funds took none, or a fund whose
                // kind changed): 409 fund.promised_to_lottery (ADR 0018, 2026-12-04 evening)
                return refused.IsPromised
                    ? refused.PromisedProblem()
                    : Problems.Create(409, Funds.FundProblems.FundBudgetExceeded, "The plan's fund has not enough budget left for this amount.",
                        $"The fund can still grant {refused.RemainingFen} fen.",
                        new Dictionary<string, object?> { ["remainingFen"] = refused.RemainingFen, ["fundId"] = planFundId.Text() });
            }

            await Audit.WriteAsync(conn, tx, http, "mutual_aid_claim.approve", "mutual_aid_claim", claim.Id.Text(),
                new { approvedFen = request.ApprovedFen, claim.AskedFen, fundId = planFundId.Text() }, ct);
            await MutualAidRules.NotifyAsync(conn, tx, clock, claim, "approved", request.ApprovedFen, ct);
            return TypedResults.Ok(MutualAid.ToView(await MutualAid.LoadClaimAsync(conn, tx, claim.Id, ct), pii, withText: false));
        }, ct, System.Data.IsolationLevel.ReadCommitted); // the lotteries' promises read after the fund's lock (FundGrants.BookAsync)
    }
}

using Dapper;
using Microsoft.AspNetCore.Http.HttpResults;
using UnionHub.Api.Platform;

namespace UnionHub.Api.Features.MutualAid;

/// <summary>POST /admin/mutual-aid/plans/{id}/status {status}: open a draft (members may enrol), or close a plan (no new
/// enrolments; claims of enrolled members are still filed and reviewed). A plan whose fund is not a <c>mutual_aid</c> fund is not
/// opened (422 <c>mutual_aid.fund_not_mutual_aid</c>, nothing written, no audit row): members could not enrol nor claim on it, so staff
/// move it to a mutual-aid fund first (<see cref="SetMutualAidPlanFund"/>). Closing such a plan is allowed.</summary>
/// <remarks>No lock is taken for the kind: the plan's fund moves only to a <c>mutual_aid</c> fund (<see cref="SetMutualAidPlanFund"/>), so a
/// move racing this call can only turn a refusal into an acceptance on the next try, as at enrolment and filing.</remarks>
public static class SetMutualAidPlanStatus
{
    public sealed record Request(string? Status);

    public static async Task<Results<Ok<MutualAid.Plan>, ProblemHttpResult>> Handle(string id, Request request, HttpContext http,
        Transactions transactions, TimeProvider clock, CancellationToken ct)
    {
        var v = new Validator().Check(request.Status is MutualAidRules.Open or MutualAidRules.Closed, "status", "must be open or closed");
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

            if (request.Status == MutualAidRules.Open && plan.Status == MutualAidRules.Draft && !Funds.FundRules.Pays(plan.FundKind, mutualAidClaim: true))
            {
                return MutualAidRules.PlanFundNotMutualAid();
            }

            if (await conn.ExecuteAsync(new CommandDefinition(
                    "UPDATE mutual_aid_plan SET status = @Status, updated_at = @Now WHERE id = @Id AND status IN @From",
                    new { request.Status, Now = clock.GetUtcNow().UtcDateTime, plan.Id, From = MutualAidRules.FromStatuses(request.Status!) }, tx,
                    cancellationToken: ct)) != 1)
            {
                return Problems.Create(409, MutualAidProblems.StatusChangeInvalid, $"A {plan.Status} plan cannot become {request.Status}.");
            }

            await Audit.WriteAsync(conn, tx, http, "mutual_aid_plan.status", "mutual_aid_plan", plan.Id.Text(),
                new { from = plan.Status, to = request.Status }, ct);
            plan.Status = request.Status!;
            return TypedResults.Ok((await MutualAid.PlanViewsAsync(conn, tx, [plan], ct))[0]);
        }, ct);
    }
}

using Dapper;
using Microsoft.AspNetCore.Http.HttpResults;
using MySqlConnector;
using UnionHub.Api.Platform;

namespace UnionHub.Api.Features.MutualAid;

/// <summary>
/// POST /mutual-aid/enrolments {planId} (idempotent): a verified member enrols in an open plan of theirs; the answer is the
/// certificate. One enrolment per member and plan: the unique key decides racing calls, the losers get 409
/// <c>mutual_aid.already_enrolled</c>. A plan the member pays for records its price on the certificate (collecting it is the
/// union's, offline). A plan whose fund is not a <c>mutual_aid</c> fund is not enrolled in (422 <c>mutual_aid.fund_not_mutual_aid</c>:
/// its claims could never be paid).
/// </summary>
public static class EnrolInMutualAid
{
    public sealed record Request(string? PlanId);

    private const string Insert = """
        INSERT INTO mutual_aid_enrolment (plan_id, member_id, source, batch_id, enrolled_by, created_at)
        VALUES (@PlanId, @MemberId, 'member', NULL, NULL, @Now);
        SELECT LAST_INSERT_ID();
        """;

    public static async Task<Results<Created<MutualAid.Enrolment>, ProblemHttpResult>> Handle(Request request, HttpContext http,
        Transactions transactions, IdempotencyScope idem, PiiProtector pii, TimeProvider clock, CancellationToken ct)
    {
        var memberId = http.User.MemberId()!.Value;
        var planId = Ids.Parse(request.PlanId);
        var v = new Validator().Check(planId is not null, "planId", "is required");
        if (!v.IsValid)
        {
            return v.Problem();
        }

        return await transactions.RunAsync<Results<Created<MutualAid.Enrolment>, ProblemHttpResult>>(async (conn, tx) =>
        {
            if (!await conn.ExecuteScalarAsync<bool>(new CommandDefinition(MutualAidRules.IsVerified, new { MemberId = memberId }, tx, cancellationToken: ct)))
            {
                return await idem.RefuseAsync(Problems.Create(403, MutualAidProblems.MemberNotVerified,
                    "Only members who passed real-name verification may enrol."), ct);
            }

            // the plan row written first (RowLocks), as a change of its benefits writes it: the enrolment copies the benefits the plan has
            // when it commits, also on a cluster, where the change's lock of the enrolments is node-local (DESIGN 12; ADR 0016, 2026-12-04)
            await RowLocks.WriteAsync(conn, tx, RowLocks.MutualAidPlan, planId!.Value, ct);
            var plan = await conn.QuerySingleOrDefaultAsync<MutualAid.PlanRow>(new CommandDefinition($"{MutualAid.SelectPlan} WHERE p.id = @Id",
                new { Id = planId }, tx, cancellationToken: ct));
            if (plan is null || plan.Status == MutualAidRules.Draft
                || !MutualAidRules.IsMembersPlan(plan.OrgPath, await MutualAidRules.MemberOrgPathAsync(conn, tx, memberId, ct)))
            {
                return await idem.RefuseAsync(Problems.NotFound("plan"), ct);
            }

            if (plan.Status != MutualAidRules.Open || DateOnly.FromDateTime(plan.CoversTo) < MutualAidRules.Today(clock))
            {
                return await idem.RefuseAsync(Problems.Create(409, MutualAidProblems.PlanNotOpen, "The plan is not open for enrolment."), ct);
            }

            if (!Funds.FundRules.Pays(plan.FundKind, mutualAidClaim: true))
            {
                return await idem.RefuseAsync(MutualAidRules.PlanFundNotMutualAid(), ct);
            }

            long id;
            try
            {
                id = await conn.ExecuteScalarAsync<long>(new CommandDefinition(Insert,
                    new { PlanId = plan.Id, MemberId = memberId, Now = clock.GetUtcNow().UtcDateTime }, tx, cancellationToken: ct));
            }
            catch (MySqlException ex) when (ex.IsDuplicateKey())
            {
                return await idem.RefuseAsync(Problems.Create(409, MutualAidProblems.AlreadyEnrolled, "You are enrolled in this plan already."), ct);
            }

            await conn.ExecuteAsync(new CommandDefinition(MutualAidRules.InsertCover, new { EnrolmentId = id }, tx, cancellationToken: ct));
            var view = (await MutualAid.MemberEnrolmentsAsync(conn, tx, memberId, id, pii, ct))[0];
            await idem.CompleteAsync(conn, tx, StatusCodes.Status201Created, view, ct);
            return TypedResults.Created($"/api/v1/me/mutual-aid/enrolments/{view.Id}", view);
        }, ct);
    }
}

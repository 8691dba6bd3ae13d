using Dapper;
using Microsoft.AspNetCore.Http.HttpResults;
using UnionHub.Api.Features.Members;
using UnionHub.Api.Platform;

namespace UnionHub.Api.Features.MutualAid;

/// <summary>
/// POST /admin/mutual-aid/plans (idempotent): staff create a plan (a draft unless <c>status</c> says open) for an organisation of
/// their scope (the one given, else their own; a federation plan only for callers who see every organisation), paid from a relief fund
/// (<c>fundId</c>, required): one inside the caller's scope (else 404) that belongs to the plan's organisation or one above it (a
/// federation fund for a federation plan; else 422). Approving a claim books a grant on that fund (ADR 0020, 2026-12-03).
/// </summary>
public static class CreateMutualAidPlan
{
    public sealed record BenefitRequest(string? EventType, long? CapFen);

    public sealed record Request(string? Name, DateOnly? CoversFrom, DateOnly? CoversTo, long? PriceFen, string? PaidBy,
        IReadOnlyList<BenefitRequest>? Benefits, string? Status = null, string? OrgId = null, string? Description = null, string? FundId = null);

    private const string Insert = """
        INSERT INTO mutual_aid_plan (org_id, fund_id, name, description, covers_from, covers_to, price_fen, paid_by, status, created_by, created_at, updated_at)
        VALUES (@OrgId, @FundId, @Name, @Description, @CoversFrom, @CoversTo, @PriceFen, @PaidBy, @Status, @StaffId, @Now, @Now);
        SELECT LAST_INSERT_ID();
        """;

    public static async Task<Results<Created<MutualAid.Plan>, ProblemHttpResult>> Handle(
        Request request, HttpContext http, Transactions transactions, IdempotencyScope idem, TimeProvider clock, CancellationToken ct)
    {
        var benefits = request.Benefits ?? [];
        var v = new Validator()
            .Required(request.Name, "name", MutualAidRules.MaxNameChars)
            .Check(request.Description is null || request.Description.Length <= MutualAidRules.MaxPlanDescriptionChars, "description",
                $"must be at most {MutualAidRules.MaxPlanDescriptionChars} characters")
            .Check(request.CoversFrom is not null, "coversFrom", "is required")
            .Check(request.CoversTo is not null && (request.CoversFrom is null || request.CoversTo >= request.CoversFrom), "coversTo",
                "is required and must not be before coversFrom")
            .Check(request.PriceFen is >= 0 and <= MutualAidRules.MaxFen, "priceFen", $"is required, 0 to {MutualAidRules.MaxFen}")
            .Check(request.PaidBy is not null && MutualAidRules.PaidBy.Contains(request.PaidBy), "paidBy", "must be member or union")
            .Check(benefits.Count is > 0 and <= MutualAidRules.MaxBenefits, "benefits", $"must list 1 to {MutualAidRules.MaxBenefits} benefits")
            .Check(benefits.All(b => b is not null && b.EventType is not null && MutualAidRules.EventTypes.Contains(b.EventType)), "benefits",
                $"eventType must be one of: {MutualAidRules.Join(MutualAidRules.EventTypes)}")
            .Check(benefits.All(b => b is not null && b.CapFen is > 0 and <= MutualAidRules.MaxFen), "benefits",
                $"capFen must be 1 to {MutualAidRules.MaxFen}")
            .Check(benefits.Where(b => b is not null).Select(b => b.EventType).Distinct().Count() == benefits.Count, "benefits",
                "each event type at most once")
            .Check(request.Status is null or MutualAidRules.Draft or MutualAidRules.Open, "status", "must be draft or open")
            .Check(request.OrgId is null || Ids.Parse(request.OrgId) is not null, "orgId", "is not a valid id")
            .Check(Ids.Parse(request.FundId) is not null, "fundId", "is required: the relief fund that pays the plan's claims");
        if (!v.IsValid)
        {
            return v.Problem();
        }

        return await transactions.RunAsync<Results<Created<MutualAid.Plan>, ProblemHttpResult>>(async (conn, tx) =>
        {
            var scope = await Scope.OfAsync(conn, tx, http.User, ct);
            var orgId = Ids.Parse(request.OrgId) ?? http.User.OrgId();
            if (orgId is null ? !scope.SeesEverything : await Orgs.FindVisibleAsync(conn, tx, scope, orgId, ct) is null)
            {
                return await idem.RefuseAsync(Problems.NotFound("organisation"), ct);
            }

            var fundId = Ids.Parse(request.FundId)!.Value;
            if (await MutualAidRules.FundFitsPlanAsync(conn, tx, scope, fundId, orgId, ct) is { } refusal)
            {
                return await idem.RefuseAsync(refusal, ct);
            }

            var now = clock.GetUtcNow().UtcDateTime;
            var id = await conn.ExecuteScalarAsync<long>(new CommandDefinition(Insert, new
            {
                OrgId = orgId,
                FundId = fundId,
                Name = request.Name!.Trim(),
                Description = string.IsNullOrWhiteSpace(request.Description) ? null : request.Description.Trim(),
                CoversFrom = request.CoversFrom!.Value.ToDateTime(TimeOnly.MinValue),
                CoversTo = request.CoversTo!.Value.ToDateTime(TimeOnly.MinValue),
                request.PriceFen,
                request.PaidBy,
                Status = request.Status ?? MutualAidRules.Draft,
                StaffId = http.User.StaffId(),
                Now = now,
            }, tx, cancellationToken: ct));
            var insert = new MultiRowInsert("mutual_aid_benefit", "plan_id", "event_type", "cap_fen");
            foreach (var b in benefits)
            {
                insert.Row(id, b.EventType, b.CapFen);
            }

            await insert.ExecuteAsync(conn, tx, ct);
            await Audit.WriteAsync(conn, tx, http, "mutual_aid_plan.create", "mutual_aid_plan", id.Text(),
                new { orgId, fundId, request.PriceFen, request.PaidBy, benefits = benefits.Count }, ct);
            var row = await conn.QuerySingleAsync<MutualAid.PlanRow>(new CommandDefinition($"{MutualAid.SelectPlan} WHERE p.id = @Id", new { Id = id }, tx,
                cancellationToken: ct));
            var view = (await MutualAid.PlanViewsAsync(conn, tx, [row], ct))[0];
            await idem.CompleteAsync(conn, tx, StatusCodes.Status201Created, view, ct);
            return TypedResults.Created($"/api/v1/admin/mutual-aid/plans/{view.Id}", view);
        }, ct);
    }
}

using Dapper;
using Microsoft.AspNetCore.Http.HttpResults;
using UnionHub.Api.Platform;

namespace UnionHub.Api.Features.MutualAid;

/// <summary>
/// PATCH /admin/mutual-aid/plans/{id}: staff whose scope holds the plan edit it; fields left out stay. A draft may change in every
/// field. An open plan: its name, description and a later end date (<c>coversTo</c> only moves later: members enrolled for the
/// period keep it); its start, price and who pays are fixed (409 <c>mutual_aid.plan_not_editable</c>), and its benefits may be
/// replaced only while nobody is enrolled (409 <c>mutual_aid.plan_has_enrolments</c>: each enrolment copied the caps into its
/// cover rows). A closed plan is not edited (409 <c>mutual_aid.plan_not_editable</c>). Audited.
/// The plan row is locked first by the read of its fields (a locking read: the row as it stands, not the snapshot of the scope
/// read, which would write back the fields of an edit committed meanwhile and check the open plan's rules against them: ADR 0021);
/// with new benefits the enrolments of the plan are read with a locking read, whose next-key locks hold back an enrolment racing
/// the edit until it commits (the enrolment then copies the new benefits).
/// </summary>
public static class PatchMutualAidPlan
{
    public sealed record Request(string? Name, string? Description, DateOnly? CoversFrom, DateOnly? CoversTo, long? PriceFen, string? PaidBy,
        IReadOnlyList<CreateMutualAidPlan.BenefitRequest>? Benefits);

    /// <summary>The fields an edit merges into and checks, read with the row's lock (only the plan's row: not its org's or fund's).</summary>
    private const string LockPlan = """
        SELECT id, name, covers_from AS CoversFrom, covers_to AS CoversTo, price_fen AS PriceFen, paid_by AS PaidBy, status, description
        FROM mutual_aid_plan WHERE id = @Id FOR UPDATE
        """;

    private const string Update = """
        UPDATE mutual_aid_plan SET name = @Name, description = @Description, covers_from = @CoversFrom, covers_to = @CoversTo, price_fen = @PriceFen,
               paid_by = @PaidBy, updated_at = @Now
        WHERE id = @Id
        """;

    public static async Task<Results<Ok<MutualAid.Plan>, ProblemHttpResult>> Handle(string id, Request request, HttpContext http,
        Transactions transactions, TimeProvider clock, CancellationToken ct)
    {
        var benefits = request.Benefits;
        var v = new Validator()
            .Check(request.Name is null || request.Name.Trim().Length is >= 1 and <= MutualAidRules.MaxNameChars, "name",
                $"must be 1 to {MutualAidRules.MaxNameChars} characters")
            .Check(request.Description is null || request.Description.Length <= MutualAidRules.MaxPlanDescriptionChars, "description",
                $"must be at most {MutualAidRules.MaxPlanDescriptionChars} characters")
            .Check(request.PriceFen is null or >= 0 and <= MutualAidRules.MaxFen, "priceFen", $"must be 0 to {MutualAidRules.MaxFen}")
            .Check(request.PaidBy is null || MutualAidRules.PaidBy.Contains(request.PaidBy), "paidBy", "must be member or union")
            .Check(benefits is null || benefits.Count is > 0 and <= MutualAidRules.MaxBenefits, "benefits",
                $"must list 1 to {MutualAidRules.MaxBenefits} benefits")
            .Check(benefits is null || benefits.All(b => b is not null && b.EventType is not null && MutualAidRules.EventTypes.Contains(b.EventType)),
                "benefits", $"eventType must be one of: {MutualAidRules.Join(MutualAidRules.EventTypes)}")
            .Check(benefits is null || benefits.All(b => b is not null && b.CapFen is > 0 and <= MutualAidRules.MaxFen), "benefits",
                $"capFen must be 1 to {MutualAidRules.MaxFen}")
            .Check(benefits is null || benefits.Where(b => b is not null).Select(b => b.EventType).Distinct().Count() == benefits.Count, "benefits",
                "each event type at most once");
        if (!v.IsValid)
        {
            return v.Problem();
        }

        return await transactions.RunAsync<Results<Ok<MutualAid.Plan>, ProblemHttpResult>>(async (conn, tx) =>
        {
            var scope = await Scope.OfAsync(conn, tx, http.User, ct);
            if (await MutualAid.FindVisiblePlanAsync(conn, tx, scope, Ids.Parse(id), ct) is not { } found)
            {
                return Problems.NotFound("plan");
            }

            var plan = await conn.QuerySingleAsync<MutualAid.PlanRow>(new CommandDefinition(LockPlan, new { found.Id }, tx, cancellationToken: ct));
            var coversFrom = request.CoversFrom ?? DateOnly.FromDateTime(plan.CoversFrom);
            var coversTo = request.CoversTo ?? DateOnly.FromDateTime(plan.CoversTo);
            if (coversTo < coversFrom)
            {
                return Problems.Validation(new Dictionary<string, string[]> { ["coversTo"] = ["must not be before coversFrom"] });
            }

            if (plan.Status == MutualAidRules.Closed)
            {
                return Problems.Create(409, MutualAidProblems.PlanNotEditable, "A closed plan cannot be edited.");
            }

            if (plan.Status == MutualAidRules.Open)
            {
                var fixedFields = new List<string>();
                if (request.CoversFrom is { } from && from != DateOnly.FromDateTime(plan.CoversFrom))
                {
                    fixedFields.Add("coversFrom");
                }

                if (request.PriceFen is { } price && price != plan.PriceFen)
                {
                    fixedFields.Add("priceFen");
                }

                if (request.PaidBy is { } paidBy && paidBy != plan.PaidBy)
                {
                    fixedFields.Add("paidBy");
                }

                if (coversTo < DateOnly.FromDateTime(plan.CoversTo))
                {
                    fixedFields.Add("coversTo");
                }

                if (fixedFields.Count > 0)
                {
                    return Problems.Create(409, MutualAidProblems.PlanNotEditable,
                        "An open plan's start, price and payer are fixed, and its end date only moves later.",
                        $"Fixed once the plan is open: {string.Join(", ", fixedFields)}.", new Dictionary<string, object?> { ["fields"] = fixedFields });
                }
            }

            var args = new { plan.Id };
            if (benefits is not null)
            {
                var enrolled = (await conn.QueryAsync<long>(new CommandDefinition(
                    "SELECT id FROM mutual_aid_enrolment WHERE plan_id = @Id ORDER BY plan_id, member_id LIMIT 1 FOR UPDATE", args, tx,
                    cancellationToken: ct))).Any();
                var current = (await conn.QueryAsync<(string EventType, long CapFen)>(new CommandDefinition(
                    "SELECT event_type, cap_fen FROM mutual_aid_benefit WHERE plan_id = @Id", args, tx, cancellationToken: ct))).ToHashSet();
                var wanted = benefits.Select(b => (b.EventType!, b.CapFen!.Value)).ToHashSet();
                if (!current.SetEquals(wanted))
                {
                    if (enrolled)
                    {
                        return Problems.Create(409, MutualAidProblems.PlanHasEnrolments,
                            "The benefits and caps cannot change once members are enrolled: each enrolment holds the caps it was given.");
                    }

                    await conn.ExecuteAsync(new CommandDefinition("DELETE FROM mutual_aid_benefit WHERE plan_id = @Id", args, tx, cancellationToken: ct));
                    var insert = new MultiRowInsert("mutual_aid_benefit", "plan_id", "event_type", "cap_fen");
                    foreach (var b in benefits)
                    {
                        insert.Row(plan.Id, b.EventType, b.CapFen);
                    }

                    await insert.ExecuteAsync(conn, tx, ct);
                }
            }

            var description = request.Description is null ? plan.Description : string.IsNullOrWhiteSpace(request.Description) ? null : request.Description.Trim();
            await conn.ExecuteAsync(new CommandDefinition(Update, new
            {
                plan.Id,
                Name = request.Name?.Trim() ?? plan.Name,
                Description = description,
                CoversFrom = coversFrom.ToDateTime(TimeOnly.MinValue),
                CoversTo = coversTo.ToDateTime(TimeOnly.MinValue),
                PriceFen = request.PriceFen ?? plan.PriceFen,
                PaidBy = request.PaidBy ?? plan.PaidBy,
                Now = clock.GetUtcNow().UtcDateTime,
            }, tx, cancellationToken: ct));
            await Audit.WriteAsync(conn, tx, http, "mutual_aid_plan.update", "mutual_aid_plan", plan.Id.Text(), new
            {
                plan.Status,
                name = request.Name is not null,
                description = request.Description is not null,
                request.CoversFrom,
                request.CoversTo,
                request.PriceFen,
                request.PaidBy,
                benefits = benefits?.Count,
            }, ct);
            var row = await conn.QuerySingleAsync<MutualAid.PlanRow>(new CommandDefinition($"{MutualAid.SelectPlan} WHERE p.id = @Id", args, tx,
                cancellationToken: ct));
            return TypedResults.Ok((await MutualAid.PlanViewsAsync(conn, tx, [row], ct))[0]);
        }, ct);
    }
}

using Dapper;
using Microsoft.AspNetCore.Http.HttpResults;
using MySqlConnector;
using UnionHub.Api.Platform;
using static UnionHub.Api.Features.Hardship.Households;

namespace UnionHub.Api.Features.Hardship;

public static class UpdateHardshipHousehold
{
    public static async Task<Results<Ok<Household>, ProblemHttpResult>> Handle(
        string id, UpdateRequest request, HttpContext http, Transactions transactions, PiiProtector pii, TimeProvider clock, CancellationToken ct)
    {
        var v = new Validator()
            .Check(request.Tier is null || HardshipRules.Tiers.Contains(request.Tier), "tier", "must be deep, relative or emergency")
            .Check(request.Reason is null || HardshipRules.Reasons.Contains(request.Reason), "reason",
                "must be temporary_hardship, low_income, major_illness or accident");
        if (!CheckNotes(v, request.HomeVisit, request.IncomeCheck, request.Note).IsValid)
        {
            return v.Problem();
        }

        var now = clock.GetUtcNow().UtcDateTime;
        return await transactions.RunAsync<Results<Ok<Household>, ProblemHttpResult>>(async (conn, tx) =>
        {
            // the row lock makes "from tier" in the history the tier this update replaced
            var scope = await Scope.OfAsync(conn, tx, http.User, ct);
            var row = await LockVisibleAsync(conn, tx, scope, Ids.Parse(id), ct);
            if (row is null)
            {
                return Problems.NotFound("household");
            }

            if (row.ExitedOn is not null)
            {
                return Problems.Create(409, HardshipProblems.HouseholdExited, "The household has left the register.");
            }

            await conn.ExecuteAsync(new CommandDefinition("""
                UPDATE hardship_household
                SET tier = COALESCE(@Tier, tier), reason = COALESCE(@Reason, reason),
                    home_visit_enc = COALESCE(@HomeVisit, home_visit_enc), income_check_enc = COALESCE(@IncomeCheck, income_check_enc),
                    updated_at = @Now
                WHERE id = @Id AND exited_on IS NULL
                """, new
            {
                row.Id, request.Tier, request.Reason, HomeVisit = Protect(pii, request.HomeVisit), IncomeCheck = Protect(pii, request.IncomeCheck), Now = now,
            }, tx, cancellationToken: ct));
            if (request.Tier is not null && request.Tier != row.Tier)
            {
                await conn.ExecuteAsync(new CommandDefinition(InsertHistory, new
                {
                    HouseholdId = row.Id, Now = now, StaffId = http.User.StaffId()!.Value, Event = "tier_changed", FromTier = row.Tier,
                    ToTier = request.Tier, Note = Protect(pii, request.Note),
                }, tx, cancellationToken: ct));
            }

            await Audit.WriteAsync(conn, tx, http, "hardship_household.update", "hardship_household", row.Id.Text(),
                new { fromTier = row.Tier, request.Tier, request.Reason, caseFileChanged = request.HomeVisit is not null || request.IncomeCheck is not null }, ct);
            var view = (await LoadAsync(conn, tx, row.Id, pii, ct))!;
            return TypedResults.Ok(view);
        }, ct);
    }
}

using Dapper;
using Microsoft.AspNetCore.Http.HttpResults;
using MySqlConnector;
using UnionHub.Api.Platform;
using static UnionHub.Api.Features.Hardship.Households;

namespace UnionHub.Api.Features.Hardship;

public static class ExitHardshipHousehold
{
    public static async Task<Results<Ok<Household>, ProblemHttpResult>> Handle(
        string id, ExitRequest request, HttpContext http, Transactions transactions, PiiProtector pii, TimeProvider clock, CancellationToken ct)
    {
        var v = new Validator()
            .Check(request.ExitedOn is not null, "exitedOn", "is required")
            .Check(request.Note is null || request.Note.Length <= 2000, "note", "must be at most 2000 characters");
        if (!v.IsValid)
        {
            return v.Problem();
        }

        var now = clock.GetUtcNow().UtcDateTime;
        return await transactions.RunAsync<Results<Ok<Household>, ProblemHttpResult>>(async (conn, tx) =>
        {
            var scope = await Scope.OfAsync(conn, tx, http.User, ct);
            var row = await FindVisibleAsync(conn, tx, scope, Ids.Parse(id), ct);
            if (row is null)
            {
                return Problems.NotFound("household");
            }

            var exitedOn = request.ExitedOn!.Value.ToDateTime(TimeOnly.MinValue);
            if (exitedOn < row.EnteredOn)
            {
                return Problems.Validation(new Dictionary<string, string[]> { ["exitedOn"] = ["must not be before enteredOn"] });
            }

            if (await conn.ExecuteAsync(new CommandDefinition("""
                    UPDATE hardship_household SET open_key = NULL, open_id_key = NULL, exited_on = @ExitedOn, updated_at = @Now WHERE id = @Id AND exited_on IS NULL
                    """, new { row.Id, ExitedOn = exitedOn, Now = now }, tx, cancellationToken: ct)) != 1)
            {
                return Problems.Create(409, HardshipProblems.HouseholdExited, "The household has left the register.");
            }

            await conn.ExecuteAsync(new CommandDefinition(InsertHistory, new
            {
                HouseholdId = row.Id, Now = now, StaffId = http.User.StaffId()!.Value, Event = "exited", FromTier = row.Tier, ToTier = (string?)null,
                Note = Protect(pii, request.Note),
            }, tx, cancellationToken: ct));
            await Audit.WriteAsync(conn, tx, http, "hardship_household.exit", "hardship_household", row.Id.Text(), null, ct);
            var view = (await LoadAsync(conn, tx, row.Id, pii, ct))!;
            return TypedResults.Ok(view);
        }, ct);
    }
}

using Dapper;
using Microsoft.AspNetCore.Http.HttpResults;
using MySqlConnector;
using UnionHub.Api.Platform;

namespace UnionHub.Api.Features.Hardship;

public static class GetMyHardshipHousehold
{
    private sealed record Row(long Id, string Tier, string Reason, DateTime EnteredOn);

    public static async Task<Results<Ok<Households.MyHousehold>, ProblemHttpResult>> Handle(HttpContext http, MySqlDataSource db, CancellationToken ct)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        var row = await conn.QuerySingleOrDefaultAsync<Row>(new CommandDefinition(
            "SELECT id, tier, reason, entered_on AS EnteredOn FROM hardship_household WHERE open_key = @memberId",
            new { memberId = http.User.MemberId()!.Value }, cancellationToken: ct));
        return row is null
            ? Problems.Create(404, HardshipProblems.HouseholdNotRegistered, "You are not on the hardship register.",
                "Your grassroots union puts households on the register after a home visit.")
            : TypedResults.Ok(new Households.MyHousehold(row.Id.Text(), row.Tier, row.Reason, "active", DateOnly.FromDateTime(row.EnteredOn)));
    }
}

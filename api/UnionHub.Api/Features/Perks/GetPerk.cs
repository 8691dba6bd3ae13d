using Dapper;
using Microsoft.AspNetCore.Http.HttpResults;
using MySqlConnector;
using UnionHub.Api.Platform;
using static UnionHub.Api.Features.Perks.ListPerks;

namespace UnionHub.Api.Features.Perks;

public static class GetPerk
{
    private const string OneSql = Select + " AND p.id = @id";

    public static async Task<Results<Ok<PerkView>, ProblemHttpResult>> Handle(
        string id, HttpContext http, MySqlDataSource db, TimeProvider clock, CancellationToken ct)
    {
        if (Ids.Parse(id) is not { } perkId)
        {
            return Problems.NotFound("perk");
        }

        var now = clock.GetUtcNow().UtcDateTime;
        await using var conn = await db.OpenConnectionAsync(ct);
        var row = await conn.QuerySingleOrDefaultAsync<Row>(new CommandDefinition(OneSql,
            new { memberId = http.User.MemberId(), id = perkId }, cancellationToken: ct));
        return row is null ? Problems.NotFound("perk") : TypedResults.Ok(View(row, now));
    }
}

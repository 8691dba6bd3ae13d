using Dapper;
using Microsoft.AspNetCore.Http.HttpResults;
using MySqlConnector;
using UnionHub.Api.Platform;
using static UnionHub.Api.Features.Hardship.Households;

namespace UnionHub.Api.Features.Hardship;

public static class ListHardshipHouseholds
{
    public static async Task<Results<Ok<Page<Household>>, ProblemHttpResult>> Handle(
        string? status, int? limit, string? cursor, HttpContext http, MySqlDataSource db, PiiProtector pii, CancellationToken ct)
    {
        if (Paging.Read(limit, cursor, out var paging) is { } badCursor)
        {
            return badCursor;
        }

        if (status is not (null or "active" or "exited"))
        {
            return Problems.Validation(new Dictionary<string, string[]> { ["status"] = ["must be active or exited"] });
        }

        await using var conn = await db.OpenConnectionAsync(ct);
        var scope = await Scope.OfAsync(conn, null, http.User, ct);
        var rows = (await conn.QueryAsync<Row>(new CommandDefinition(Select + $"""
             WHERE {Scope.Sql("o.path")} AND h.id < @after
               AND (@status IS NULL OR (@status = 'active' AND h.exited_on IS NULL) OR (@status = 'exited' AND h.exited_on IS NOT NULL))
             ORDER BY h.id DESC LIMIT @take
            """, new { ScopePath = scope.Path, after = paging.After, status, take = paging.Fetch }, cancellationToken: ct))).ToList();
        var page = paging.Build(rows, r => r.Id);
        return TypedResults.Ok(new Page<Household>(page.Items.Select(r => View(r, pii)).ToList(), page.NextCursor));
    }
}

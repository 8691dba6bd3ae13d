using Dapper;
using Microsoft.AspNetCore.Http.HttpResults;
using MySqlConnector;
using UnionHub.Api.Platform;
using static UnionHub.Api.Features.Funds.FundFigures;

namespace UnionHub.Api.Features.Funds;

public static class ListFunds
{
    public static async Task<Results<Ok<Page<Fund>>, ProblemHttpResult>> Handle(
        HttpContext http, MySqlDataSource db, TimeProvider clock, CancellationToken ct, int? year = null, int? limit = null, string? cursor = null)
    {
        if (Paging.Read(limit, cursor, out var paging) is { } badCursor)
        {
            return badCursor;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        await using var conn = await db.OpenConnectionAsync(ct);
        var scope = await Scope.OfAsync(conn, null, http.User, ct);
        var rows = (await conn.QueryAsync<Row>(new CommandDefinition(
            $"SELECT {Columns} FROM fund f WHERE id < @After AND (@Year IS NULL OR year = @Year) AND {FundRules.InScopeSql} ORDER BY id DESC LIMIT @Take",
            new { After = paging.After, Year = year, Take = paging.Fetch, ScopePath = scope.Path }, cancellationToken: ct))).ToList();
        var page = paging.Build(rows, r => r.Id);
        var ids = page.Items.Select(r => r.Id).ToList();
        var counts = ids.Count == 0 ? [] : (await conn.QueryAsync<(long FundId, string Status, long N)>(new CommandDefinition(
            "SELECT fund_id AS FundId, status AS Status, COUNT(*) AS N FROM fund_application WHERE fund_id IN @Ids GROUP BY fund_id, status",
            new { Ids = ids }, cancellationToken: ct))).ToList();
        return TypedResults.Ok(new Page<Fund>(page.Items.Select(r => ToFund(r, now,
            counts.Where(c => c.FundId == r.Id).ToDictionary(c => c.Status, c => (int)c.N, StringComparer.Ordinal))).ToList(), page.NextCursor));
    }
}

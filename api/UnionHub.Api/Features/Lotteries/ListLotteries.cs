using Dapper;
using Microsoft.AspNetCore.Http.HttpResults;
using MySqlConnector;
using UnionHub.Api.Platform;

namespace UnionHub.Api.Features.Lotteries;

public static class ListLotteries
{
    private static readonly string SelectPage = LotteryRules.LotteryColumns + $"""
         WHERE l.id < @After AND {Scope.Sql("o.path")} ORDER BY l.id DESC LIMIT @Take
        """;

    public static async Task<Results<Ok<Page<LotteryRules.LotteryResponse>>, ProblemHttpResult>> Handle(
        HttpContext http, MySqlDataSource db, TimeProvider clock, CancellationToken ct, int? limit = null, string? cursor = null)
    {
        if (Paging.Read(limit, cursor, out var paging) is { } badCursor)
        {
            return badCursor;
        }

        await using var conn = await db.OpenConnectionAsync(ct);
        var scope = await Scope.OfAsync(conn, null, http.User, ct);
        if (scope.Path is null)
        {
            return TypedResults.Ok(new Page<LotteryRules.LotteryResponse>([], null));
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var rows = (await conn.QueryAsync<LotteryRules.LotteryRow>(new CommandDefinition(SelectPage,
            new { After = paging.After, ScopePath = scope.Path, Take = paging.Fetch }, cancellationToken: ct))).ToList();
        var page = paging.Build(rows, r => r.Id);
        var items = new List<LotteryRules.LotteryResponse>(page.Items.Count);
        foreach (var row in page.Items)
        {
            items.Add(await LotteryRules.StaffViewAsync(conn, null, row, now, ct));
        }

        return TypedResults.Ok(new Page<LotteryRules.LotteryResponse>(items, page.NextCursor));
    }
}

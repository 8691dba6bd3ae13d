using Dapper;
using Microsoft.AspNetCore.Http.HttpResults;
using MySqlConnector;
using UnionHub.Api.Platform;

namespace UnionHub.Api.Features.GroupBuys;

public static class ListGroupBuys
{
    private static readonly string SelectPage = GroupBuyViews.GroupBuyColumns + $"""
         WHERE g.id < @After AND {Scope.Sql("o.path")} ORDER BY g.id DESC LIMIT @Take
        """;

    public static async Task<Results<Ok<Page<GroupBuyViews.GroupBuyResponse>>, ProblemHttpResult>> Handle(
        HttpContext http, MySqlDataSource db, TimeProvider clock, CancellationToken ct, int? limit = null, string? cursor = null)
    {
        if (Paging.Read(limit, cursor, out var paging) is { } badCursor)
        {
            return badCursor;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        await using var conn = await db.OpenConnectionAsync(ct);
        var scope = await Scope.OfAsync(conn, null, http.User, ct);
        if (scope.Path is null)
        {
            return TypedResults.Ok(new Page<GroupBuyViews.GroupBuyResponse>([], null));
        }

        var rows = (await conn.QueryAsync<GroupBuyViews.GroupBuyRow>(new CommandDefinition(SelectPage,
            new { After = paging.After, ScopePath = scope.Path, Take = paging.Fetch }, cancellationToken: ct))).ToList();
        var page = paging.Build(rows, r => r.Id);
        var items = new List<GroupBuyViews.GroupBuyResponse>(page.Items.Count);
        foreach (var row in page.Items)
        {
            items.Add(await GroupBuyViews.LoadAsync(conn, null, row, now, ct));
        }

        return TypedResults.Ok(new Page<GroupBuyViews.GroupBuyResponse>(items, page.NextCursor));
    }
}

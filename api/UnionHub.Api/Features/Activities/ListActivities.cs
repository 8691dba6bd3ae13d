using Dapper;
using Microsoft.AspNetCore.Http.HttpResults;
using MySqlConnector;
using UnionHub.Api.Platform;

namespace UnionHub.Api.Features.Activities;

public static class ListActivities
{
    private static readonly string SelectPage = ActivityRules.ActivityColumns + $"""
         WHERE a.id < @After AND {Scope.Sql("o.path")} ORDER BY a.id DESC LIMIT @Take
        """;

    public static async Task<Results<Ok<Page<ActivityRules.ActivityResponse>>, ProblemHttpResult>> Handle(
        HttpContext http, MySqlDataSource db, CancellationToken ct, int? limit = null, string? cursor = null)
    {
        if (Paging.Read(limit, cursor, out var paging) is { } badCursor)
        {
            return badCursor;
        }

        await using var conn = await db.OpenConnectionAsync(ct);
        var scope = await Scope.OfAsync(conn, null, http.User, ct);
        if (scope.Path is null)
        {
            return TypedResults.Ok(new Page<ActivityRules.ActivityResponse>([], null));
        }

        var rows = (await conn.QueryAsync<ActivityRules.ActivityRow>(new CommandDefinition(SelectPage,
            new { After = paging.After, ScopePath = scope.Path, Take = paging.Fetch }, cancellationToken: ct))).ToList();
        var page = paging.Build(rows, r => r.Id);
        var items = new List<ActivityRules.ActivityResponse>(page.Items.Count);
        foreach (var row in page.Items)
        {
            items.Add(await ActivityRules.StaffViewAsync(conn, null, row, ct));
        }

        return TypedResults.Ok(new Page<ActivityRules.ActivityResponse>(items, page.NextCursor));
    }
}

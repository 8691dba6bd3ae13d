using Dapper;
using Microsoft.AspNetCore.Http.HttpResults;
using MySqlConnector;
using UnionHub.Api.Platform;

namespace UnionHub.Api.Features.Distributions;

public static class ListDistributions
{
    private static readonly string SelectPage = $"""
        SELECT d.id, d.org_id AS OrgId, o.path AS OrgPath, d.perk_id AS PerkId, d.title, d.note, d.created_at AS CreatedAt
        FROM distribution d JOIN org o ON o.id = d.org_id
        WHERE d.id < @After AND {Scope.Sql("o.path")}
        ORDER BY d.id DESC LIMIT @Take
        """;

    public static async Task<Results<Ok<Page<DistributionViews.DistributionResponse>>, ProblemHttpResult>> Handle(
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
            return TypedResults.Ok(new Page<DistributionViews.DistributionResponse>([], null));
        }

        var rows = (await conn.QueryAsync<DistributionViews.DistributionRow>(new CommandDefinition(SelectPage,
            new { After = paging.After, ScopePath = scope.Path, Take = paging.Fetch }, cancellationToken: ct))).ToList();
        var page = paging.Build(rows, r => r.Id);
        var items = new List<DistributionViews.DistributionResponse>(page.Items.Count);
        foreach (var row in page.Items)
        {
            items.Add(await DistributionViews.LoadAsync(conn, null, row, ct));
        }

        return TypedResults.Ok(new Page<DistributionViews.DistributionResponse>(items, page.NextCursor));
    }
}

using Dapper;
using Microsoft.AspNetCore.Http.HttpResults;
using MySqlConnector;
using UnionHub.Api.Features.Members;
using UnionHub.Api.Platform;

namespace UnionHub.Api.Features.Distributions;

/// <summary>
/// What the union sees: its distributions (newest first), one distribution with the perk's stock and the totals
/// (allocated / received / handed out / still to arrive / on hand at the enterprises), and the per-enterprise rows.
/// </summary>
public static class DistributionReports
{
    private const string SelectPage = """
        SELECT d.id, d.org_id AS OrgId, o.path AS OrgPath, d.perk_id AS PerkId, d.title, d.note, d.created_at AS CreatedAt
        FROM distribution d JOIN org o ON o.id = d.org_id
        WHERE d.id < @After AND o.path LIKE CONCAT(@Root, '%')
        ORDER BY d.id DESC LIMIT @Take
        """;

    public static async Task<Results<Ok<Page<DistributionViews.DistributionResponse>>, ProblemHttpResult>> List(
        HttpContext http, MySqlDataSource db, CancellationToken ct, int? limit = null, string? cursor = null)
    {
        if (Paging.After(cursor) is not { } after)
        {
            return Problems.BadCursor();
        }

        var take = Paging.Limit(limit);
        await using var conn = await db.OpenConnectionAsync(ct);
        if (await OrgScope.RootPathAsync(conn, null, http.User, ct) is not { } root)
        {
            return TypedResults.Ok(new Page<DistributionViews.DistributionResponse>([], null));
        }

        var rows = (await conn.QueryAsync<DistributionViews.DistributionRow>(new CommandDefinition(SelectPage,
            new { After = after, Root = root, Take = take + 1 }, cancellationToken: ct))).ToList();
        var page = Paging.Build(rows, take, r => r.Id);
        var items = new List<DistributionViews.DistributionResponse>(page.Items.Count);
        foreach (var row in page.Items)
        {
            items.Add(await DistributionViews.LoadAsync(conn, null, row, ct));
        }

        return TypedResults.Ok(new Page<DistributionViews.DistributionResponse>(items, page.NextCursor));
    }

    public static async Task<Results<Ok<DistributionViews.DistributionResponse>, ProblemHttpResult>> Get(
        string id, HttpContext http, MySqlDataSource db, CancellationToken ct)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        return await DistributionViews.FindVisibleAsync(conn, null, http.User, id, ct) is { } row
            ? TypedResults.Ok(await DistributionViews.LoadAsync(conn, null, row, ct))
            : Problems.NotFound("distribution");
    }

    public static async Task<Results<Ok<Page<DistributionViews.AllocationResponse>>, ProblemHttpResult>> Allocations(
        string id, HttpContext http, MySqlDataSource db, CancellationToken ct, int? limit = null, string? cursor = null)
    {
        if (Paging.After(cursor) is not { } after)
        {
            return Problems.BadCursor();
        }

        var take = Paging.Limit(limit);
        await using var conn = await db.OpenConnectionAsync(ct);
        if (await DistributionViews.FindVisibleAsync(conn, null, http.User, id, ct) is not { } distribution)
        {
            return Problems.NotFound("distribution");
        }

        var rows = (await conn.QueryAsync<DistributionViews.AllocationRow>(new CommandDefinition(
            DistributionViews.AllocationColumns + " WHERE a.distribution_id = @d AND a.id < @After ORDER BY a.id DESC LIMIT @Take",
            new { d = distribution.Id, After = after, Take = take + 1 }, cancellationToken: ct))).ToList();
        var page = Paging.Build(rows, take, r => r.Id);
        return TypedResults.Ok(new Page<DistributionViews.AllocationResponse>(page.Items.Select(DistributionViews.ToResponse).ToList(),
            page.NextCursor));
    }
}

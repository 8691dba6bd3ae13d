using Dapper;
using Microsoft.AspNetCore.Http.HttpResults;
using MySqlConnector;
using UnionHub.Api.Platform;
using static UnionHub.Api.Features.GroupBuys.MyGroupBuys;

namespace UnionHub.Api.Features.GroupBuys;

public static class ListMyGroupBuys
{
    /// <summary>
    /// The group buys of <paramref name="orgs"/> organisations, the enterprise's and those above it (<see cref="OrgAncestors.PageSql"/>;
    /// the index (org_id, id) answers each).
    /// </summary>
    internal static string SelectPage(int orgs) => OrgAncestors.PageSql(GroupBuyViews.GroupBuyColumns, "g", org => $"""
        SELECT g.id FROM group_buy g FORCE INDEX (ix_group_buy_org_id) WHERE g.org_id {org} AND g.id < @After ORDER BY g.id DESC LIMIT @Take
        """, "id", orgs);

    public static async Task<Results<Ok<Page<Summary>>, ProblemHttpResult>> Handle(
        HttpContext http, MySqlDataSource db, TimeProvider clock, CancellationToken ct, int? limit = null, string? cursor = null)
    {
        if (Paging.Read(limit, cursor, out var paging) is { } badCursor)
        {
            return badCursor;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var enterpriseId = http.User.EnterpriseId()!.Value;
        await using var conn = await db.OpenConnectionAsync(ct);
        if (await GroupBuyViews.EnterpriseOrgPathAsync(conn, null, enterpriseId, ct) is not { } path)
        {
            return TypedResults.Ok(new Page<Summary>([], null));
        }

        var orgIds = OrgAncestors.Of(path);
        var rows = (await conn.QueryAsync<GroupBuyViews.GroupBuyRow>(new CommandDefinition(SelectPage(orgIds.Length),
            OrgAncestors.Bind(new { After = paging.After, Take = paging.Fetch }, orgIds), cancellationToken: ct))).ToList();
        var page = paging.Build(rows, r => r.Id);
        var ids = page.Items.Select(r => r.Id).ToArray();
        var totals = ids.Length == 0 ? [] : (await conn.QueryAsync<(long GroupBuyId, long TotalFen)>(new CommandDefinition(
            "SELECT group_buy_id, total_fen FROM group_buy_order WHERE enterprise_id = @enterpriseId AND group_buy_id IN @ids",
            new { enterpriseId, ids }, cancellationToken: ct))).ToDictionary(t => t.GroupBuyId, t => t.TotalFen);
        var items = new List<Summary>(page.Items.Count);
        foreach (var row in page.Items)
        {
            items.Add(new Summary(await GroupBuyViews.LoadAsync(conn, null, row, now, ct), totals.TryGetValue(row.Id, out var t) ? t : null));
        }

        return TypedResults.Ok(new Page<Summary>(items, page.NextCursor));
    }
}

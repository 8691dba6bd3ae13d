using System.Globalization;
using System.Text;
using Dapper;
using Microsoft.AspNetCore.Http.HttpResults;
using MySqlConnector;
using UnionHub.Api.Features.Members;
using UnionHub.Api.Platform;

namespace UnionHub.Api.Features.GroupBuys;

/// <summary>
/// What the union sees of its group-buys: the list (newest first), one group-buy, the totals per item and per enterprise,
/// and the purchase list as CSV (UTF-8 with BOM, for Excel).
/// </summary>
public static class GroupBuyReports
{
    public sealed record ItemTotal(string ItemId, string Name, string? Unit, long UnitPriceFen, long Quantity, long AmountFen, int Orders);

    public sealed record EnterpriseTotal(string EnterpriseId, string EnterpriseName, string CreditCode, string OrderId,
        IReadOnlyList<GroupBuyViews.LineResponse> Lines, long TotalFen, int Revision, DateTimeOffset UpdatedAt);

    public sealed record SummaryResponse(GroupBuyViews.GroupBuyResponse GroupBuy, IReadOnlyList<ItemTotal> Items,
        IReadOnlyList<EnterpriseTotal> Enterprises, int Orders, long TotalFen);

    private sealed record OrderRow(long Id, long EnterpriseId, string EnterpriseName, string CreditCode, long TotalFen, int Revision,
        DateTime UpdatedAt);

    private const string SelectPage = GroupBuyViews.GroupBuyColumns + """
         WHERE g.id < @After AND o.path LIKE CONCAT(@Root, '%') ORDER BY g.id DESC LIMIT @Take
        """;

    private const string SelectOrders = """
        SELECT go.id, go.enterprise_id AS EnterpriseId, e.name AS EnterpriseName, e.credit_code AS CreditCode, go.total_fen AS TotalFen,
               go.revision, go.updated_at AS UpdatedAt
        FROM group_buy_order go JOIN enterprise e ON e.id = go.enterprise_id
        WHERE go.group_buy_id = @id ORDER BY e.name, go.enterprise_id
        """;

    public static async Task<Results<Ok<Page<GroupBuyViews.GroupBuyResponse>>, ProblemHttpResult>> List(
        HttpContext http, MySqlDataSource db, TimeProvider clock, CancellationToken ct, int? limit = null, string? cursor = null)
    {
        if (Paging.After(cursor) is not { } after)
        {
            return Problems.BadCursor();
        }

        var take = Paging.Limit(limit);
        var now = clock.GetUtcNow().UtcDateTime;
        await using var conn = await db.OpenConnectionAsync(ct);
        if (await OrgScope.RootPathAsync(conn, null, http.User, ct) is not { } root)
        {
            return TypedResults.Ok(new Page<GroupBuyViews.GroupBuyResponse>([], null));
        }

        var rows = (await conn.QueryAsync<GroupBuyViews.GroupBuyRow>(new CommandDefinition(SelectPage,
            new { After = after, Root = root, Take = take + 1 }, cancellationToken: ct))).ToList();
        var page = Paging.Build(rows, take, r => r.Id);
        var items = new List<GroupBuyViews.GroupBuyResponse>(page.Items.Count);
        foreach (var row in page.Items)
        {
            items.Add(await GroupBuyViews.LoadAsync(conn, null, row, now, ct));
        }

        return TypedResults.Ok(new Page<GroupBuyViews.GroupBuyResponse>(items, page.NextCursor));
    }

    public static async Task<Results<Ok<GroupBuyViews.GroupBuyResponse>, ProblemHttpResult>> Get(
        string id, HttpContext http, MySqlDataSource db, TimeProvider clock, CancellationToken ct)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        return await GroupBuyViews.FindVisibleAsync(conn, null, http.User, id, ct) is { } row
            ? TypedResults.Ok(await GroupBuyViews.LoadAsync(conn, null, row, clock.GetUtcNow().UtcDateTime, ct))
            : Problems.NotFound("group-buy");
    }

    public static async Task<Results<Ok<SummaryResponse>, ProblemHttpResult>> Summary(
        string id, HttpContext http, MySqlDataSource db, TimeProvider clock, CancellationToken ct)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        return await BuildAsync(conn, http, id, clock.GetUtcNow().UtcDateTime, ct) is { } summary
            ? TypedResults.Ok(summary)
            : Problems.NotFound("group-buy");
    }

    /// <summary>GET /admin/group-buys/{id}/purchase-list: one row per enterprise and item, then a total row per item and the grand total.</summary>
    public static async Task<Results<FileContentHttpResult, ProblemHttpResult>> Export(
        string id, HttpContext http, MySqlDataSource db, TimeProvider clock, CancellationToken ct)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        if (await BuildAsync(conn, http, id, clock.GetUtcNow().UtcDateTime, ct) is not { } s)
        {
            return Problems.NotFound("group-buy");
        }

        var csv = new StringBuilder("row,enterpriseId,enterpriseName,creditCode,itemId,item,unit,unitPriceFen,quantity,amountFen\r\n");
        static string N(long v) => v.ToString(CultureInfo.InvariantCulture);
        foreach (var e in s.Enterprises)
        {
            foreach (var l in e.Lines)
            {
                var unit = s.Items.First(i => i.ItemId == l.ItemId).Unit ?? "";
                csv.AppendJoin(',', ["order", e.EnterpriseId, Csv.Cell(e.EnterpriseName), e.CreditCode, l.ItemId, Csv.Cell(l.Name), Csv.Cell(unit),
                    N(l.UnitPriceFen), N(l.Quantity), N(l.AmountFen)]).Append("\r\n");
            }
        }

        foreach (var i in s.Items)
        {
            csv.AppendJoin(',', ["item_total", "", "", "", i.ItemId, Csv.Cell(i.Name), Csv.Cell(i.Unit ?? ""), N(i.UnitPriceFen), N(i.Quantity),
                N(i.AmountFen)]).Append("\r\n");
        }

        csv.AppendJoin(',', ["grand_total", "", "", "", "", "", "", "", N(s.Items.Sum(i => i.Quantity)), N(s.TotalFen)]).Append("\r\n");
        return TypedResults.File(Csv.Utf8WithBom(csv.ToString()), "text/csv; charset=utf-8", $"group-buy-{s.GroupBuy.Id}-purchase-list.csv");
    }

    private static async Task<SummaryResponse?> BuildAsync(System.Data.Common.DbConnection conn, HttpContext http, string id, DateTime now,
        CancellationToken ct)
    {
        if (await GroupBuyViews.FindVisibleAsync(conn, null, http.User, id, ct) is not { } row)
        {
            return null;
        }

        var items = await GroupBuyViews.ItemsAsync(conn, null, row.Id, ct);
        var orders = (await conn.QueryAsync<OrderRow>(new CommandDefinition(SelectOrders, new { id = row.Id }, cancellationToken: ct))).ToList();
        var lines = orders.Count == 0 ? [] : (await conn.QueryAsync<GroupBuyViews.LineRow>(new CommandDefinition(GroupBuyViews.SelectLines,
            new { ids = orders.Select(o => o.Id).ToArray() }, cancellationToken: ct))).ToList();
        var byOrder = lines.ToLookup(l => l.OrderId);
        var byItem = lines.ToLookup(l => l.ItemId);
        var itemTotals = items.Select(i => new ItemTotal(i.Id.Text(), i.Name, i.Unit, i.UnitPriceFen, byItem[i.Id].Sum(l => (long)l.Quantity),
            byItem[i.Id].Sum(l => l.Quantity * l.UnitPriceFen), byItem[i.Id].Count())).ToList();
        var enterprises = orders.Select(o => new EnterpriseTotal(o.EnterpriseId.Text(), o.EnterpriseName, o.CreditCode, o.Id.Text(),
            byOrder[o.Id].Select(l => new GroupBuyViews.LineResponse(l.ItemId.Text(), l.Name, l.Quantity, l.UnitPriceFen, l.Quantity * l.UnitPriceFen)).ToList(),
            o.TotalFen, o.Revision, o.UpdatedAt.ToChina())).ToList();
        return new SummaryResponse(GroupBuyViews.ToResponse(row, items, now), itemTotals, enterprises, orders.Count, orders.Sum(o => o.TotalFen));
    }
}

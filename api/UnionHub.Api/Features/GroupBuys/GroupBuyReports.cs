using Dapper;
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

    private const string SelectOrders = """
        SELECT go.id, go.enterprise_id AS EnterpriseId, e.name AS EnterpriseName, e.credit_code AS CreditCode, go.total_fen AS TotalFen,
               go.revision, go.updated_at AS UpdatedAt
        FROM group_buy_order go JOIN enterprise e ON e.id = go.enterprise_id
        WHERE go.group_buy_id = @id ORDER BY e.name, go.enterprise_id
        """;

    internal static async Task<SummaryResponse?> BuildAsync(System.Data.Common.DbConnection conn, HttpContext http, string id, DateTime now,
        CancellationToken ct)
    {
        var scope = await Scope.OfAsync(conn, null, http.User, ct);
        if (await GroupBuyViews.FindVisibleAsync(conn, null, scope, Ids.Parse(id), ct) is not { } row)
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

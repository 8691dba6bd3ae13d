using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Http.HttpResults;
using MySqlConnector;
using UnionHub.Api.Platform;
using static UnionHub.Api.Features.GroupBuys.GroupBuyReports;

namespace UnionHub.Api.Features.GroupBuys;

public static class ExportGroupBuyPurchaseList
{
    /// <summary>GET /admin/group-buys/{id}/purchase-list: one row per enterprise and item, then a total row per item and the grand total.</summary>
    public static async Task<Results<FileContentHttpResult, ProblemHttpResult>> Handle(
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
        return Csv.File(csv.ToString(), $"group-buy-{s.GroupBuy.Id}-purchase-list.csv");
    }
}

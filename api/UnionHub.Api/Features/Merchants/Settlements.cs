using System.Globalization;
using System.Text;
using UnionHub.Api.Platform;

namespace UnionHub.Api.Features.Merchants;

/// <summary>
/// GET /merchant/settlements?from=&amp;to=: what the union owes a merchant for a period (China calendar days,
/// both inclusive): the redemptions not voided, their count and total face value. <c>Accept: text/csv</c>
/// gives a UTF-8 CSV with BOM that Excel opens as is.
/// </summary>
public static class Settlements
{
    public const int MaxDays = 93;

    public sealed record Item(string RedemptionId, string VoucherId, string VoucherCode, string PerkTitle, long FaceValueFen, DateTimeOffset RedeemedAt);

    public sealed record Statement(string MerchantId, string MerchantName, DateOnly From, DateOnly To, int Count, long TotalFen, IReadOnlyList<Item> Items);

    internal static string ToCsv(Statement s)
    {
        var sb = new StringBuilder();
        sb.Append("核销单号,券ID,券码,福利名称,面值(分),面值(元),核销时间\r\n");
        foreach (var i in s.Items)
        {
            sb.Append(CultureInfo.InvariantCulture, $"{i.RedemptionId},{i.VoucherId},{Csv.Cell(i.VoucherCode)},{Csv.Cell(i.PerkTitle)},{i.FaceValueFen},")
              .Append(CultureInfo.InvariantCulture, $"{i.FaceValueFen / 100m:0.00},{i.RedeemedAt:yyyy-MM-dd HH:mm:ss}\r\n");
        }

        sb.Append(CultureInfo.InvariantCulture, $"合计,{s.Count}笔,,,{s.TotalFen},{s.TotalFen / 100m:0.00},\r\n");
        return sb.ToString();
    }
}

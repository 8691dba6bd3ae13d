using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Http.HttpResults;
using MySqlConnector;
using UnionHub.Api.Features.LegalAid;
using UnionHub.Api.Platform;

namespace UnionHub.Api.Features.Donations;

/// <summary>
/// GET /admin/donations/{id}/receipt.pdf: the printable receipt (捐赠收据), rendered as the legal aid letters are (Skia +
/// HarfBuzz, the same Chinese font). The donor appears as on screen: the enterprise's name, a member's masked name, or 匿名;
/// a reversed donation's receipt says it is void.
/// </summary>
public static class GetDonationReceipt
{
    private static readonly Dictionary<string, string> ChannelNames = new(StringComparer.Ordinal)
    {
        ["bank_transfer"] = "银行转账", ["cash"] = "现金", ["online"] = "线上支付",
    };

    public static async Task<Results<FileContentHttpResult, ProblemHttpResult>> Handle(string id, HttpContext http, MySqlDataSource db,
        PiiProtector pii, LetterFont font, TimeProvider clock, CancellationToken ct)
    {
        if (Ids.Parse(id) is not { } donationId)
        {
            return Problems.NotFound("donation");
        }

        await using var conn = await db.OpenConnectionAsync(ct);
        var row = await Donations.FindVisibleAsync(conn, null, await Scope.OfAsync(conn, null, http.User, ct), donationId, ct);
        if (row is null)
        {
            return Problems.NotFound("donation");
        }

        if (font.Font is not { } receiptFont)
        {
            return Problems.Create(503, DonationProblems.ReceiptFontUnavailable, "The receipt cannot be produced: no Chinese font is installed.");
        }

        var d = Donations.ToView(row, pii);
        var yuan = (d.AmountFen / 100m).ToString("#,##0.00", CultureInfo.InvariantCulture);
        var lines = new List<PdfText.Line>
        {
            new("捐赠收据", 22, Centred: true),
            new($"收据编号：{d.ReceiptNo}", 11, Centred: true, SpaceBefore: 4),
            new($"　　兹收到 {d.DonorName ?? "匿名捐赠者"} 捐赠人民币 {yuan} 元（大写：{InWords(d.AmountFen)}），用于「{d.FundName}」。", 13, SpaceBefore: 24),
            new($"　　到账日期：{d.ReceivedOn:yyyy年M月d日}　　方式：{ChannelNames.GetValueOrDefault(d.Channel, d.Channel)}", 13, SpaceBefore: 4),
            new("　　感谢您对职工帮扶事业的关心与支持！", 13, SpaceBefore: 4),
        };
        if (d.Status == DonationRules.Reversed)
        {
            lines.Add(new("本收据已作废（该笔捐赠已冲销）。", 13, SpaceBefore: 12));
        }

        lines.Add(new("工会帮扶基金（盖章）", 13, SpaceBefore: 40, Right: true));
        lines.Add(new($"{d.RecordedAt:yyyy年M月d日}", 13, Right: true));
        var pdf = PdfText.Render(receiptFont, $"捐赠收据 {d.ReceiptNo}", d.ReceiptNo, clock.GetUtcNow().ToChina(), lines);
        http.Response.Headers.CacheControl = "private, no-store";
        return TypedResults.File(pdf, "application/pdf", $"donation-receipt-{d.ReceiptNo}.pdf");
    }

    /// <summary>An amount in fen as Chinese capital numerals for receipts: 12345.60 yuan = 壹万贰仟叁佰肆拾伍元陆角整.</summary>
    public static string InWords(long fen)
    {
        const string digits = "零壹贰叁肆伍陆柒捌玖";
        string[] units = ["", "拾", "佰", "仟"];
        string[] groups = ["", "万", "亿", "万亿"];
        var yuan = fen / 100;
        var jiao = (int)(fen / 10 % 10);
        var cent = (int)(fen % 10);
        var text = new StringBuilder();
        if (yuan > 0)
        {
            var parts = new List<string>();
            var g = 0;
            var pendingZero = false;
            while (yuan > 0)
            {
                var group = (int)(yuan % 10000);
                var s = new StringBuilder();
                var zero = false;
                for (var i = 3; i >= 0; i--)
                {
                    var n = group / (int)Math.Pow(10, i) % 10;
                    if (n == 0)
                    {
                        zero = s.Length > 0;
                        continue;
                    }

                    if (zero)
                    {
                        s.Append('零');
                        zero = false;
                    }

                    s.Append(digits[n]).Append(units[i]);
                }

                if (group != 0)
                {
                    parts.Insert(0, s + groups[g] + (pendingZero ? "零" : ""));
                }

                pendingZero = group is > 0 and < 1000 || (group == 0 && parts.Count > 0);
                yuan /= 10000;
                g++;
            }

            text.Append(string.Concat(parts)).Append('元');
        }

        if (jiao == 0 && cent == 0)
        {
            return (text.Length == 0 ? "零元" : text.ToString()) + "整";
        }

        if (jiao > 0)
        {
            text.Append(digits[jiao]).Append('角');
        }
        else if (text.Length > 0)
        {
            text.Append('零');
        }

        if (cent > 0)
        {
            text.Append(digits[cent]).Append('分');
        }
        else
        {
            text.Append('整');
        }

        return text.ToString();
    }
}

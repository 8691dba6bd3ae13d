using System.Globalization;
using System.Text;
using UnionHub.Api.Platform;

namespace UnionHub.Api.Features.Reports;

/// <summary>
/// GET /admin/reports/{year}?orgId=: the figures the union reports for one calendar year (China time) for an organisation and
/// everything below it (default: the caller's own organisation; super_admin: everything, rows with no organisation included).
/// Each figure counts the event it names inside the year; what belongs to a subtree follows the member's organisation
/// (members, vouchers, relief), the household's (hardship), the case's (legal aid) and the enterprise's (distributions, group
/// buys, coverage). <c>Accept: text/csv</c> gives the same figures as a UTF-8 CSV with BOM (section, item, figure, value).
/// </summary>
public static class YearlyReport
{
    /// <summary>Enterprises with at least this many staff (<c>enterprise.headcount</c>) are "large" in the coverage figures.</summary>
    public const int LargeEnterpriseHeadcount = 100;

    public static readonly string[] PerkKinds = ["voucher", "movie_ticket", "goods"];
    public static readonly string[] FundKinds = ["warmth", "hardship", "epidemic"];
    public static readonly string[] HardshipTiers = ["deep", "relative", "emergency"];

    /// <summary>Accounts (deleted ones excluded, as in /admin/stats): new in the year, verified in the year, and the totals at its end.</summary>
    public sealed record MemberFigures(int NewMembers, int NewlyVerified, int MembersAtYearEnd, int VerifiedAtYearEnd);

    /// <summary>Vouchers issued in the year and redemptions (not voided) in the year, with their face value.</summary>
    public sealed record PerkKindFigures(string Kind, int Claimed, int Redeemed, long RedeemedFaceValueFen);

    /// <summary>
    /// Applications submitted in the year, granted in the year (approved, later disbursed included) with the amount granted,
    /// and payments confirmed in the year. A fund paying mutual-aid plans (ADR 0020, 2026-12-03) counts their claims too: filed in the
    /// year, approved in the year (a grant on the fund) with the amount, and payments confirmed in the year, as its ledger does.
    /// </summary>
    public sealed record FundFigures(string FundId, string Name, string Kind, int FundYear, int Applications, int Granted, long GrantedFen, long PaidFen);

    public sealed record FundKindFigures(string Kind, int Applications, int Granted, long GrantedFen, long PaidFen);

    /// <summary>Households of the register by their current tier: entered in the year, exited in the year, on the register at its end.</summary>
    public sealed record TierFigures(string Tier, int Entered, int Exited, int RegisteredAtYearEnd);

    /// <summary>Cases submitted in the year; closed in the year, of them won or partly won, and the amount recovered by those closings.</summary>
    public sealed record LegalAidFigures(int Applications, int Closed, int Won, int PartlyWon, long RecoveredFen);

    /// <summary>
    /// One enterprise's year: goods allocated to it (allocations made in the year), received and handed out in the year;
    /// group-buy orders placed in the year and their total. Only enterprises with something to show are listed.
    /// </summary>
    public sealed record EnterpriseFigures(string EnterpriseId, string Name, int Allocated, int Received, int HandedOut,
        int GroupBuyOrders, long GroupBuyTotalFen);

    /// <summary>
    /// Enterprises registered by the year's end; unionised ones; of those, with a signed collective agreement (step 6 completed
    /// on or before 31 December) and with a workers' congress (today's flag: it has no history); shares of the unionised.
    /// </summary>
    public sealed record CoverageFigures(int Enterprises, int Unionised, int Signed, int WithWorkersCongress, double? SignedShare,
        double? WorkersCongressShare);

    public sealed record Coverage(CoverageFigures All, CoverageFigures Large, int LargeHeadcount, int UnknownHeadcount);

    /// <summary>Consultations (12351 hotline, walk-in, online) taken in the year: people-times served per channel, and of them converted.</summary>
    public sealed record ConsultationFigures(string Channel, int PersonTimes, int Converted);

    /// <summary>
    /// One mutual-aid plan's year (ADR 0020, 2026-12-03): claims filed in the year, approved in the year (later paid included) with
    /// the amount approved, and paid in the year with the amount paid. A breakdown by plan of money that is already in the relief
    /// figures (each claim is a grant and a payment of its plan's fund, under <c>reliefByFund</c>/<c>reliefByKind</c>): not to be
    /// added to them. Claims follow their member's organisation, as relief applications do. Only plans with something in the year
    /// are listed.
    /// </summary>
    public sealed record MutualAidPlanFigures(string PlanId, string Name, int Claims, int Approved, long ApprovedFen, int Paid, long PaidFen);

    public sealed record Response(int Year, string? OrgId, string OrgName, MemberFigures Members, long ServedPersonTimes,
        IReadOnlyList<PerkKindFigures> Perks, IReadOnlyList<FundFigures> ReliefByFund, IReadOnlyList<FundKindFigures> ReliefByKind,
        IReadOnlyList<TierFigures> Hardship, LegalAidFigures LegalAid, IReadOnlyList<EnterpriseFigures> Enterprises,
        Coverage Coverage, IReadOnlyList<ConsultationFigures> Consultations, IReadOnlyList<MutualAidPlanFigures> MutualAid);

    internal static CoverageFigures Figures(int enterprises, int unionised, int signed, int congress) =>
        new(enterprises, unionised, signed, congress, Share(signed, unionised), Share(congress, unionised));

    private static double? Share(int part, int of) => of == 0 ? null : Math.Round((double)part / of, 4);

    private static readonly Dictionary<string, string> Names = new(StringComparer.Ordinal)
    {
        ["voucher"] = "代金券", ["movie_ticket"] = "电影票", ["goods"] = "实物",
        ["warmth"] = "送温暖", ["hardship"] = "困难帮扶", ["epidemic"] = "疫情救助", ["mutual_aid"] = "互助保障",
        ["deep"] = "深度困难", ["relative"] = "相对困难", ["emergency"] = "意外致困",
        ["hotline"] = "12351 热线", ["walk_in"] = "来访", ["online"] = "网上咨询",
    };

    private static string Name(string key) => Names.GetValueOrDefault(key, key);

    internal static string ToCsv(Response r)
    {
        var sb = new StringBuilder();
        sb.Append("分类,项目,指标,数值\r\n");
        void Row(string section, string item, string figure, long value) =>
            sb.Append(CultureInfo.InvariantCulture, $"{Csv.Cell(section)},{Csv.Cell(item)},{Csv.Cell(figure)},{value}\r\n");
        void Ratio(string section, string item, string figure, double? value) =>
            sb.Append(CultureInfo.InvariantCulture, $"{Csv.Cell(section)},{Csv.Cell(item)},{Csv.Cell(figure)},{(value is { } v ? v.ToString("0.####", CultureInfo.InvariantCulture) : "")}\r\n");

        var scope = $"{r.Year}年 {r.OrgName}";
        Row("会员", scope, "新增会员", r.Members.NewMembers);
        Row("会员", scope, "新增实名认证", r.Members.NewlyVerified);
        Row("会员", scope, "年末会员数", r.Members.MembersAtYearEnd);
        Row("会员", scope, "年末实名会员数", r.Members.VerifiedAtYearEnd);
        Row("服务", scope, "服务人次", r.ServedPersonTimes);
        foreach (var p in r.Perks)
        {
            Row("福利", Name(p.Kind), "领取", p.Claimed);
            Row("福利", Name(p.Kind), "核销", p.Redeemed);
            Row("福利", Name(p.Kind), "核销面值(分)", p.RedeemedFaceValueFen);
        }

        foreach (var f in r.ReliefByKind)
        {
            Row("帮扶资金(按类别)", Name(f.Kind), "申请", f.Applications);
            Row("帮扶资金(按类别)", Name(f.Kind), "批准", f.Granted);
            Row("帮扶资金(按类别)", Name(f.Kind), "批准金额(分)", f.GrantedFen);
            Row("帮扶资金(按类别)", Name(f.Kind), "已拨付(分)", f.PaidFen);
        }

        foreach (var f in r.ReliefByFund)
        {
            Row("帮扶资金(按基金)", f.Name, "申请", f.Applications);
            Row("帮扶资金(按基金)", f.Name, "批准", f.Granted);
            Row("帮扶资金(按基金)", f.Name, "批准金额(分)", f.GrantedFen);
            Row("帮扶资金(按基金)", f.Name, "已拨付(分)", f.PaidFen);
        }

        foreach (var p in r.MutualAid)
        {
            // a breakdown of the relief figures above (the claims are grants and payments of the plans' funds), not an addition
            Row("互助保障(按计划，已含于帮扶资金)", p.Name, "理赔申请", p.Claims);
            Row("互助保障(按计划，已含于帮扶资金)", p.Name, "核准", p.Approved);
            Row("互助保障(按计划，已含于帮扶资金)", p.Name, "核准金额(分)", p.ApprovedFen);
            Row("互助保障(按计划，已含于帮扶资金)", p.Name, "已支付", p.Paid);
            Row("互助保障(按计划，已含于帮扶资金)", p.Name, "已支付金额(分)", p.PaidFen);
        }

        foreach (var t in r.Hardship)
        {
            Row("困难职工", Name(t.Tier), "新建档", t.Entered);
            Row("困难职工", Name(t.Tier), "脱困", t.Exited);
            Row("困难职工", Name(t.Tier), "年末在档", t.RegisteredAtYearEnd);
        }

        Row("法律援助", scope, "申请", r.LegalAid.Applications);
        Row("法律援助", scope, "结案", r.LegalAid.Closed);
        Row("法律援助", scope, "胜诉", r.LegalAid.Won);
        Row("法律援助", scope, "部分胜诉", r.LegalAid.PartlyWon);
        Row("法律援助", scope, "挽回金额(分)", r.LegalAid.RecoveredFen);
        foreach (var c in r.Consultations)
        {
            Row("咨询服务", Name(c.Channel), "服务人次", c.PersonTimes);
            Row("咨询服务", Name(c.Channel), "转办", c.Converted);
        }

        foreach (var e in r.Enterprises)
        {
            Row("企业", e.Name, "物资分配", e.Allocated);
            Row("企业", e.Name, "物资签收", e.Received);
            Row("企业", e.Name, "物资发放", e.HandedOut);
            Row("企业", e.Name, "团购订单", e.GroupBuyOrders);
            Row("企业", e.Name, "团购金额(分)", e.GroupBuyTotalFen);
        }

        foreach (var (label, c) in new[] { ("全部企业", r.Coverage.All), ($"{r.Coverage.LargeHeadcount}人以上企业", r.Coverage.Large) })
        {
            Row("集体协商覆盖", label, "企业数", c.Enterprises);
            Row("集体协商覆盖", label, "建会企业", c.Unionised);
            Row("集体协商覆盖", label, "签订集体合同", c.Signed);
            Row("集体协商覆盖", label, "建立职代会", c.WithWorkersCongress);
            Ratio("集体协商覆盖", label, "集体合同覆盖率", c.SignedShare);
            Ratio("集体协商覆盖", label, "职代会覆盖率", c.WorkersCongressShare);
        }

        Row("集体协商覆盖", "未填职工人数的企业", "企业数", r.Coverage.UnknownHeadcount);
        return sb.ToString();
    }
}

using System.Globalization;
using Dapper;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using MySqlConnector;
using UnionHub.Api.Platform;

namespace UnionHub.Api.Features.LegalAid;

/// <summary>
/// The Chinese font of the letters, read once from <see cref="LegalAidOptions.FontPath"/> or the first of
/// <see cref="LegalAidOptions.FontCandidates"/> that exists (./dev installs fonts-wqy-microhei).
/// </summary>
public sealed class LetterFont(IOptions<LegalAidOptions> options, ILogger<LetterFont> logger)
{
    private readonly Lazy<PdfFont?> _font = new(() =>
    {
        var path = string.IsNullOrWhiteSpace(options.Value.FontPath)
            ? LegalAidOptions.FontCandidates.FirstOrDefault(File.Exists)
            : options.Value.FontPath;
        if (path is null || !File.Exists(path))
        {
            logger.LogError("No Chinese font for legal aid letters: set LegalAid:FontPath or install fonts-wqy-microhei");
            return null;
        }

        return PdfFont.Load(path);
    });

    public PdfFont? Font => _font.Value;
}

/// <summary>
/// GET .../cases/{id}/assignment-letter.pdf: the letter (指派函) by which the union assigns a case to a panel lawyer.
/// Staff in scope and the assigned lawyer may fetch it once the case has a lawyer. The member's name is masked, as
/// everywhere personal data leaves the system; the case number identifies the case.
/// </summary>
public static class AssignmentLetter
{
    private static readonly Dictionary<string, string> DisputeNames = new(StringComparer.Ordinal)
    {
        ["wage_arrears"] = "拖欠工资", ["dismissal"] = "解除劳动合同", ["injury"] = "工伤待遇", ["contract"] = "合同纠纷", ["other"] = "其他劳动权益",
    };

    private sealed record Parties(byte[]? MemberNameEnc, string? OrgName, byte[]? LawyerNameEnc);

    internal static async Task<Results<FileContentHttpResult, ProblemHttpResult>> RenderAsync(string id,
        HttpContext http, MySqlDataSource db, PiiProtector pii, LetterFont font, TimeProvider clock, CancellationToken ct)
    {
        if (Ids.Parse(id) is not { } caseId)
        {
            return Problems.NotFound("case");
        }

        await using var conn = await db.OpenConnectionAsync(ct);
        var row = await Cases.FindVisibleAsync(conn, null, await Scope.OfAsync(conn, null, http.User, ct), caseId, ct);
        if (row is null)
        {
            return Problems.NotFound("case");
        }

        if (row.LawyerId is null || row.AssignedAt is not { } assignedAt)
        {
            return Problems.Create(409, LegalAidProblems.LegalCaseNotAssigned, "The case has no lawyer yet.", $"The case is {row.Status}.");
        }

        if (font.Font is not { } letterFont)
        {
            return Problems.Create(503, LegalAidProblems.LegalAidFontUnavailable, "The letter cannot be produced: no Chinese font is installed.");
        }

        var parties = await conn.QuerySingleAsync<Parties>(new CommandDefinition("""
            SELECT m.name_enc AS MemberNameEnc, o.name AS OrgName, l.name_enc AS LawyerNameEnc
            FROM legal_case c JOIN member m ON m.id = c.member_id LEFT JOIN org o ON o.id = c.org_id
            LEFT JOIN legal_lawyer l ON l.id = c.lawyer_id WHERE c.id = @Id
            """, new { row.Id }, cancellationToken: ct));
        var member = parties.MemberNameEnc is null ? "会员" : Mask.Name(pii.Decrypt(parties.MemberNameEnc));
        var lawyer = parties.LawyerNameEnc is null ? "" : pii.Decrypt(parties.LawyerNameEnc);
        var issuer = parties.OrgName ?? "工会";
        var assigned = assignedAt.ToChina();
        var yuan = (row.AmountAtStakeFen / 100m).ToString("#,##0.00", CultureInfo.InvariantCulture);
        var lines = new List<PdfText.Line>
        {
            new("法律援助指派函", 22, Centred: true),
            new($"编号：{row.CaseNo}", 11, Centred: true, SpaceBefore: 4),
            new($"{row.LawyerFirm} {lawyer} 律师：", 13, SpaceBefore: 24),
            new($"　　我会受理的会员{member}与{row.EmployerName}之间的{DisputeNames.GetValueOrDefault(row.DisputeType, "劳动争议")}案件（案件编号 {row.CaseNo}），" +
                $"争议金额人民币 {yuan} 元，经审查符合工会法律援助条件，现指派您承办本案。", 13, SpaceBefore: 8),
            new("　　请您自收到本函之日起三个工作日内与当事人取得联系，依法维护其合法权益，并及时向我会报告案件进展；案件办结后请提交结案材料。", 13, SpaceBefore: 4),
            new($"　　申请日期：{row.SubmittedAt.ToChina():yyyy年M月d日}　受理日期：{(row.AcceptedAt ?? assignedAt).ToChina():yyyy年M月d日}", 13, SpaceBefore: 4),
            new(issuer, 13, SpaceBefore: 40, Right: true),
            new($"{assigned:yyyy年M月d日}", 13, Right: true),
        };
        var pdf = PdfText.Render(letterFont, $"法律援助指派函 {row.CaseNo}", row.CaseNo ?? "", clock.GetUtcNow().ToChina(), lines);
        http.Response.Headers.CacheControl = "private, no-store";
        return TypedResults.File(pdf, "application/pdf", $"assignment-letter-{row.CaseNo}.pdf");
    }
}

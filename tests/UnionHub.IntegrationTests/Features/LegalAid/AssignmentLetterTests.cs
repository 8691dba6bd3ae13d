using System.Net.Http.Json;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Parser.Parts;
using UglyToad.PdfPig.Tokens;

namespace UnionHub.IntegrationTests.Features.LegalAid;

public sealed class AssignmentLetterTests : LegalAidTest
{
    [Test]
    public async Task The_assignment_letter_is_a_Chinese_PDF_with_the_case_number_and_an_embedded_font()
    {
        var org = await Seed.OrgAsync("海淀区总工会");
        using var staff = await NewStaffAsync("org_admin", org.ToString());
        var (lawyer, lawyerId) = await NewPanelLawyerAsync(staff, "李明华");
        var (stranger, _) = await NewPanelLawyerAsync(staff, "赵敏");
        var created = await ApplyAsync(await Seed.VerifiedMemberAsync(org, "王小明"));
        var id = created.GetProperty("id").GetString()!;
        var caseNo = created.GetProperty("caseNo").GetString()!;
        var url = $"/api/v1/admin/legal-aid/cases/{id}/assignment-letter.pdf";

        await Problem.ExpectAsync(await staff.GetAsync(url), 409, "legal_case.not_assigned");
        await JsonAsync(await staff.PostAsync($"/api/v1/admin/legal-aid/cases/{id}/accept", null), 200);
        await JsonAsync(await staff.PostAsJsonAsync($"/api/v1/admin/legal-aid/cases/{id}/assignment", new { lawyerId }), 200);

        var response = await staff.GetAsync(url);
        Assert.That((int)response.StatusCode, Is.EqualTo(200), await response.Content.ReadAsStringAsync());
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/pdf"));
        using var pdf = PdfDocument.Open(await response.Content.ReadAsByteArrayAsync());
        Assert.That((pdf.Information.Title, pdf.Information.Subject), Is.EqualTo(($"法律援助指派函 {caseNo}", caseNo)));
        var fonts = pdf.GetPages().SelectMany(p => EmbeddedFonts(pdf, p)).ToList();
        Assert.That(fonts, Is.Not.Empty);
        Assert.That(fonts.Select(f => f.Subtype), Is.All.EqualTo("CIDFontType2"), "Chinese text is in a CID TrueType font");
        Assert.That(fonts.Select(f => f.FontFileLength), Is.All.InRange(1, 200_000), "the font is embedded, as a subset (the whole font is 5 MB)");

        var text = string.Concat(pdf.GetPages().Select(p => p.Text));
        Assert.Multiple(() =>
        {
            Assert.That(text, Does.Contain("法律援助指派函"));
            Assert.That(text, Does.Contain(caseNo));
            Assert.That(text, Does.Contain("李明华 律师"));
            Assert.That(text, Does.Contain("海淀区总工会"));
            Assert.That(text, Does.Contain("王*明"), "the member's name is masked");
            Assert.That(text, Does.Not.Contain("王小明"));
            Assert.That(text, Does.Contain("35,000.00"));
        });

        var own = await lawyer.GetAsync($"/api/v1/lawyer/legal-aid/cases/{id}/assignment-letter.pdf");
        Assert.That((int)own.StatusCode, Is.EqualTo(200));
        Assert.That(own.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/pdf"));
        await Problem.ExpectAsync(await stranger.GetAsync($"/api/v1/lawyer/legal-aid/cases/{id}/assignment-letter.pdf"), 404, "not_found");
        lawyer.Dispose();
        stranger.Dispose();
    }

    /// <summary>The fonts a page uses: the subtype of each descendant font and the size of the font file embedded for it (0: none).</summary>
    private static IEnumerable<(string Subtype, long FontFileLength)> EmbeddedFonts(PdfDocument pdf, Page page)
    {
        var scanner = pdf.Structure.TokenScanner;
        T Get<T>(IToken token)
            where T : class, IToken => DirectObjectFinder.Get<T>(token, scanner) ?? throw new AssertionException($"no {typeof(T).Name}");

        var resources = Get<DictionaryToken>(page.Dictionary.Data[NameToken.Resources]);
        foreach (var font in Get<DictionaryToken>(resources.Data[NameToken.Font]).Data.Values.Select(Get<DictionaryToken>))
        {
            foreach (var cid in Get<ArrayToken>(font.Data[NameToken.DescendantFonts]).Data.Select(Get<DictionaryToken>))
            {
                var descriptor = Get<DictionaryToken>(cid.Data[NameToken.FontDescriptor]);
                var file = descriptor.Data.TryGetValue(NameToken.FontFile2, out var f) ? Get<StreamToken>(f).Data.Length : 0;
                yield return (Get<NameToken>(cid.Data[NameToken.Subtype]).Data, file);
            }
        }
    }
}

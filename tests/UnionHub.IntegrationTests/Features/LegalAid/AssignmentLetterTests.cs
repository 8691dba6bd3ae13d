using System.IO.Compression;
using System.Net.Http.Json;
using System.Text;
using System.Text.RegularExpressions;

namespace UnionHub.IntegrationTests.Features.LegalAid;

public sealed partial class AssignmentLetterTests : LegalAidTest
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
        var pdf = await response.Content.ReadAsByteArrayAsync();
        Assert.That(Encoding.ASCII.GetString(pdf, 0, 5), Is.EqualTo("%PDF-"));
        var raw = Encoding.Latin1.GetString(pdf);
        Assert.Multiple(() =>
        {
            Assert.That(raw, Does.Contain("/FontFile2"), "the font is embedded");
            Assert.That(raw, Does.Contain("/Subtype /CIDFontType2"));
            Assert.That(raw, Does.Contain($"/Subject ({caseNo})"));
        });

        var text = ExtractText(pdf);
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

    /// <summary>
    /// The page text as a reader extracts it: inflate the streams, read the ToUnicode map (glyph -> text), and map
    /// the glyph ids of every Tj string through it.
    /// </summary>
    private static string ExtractText(byte[] pdf)
    {
        var streams = new List<string>();
        var raw = Encoding.Latin1.GetString(pdf);
        foreach (Match m in StreamPattern().Matches(raw))
        {
            var start = m.Index + m.Length;
            var end = raw.IndexOf("\nendstream", start, StringComparison.Ordinal);
            using var z = new ZLibStream(new MemoryStream(pdf, start, end - start), CompressionMode.Decompress);
            using var text = new MemoryStream();
            z.CopyTo(text);
            streams.Add(Encoding.Latin1.GetString(text.ToArray()));
        }

        var map = new Dictionary<string, string>();
        foreach (var cmap in streams.Where(s => s.Contains("beginbfchar", StringComparison.Ordinal)))
        {
            foreach (Match m in BfCharPattern().Matches(cmap))
            {
                map[m.Groups[1].Value] = Encoding.BigEndianUnicode.GetString(Convert.FromHexString(m.Groups[2].Value));
            }
        }

        var page = new StringBuilder();
        foreach (var content in streams.Where(s => s.Contains(" Tj", StringComparison.Ordinal)))
        {
            foreach (Match m in ShowPattern().Matches(content))
            {
                var hex = m.Groups[1].Value;
                for (var i = 0; i < hex.Length; i += 4)
                {
                    page.Append(map.GetValueOrDefault(hex.Substring(i, 4), "\uFFFD"));
                }

                page.Append('\n');
            }
        }

        return page.ToString().Replace("\n", "", StringComparison.Ordinal);
    }

    [GeneratedRegex(@">>\nstream\n")]
    private static partial Regex StreamPattern();

    [GeneratedRegex(@"<([0-9A-F]{4})> <([0-9A-F]+)>")]
    private static partial Regex BfCharPattern();

    [GeneratedRegex(@"<([0-9A-F]*)> Tj")]
    private static partial Regex ShowPattern();
}

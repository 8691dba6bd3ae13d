using UnionHub.Api.Features.Funds;

namespace UnionHub.UnitTests.Features.Funds;

public sealed class EvidenceSniffTests
{
    [TestCase(new byte[] { 0xFF, 0xD8, 0xFF, 0xE0, 0x00 }, "image/jpeg")]
    [TestCase(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00 }, "image/png")]
    [TestCase(new byte[] { 0x25, 0x50, 0x44, 0x46, 0x2D, 0x31, 0x2E, 0x37 }, "application/pdf")]
    [TestCase(new byte[] { 0x4D, 0x5A, 0x90, 0x00 }, null)] // Windows executable
    [TestCase(new byte[] { 0x7F, 0x45, 0x4C, 0x46 }, null)] // ELF
    [TestCase(new byte[] { 0x89, 0x50, 0x4E, 0x47 }, null)] // truncated PNG signature
    [TestCase(new byte[] { 0x3C, 0x73, 0x76, 0x67 }, null)] // <svg: not accepted (scripts)
    [TestCase(new byte[0], null)]
    public void Recognises_only_jpeg_png_and_pdf_by_their_first_bytes(byte[] data, string? expected) =>
        Assert.That(Evidence.Sniff(data), Is.EqualTo(expected));
}

public sealed class FundRulesTests
{
    [Test]
    public void A_fund_is_open_inside_its_window_only()
    {
        var now = new DateTime(2026, 11, 23, 4, 0, 0, DateTimeKind.Utc);
        Assert.Multiple(() =>
        {
            Assert.That(FundRules.IsOpen(null, null, now), Is.True);
            Assert.That(FundRules.IsOpen(now, null, now), Is.True, "opens at this instant");
            Assert.That(FundRules.IsOpen(now.AddSeconds(1), null, now), Is.False);
            Assert.That(FundRules.IsOpen(null, now, now), Is.False, "closed at this instant");
            Assert.That(FundRules.IsOpen(null, now.AddSeconds(1), now), Is.True);
        });
    }

    [TestCase("plain", "\"plain\"")]
    [TestCase("say \"hi\"", "\"say \"\"hi\"\"\"")]
    [TestCase("=1+1", "\"'=1+1\"")]
    [TestCase("+86", "\"'+86\"")]
    [TestCase("-2", "\"'-2\"")]
    [TestCase("@SUM(A1)", "\"'@SUM(A1)\"")]
    [TestCase("a,b\r\nc", "\"a,b\r\nc\"")]
    public void Csv_cells_are_quoted_and_formulas_defused(string value, string expected) =>
        Assert.That(UnionHub.Api.Platform.Csv.Cell(value), Is.EqualTo(expected));
}

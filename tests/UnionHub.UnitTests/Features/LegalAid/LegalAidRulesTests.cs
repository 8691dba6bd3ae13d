using UnionHub.Api.Features.LegalAid;
using UnionHub.Api.Platform;

namespace UnionHub.UnitTests.Features.LegalAid;

public sealed class LegalAidRulesTests
{
    [TestCase("wage_arrears", "consultation", "mediation", true)]
    [TestCase("wage_arrears", "consultation", "arbitration", true)] // mediation is voluntary
    [TestCase("wage_arrears", "mediation", "arbitration", true)]
    [TestCase("wage_arrears", "arbitration", "litigation", true)]
    [TestCase("wage_arrears", "consultation", "litigation", false)] // labour disputes: arbitration first
    [TestCase("dismissal", "mediation", "litigation", false)]
    [TestCase("injury", "consultation", "litigation", false)]
    [TestCase("contract", "consultation", "litigation", true)]
    [TestCase("other", "mediation", "litigation", true)]
    [TestCase("contract", "mediation", "consultation", false)] // never backwards
    [TestCase("contract", "arbitration", "arbitration", false)]
    [TestCase("contract", "submitted", "mediation", false)] // not accepted yet
    [TestCase("contract", "closed", "litigation", false)]
    [TestCase("contract", "refused", "mediation", false)]
    public void Stages_move_forward_and_labour_disputes_pass_arbitration_before_court(string dispute, string from, string to, bool allowed) =>
        Assert.That(LegalAidRules.StageMoveRefusal(dispute, from, to) is null, Is.EqualTo(allowed));

    [Test]
    public void Case_numbers_carry_the_year_and_a_padded_id() =>
        Assert.That(LegalAidRules.CaseNo(2026, 42), Is.EqualTo("LA-2026-000042"));

    [Test]
    public void Licence_numbers_leave_masked() =>
        Assert.That(Lawyers.MaskLicence("11101201811234567"), Is.EqualTo("11101201811******"));
}

public sealed class UploadsTests
{
    [TestCase(new byte[] { 0xFF, 0xD8, 0xFF, 0xE0 }, "image/jpeg")]
    [TestCase(new byte[] { 0x25, 0x50, 0x44, 0x46, 0x2D }, "application/pdf")]
    [TestCase(new byte[] { 0x25, 0x50, 0x44, 0x46 }, null)] // "%PDF" without the dash
    [TestCase(new byte[] { 0x50, 0x4B, 0x03, 0x04 }, null)] // zip / docx
    public void The_shared_sniffer_recognises_only_jpeg_png_and_pdf(byte[] data, string? expected) =>
        Assert.That(FileUploads.Sniff(data), Is.EqualTo(expected));
}

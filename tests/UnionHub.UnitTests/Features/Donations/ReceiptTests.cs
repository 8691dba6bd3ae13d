using UnionHub.Api.Features.Donations;

namespace UnionHub.UnitTests.Features.Donations;

public sealed class ReceiptTests
{
    [TestCase(0L, "零元整")]
    [TestCase(5L, "伍分")]
    [TestCase(50L, "伍角整")]
    [TestCase(100L, "壹元整")]
    [TestCase(1_000L, "壹拾元整")]
    [TestCase(100_500L, "壹仟零伍元整")]
    [TestCase(105_000L, "壹仟零伍拾元整")]
    [TestCase(1_234_560L, "壹万贰仟叁佰肆拾伍元陆角整")]
    [TestCase(1_234_507L, "壹万贰仟叁佰肆拾伍元零柒分")]
    [TestCase(10_050_000L, "壹拾万零伍佰元整")]
    [TestCase(100_000_000L, "壹佰万元整")]
    [TestCase(10_000_000_500L, "壹亿零伍元整")]
    [TestCase(10_001_000_000L, "壹亿零壹万元整")]
    public void Amounts_are_written_in_chinese_capitals_as_receipts_require(long fen, string expected) =>
        Assert.That(GetDonationReceipt.InWords(fen), Is.EqualTo(expected));

    [TestCase(2026, 1, "2026-000001")]
    [TestCase(2026, 123, "2026-000123")]
    [TestCase(2027, 1_234_567, "2027-1234567")]
    public void Receipt_numbers_are_the_year_and_a_six_digit_sequence(int year, int seq, string expected) =>
        Assert.That(DonationRules.ReceiptNo(year, seq), Is.EqualTo(expected));
}

using System.Security.Cryptography;
using UnionHub.Api.Features.Perks;

namespace UnionHub.UnitTests.Features.Perks;

public sealed class PerkRulesTests
{
    private static readonly DateTime Start = new(2026, 6, 1, 2, 0, 0, DateTimeKind.Utc); // 10:00 in Shanghai

    private static Release Daily(int? n, int? releaseMinute = null, bool rollover = true, int? memberDaily = null) =>
        new(n, releaseMinute, rollover, memberDaily);

    [Test]
    public void Daily_release_grows_by_china_calendar_day()
    {
        Assert.That(PerkRules.ReleaseCap(Release.None, Start, Start.AddDays(3)), Is.Null);
        Assert.That(PerkRules.ReleaseCap(Daily(100), Start, Start.AddHours(1)), Is.EqualTo(100));
        Assert.That(PerkRules.ReleaseCap(Daily(100), Start, new DateTime(2026, 6, 1, 15, 59, 0, DateTimeKind.Utc)), Is.EqualTo(100), "23:59 in Shanghai");
        Assert.That(PerkRules.ReleaseCap(Daily(100), Start, new DateTime(2026, 6, 1, 16, 0, 0, DateTimeKind.Utc)), Is.EqualTo(200), "midnight in Shanghai");
        Assert.That(PerkRules.Remaining(1000, 150, Daily(100), null, 0, Start, Start.AddDays(1)), Is.EqualTo(50));
        Assert.That(PerkRules.Remaining(120, 100, Daily(100), null, 0, Start, Start.AddDays(5)), Is.EqualTo(20));
        Assert.That(PerkRules.Remaining(10, 10, Release.None, null, 0, Start, Start), Is.Zero);
    }

    [Test]
    public void A_release_day_opens_at_the_release_time_in_beijing_not_at_midnight()
    {
        var tenAm = Daily(100, releaseMinute: 600);
        var day1 = tenAm.Day(Start); // 2026-06-01 10:00 Beijing
        Assert.That(tenAm.Day(new DateTime(2026, 6, 1, 16, 0, 0, DateTimeKind.Utc)), Is.EqualTo(day1), "midnight: still the same release day");
        Assert.That(tenAm.Day(new DateTime(2026, 6, 2, 1, 59, 59, DateTimeKind.Utc)), Is.EqualTo(day1), "09:59:59 the next day");
        Assert.That(tenAm.Day(new DateTime(2026, 6, 2, 2, 0, 0, DateTimeKind.Utc)), Is.EqualTo(day1 + 1), "10:00 the next day");
        Assert.That(tenAm.OpensUtc(day1 + 1), Is.EqualTo(new DateTime(2026, 6, 2, 2, 0, 0, DateTimeKind.Utc)));
        Assert.That(tenAm.NextOpeningUtc(Start.AddHours(20)), Is.EqualTo(new DateTime(2026, 6, 2, 2, 0, 0, DateTimeKind.Utc)));
        Assert.That(PerkRules.ReleaseCap(tenAm, Start, new DateTime(2026, 6, 2, 1, 59, 0, DateTimeKind.Utc)), Is.EqualTo(100));
        Assert.That(PerkRules.ReleaseCap(tenAm, Start, new DateTime(2026, 6, 2, 2, 0, 0, DateTimeKind.Utc)), Is.EqualTo(200));
        Assert.That((tenAm.ReleaseTime, Daily(5).ReleaseTime, Release.None.ReleaseTime), Is.EqualTo(("10:00", "00:00", (string?)null)));
    }

    [Test]
    public void Without_rollover_each_release_day_offers_its_share_only()
    {
        var strict = Daily(10, rollover: false);
        var today = strict.Day(Start);
        Assert.That(PerkRules.ReleaseCap(strict, Start, Start.AddDays(3)), Is.Null, "no cumulative cap: the day's cap decides");
        Assert.That(PerkRules.Remaining(100, 4, strict, today, 4, Start, Start.AddHours(1)), Is.EqualTo(6));
        Assert.That(PerkRules.Remaining(100, 4, strict, today, 4, Start, Start.AddDays(1)), Is.EqualTo(10), "a new day: 10, not 16");
        Assert.That(PerkRules.Remaining(100, 14, strict, today + 1, 10, Start, Start.AddDays(1)), Is.Zero);
        Assert.That(PerkRules.Remaining(12, 8, strict, today, 8, Start, Start.AddDays(1)), Is.EqualTo(4), "the stock still bounds it");
        Assert.That(Release.TryParseTime("23:59", out var m) && m == 1439, Is.True);
        Assert.That(Release.TryParseTime("24:00", out _) || Release.TryParseTime(null, out _), Is.False);
    }

    [Test]
    public void Vouchers_are_valid_until_the_fixed_date_or_for_valid_days_or_until_the_perk_ends()
    {
        var end = Start.AddDays(10);
        var fixedDate = Start.AddDays(30);
        Assert.That(PerkRules.VoucherValidUntil(fixedDate, null, end, Start), Is.EqualTo(fixedDate));
        Assert.That(PerkRules.VoucherValidUntil(null, 7, end, Start.AddDays(1)), Is.EqualTo(Start.AddDays(8)));
        Assert.That(PerkRules.VoucherValidUntil(null, null, end, Start), Is.EqualTo(end));
    }

    [Test]
    public void Unused_vouchers_past_validity_read_as_expired()
    {
        Assert.That(VoucherStatus.Effective("unused", Start, Start.AddSeconds(1)), Is.EqualTo("expired"));
        Assert.That(VoucherStatus.Effective("unused", Start, Start.AddSeconds(-1)), Is.EqualTo("unused"));
        Assert.That(VoucherStatus.Effective("redeemed", Start, Start.AddDays(1)), Is.EqualTo("redeemed"));
        Assert.That(VoucherStatus.Effective("void", Start, Start.AddDays(1)), Is.EqualTo("void"));
    }

    [Test]
    public void Codes_are_16_unambiguous_characters_and_do_not_repeat()
    {
        var codes = Enumerable.Range(0, 20_000).Select(_ => VoucherSigner.NewCode()).ToList();
        Assert.That(codes, Is.All.Length.EqualTo(16));
        Assert.That(codes.SelectMany(c => c).Distinct(), Is.SubsetOf(VoucherSigner.Alphabet));
        Assert.That(codes.SelectMany(c => c).Intersect("ILOU"), Is.Empty);
        Assert.That(codes.Distinct().Count(), Is.EqualTo(codes.Count));
        Assert.That(codes.SelectMany(c => c).Distinct().Count(), Is.EqualTo(32), "every symbol is used: 5 bits a character");
    }

    [Test]
    public void A_signed_payload_verifies_only_with_the_right_key_and_unchanged()
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        using var signer = new VoucherSigner(key);
        var code = VoucherSigner.NewCode();
        var payload = signer.Sign(code);
        Assert.That(payload, Does.StartWith("UH1." + code + "."));

        using var published = VoucherSigner.PublicKeyFromPem(signer.PublicKeyPem);
        Assert.That(VoucherSigner.Verify(payload, published), Is.EqualTo(code));
        Assert.That(VoucherSigner.Verify(payload.Replace(code, VoucherSigner.NewCode(), StringComparison.Ordinal), published), Is.Null);
        Assert.That(VoucherSigner.Verify(payload + "A", published), Is.Null);
        Assert.That(VoucherSigner.Verify(payload[..^4], published), Is.Null);
        Assert.That(VoucherSigner.Verify(null, published), Is.Null);
        Assert.That(VoucherSigner.Verify("UH1.", published), Is.Null);
        using var other = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        Assert.That(VoucherSigner.Verify(payload, other), Is.Null);
    }
}

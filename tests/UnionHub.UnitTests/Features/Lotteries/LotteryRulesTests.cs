using UnionHub.Api.Features.Lotteries;

namespace UnionHub.UnitTests.Features.Lotteries;

/// <summary>
/// Known answers of the documented draw (docs/features/lotteries.md), computed with Node's crypto (as tools/verify-lottery.mjs
/// does): a change to the algorithm breaks every published lottery's verification, so it must fail here first.
/// </summary>
public sealed class LotteryRulesTests
{
    private const string Seed = "000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f";

    [Test]
    public void The_commitment_is_the_sha256_of_the_seed_bytes_in_lower_case_hex()
    {
        var seed = LotteryRules.SeedBytes(Seed.ToUpperInvariant())!;
        Assert.That(LotteryRules.Commitment(seed), Is.EqualTo("630dcd2966c4336691125448bbb25b4ff412a49c732db2c8abc1b8581bd710dd"));
        Assert.That(LotteryRules.Matches(seed, "630dcd2966c4336691125448bbb25b4ff412a49c732db2c8abc1b8581bd710dd"), Is.True);
        Assert.That(LotteryRules.Matches(seed, new string('0', 64)), Is.False);
    }

    [Test]
    public void The_order_is_the_hmac_of_each_decimal_id_ascending()
    {
        var order = LotteryRules.Order(LotteryRules.SeedBytes(Seed)!, [1, 2, 3, 10, 11, 12, 100]);
        Assert.That(order.Select(t => t.ApplicationId), Is.EqualTo(new long[] { 3, 11, 10, 100, 1, 2, 12 }));
        Assert.That(order[0].Hash, Is.EqualTo("1660ab3daf39adaef26ff12827cb24347a239e1d8c842a482d249d3bf66686fb"));
    }

    [Test]
    public void Adding_an_application_does_not_reorder_the_others()
    {
        var seed = LotteryRules.SeedBytes(Seed)!;
        var before = LotteryRules.Order(seed, [1, 2, 3, 10, 11, 12]).Select(t => t.ApplicationId).ToList();
        var after = LotteryRules.Order(seed, [1, 2, 3, 10, 11, 12, 100]).Select(t => t.ApplicationId).Where(id => id != 100).ToList();
        Assert.That(after, Is.EqualTo(before));
    }

    [TestCase("")]
    [TestCase("abc")]
    [TestCase("0011223344556677889900112233445")] // 15.5 bytes
    [TestCase("00112233445566778899aabbccddeeff0")]
    [TestCase("zz112233445566778899aabbccddeeff")]
    public void Seeds_are_16_to_64_bytes_of_hex(string seed) => Assert.That(LotteryRules.SeedBytes(seed), Is.Null);

    [Test]
    public void A_commitment_is_64_hex_characters_stored_in_lower_case()
    {
        Assert.That(LotteryRules.NormaliseCommitment(" " + new string('A', 64) + " "), Is.EqualTo(new string('a', 64)));
        Assert.That(LotteryRules.NormaliseCommitment(new string('a', 63)), Is.Null);
        Assert.That(LotteryRules.NormaliseCommitment(new string('g', 64)), Is.Null);
    }
}

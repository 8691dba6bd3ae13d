using System.Globalization;
using System.Security.Cryptography;
using System.Text;
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

    [Test]
    public void With_every_weight_1_the_weighted_order_is_the_unweighted_ticket_ascending_order()
    {
        var seed = RandomNumberGenerator.GetBytes(32);
        var ids = Enumerable.Range(1, 3000).Select(i => (long)i * 7919 % 100_003).Distinct().ToList();
        var weighted = LotteryRules.Order(seed, ids.Select(id => (id, 1))).Select(t => t.ApplicationId).ToList();
        using var hmac = new HMACSHA256(seed);
        var unweighted = ids
            .Select(id => (Id: id, Ticket: Convert.ToHexStringLower(hmac.ComputeHash(Encoding.ASCII.GetBytes(id.ToString(CultureInfo.InvariantCulture))))))
            .OrderBy(t => t.Ticket, StringComparer.Ordinal).ThenBy(t => t.Id).Select(t => t.Id).ToList();
        Assert.That(weighted, Is.EqualTo(unweighted), "existing draws verify unchanged");
    }

    [Test]
    public void The_weighted_order_is_the_known_answer_of_the_repository_script()
    {
        // computed with tools/verify-lottery.mjs (BigInt) and with Python's math.log (the ln(u)/w form): the same order
        var weights = new Dictionary<long, int> { [1] = 1, [2] = 3, [3] = 1, [10] = 2, [11] = 1, [12] = 3, [100] = 1 };
        var order = LotteryRules.Order(LotteryRules.SeedBytes(Seed)!, weights.Select(w => (w.Key, w.Value)));
        Assert.That(order.Select(t => t.ApplicationId), Is.EqualTo(new long[] { 3, 10, 11, 2, 100, 1, 12 }));
        Assert.That(order.Select(t => t.Weight), Is.EqualTo(new[] { 1, 2, 1, 3, 1, 1, 3 }));
    }

    [Test]
    public void U_is_the_first_52_bits_reversed_with_a_half_step_and_exact_in_a_double()
    {
        Assert.That(LotteryRules.KeyNumerator(new string('0', 64)), Is.EqualTo((1L << 53) - 1));
        Assert.That(LotteryRules.KeyNumerator(new string('f', 64)), Is.EqualTo(1));
        Assert.That(LotteryRules.U(new string('0', 64)), Is.EqualTo(1 - Math.Pow(2, -53)));
        Assert.That(LotteryRules.U("8" + new string('0', 63)), Is.EqualTo(0.5 - Math.Pow(2, -53)));
    }

    [Test]
    public void A_weight_3_application_comes_first_against_a_weight_1_one_three_times_in_four()
    {
        // Efraimidis-Spirakis: the first pick is proportional to weight; 4000 fixed seeds, so the count is fixed too
        var first = 0;
        for (var i = 0; i < 4000; i++)
        {
            var seed = SHA256.HashData(BitConverter.GetBytes(i));
            if (LotteryRules.Order(seed, [(1L, 3), (2L, 1)])[0].ApplicationId == 1)
            {
                first++;
            }
        }

        Assert.That(first / 4000.0, Is.InRange(0.72, 0.78));
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

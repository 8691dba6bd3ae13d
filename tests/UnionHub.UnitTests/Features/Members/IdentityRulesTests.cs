using System.Security.Cryptography;
using System.Text;
using UnionHub.Api.Features.Members;
using UnionHub.Api.Platform;

namespace UnionHub.UnitTests.Features.Members;

public sealed class IdNumberTests
{
    private static readonly DateOnly Today = new(2026, 11, 23);

    [TestCase("11010519491231002X")]
    [TestCase("11010519491231002x")]
    [TestCase(" 11010519491231002X ")]
    public void A_valid_number_is_normalised_to_upper_case_X(string input)
    {
        var (normalised, problem) = IdNumber.Validate(input, Today);
        Assert.That(problem, Is.EqualTo(IdNumber.Problem.None));
        Assert.That(normalised, Is.EqualTo("11010519491231002X"));
    }

    [TestCase("", IdNumber.Problem.Length)]
    [TestCase("11010519491231002", IdNumber.Problem.Length)]
    [TestCase("1101051949123100X2", IdNumber.Problem.Digits)]
    [TestCase("11010519491331002X", IdNumber.Problem.BirthDate)] // month 13
    [TestCase("110105194902300020", IdNumber.Problem.BirthDate)] // 30 February
    [TestCase("110105194912310021", IdNumber.Problem.CheckCharacter)]
    public void Invalid_numbers_say_why(string input, IdNumber.Problem expected) =>
        Assert.That(IdNumber.Validate(input, Today).Problem, Is.EqualTo(expected));

    [Test]
    public void A_birth_date_in_the_future_is_refused()
    {
        var first17 = "11010520261124001";
        var id = first17 + IdNumber.CheckCharacter(first17);
        Assert.That(IdNumber.Validate(id, Today).Problem, Is.EqualTo(IdNumber.Problem.BirthDate));
        Assert.That(IdNumber.Validate(id, Today.AddDays(1)).Problem, Is.EqualTo(IdNumber.Problem.None));
    }
}

public sealed class CreditCodeTests
{
    [TestCase("91350100M000100Y43")]
    [TestCase("91110000600037341L")]
    public void Known_codes_are_valid(string code) => Assert.That(CreditCode.Normalise(code), Is.EqualTo(code));

    [TestCase("91350100M000100Y44")] // wrong check character
    [TestCase("91350100M000100Y4")]  // too short
    [TestCase("91350100M00O100Y43")] // letter O is not in the alphabet
    public void Bad_codes_are_refused(string code) => Assert.That(CreditCode.Normalise(code), Is.Null);

    [Test]
    public void Lower_case_is_accepted() => Assert.That(CreditCode.Normalise("91350100m000100y43"), Is.EqualTo("91350100M000100Y43"));
}

public sealed class MaskTests
{
    [Test]
    public void Masks_follow_the_contract()
    {
        Assert.That(Mask.IdNumber("110115199001011234"), Is.EqualTo("110115********1234"));
        Assert.That(Mask.Phone("13812345678"), Is.EqualTo("138****5678"));
        Assert.That(Mask.Name("王小明"), Is.EqualTo("王*明"));
        Assert.That(Mask.Name("欧阳娜娜"), Is.EqualTo("欧**娜"));
        Assert.That(Mask.Name("王明"), Is.EqualTo("王*"));
    }
}

public sealed class PiiProtectorTests
{
    private static PiiProtector Make(string active, params (string Id, byte[] Key)[] keys) =>
        new(active, keys.ToDictionary(k => k.Id, k => k.Key), new byte[32]);

    [Test]
    public void Round_trips_without_the_plain_text_in_the_blob()
    {
        var pii = Make("k1", ("k1", RandomNumberGenerator.GetBytes(32)));
        var blob = pii.Encrypt("11010519491231002X");
        Assert.That(pii.Decrypt(blob), Is.EqualTo("11010519491231002X"));
        Assert.That(Encoding.UTF8.GetString(blob), Does.Not.Contain("11010519491231002X"));
        var first = pii.Encrypt("same");
        Assert.That(pii.Encrypt("same"), Is.Not.EqualTo(first), "random nonce per value");
    }

    [Test]
    public void Old_keys_still_decrypt_after_rotation_and_tampering_is_detected()
    {
        var k1 = RandomNumberGenerator.GetBytes(32);
        var k2 = RandomNumberGenerator.GetBytes(32);
        var old = Make("k1", ("k1", k1)).Encrypt("王小明");
        var rotated = Make("k2", ("k1", k1), ("k2", k2));
        Assert.That(rotated.Decrypt(old), Is.EqualTo("王小明"));
        Assert.That(rotated.Encrypt("x")[2..4], Is.EqualTo("k2"u8.ToArray()));

        old[^1] ^= 1;
        Assert.Throws(Is.InstanceOf<CryptographicException>(), () => rotated.Decrypt(old));
    }

    [Test]
    public void Blind_indexes_are_stable_and_separated_by_purpose()
    {
        var pii = Make("k1", ("k1", new byte[32]));
        var index = pii.IdNumberIndex("X");
        Assert.That(pii.IdNumberIndex("X"), Is.EqualTo(index));
        Assert.That(pii.IdNumberIndex("X"), Is.Not.EqualTo(pii.PhoneIndex("X")));
        Assert.That(pii.IdNumberIndex("X"), Has.Length.EqualTo(32));
    }
}

using System.Security.Cryptography;
using UnionHub.Api.Features.Identity;
using UnionHub.Api.Platform;

namespace UnionHub.UnitTests.Features.Identity;

public sealed class SmsCodesTests
{
    private static PiiProtector Pii(byte[]? indexKey = null) =>
        new("k1", new Dictionary<string, byte[]> { ["k1"] = RandomNumberGenerator.GetBytes(32) }, indexKey ?? RandomNumberGenerator.GetBytes(32));

    [TestCase("13800138000", true)]
    [TestCase("19912345678", true)]
    [TestCase("16600000000", true)]
    [TestCase("12800138000", false)]
    [TestCase("10800138000", false)]
    [TestCase("23800138000", false)]
    [TestCase("1380013800", false)]
    [TestCase("138001380001", false)]
    [TestCase("+8613800138000", false)]
    [TestCase("138 0013 8000", false)]
    [TestCase("１３８００１３８０００", false)]
    [TestCase("", false)]
    [TestCase(null, false)]
    public void Mainland_mobiles(string? phone, bool valid) => Assert.That(SmsCodes.IsMainlandMobile(phone), Is.EqualTo(valid));

    [Test]
    public void Codes_are_six_digits_and_spread()
    {
        var codes = Enumerable.Range(0, 2000).Select(_ => SmsCodes.NewCode()).ToList();
        Assert.That(codes, Is.All.Match("^[0-9]{6}$"));
        Assert.That(codes.Distinct().Count(), Is.GreaterThan(1900), "2,000 draws from a million rarely collide");
        Assert.That(codes.Select(c => c[0]).Distinct().Count(), Is.EqualTo(10), "leading zeros are kept");
    }

    [Test]
    public void Code_hash_is_keyed_and_bound_to_the_phone()
    {
        var key = RandomNumberGenerator.GetBytes(32);
        var pii = Pii(key);
        var hash = SmsCodes.Hash(pii, "13800138000", "123456");
        Assert.That(hash, Has.Length.EqualTo(32));
        Assert.That(SmsCodes.Hash(Pii(key), "13800138000", "123456"), Is.EqualTo(hash), "same key, same hash");
        Assert.That(SmsCodes.Hash(pii, "13800138001", "123456"), Is.Not.EqualTo(hash), "another phone");
        Assert.That(SmsCodes.Hash(pii, "13800138000", "123457"), Is.Not.EqualTo(hash), "another code");
        Assert.That(SmsCodes.Hash(Pii(), "13800138000", "123456"), Is.Not.EqualTo(hash), "another key");
        Assert.That(SmsCodes.Hash(pii, "13800138000", "123456"), Is.Not.EqualTo(pii.PhoneIndex("13800138000")), "not the phone's index");
        Assert.That(SHA256.HashData("13800138000:123456"u8.ToArray()), Is.Not.EqualTo(hash), "not a plain, unkeyed hash");
    }

    [Test]
    public void Outbound_failures_count_as_transient_only_for_5xx_408_and_connection_errors()
    {
        static bool T(System.Net.HttpStatusCode s) => OutboundHttp.IsTransient(Polly.Outcome.FromResult(new HttpResponseMessage(s)));
        Assert.That(T(System.Net.HttpStatusCode.ServiceUnavailable), Is.True);
        Assert.That(T(System.Net.HttpStatusCode.InternalServerError), Is.True);
        Assert.That(T(System.Net.HttpStatusCode.RequestTimeout), Is.True);
        Assert.That(T(System.Net.HttpStatusCode.BadRequest), Is.False);
        Assert.That(T(System.Net.HttpStatusCode.Unauthorized), Is.False);
        Assert.That(T(System.Net.HttpStatusCode.OK), Is.False);
        Assert.That(OutboundHttp.IsTransient(Polly.Outcome.FromException<HttpResponseMessage>(new HttpRequestException("x"))), Is.True);
        Assert.That(OutboundHttp.IsTransient(Polly.Outcome.FromException<HttpResponseMessage>(new InvalidOperationException())), Is.False);
    }
}

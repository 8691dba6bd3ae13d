using System.Net;
using System.Security.Cryptography;
using System.Text;
using Dapper;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace UnionHub.IntegrationTests.Platform;

/// <summary>Tokens that must be refused: every one of these is a 401 on a protected route.</summary>
public sealed class JwtTests : ApiTest
{
    private const string Protected = "/api/v1/admin/audit";

    private static string Token(byte[] key, string audience = "unionhub-api", string issuer = "unionhub",
        DateTime? expires = null, string role = "super_admin", string alg = SecurityAlgorithms.HmacSha256)
    {
        var now = Api.Clock.GetUtcNow().UtcDateTime.AddMinutes(-1);
        var exp = expires ?? Api.Clock.GetUtcNow().UtcDateTime.AddMinutes(10);
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = audience,
            IssuedAt = exp < now ? exp.AddMinutes(-10) : now,
            NotBefore = exp < now ? exp.AddMinutes(-10) : now,
            Expires = exp,
            Claims = new Dictionary<string, object> { ["sub"] = AdminId, ["kind"] = "staff", ["role"] = new[] { role } },
            SigningCredentials = new SigningCredentials(new SymmetricSecurityKey(key), alg),
        });
    }

    /// <summary>A real staff account: staff tokens are also checked against their account (StaffAccountAdminTests).</summary>
    private static string AdminId
    {
        get
        {
            using var db = DbAsync().GetAwaiter().GetResult();
            return db.ExecuteScalar<long>("SELECT id FROM staff_user WHERE username = 'admin'").ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
    }

    private static byte[] RightKey => Convert.FromBase64String(ApiFactory.SigningKey);

    private static async Task AssertUnauthorized(string? token)
    {
        using var client = token is null ? Anonymous() : WithToken(token);
        var response = await client.GetAsync(Protected);
        await Problem.ExpectAsync(response, 401, "auth.unauthenticated");
    }

    [Test]
    public async Task A_valid_token_is_accepted() // the control: the refusals below fail for the reason named
    {
        using var client = WithToken(Token(RightKey));
        var response = await client.GetAsync(Protected);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
    }

    [Test]
    public async Task A_token_accepted_before_vouches_for_nothing_but_itself() // accepted answers are reused (ValidatedTokenCache)
    {
        var token = Token(RightKey);
        using (var client = WithToken(token))
        {
            Assert.That((await client.GetAsync(Protected)).StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That((await client.GetAsync(Protected)).StatusCode, Is.EqualTo(HttpStatusCode.OK), "the same token again");
        }

        var parts = token.Split('.');
        var signature = parts[2].ToCharArray();
        signature[4] = signature[4] == 'A' ? 'B' : 'A';
        await AssertUnauthorized($"{parts[0]}.{parts[1]}.{new string(signature)}");
        var claims = Encoding.UTF8.GetString(Base64UrlEncoder.DecodeBytes(parts[1])).Replace("super_admin", "org_admin", StringComparison.Ordinal);
        await AssertUnauthorized($"{parts[0]}.{Base64UrlEncoder.Encode(Encoding.UTF8.GetBytes(claims))}.{parts[2]}");
    }

    [Test]
    public Task No_token_is_401() => AssertUnauthorized(null);

    [Test]
    public Task Expired_token_is_401() => AssertUnauthorized(Token(RightKey, expires: Api.Clock.GetUtcNow().UtcDateTime.AddMinutes(-5)));

    [Test]
    public Task Token_signed_with_another_key_is_401() => AssertUnauthorized(Token(RandomNumberGenerator.GetBytes(32)));

    [Test]
    public Task Token_for_another_audience_is_401() => AssertUnauthorized(Token(RightKey, audience: "someone-else"));

    [Test]
    public Task Token_from_another_issuer_is_401() => AssertUnauthorized(Token(RightKey, issuer: "evil"));

    [Test]
    public Task Token_signed_with_another_algorithm_is_401() =>
        AssertUnauthorized(Token(RandomNumberGenerator.GetBytes(64), alg: SecurityAlgorithms.HmacSha512));

    [Test]
    public Task Unsigned_alg_none_token_is_401()
    {
        static string B64(string s) => Base64UrlEncoder.Encode(Encoding.UTF8.GetBytes(s));
        var exp = Api.Clock.GetUtcNow().AddMinutes(10).ToUnixTimeSeconds();
        var header = B64("{\"alg\":\"none\",\"typ\":\"JWT\"}");
        var payload = B64($"{{\"sub\":\"1\",\"kind\":\"staff\",\"role\":[\"super_admin\"],\"iss\":\"unionhub\",\"aud\":\"unionhub-api\",\"exp\":{exp}}}");
        return AssertUnauthorized($"{header}.{payload}.");
    }

    [Test]
    public Task Garbage_token_is_401() => AssertUnauthorized("not.a.jwt");

    [Test]
    public async Task Member_token_on_an_admin_route_is_403()
    {
        using var client = WithToken(MemberToken(42));
        var response = await client.GetAsync(Protected);
        await Problem.ExpectAsync(response, 403, "auth.forbidden");
    }
}

/// <summary>Token lifetimes follow the injected clock, so tests that move time keep working tokens.</summary>
public sealed class JwtClockTests : ApiTest
{
    [Test]
    public async Task A_token_issued_after_moving_the_clock_is_valid_and_expires_by_that_clock()
    {
        Api.Clock.Advance(TimeSpan.FromHours(2));
        using var admin = await AdminAsync();
        Assert.That((await admin.GetAsync("/api/v1/admin/audit")).StatusCode, Is.EqualTo(System.Net.HttpStatusCode.OK));

        Api.Clock.Advance(TimeSpan.FromMinutes(15) + TimeSpan.FromSeconds(31));
        await Problem.ExpectAsync(await admin.GetAsync("/api/v1/admin/audit"), 401, "auth.unauthenticated");
    }
}

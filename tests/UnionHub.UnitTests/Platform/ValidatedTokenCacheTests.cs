using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using UnionHub.Api.Platform;

namespace UnionHub.UnitTests.Platform;

public sealed class ValidatedTokenCacheTests
{
    private static SymmetricSecurityKey NewKey() => new(RandomNumberGenerator.GetBytes(32));

    private static TokenValidationParameters Trusting(SecurityKey key) => new()
    {
        ValidIssuer = "unionhub",
        ValidAudience = "unionhub-api",
        IssuerSigningKey = key,
        ValidAlgorithms = [SecurityAlgorithms.HmacSha256],
        ClockSkew = TimeSpan.Zero,
    };

    private static string Token(SecurityKey key, DateTime now) => new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
    {
        Issuer = "unionhub",
        Audience = "unionhub-api",
        Subject = new ClaimsIdentity([new Claim("sub", "42")]),
        IssuedAt = now,
        NotBefore = now,
        Expires = now.AddMinutes(30),
        SigningCredentials = new SigningCredentials(key, SecurityAlgorithms.HmacSha256),
    });

    [Test]
    public async Task An_answer_is_reused_only_while_the_same_key_is_trusted()
    {
        var clock = TimeProvider.System; // the handler judges lifetimes by the system clock here (the API sets a LifetimeValidator)
        var handler = new ValidatedTokenCache(clock);
        var oldKey = NewKey();
        var token = Token(oldKey, clock.GetUtcNow().UtcDateTime);
        var underOld = Trusting(oldKey);

        Assert.That((await handler.ValidateTokenAsync(token, underOld)).IsValid, Is.True);
        // a per-call clone of the same parameters (as JwtBearer makes) shares the key: the remembered answer stands
        Assert.That((await handler.ValidateTokenAsync(token, underOld.Clone())).IsValid, Is.True);

        // the key is taken out of service: the token signed with it is refused at once, not after the reuse window
        var rotated = Trusting(NewKey());
        var refused = await handler.ValidateTokenAsync(token, rotated);
        Assert.That(refused.IsValid, Is.False);
        Assert.That(refused.Exception, Is.InstanceOf<SecurityTokenSignatureKeyNotFoundException>().Or.InstanceOf<SecurityTokenInvalidSignatureException>());

        // another audience is not the same trust either
        var otherAudience = underOld.Clone();
        otherAudience.ValidAudience = "another-api";
        Assert.That((await handler.ValidateTokenAsync(token, otherAudience)).IsValid, Is.False);
    }
}

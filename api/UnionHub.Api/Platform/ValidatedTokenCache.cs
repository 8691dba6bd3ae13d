using System.Collections.Concurrent;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace UnionHub.Api.Platform;

/// <summary>
/// The bearer token handler, with the answers it gave remembered for a short while: a phone sends the same token with every
/// call (in a drop, a member presses every second or two), and checking its HMAC signature and parsing its JSON again is
/// about a tenth of the API's CPU on a refused claim (bench/RESULTS.md, ADR 0008). Only valid tokens are remembered, by their
/// exact text, and each answer is used only while the token's own lifetime (judged by the same clock and skew as the
/// handler's <c>LifetimeValidator</c>) and <see cref="Ttl"/> both allow it; everything that is decided per request
/// (a staff account's session version, <c>OnTokenValidated</c>) still runs on every call, since the handler builds a new
/// principal from the remembered identity each time. The identity is shared between calls, so nothing may add claims to
/// it (the password-change gate adds an identity to the principal instead). An answer is reused only under the signing key(s),
/// issuer and audience it was given under: validation parameters with another key (a key taken out of service) check the token
/// afresh.
/// </summary>
public sealed class ValidatedTokenCache(TimeProvider clock) : JsonWebTokenHandler
{
    /// <summary>How long an answer is reused at most.</summary>
    public static readonly TimeSpan Ttl = TimeSpan.FromSeconds(60);

    /// <summary>Bound on the tokens remembered (about 2.5 KB each); past it the memory is cleared and filled again.</summary>
    public const int MaxEntries = 50_000;

    private readonly ConcurrentDictionary<string, Entry> _valid = new(StringComparer.Ordinal);
    private int _count;

    private sealed record Entry(TokenValidationResult Result, DateTime NotBefore, DateTime Expires, DateTime ReuseUntil,
        SecurityKey? Key, IEnumerable<SecurityKey>? Keys, string? Issuer, string? Audience)
    {
        /// <summary>Whether the parameters trust what they trusted when the token was checked (JwtBearer clones them per call).</summary>
        public bool SameTrust(TokenValidationParameters p) => ReferenceEquals(Key, p.IssuerSigningKey) && ReferenceEquals(Keys, p.IssuerSigningKeys)
            && string.Equals(Issuer, p.ValidIssuer, StringComparison.Ordinal) && string.Equals(Audience, p.ValidAudience, StringComparison.Ordinal);
    }

    public override async Task<TokenValidationResult> ValidateTokenAsync(string token, TokenValidationParameters validationParameters)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        if (_valid.TryGetValue(token, out var known))
        {
            var skew = validationParameters.ClockSkew;
            if (now < known.ReuseUntil && known.Expires > now - skew && known.NotBefore <= now + skew && known.SameTrust(validationParameters))
            {
                return known.Result;
            }

            if (_valid.TryRemove(new KeyValuePair<string, Entry>(token, known)))
            {
                Interlocked.Decrement(ref _count);
            }
        }

        var result = await base.ValidateTokenAsync(token, validationParameters);
        if (result.IsValid && result.SecurityToken is JsonWebToken jwt)
        {
            if (Volatile.Read(ref _count) >= MaxEntries)
            {
                _valid.Clear();
                Volatile.Write(ref _count, 0);
            }

            if (_valid.TryAdd(token, new Entry(result, jwt.ValidFrom == DateTime.MinValue ? DateTime.MinValue : jwt.ValidFrom, jwt.ValidTo,
                now + Ttl, validationParameters.IssuerSigningKey, validationParameters.IssuerSigningKeys, validationParameters.ValidIssuer,
                validationParameters.ValidAudience)))
            {
                Interlocked.Increment(ref _count);
            }
        }

        return result;
    }
}

using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using Dapper;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;
using MySqlConnector;

namespace UnionHub.Api.Platform;

/// <summary>
/// <c>X-Api-Key</c> authentication for partner merchant systems. A valid, unrevoked key becomes a principal
/// of kind <c>merchant_key</c> bound to its merchant. Keys are looked up by their SHA-256.
/// </summary>
public sealed class ApiKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder,
    MySqlDataSource db, TimeProvider clock)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = SwaggerSetup.ApiKey;
    public const string HeaderName = "X-Api-Key";
    public const string KeyPrefix = "uhk_";

    private sealed record KeyRow(long Id, long MerchantId, DateTime? LastUsedAt);

    public static byte[] Hash(string key) => SHA256.HashData(Encoding.UTF8.GetBytes(key));

    /// <summary>A new key: <c>uhk_</c> + 43 characters of base64url (256 random bits).</summary>
    public static string NewKey() => KeyPrefix + Base64UrlTextEncoder.Encode(RandomNumberGenerator.GetBytes(32));

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var key = Request.Headers[HeaderName].ToString();
        if (string.IsNullOrEmpty(key))
        {
            return AuthenticateResult.NoResult();
        }

        if (key.Length > 100 || !key.StartsWith(KeyPrefix, StringComparison.Ordinal))
        {
            return AuthenticateResult.Fail("Malformed API key.");
        }

        await using var conn = await db.OpenConnectionAsync(Context.RequestAborted);
        var row = await conn.QuerySingleOrDefaultAsync<KeyRow>(new CommandDefinition(
            "SELECT id, merchant_id AS MerchantId, last_used_at AS LastUsedAt FROM merchant_api_key WHERE key_hash = @hash AND revoked_at IS NULL",
            new { hash = Hash(key) }, cancellationToken: Context.RequestAborted));
        if (row is null)
        {
            return AuthenticateResult.Fail("Unknown or revoked API key.");
        }

        var now = clock.GetUtcNow().UtcDateTime;
        if (row.LastUsedAt is null || row.LastUsedAt < now.AddMinutes(-1))
        {
            // at most one write a minute per key: "last used" needs no more precision than that
            await conn.ExecuteAsync(new CommandDefinition("UPDATE merchant_api_key SET last_used_at = @now WHERE id = @id",
                new { now, id = row.Id }, cancellationToken: Context.RequestAborted));
        }

        var inv = System.Globalization.CultureInfo.InvariantCulture;
        var identity = new ClaimsIdentity(
        [
            new Claim("sub", row.Id.ToString(inv)),
            new Claim(AuthSetup.ClaimKind, "merchant_key"),
            new Claim(AuthSetup.ClaimMerchant, row.MerchantId.ToString(inv)),
        ], SchemeName, "sub", AuthSetup.ClaimRole);
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName));
    }
}

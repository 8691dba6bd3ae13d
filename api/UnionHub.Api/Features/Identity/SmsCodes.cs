using System.Security.Cryptography;
using System.Text.RegularExpressions;
using Dapper;
using MySqlConnector;
using UnionHub.Api.Platform;

namespace UnionHub.Api.Features.Identity;

/// <summary>
/// Mainland mobile numbers and one-time SMS login codes: 6 digits from a CSPRNG, stored only as an HMAC
/// (keyed blind index over phone and code, so a stolen table cannot be brute-forced offline), valid for
/// 5 minutes, single use, at most 5 tries. Only the newest code of a phone counts.
/// </summary>
public static partial class SmsCodes
{
    public const int MaxAttempts = 5;
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(5);

    [GeneratedRegex(@"^1[3-9][0-9]{9}$")]
    private static partial Regex MainlandMobile();

    [GeneratedRegex(@"^[0-9]{6}$")]
    private static partial Regex SixDigits();

    /// <summary>11 digits, 1 then 3-9: mainland China mobiles only (no +86, spaces or dashes).</summary>
    public static bool IsMainlandMobile(string? phone) => phone is not null && MainlandMobile().IsMatch(phone);

    public static bool IsWellFormedCode(string? code) => code is not null && SixDigits().IsMatch(code);

    public static string NewCode() => RandomNumberGenerator.GetInt32(0, 1_000_000).ToString("D6", System.Globalization.CultureInfo.InvariantCulture);

    public static byte[] Hash(PiiProtector pii, string phone, string code) => pii.Index("sms-code", phone + ":" + code);

    private const string Insert = """
        INSERT INTO sms_code (phone_hash, code_hash, created_at, expires_at) VALUES (@PhoneHash, @CodeHash, @Now, @Expires)
        """;

    private const string Newest = """
        SELECT id FROM sms_code WHERE phone_hash = @PhoneHash ORDER BY id DESC LIMIT 1
        """;

    // A try is taken before the code is compared, by one statement that both checks a try is left and spends it: parallel
    // guesses cannot all read "tries left" before the count reaches the limit (40 at once still get 5 comparisons).
    private const string TakeTry = """
        UPDATE sms_code SET attempts = attempts + 1
        WHERE id = @Id AND consumed_at IS NULL AND attempts < @Max AND expires_at > @Now
        """;

    // The database compares: the code matches and is still unused and unexpired.
    private const string Consume = """
        UPDATE sms_code SET consumed_at = @Now WHERE id = @Id AND code_hash = @CodeHash AND consumed_at IS NULL AND expires_at > @Now
        """;

    /// <summary>Counts one login attempt of the client address; a refusal is the 429 to answer.</summary>
    private static async Task<Microsoft.AspNetCore.Http.HttpResults.ProblemHttpResult?> LimitAttemptsAsync(HttpContext http, RateCounter limits,
        SmsOptions options, CancellationToken ct)
    {
        var decision = await limits.HitAsync($"sms-login:addr:{DbRateLimit.ClientAddress(http)}:h", options.LoginPerAddressPerHour, TimeSpan.FromHours(1), ct);
        return decision.Allowed ? null : RateLimited.Problem(http, decision.RetryAfter);
    }

    /// <summary>
    /// The proof of a phone every SMS route asks for: a mainland mobile number (422), an attempt the client address may
    /// still make (429), and the newest code of that phone, which is spent (401 <c>auth.invalid_code</c>). Null: proven.
    /// Runs on its own connection: a tried code stays counted (and a used one used) whatever the caller's transaction does.
    /// </summary>
    internal static async Task<Microsoft.AspNetCore.Http.HttpResults.ProblemHttpResult?> ProveAsync(string? phone, string? code, HttpContext http,
        MySqlConnection conn, PiiProtector pii, RateCounter limits, SmsOptions options, DateTimeOffset now, CancellationToken ct)
    {
        if (!IsMainlandMobile(phone))
        {
            return SmsSend.InvalidPhone();
        }

        if (await LimitAttemptsAsync(http, limits, options, ct) is { } refused)
        {
            return refused;
        }

        return string.IsNullOrEmpty(code) || code.Length > 16 || !await TryConsumeAsync(conn, pii, phone!, code, now, ct)
            ? SmsLogin.InvalidCode()
            : null;
    }

    public static Task StoreAsync(MySqlConnection conn, PiiProtector pii, string phone, string code, DateTimeOffset now, CancellationToken ct) =>
        conn.ExecuteAsync(new CommandDefinition(Insert, new
        {
            PhoneHash = pii.PhoneIndex(phone),
            CodeHash = Hash(pii, phone, code),
            Now = now.UtcDateTime,
            Expires = (now + Lifetime).UtcDateTime,
        }, cancellationToken: ct));

    /// <summary>Takes one of the newest code's tries, then spends the code when <paramref name="code"/> matches it.</summary>
    public static async Task<bool> TryConsumeAsync(MySqlConnection conn, PiiProtector pii, string phone, string code, DateTimeOffset now,
        CancellationToken ct)
    {
        var id = await conn.ExecuteScalarAsync<long?>(new CommandDefinition(Newest, new { PhoneHash = pii.PhoneIndex(phone) }, cancellationToken: ct));
        if (id is null)
        {
            return false;
        }

        if (await conn.ExecuteAsync(new CommandDefinition(TakeTry, new { Id = id, Now = now.UtcDateTime, Max = MaxAttempts },
                cancellationToken: ct)) != 1)
        {
            return false; // no try left (or used, expired)
        }

        return await conn.ExecuteAsync(new CommandDefinition(Consume,
            new { Id = id, CodeHash = Hash(pii, phone, code), Now = now.UtcDateTime }, cancellationToken: ct)) == 1;
    }
}

using Dapper;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using MySqlConnector;
using UnionHub.Api.Platform;

namespace UnionHub.Api.Features.Identity;

/// <summary>
/// POST /admin/auth/login: password login for staff; returns a refresh token too. At most 5 tries without a success, then the
/// account is locked for 15 minutes. A try is taken (one conditional UPDATE) before the slow password hash is checked, so
/// parallel logins cannot all read "not locked" first. Unknown, disabled, locked and wrong all answer the same 401
/// <c>auth.invalid_credentials</c> after the same hash work, so the answer does not tell whether a username exists.
/// </summary>
public static class StaffLogin
{
    public const int MaxFailures = 5;
    public static readonly TimeSpan LockoutDuration = TimeSpan.FromMinutes(15);

    public sealed record Request(string? Username, string? Password);

    internal sealed record StaffRow(long Id, string Username, string PasswordHash, string Role, long? OrgId, long? MerchantId,
        DateTime? LockedUntil, bool Disabled, long? EnterpriseId, bool MustChangePassword, int SessionVersion);

    internal static readonly PasswordHasher<string> Hasher = new();

    // A hash to verify against when the user does not exist, so both paths cost the same.
    private static readonly string DummyHash = Hasher.HashPassword("", "not-a-real-password");

    internal const string SelectColumns = """
        SELECT id, username, password_hash AS PasswordHash, role, org_id AS OrgId, merchant_id AS MerchantId,
               locked_until AS LockedUntil, disabled, enterprise_id AS EnterpriseId, must_change_password AS MustChangePassword,
               session_version AS SessionVersion
        FROM staff_user
        """;

    private const string SelectUser = SelectColumns + " WHERE username = @Username";

    // One statement checks that the account is not locked and takes a try: failed_logins counts the tries since the last success
    // (a lock that has run out starts a new count); the try that reaches the limit locks the account, before its password is even
    // checked (a success then unlocks it). Both assignments read only the old failed_logins (locked_until's comes first), so they
    // mean the same under left-to-right and simultaneous (MariaDB SIMULTANEOUS_ASSIGNMENT) semantics.
    private const string TakeTry = """
        UPDATE staff_user
        SET locked_until = CASE WHEN (CASE WHEN failed_logins >= @Max THEN 0 ELSE failed_logins END) + 1 >= @Max THEN @LockUntil ELSE NULL END,
            failed_logins = CASE WHEN failed_logins >= @Max THEN 1 ELSE failed_logins + 1 END
        WHERE id = @Id AND disabled = 0 AND (locked_until IS NULL OR locked_until <= @Now)
        """;

    // The upgraded hash replaces only the hash this login checked: a reset or change committed since then stays (ADR 0021).
    private const string RecordSuccess = """
        UPDATE staff_user SET failed_logins = 0, locked_until = NULL,
               password_hash = IF(@NewHash IS NOT NULL AND password_hash = @OldHash, @NewHash, password_hash), last_login_at = @Now
        WHERE id = @Id
        """;

    public static async Task<Results<Ok<TokensResponse>, ProblemHttpResult>> Handle(
        Request request, MySqlDataSource db, Sessions sessions, TimeProvider clock, CancellationToken ct)
    {
        var v = new Validator().Required(request.Username, "username", 64).Required(request.Password, "password", 128);
        if (!v.IsValid)
        {
            return v.Problem();
        }

        await using var conn = await db.OpenConnectionAsync(ct);
        var user = await conn.QuerySingleOrDefaultAsync<StaffRow>(new CommandDefinition(SelectUser, new { request.Username }, cancellationToken: ct));
        var now = clock.GetUtcNow();
        if (user is null || user.Disabled || await conn.ExecuteAsync(new CommandDefinition(TakeTry,
                new { user.Id, Max = MaxFailures, Now = now.UtcDateTime, LockUntil = (now + LockoutDuration).UtcDateTime }, cancellationToken: ct)) != 1)
        {
            Hasher.VerifyHashedPassword("", DummyHash, request.Password!); // unknown, disabled or locked: the same work and answer as wrong
            return InvalidCredentials();
        }

        var result = Hasher.VerifyHashedPassword(user.Username, user.PasswordHash, request.Password!);
        if (result == PasswordVerificationResult.Failed)
        {
            return InvalidCredentials(); // the try was counted before the check
        }

        var newHash = result == PasswordVerificationResult.SuccessRehashNeeded ? Hasher.HashPassword(user.Username, request.Password!) : null;
        await conn.ExecuteAsync(new CommandDefinition(RecordSuccess,
            new { user.Id, NewHash = newHash, OldHash = user.PasswordHash, Now = now.UtcDateTime }, cancellationToken: ct));

        return TypedResults.Ok(await sessions.ForStaffAsync(conn, null, user, null, now, ct));
    }

    /// <summary>The staff access token, with the same claims at login and at refresh.</summary>
    internal static string IssueAccessToken(TokenIssuer tokens, StaffRow user, DateTimeOffset now)
    {
        var extra = new Dictionary<string, object> { [AuthSetup.ClaimSessionVersion] = user.SessionVersion };
        if (user.OrgId is { } org)
        {
            extra[AuthSetup.ClaimOrg] = org.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        if (user.MerchantId is { } merchant)
        {
            extra[AuthSetup.ClaimMerchant] = merchant.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        if (user.EnterpriseId is { } enterprise)
        {
            extra[AuthSetup.ClaimEnterprise] = enterprise.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return tokens.Issue(Sessions.KindStaff, user.Id, [user.Role], now, extra);
    }

    private static ProblemHttpResult InvalidCredentials() =>
        Problems.Create(401, IdentityProblems.AuthInvalidCredentials, "The username or password is wrong.");
}

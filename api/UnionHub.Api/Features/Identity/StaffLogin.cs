using Dapper;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using MySqlConnector;
using UnionHub.Api.Platform;

namespace UnionHub.Api.Features.Identity;

/// <summary>POST /admin/auth/login: password login for staff, with lockout after 5 failures for 15 minutes; returns a refresh token too.</summary>
public static class StaffLogin
{
    public const int MaxFailures = 5;
    public static readonly TimeSpan LockoutDuration = TimeSpan.FromMinutes(15);

    public sealed record Request(string? Username, string? Password);

    internal sealed record StaffRow(long Id, string Username, string PasswordHash, string Role, long? OrgId, long? MerchantId,
        DateTime? LockedUntil, bool Disabled, long? EnterpriseId);

    internal static readonly PasswordHasher<string> Hasher = new();

    // A hash to verify against when the user does not exist, so both paths cost the same.
    private static readonly string DummyHash = Hasher.HashPassword("", "not-a-real-password");

    internal const string SelectColumns = """
        SELECT id, username, password_hash AS PasswordHash, role, org_id AS OrgId, merchant_id AS MerchantId,
               locked_until AS LockedUntil, disabled, enterprise_id AS EnterpriseId
        FROM staff_user
        """;

    private const string SelectUser = SelectColumns + " WHERE username = @Username";

    // locked_until is assigned first so it sees the old failed_logins (assignments run left to right).
    private const string RecordFailure = """
        UPDATE staff_user
        SET locked_until = CASE WHEN failed_logins + 1 >= @Max THEN @LockUntil ELSE locked_until END,
            failed_logins = CASE WHEN failed_logins + 1 >= @Max THEN 0 ELSE failed_logins + 1 END
        WHERE id = @Id
        """;

    private const string RecordSuccess = """
        UPDATE staff_user SET failed_logins = 0, locked_until = NULL, password_hash = COALESCE(@NewHash, password_hash) WHERE id = @Id
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
        if (user is null || user.Disabled)
        {
            Hasher.VerifyHashedPassword("", DummyHash, request.Password!);
            return InvalidCredentials();
        }

        if (user.LockedUntil is { } until && until > now.UtcDateTime)
        {
            var wait = until - now.UtcDateTime;
            return Problems.Create(401, IdentityProblems.AuthAccountLocked, "Too many failed logins; the account is locked for a while.",
                $"Try again after {until.ToChina():yyyy-MM-dd HH:mm}.",
                new Dictionary<string, object?> { ["retryAfterSeconds"] = (int)Math.Ceiling(wait.TotalSeconds) });
        }

        var result = Hasher.VerifyHashedPassword(user.Username, user.PasswordHash, request.Password!);
        if (result == PasswordVerificationResult.Failed)
        {
            await conn.ExecuteAsync(new CommandDefinition(RecordFailure,
                new { user.Id, Max = MaxFailures, LockUntil = (now + LockoutDuration).UtcDateTime }, cancellationToken: ct));
            return InvalidCredentials();
        }

        var newHash = result == PasswordVerificationResult.SuccessRehashNeeded ? Hasher.HashPassword(user.Username, request.Password!) : null;
        await conn.ExecuteAsync(new CommandDefinition(RecordSuccess, new { user.Id, NewHash = newHash }, cancellationToken: ct));

        return TypedResults.Ok(await sessions.ForStaffAsync(conn, null, user, null, now, ct));
    }

    /// <summary>The staff access token, with the same claims at login and at refresh.</summary>
    internal static string IssueAccessToken(TokenIssuer tokens, StaffRow user, DateTimeOffset now)
    {
        var extra = new Dictionary<string, object>();
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

using System.Data.Common;
using System.Security.Claims;
using System.Text.RegularExpressions;
using Dapper;
using Microsoft.AspNetCore.Http.HttpResults;
using MySqlConnector;
using UnionHub.Api.Platform;

namespace UnionHub.Api.Features.Identity;

/// <summary>
/// The one place that checks a new staff account's username and password and writes the row with the hashed password.
/// Used by POST /admin/users (super_admin) and by org_admins adding an enterprise's contacts.
/// </summary>
public static partial class StaffAccounts
{
    public sealed record NewAccount(string Username, string Password, string Role, long? OrgId, long? MerchantId, long? EnterpriseId,
        DateTimeOffset Now, long? CreatedBy);

    [GeneratedRegex("^[A-Za-z0-9_.-]{3,64}$")]
    private static partial Regex UsernamePattern();

    private const string Insert = """
        INSERT INTO staff_user (username, password_hash, role, org_id, merchant_id, enterprise_id, created_at, created_by)
        VALUES (@Username, @PasswordHash, @Role, @OrgId, @MerchantId, @EnterpriseId, @CreatedAt, @CreatedBy);
        SELECT LAST_INSERT_ID();
        """;

    /// <summary>Adds the username and password rules to <paramref name="v"/>.</summary>
    public static Validator CheckCredentials(this Validator v, string? username, string? password) =>
        v.Check(username is not null && UsernamePattern().IsMatch(username), "username", "must be 3-64 letters, digits, '_', '.' or '-'")
         .Check(password is { Length: >= 10 and <= 128 }, "password", "must be 10-128 characters");

    /// <summary>Inserts the account with its password hashed; null when the username is taken (answer 409 <c>user.username_taken</c>).</summary>
    public static async Task<long?> CreateAsync(DbConnection conn, DbTransaction tx, NewAccount account, CancellationToken ct)
    {
        try
        {
            return await conn.ExecuteScalarAsync<long>(new CommandDefinition(Insert, new
            {
                account.Username,
                PasswordHash = StaffLogin.Hasher.HashPassword(account.Username, account.Password),
                account.Role,
                account.OrgId,
                account.MerchantId,
                account.EnterpriseId,
                CreatedAt = account.Now.UtcDateTime,
                account.CreatedBy,
            }, tx, cancellationToken: ct));
        }
        catch (MySqlException ex) when (ex.IsDuplicateKey())
        {
            return null;
        }
    }

    /// <summary>
    /// Ends every session of the account: its refresh tokens are revoked and its session version moves on, so access tokens
    /// issued before (which carry the old version) are refused at their next call (<see cref="StaffTokenCheck"/>).
    /// </summary>
    public static async Task EndSessionsAsync(DbConnection conn, DbTransaction tx, long staffId, DateTimeOffset now, CancellationToken ct)
    {
        await conn.ExecuteAsync(new CommandDefinition(
            "UPDATE refresh_token SET revoked_at = @Now WHERE subject_kind = 'staff' AND subject_id = @staffId AND revoked_at IS NULL",
            new { staffId, Now = now.UtcDateTime }, tx, cancellationToken: ct));
        await conn.ExecuteAsync(new CommandDefinition("UPDATE staff_user SET session_version = session_version + 1 WHERE id = @staffId",
            new { staffId }, tx, cancellationToken: ct));
    }

    /// <summary>The target account's username (null: no such account), and whether the caller's own session ended while it waited.</summary>
    public sealed record Locked(string? Username, bool CallerEnded);

    /// <summary>
    /// Locks the account's row for a change by a super_admin, together with the caller's own row, both in id order: two super_admins
    /// disabling (or resetting) each other at the same moment wait for one another, and the second then finds its own account
    /// disabled or its session ended by the first (<see cref="Locked.CallerEnded"/>: answer 401, as its next call would get), so they
    /// cannot lock each other out. Until 2026-12-04 only the target was locked, and each request, authorised before the other
    /// committed, went through (ADR 0021).
    /// </summary>
    public static async Task<Locked> LockAsync(DbConnection conn, DbTransaction tx, ClaimsPrincipal caller, long staffId, CancellationToken ct)
    {
        var callerId = caller.StaffId();
        var ids = callerId is { } c && c != staffId ? new[] { c, staffId } : [staffId];
        var rows = (await conn.QueryAsync<(long Id, string Username, bool Disabled, int SessionVersion)>(new CommandDefinition(
            "SELECT id, username, disabled, session_version FROM staff_user WHERE id IN @ids ORDER BY id FOR UPDATE", new { ids }, tx,
            cancellationToken: ct))).ToList();
        // both rows written (RowLocks): the caller's row is otherwise only read, and a FOR UPDATE alone is node-local on a Galera cluster,
        // where two super_admins on different nodes would still disable each other (DESIGN 12; ADR 0016, 2026-12-04)
        await RowLocks.WriteAsync(conn, tx, RowLocks.StaffUser, ids, ct);
        var version = int.TryParse(caller.FindFirstValue(AuthSetup.ClaimSessionVersion), out var sv) ? sv : 0;
        var callerActive = rows.Any(r => r.Id == callerId && !r.Disabled && r.SessionVersion == version);
        return new Locked(rows.Where(r => r.Id == staffId).Select(r => r.Username).FirstOrDefault(), !callerActive);
    }

    /// <summary>The answer to a caller whose account was disabled, or whose session was ended, while the request waited for the lock.</summary>
    public static ProblemHttpResult CallerEnded() => Problems.Create(401, PlatformProblems.AuthUnauthenticated,
        "Your session ended while this request waited.",
        "Your account was disabled or your sessions were ended by another administrator at the same moment; nothing was changed. Log in again.");

    /// <summary>A readable one-time password: 16 characters from an alphabet without look-alikes (about 90 bits).</summary>
    public static string OneTimePassword()
    {
        const string alphabet = "abcdefghjkmnpqrstuvwxyzACDEFGHJKLMNPQRSTUVWXYZ23456789";
        return string.Create(16, 0, (span, _) =>
        {
            for (var i = 0; i < span.Length; i++)
            {
                span[i] = alphabet[System.Security.Cryptography.RandomNumberGenerator.GetInt32(alphabet.Length)];
            }
        });
    }
}

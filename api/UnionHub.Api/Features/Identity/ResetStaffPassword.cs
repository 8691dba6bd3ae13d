using Dapper;
using Microsoft.AspNetCore.Http.HttpResults;
using UnionHub.Api.Platform;

namespace UnionHub.Api.Features.Identity;

/// <summary>
/// POST /admin/users/{id}/password-reset: the account gets a one-time password (shown once, in this answer only, to hand to the
/// person), its sessions end, a lockout is lifted, and at the next login every call but POST /admin/me/password answers 403
/// <c>auth.password_change_required</c>. Deliberately not replayed under an Idempotency-Key (that would keep the password in the
/// key store): a retry sets and shows a new one-time password, and the earlier one stops working.
/// </summary>
public static class ResetStaffPassword
{
    public sealed record Response(string Id, string Username, string OneTimePassword);

    public static async Task<Results<Ok<Response>, ProblemHttpResult>> Handle(string id, HttpContext http, Transactions transactions,
        TimeProvider clock, CancellationToken ct)
    {
        if (Ids.Parse(id) is not { } staffId)
        {
            return Problems.NotFound("staff user");
        }

        if (http.User.StaffId() == staffId)
        {
            return Problems.Create(422, IdentityProblems.UserCannotDisableSelf,
                "You cannot reset your own password here: change it with POST /api/v1/admin/me/password.");
        }

        var now = clock.GetUtcNow();
        return await transactions.RunAsync<Results<Ok<Response>, ProblemHttpResult>>(async (conn, tx) =>
        {
            var (username, callerEnded) = await StaffAccounts.LockAsync(conn, tx, http.User, staffId, ct);
            if (callerEnded)
            {
                return StaffAccounts.CallerEnded();
            }

            if (username is null)
            {
                return Problems.NotFound("staff user");
            }

            var password = StaffAccounts.OneTimePassword();
            await conn.ExecuteAsync(new CommandDefinition("""
                UPDATE staff_user SET password_hash = @hash, must_change_password = 1, failed_logins = 0, locked_until = NULL
                WHERE id = @staffId
                """, new { staffId, hash = StaffLogin.Hasher.HashPassword(username, password) }, tx, cancellationToken: ct));
            await StaffAccounts.EndSessionsAsync(conn, tx, staffId, now, ct);
            await Audit.WriteAsync(conn, tx, http, "staff_user.password_reset", "staff_user", staffId.Text(), null, ct);
            return TypedResults.Ok(new Response(staffId.Text(), username, password));
        }, ct);
    }
}

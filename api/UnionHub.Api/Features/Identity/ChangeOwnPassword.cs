using Dapper;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using UnionHub.Api.Platform;

namespace UnionHub.Api.Features.Identity;

/// <summary>
/// POST /admin/me/password: a staff member changes their own password (also the way out of a one-time password after a reset).
/// The current password is checked; the new one follows the account rules and must differ. Every session of the account ends,
/// this one included: the client logs in again with the new password (the answer carries no tokens, so the key store never
/// holds one). Idempotent with a key: a retry after a lost answer replays it instead of failing on the now-changed password.
/// </summary>
public static class ChangeOwnPassword
{
    public sealed record Request(string? CurrentPassword, string? NewPassword);

    public sealed record Response(DateTimeOffset ChangedAt);

    public static async Task<Results<Ok<Response>, ProblemHttpResult>> Handle(Request request, HttpContext http, Transactions transactions,
        IdempotencyScope idempotency, TimeProvider clock, CancellationToken ct)
    {
        var v = new Validator()
            .Required(request.CurrentPassword, "currentPassword", 128)
            .Check(request.NewPassword is { Length: >= 10 and <= 128 }, "newPassword", "must be 10-128 characters")
            .Check(request.NewPassword is null || request.NewPassword != request.CurrentPassword, "newPassword", "must differ from the current password");
        if (!v.IsValid)
        {
            return v.Problem();
        }

        var staffId = http.User.StaffId()!.Value;
        var now = clock.GetUtcNow();
        return await transactions.RunAsync<Results<Ok<Response>, ProblemHttpResult>>(async (conn, tx) =>
        {
            var user = await conn.QuerySingleAsync<StaffLogin.StaffRow>(new CommandDefinition(
                StaffLogin.SelectColumns + " WHERE id = @staffId FOR UPDATE", new { staffId }, tx, cancellationToken: ct));
            if (StaffLogin.Hasher.VerifyHashedPassword(user.Username, user.PasswordHash, request.CurrentPassword!) == PasswordVerificationResult.Failed)
            {
                // 422, not 401: the caller's session is fine, only the password they typed is not
                return await idempotency.RefuseAsync(Problems.Create(422, IdentityProblems.AuthWrongPassword, "The current password is wrong."), ct);
            }

            await conn.ExecuteAsync(new CommandDefinition(
                "UPDATE staff_user SET password_hash = @hash, must_change_password = 0 WHERE id = @staffId",
                new { staffId, hash = StaffLogin.Hasher.HashPassword(user.Username, request.NewPassword!) }, tx, cancellationToken: ct));
            await StaffAccounts.EndSessionsAsync(conn, tx, staffId, now, ct);
            await Audit.WriteAsync(conn, tx, http, "staff_user.password_change", "staff_user", staffId.Text(), null, ct);
            var response = new Response(now.ToChina());
            await idempotency.CompleteAsync(conn, tx, StatusCodes.Status200OK, response, ct);
            return TypedResults.Ok(response);
        }, ct);
    }
}

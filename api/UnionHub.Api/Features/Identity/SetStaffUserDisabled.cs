using Dapper;
using Microsoft.AspNetCore.Http.HttpResults;
using UnionHub.Api.Platform;

namespace UnionHub.Api.Features.Identity;

/// <summary>
/// The one way to disable or enable a staff account (DisableStaffUser, EnableStaffUser). Disabling ends every session of the account at once (refresh tokens revoked,
/// access tokens refused at their next call); enabling lets it log in again. Both are idempotent by nature (the state is
/// set, not toggled) and audited; a super_admin cannot disable their own account (no locking oneself, or the last admin, out).
/// </summary>
public static class SetStaffUserDisabled
{
    public sealed record Response(string Id, string Username, bool Disabled);

    internal static async Task<Results<Ok<Response>, ProblemHttpResult>> SetAsync(string id, bool disable, HttpContext http,
        Transactions transactions, TimeProvider clock, CancellationToken ct)
    {
        if (Ids.Parse(id) is not { } staffId)
        {
            return Problems.NotFound("staff user");
        }

        if (disable && http.User.StaffId() == staffId)
        {
            return Problems.Create(422, IdentityProblems.UserCannotDisableSelf, "You cannot disable your own account.");
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

            await conn.ExecuteAsync(new CommandDefinition("UPDATE staff_user SET disabled = @disable WHERE id = @staffId",
                new { staffId, disable }, tx, cancellationToken: ct));
            if (disable)
            {
                await StaffAccounts.EndSessionsAsync(conn, tx, staffId, now, ct);
            }

            await Audit.WriteAsync(conn, tx, http, disable ? "staff_user.disable" : "staff_user.enable", "staff_user", staffId.Text(), null, ct);
            return TypedResults.Ok(new Response(staffId.Text(), username, disable));
        }, ct);
    }
}

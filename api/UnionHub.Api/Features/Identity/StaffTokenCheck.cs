using Dapper;
using MySqlConnector;
using UnionHub.Api.Platform;

namespace UnionHub.Api.Features.Identity;

/// <summary>
/// A staff access token is checked against its account on every call (one primary-key read): a disabled account, or a token
/// of an older session version (the account's sessions were ended: disable, password reset, password change), is refused with 401 at once,
/// on every instance, not when the 15-minute token runs out; a one-time password still to be changed is flagged.
/// </summary>
public sealed class StaffTokenCheck(MySqlDataSource db) : IStaffTokenCheck
{
    private sealed record Row(bool Disabled, bool MustChangePassword, int SessionVersion);

    public async Task<StaffTokenState> CheckAsync(long staffId, int sessionVersion, CancellationToken ct)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        var row = await conn.QuerySingleOrDefaultAsync<Row>(new CommandDefinition(
            "SELECT disabled, must_change_password AS MustChangePassword, session_version AS SessionVersion FROM staff_user WHERE id = @staffId",
            new { staffId }, cancellationToken: ct));
        if (row is null || row.Disabled || row.SessionVersion != sessionVersion)
        {
            return StaffTokenState.Refused;
        }

        return row.MustChangePassword ? StaffTokenState.PasswordChangeRequired : StaffTokenState.Valid;
    }
}

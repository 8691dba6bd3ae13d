using Dapper;
using MySqlConnector;
using UnionHub.Api.Platform;
using static UnionHub.Api.Features.Notifications.Inbox;

namespace UnionHub.Api.Features.Notifications;

/// <summary>POST /me/notifications/read-all: every unread notice of the caller is read.</summary>
public static class MarkAllNotificationsRead
{
    private const string MarkAll = "UPDATE member_inbox SET read_at = @Now WHERE member_id = @MemberId AND read_at IS NULL";

    public static async Task<Microsoft.AspNetCore.Http.HttpResults.Ok<Unread>> Handle(
        HttpContext http, MySqlDataSource db, TimeProvider clock, CancellationToken ct)
    {
        var memberId = http.User.MemberId()!.Value;
        await using var conn = await db.OpenConnectionAsync(ct);
        await conn.ExecuteAsync(new CommandDefinition(MarkAll, new { MemberId = memberId, Now = clock.GetUtcNow().UtcDateTime }, cancellationToken: ct));
        return TypedResults.Ok(new Unread(await UnreadAsync(conn, null, memberId, ct)));
    }
}

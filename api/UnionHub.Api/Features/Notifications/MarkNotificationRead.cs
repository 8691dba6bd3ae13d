using Dapper;
using Microsoft.AspNetCore.Http.HttpResults;
using MySqlConnector;
using UnionHub.Api.Platform;
using static UnionHub.Api.Features.Notifications.Inbox;

namespace UnionHub.Api.Features.Notifications;

/// <summary>POST /me/notifications/{id}/read: marks one of the caller's notices read (again: no change); another member's is 404.</summary>
public static class MarkNotificationRead
{
    private const string MarkRead = "UPDATE member_inbox SET read_at = @Now WHERE id = @Id AND member_id = @MemberId AND read_at IS NULL";

    private const string SelectOwn = "SELECT " + Columns + " FROM member_inbox WHERE id = @Id AND member_id = @MemberId";

    public sealed record Response(Item Notification, int UnreadCount);

    public static async Task<Results<Ok<Response>, ProblemHttpResult>> Handle(
        string id, HttpContext http, MySqlDataSource db, PiiProtector pii, TimeProvider clock, CancellationToken ct)
    {
        if (Ids.Parse(id) is not { } notificationId)
        {
            return Problems.NotFound("notification");
        }

        var memberId = http.User.MemberId()!.Value;
        await using var conn = await db.OpenConnectionAsync(ct);
        var args = new { Id = notificationId, MemberId = memberId, Now = clock.GetUtcNow().UtcDateTime };
        await conn.ExecuteAsync(new CommandDefinition(MarkRead, args, cancellationToken: ct));
        var row = await conn.QuerySingleOrDefaultAsync<Row>(new CommandDefinition(SelectOwn, args, cancellationToken: ct));
        if (row is null)
        {
            return Problems.NotFound("notification");
        }

        return TypedResults.Ok(new Response((await ViewsAsync(conn, [row], ct, memberId, pii))[0], await UnreadAsync(conn, null, memberId, ct)));
    }
}

using Microsoft.AspNetCore.Http.HttpResults;
using MySqlConnector;
using UnionHub.Api.Platform;

namespace UnionHub.Api.Features.Notifications;

/// <summary>GET /me/notification-settings: every kind (important or not, on or off) and the SMS quiet hours.</summary>
public static class GetNotificationSettings
{
    public static async Task<Ok<NotificationSettings.Response>> Handle(
        HttpContext http, MySqlDataSource db, NotificationOptions options, CancellationToken ct)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        return TypedResults.Ok(await NotificationSettings.LoadAsync(conn, http.User.MemberId()!.Value, options, ct));
    }
}

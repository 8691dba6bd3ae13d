using Dapper;
using Microsoft.AspNetCore.Http.HttpResults;
using MySqlConnector;
using UnionHub.Api.Platform;
using static UnionHub.Api.Features.Notifications.NotificationSettings;

namespace UnionHub.Api.Features.Notifications;

/// <summary>
/// PUT /me/notification-settings: which non-important kinds are turned off and the SMS quiet hours (Beijing time). Important
/// kinds (<see cref="NotificationKinds.Important"/>) cannot be turned off: 422 <c>notification.kind_not_mutable</c>.
/// </summary>
public static class UpdateNotificationSettings
{
    private const string Upsert = """
        INSERT INTO member_notification_settings (member_id, muted_kinds, quiet_enabled, quiet_from, quiet_to, updated_at)
        VALUES (@MemberId, @Muted, @Enabled, @From, @To, @Now)
        ON DUPLICATE KEY UPDATE muted_kinds = VALUES(muted_kinds), quiet_enabled = VALUES(quiet_enabled), quiet_from = VALUES(quiet_from),
            quiet_to = VALUES(quiet_to), updated_at = VALUES(updated_at)
        """;

    public static async Task<Results<Ok<Response>, ProblemHttpResult>> Handle(
        UpdateRequest request, HttpContext http, MySqlDataSource db, NotificationOptions options, TimeProvider clock, CancellationToken ct)
    {
        var muted = request.MutedKinds ?? [];
        var v = new Validator()
            .Check(request.MutedKinds is not null, "mutedKinds", "is required (an empty list turns every kind on)")
            .Check(muted.All(k => NotificationKinds.All.Contains(k)), "mutedKinds", "has a kind that does not exist")
            .Check(request.QuietHoursEnabled is not null, "quietHoursEnabled", "is required")
            .Check(QuietHours.ParseTime(request.QuietFrom) is not null, "quietFrom", "must be a time HH:mm")
            .Check(QuietHours.ParseTime(request.QuietTo) is not null, "quietTo", "must be a time HH:mm");
        if (!v.IsValid)
        {
            return v.Problem();
        }

        if (muted.FirstOrDefault(k => !Mutable.Contains(k)) is { } fixedKind)
        {
            return Problems.Create(422, NotificationProblems.KindNotMutable, "This kind of notice cannot be turned off.",
                $"{fixedKind} is important (or only in the inbox): members always receive it.", new Dictionary<string, object?> { ["kind"] = fixedKind });
        }

        var memberId = http.User.MemberId()!.Value;
        await using var conn = await db.OpenConnectionAsync(ct);
        await conn.ExecuteAsync(new CommandDefinition(Upsert, new
        {
            MemberId = memberId, Muted = string.Join(',', muted.Distinct(StringComparer.Ordinal)), Enabled = request.QuietHoursEnabled!.Value,
            From = QuietHours.ParseTime(request.QuietFrom), To = QuietHours.ParseTime(request.QuietTo), Now = clock.GetUtcNow().UtcDateTime,
        }, cancellationToken: ct));
        return TypedResults.Ok(await LoadAsync(conn, memberId, options, ct));
    }
}

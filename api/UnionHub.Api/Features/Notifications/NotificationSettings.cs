using System.Data.Common;
using System.Globalization;
using Dapper;
using UnionHub.Api.Platform;

namespace UnionHub.Api.Features.Notifications;

/// <summary>
/// Quiet hours in Beijing time, as minutes after midnight: [From, To), across midnight when From &gt; To, never when equal.
/// SMS notices due inside the window are held and go out when it ends.
/// </summary>
public readonly record struct QuietHours(int From, int To)
{
    private static int MinuteOfDay(DateTimeOffset utc) => (int)utc.ToOffset(Clock.ChinaOffset).TimeOfDay.TotalMinutes;

    public bool Contains(DateTimeOffset now)
    {
        var m = MinuteOfDay(now);
        return From < To ? m >= From && m < To : From > To && (m >= From || m < To);
    }

    /// <summary>The first moment after <paramref name="now"/> at which the window ends (<see cref="To"/>, Beijing time).</summary>
    public DateTimeOffset End(DateTimeOffset now)
    {
        var local = now.ToOffset(Clock.ChinaOffset);
        var end = new DateTimeOffset(local.Date, Clock.ChinaOffset).AddMinutes(To);
        return (end <= local ? end.AddDays(1) : end).ToUniversalTime();
    }

    /// <summary>"HH:mm" (00:00-23:59) as minutes after midnight; null when it is not such a time.</summary>
    public static int? ParseTime(string? text) =>
        text is { Length: 5 } && TimeOnly.TryParseExact(text, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var t)
            ? t.Hour * 60 + t.Minute : null;

    public static string FormatTime(int minutes) => string.Create(CultureInfo.InvariantCulture, $"{minutes / 60:D2}:{minutes % 60:D2}");
}

/// <summary>
/// A member's notification settings (<c>member_notification_settings</c>; no row: every default): kinds they turned off
/// (pushes only: the inbox keeps every notice; important kinds cannot be turned off) and their SMS quiet hours.
/// </summary>
public static class NotificationSettings
{
    /// <summary>Kinds a member may turn off: pushed (not inbox-only) and not important.</summary>
    public static readonly IReadOnlyList<string> Mutable =
        NotificationKinds.All.Where(k => !NotificationKinds.Important.Contains(k) && !NotificationKinds.InboxOnly.Contains(k)).ToList();

    public sealed record KindSetting(string Kind, bool Important, bool Enabled, bool CanTurnOff);

    public sealed record Response(IReadOnlyList<KindSetting> Kinds, bool QuietHoursEnabled, string QuietFrom, string QuietTo, int SmsDailyCap);

    /// <summary>PUT body: every field required (the whole settings, as GET shows them).</summary>
    public sealed record UpdateRequest(IReadOnlyList<string>? MutedKinds, bool? QuietHoursEnabled, string? QuietFrom, string? QuietTo);

    internal sealed class Row
    {
        public string MutedKinds { get; set; } = "";
        public bool QuietEnabled { get; set; } = true;
        public int? QuietFrom { get; set; }
        public int? QuietTo { get; set; }
    }

    /// <summary>The member's muted kinds from the stored comma-separated list.</summary>
    internal static HashSet<string> Muted(string? stored) =>
        (stored ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToHashSet(StringComparer.Ordinal);

    /// <summary>The quiet hours in force for a member (their own, the default, or none when they turned them off).</summary>
    internal static QuietHours? Quiet(bool enabled, int? from, int? to, NotificationOptions options) =>
        !enabled ? null : new QuietHours(from ?? QuietHours.ParseTime(options.QuietHoursFrom) ?? 22 * 60, to ?? QuietHours.ParseTime(options.QuietHoursTo) ?? 8 * 60);

    internal static async Task<Response> LoadAsync(DbConnection conn, long memberId, NotificationOptions options, CancellationToken ct)
    {
        var row = await conn.QuerySingleOrDefaultAsync<Row>(new CommandDefinition("""
            SELECT muted_kinds AS MutedKinds, quiet_enabled AS QuietEnabled, quiet_from AS QuietFrom, quiet_to AS QuietTo
            FROM member_notification_settings WHERE member_id = @memberId
            """, new { memberId }, cancellationToken: ct)) ?? new Row();
        var muted = Muted(row.MutedKinds);
        var quiet = Quiet(true, row.QuietFrom, row.QuietTo, options)!.Value;
        return new Response(
            NotificationKinds.All.Select(k => new KindSetting(k, NotificationKinds.Important.Contains(k), !muted.Contains(k), Mutable.Contains(k))).ToList(),
            row.QuietEnabled, QuietHours.FormatTime(quiet.From), QuietHours.FormatTime(quiet.To), options.SmsDailyCapPerMember);
    }
}

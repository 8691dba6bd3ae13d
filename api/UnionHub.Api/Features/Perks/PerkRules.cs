using Microsoft.AspNetCore.Http.HttpResults;
using UnionHub.Api.Platform;

namespace UnionHub.Api.Features.Perks;

public static class PerkKinds
{
    public const string Voucher = "voucher";
    public const string MovieTicket = "movie_ticket";
    public const string Goods = "goods";

    public static readonly IReadOnlyList<string> All = [Voucher, MovieTicket, Goods];
}

/// <summary>How a perk is handed out (<c>perk.mode</c>).</summary>
public static class PerkModes
{
    public const string FirstCome = "first_come";
    public const string Lottery = "lottery";
}

public static class VoucherStatus
{
    public const string Unused = "unused";
    public const string Redeemed = "redeemed";
    public const string Expired = "expired";
    public const string Void = "void";

    /// <summary>What a reader sees: an unused voucher past its validity reads as expired.</summary>
    public static string Effective(string stored, DateTime validUntilUtc, DateTime nowUtc) =>
        stored == Unused && validUntilUtc <= nowUtc ? Expired : stored;
}

/// <summary>
/// How a perk's stock is released (issue 19 item 6): <see cref="DailyRelease"/> a day, each release day opening at
/// <see cref="ReleaseMinute"/> minutes after midnight Beijing time (null: midnight); with <see cref="Rollover"/> what a day left
/// stays available, without it each day offers <see cref="DailyRelease"/> afresh; a member claims at most
/// <see cref="MemberDailyLimit"/> a release day.
/// </summary>
public sealed record Release(int? DailyRelease, int? ReleaseMinute, bool Rollover, int? MemberDailyLimit)
{
    public static readonly Release None = new(null, null, true, null);

    /// <summary>
    /// For a schedule that replaced another (PATCH): its first release day, which opens at <see cref="SwitchAt"/> (the replaced
    /// schedule's next opening) and runs to this schedule's next opening; null for a schedule set at creation.
    /// </summary>
    public int? FirstDay { get; init; }

    /// <summary>When <see cref="FirstDay"/> opens (UTC).</summary>
    public DateTime? SwitchAt { get; init; }

    /// <summary>With rollover: what the replaced schedules released up to <see cref="SwitchAt"/> (this one adds a share a day to it).</summary>
    public int? Base { get; init; }

    /// <summary>The release day an instant falls in (a day number: the Beijing date whose opening was the last one).</summary>
    public int Day(DateTime utc) => RawDay(utc) + Shift;

    /// <summary>When release day <paramref name="day"/> opens (UTC).</summary>
    public DateTime OpensUtc(int day) => day == FirstDay && SwitchAt is { } switchAt ? switchAt
        : DateTime.SpecifyKind(DateOnly.FromDayNumber(day - Shift).ToDateTime(TimeOnly.MinValue).AddMinutes(ReleaseMinute ?? 0), DateTimeKind.Utc)
            - Clock.ChinaOffset;

    private int RawDay(DateTime utc) => DateOnly.FromDateTime(utc.ToChina().DateTime.AddMinutes(-(ReleaseMinute ?? 0))).DayNumber;

    /// <summary>
    /// A schedule that replaced another numbers its days from <see cref="FirstDay"/> at <see cref="SwitchAt"/>: when its release
    /// time is later than the replaced one's, the Beijing date at the switch is still the replaced schedule's last day, so its
    /// days are numbered one on (day numbers only key the day's count; they are never shown).
    /// </summary>
    private int Shift => FirstDay is { } first && SwitchAt is { } switchAt ? first - RawDay(switchAt) : 0;

    /// <summary>The next opening after <paramref name="nowUtc"/>.</summary>
    public DateTime NextOpeningUtc(DateTime nowUtc) => OpensUtc(Day(nowUtc) + 1);

    /// <summary>Without rollover, at most this many claims per release day (null: no cap per day).</summary>
    public int? DayCap => Rollover ? null : DailyRelease;

    /// <summary>Does anything here follow release days (a daily release or a member's daily limit)?</summary>
    public bool IsDaily => DailyRelease is not null || MemberDailyLimit is not null;

    /// <summary>"HH:mm" (Beijing) of the daily opening, for the views; null when the perk is not released daily.</summary>
    public string? ReleaseTime => IsDaily ? $"{(ReleaseMinute ?? 0) / 60:00}:{(ReleaseMinute ?? 0) % 60:00}" : null;

    /// <summary>Parses "HH:mm" (00:00-23:59) into minutes after midnight.</summary>
    public static bool TryParseTime(string? text, out int minutes)
    {
        minutes = 0;
        if (text is null || !TimeOnly.TryParseExact(text, "HH:mm", System.Globalization.CultureInfo.InvariantCulture,
                System.Globalization.DateTimeStyles.None, out var time))
        {
            return false;
        }

        minutes = time.Hour * 60 + time.Minute;
        return true;
    }
}

/// <summary>
/// A perk's release schedule as stored: the schedule in force (<c>daily_release</c> …) and, when staff changed it (PATCH), the
/// one it replaced (<c>prev_*</c>), which still applies until <see cref="SwitchAt"/>, the replaced schedule's next opening.
/// Readers take <see cref="At"/>: the claim engine, the catalogue and the views all see the same schedule at an instant.
/// </summary>
public sealed record ReleaseSchedule(int? DailyRelease, int? ReleaseMinute, bool Rollover, int? MemberDailyLimit, int? FirstDay, int? Base,
    DateTime? SwitchAt, int? PrevDailyRelease, int? PrevReleaseMinute, bool? PrevRollover, int? PrevMemberDailyLimit, int? PrevFirstDay,
    int? PrevBase, DateTime? PrevSwitchAt)
{
    /// <summary>The columns a schedule adds to a SELECT from <c>perk</c> (in the order of this record's parameters after MemberDailyLimit).</summary>
    public const string Columns = " " + """
        release_first_day AS FirstDay, release_base AS Base, release_switch_at AS SwitchAt, prev_daily_release AS PrevDailyRelease,
        prev_release_minute AS PrevReleaseMinute, prev_rollover AS PrevRollover, prev_member_daily_limit AS PrevMemberDailyLimit,
        prev_release_first_day AS PrevFirstDay, prev_release_base AS PrevBase, prev_release_switch_at AS PrevSwitchAt
        """ + " ";

    /// <summary><see cref="Columns"/> for a SELECT with the alias <c>p</c>.</summary>
    public const string PColumns = " " + """
        p.release_first_day AS FirstDay, p.release_base AS Base, p.release_switch_at AS SwitchAt, p.prev_daily_release AS PrevDailyRelease,
        p.prev_release_minute AS PrevReleaseMinute, p.prev_rollover AS PrevRollover, p.prev_member_daily_limit AS PrevMemberDailyLimit,
        p.prev_release_first_day AS PrevFirstDay, p.prev_release_base AS PrevBase, p.prev_release_switch_at AS PrevSwitchAt
        """ + " ";

    /// <summary>The schedule in force.</summary>
    public Release Current => new(DailyRelease, ReleaseMinute, Rollover, MemberDailyLimit) { FirstDay = FirstDay, Base = Base, SwitchAt = SwitchAt };

    /// <summary>The schedule at an instant: the replaced one until the switch, then the current one.</summary>
    public Release At(DateTime nowUtc) => SwitchAt is { } switchAt && nowUtc < switchAt
        ? new Release(PrevDailyRelease, PrevReleaseMinute, PrevRollover ?? true, PrevMemberDailyLimit)
            { FirstDay = PrevFirstDay, Base = PrevBase, SwitchAt = PrevSwitchAt }
        : Current;

    /// <summary>Whether a change saved earlier waits for its first release day at <paramref name="nowUtc"/>.</summary>
    public bool Pending(DateTime nowUtc) => SwitchAt is { } switchAt && nowUtc < switchAt;
}

/// <summary>Rules with no I/O, shared by the claim combiner and the read endpoints.</summary>
public static class PerkRules
{
    /// <summary>
    /// With a daily release and rollover, at most <c>dailyRelease x (release days since the start + 1)</c> claims in total by now;
    /// null when the perk has no daily release or does not roll over (then <see cref="Release.DayCap"/> keeps each day).
    /// </summary>
    public static int? ReleaseCap(Release release, DateTime startsAtUtc, DateTime nowUtc)
    {
        if (release.DailyRelease is not { } daily || !release.Rollover)
        {
            return null;
        }

        if (release.FirstDay is { } first)
        {
            // a schedule changed by PATCH: what the earlier schedules released, then a share a day from its first day
            var since = release.Day(nowUtc) - first;
            return (int)Math.Min(int.MaxValue, (release.Base ?? 0) + (long)daily * (Math.Max(0, since) + 1));
        }

        var days = release.Day(nowUtc) - release.Day(startsAtUtc);
        return (int)Math.Min(int.MaxValue, (long)daily * (Math.Max(0, days) + 1));
    }

    /// <summary>When the next release day opens, for a perk released daily that is still running then; else null.</summary>
    public static DateTimeOffset? NextRelease(Release release, DateTime endsAtUtc, DateTime nowUtc) =>
        release.IsDaily && release.NextOpeningUtc(nowUtc) is var next && next < endsAtUtc ? next.ToChina() : null;

    /// <summary>What can still be claimed now: the stock left, within the release so far (and, without rollover, today's).</summary>
    public static int Remaining(int stock, int claimed, Release release, int? dayKey, int dayClaimed, DateTime startsAtUtc, DateTime nowUtc)
    {
        var left = Math.Min(stock, ReleaseCap(release, startsAtUtc, nowUtc) ?? int.MaxValue) - claimed;
        if (release.DayCap is { } dayCap)
        {
            left = Math.Min(left, dayCap - (dayKey == release.Day(nowUtc) ? dayClaimed : 0));
        }

        return Math.Max(0, left);
    }

    /// <summary>A voucher is valid until the perk's fixed date, or for validDays after the claim, else until the perk ends.</summary>
    public static DateTime VoucherValidUntil(DateTime? validUntilUtc, int? validDays, DateTime endsAtUtc, DateTime nowUtc) =>
        validUntilUtc ?? (validDays is { } d ? nowUtc.AddDays(d) : endsAtUtc);
}

public static class PerkProblems
{
    public const string MemberNotVerified = "member.not_verified";
    public const string PerkEnded = "perk.ended";
    public const string PerkLimitReached = "perk.limit_reached";
    public const string PerkNotCodePool = "perk.not_code_pool";
    public const string PerkNotEligible = "perk.not_eligible";
    public const string PerkNotStarted = "perk.not_started";
    public const string PerkSoldOut = "perk.sold_out";
    public const string PerkStockBelowClaimed = "perk.stock_below_claimed";
    public const string PerkVoucherNeedsMerchant = "perk.voucher_needs_merchant";
    public const string PerkFaceValueOverCap = "perk.face_value_over_cap";
    public const string PerkBarredNoShows = "perk.barred_no_shows";
    public const string PerkLotteryOnly = "perk.lottery_only";

    /// <summary>The perk is flagged <c>barNoShows</c> and the member is barred by the activities' no-show rule (GET /me/activity-bar says why).</summary>
    public static ProblemHttpResult BarredNoShows(DateTime untilUtc, int noShows) =>
        Problems.Create(403, PerkProblems.PerkBarredNoShows, "This drop is closed to members barred after repeated no-shows at activities.",
            $"{noShows} no-shows; claims are taken again from {untilUtc.ToChina():yyyy-MM-dd HH:mm} (Beijing time).",
            new Dictionary<string, object?> { ["barredUntil"] = untilUtc.ToChina(), ["noShows"] = noShows });

    /// <summary>The perk is a lottery's prize: its vouchers come only from the draw.</summary>
    public static ProblemHttpResult LotteryOnly() =>
        Problems.Create(409, PerkProblems.PerkLotteryOnly, "This perk is given by lottery; apply to the lottery instead of claiming.");

    public static ProblemHttpResult NotVerified() =>
        Problems.Create(403, PerkProblems.MemberNotVerified, "Only members who passed real-name verification may claim.");

    public static ProblemHttpResult NotEligible() =>
        Problems.Create(403, PerkProblems.PerkNotEligible, "This perk is for members of other organisations.");

    public static ProblemHttpResult NotStarted(DateTime startsAtUtc) =>
        Problems.Create(409, PerkProblems.PerkNotStarted, "Claims for this perk have not started.",
            $"Claims open at {startsAtUtc.ToChina():yyyy-MM-ddTHH:mm:sszzz}.");

    public static ProblemHttpResult Ended() => Problems.Create(409, PerkProblems.PerkEnded, "Claims for this perk have ended.");

    public static ProblemHttpResult SoldOut() => Problems.Create(409, PerkProblems.PerkSoldOut, "This perk is sold out.");

    /// <summary>Today's release is gone (the stock is not): same code, with when the next release opens.</summary>
    public static ProblemHttpResult SoldOutToday(DateTime nextOpeningUtc) =>
        Problems.Create(409, PerkProblems.PerkSoldOut, "Today's release of this perk is gone.",
            $"The next release opens at {nextOpeningUtc.ToChina():yyyy-MM-dd HH:mm} (Beijing time).",
            new Dictionary<string, object?> { ["nextReleaseAt"] = nextOpeningUtc.ToChina() });

    /// <summary>The member's claims of this release day reached the daily limit: same code as the total limit, marked daily.</summary>
    public static ProblemHttpResult DailyLimitReached(int limit, DateTime nextOpeningUtc) =>
        Problems.Create(409, PerkProblems.PerkLimitReached, "You have claimed this perk as often as allowed today.",
            $"The limit is {limit} per member a day; the next release opens at {nextOpeningUtc.ToChina():yyyy-MM-dd HH:mm} (Beijing time).",
            new Dictionary<string, object?> { ["daily"] = true, ["nextReleaseAt"] = nextOpeningUtc.ToChina() });

    public static ProblemHttpResult LimitReached(int limit) =>
        Problems.Create(409, PerkProblems.PerkLimitReached, "You have claimed this perk as often as allowed.", $"The limit is {limit} per member.");
}

/// <summary>A voucher as its owner sees it right after the claim.</summary>
public sealed record VoucherSummary(string Id, string Code, string QrPayload, DateTimeOffset ValidUntil, string Status, string? PartnerCode);

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

    /// <summary>The release day an instant falls in (a day number: the Beijing date whose opening was the last one).</summary>
    public int Day(DateTime utc) =>
        DateOnly.FromDateTime(utc.ToChina().DateTime.AddMinutes(-(ReleaseMinute ?? 0))).DayNumber;

    /// <summary>When release day <paramref name="day"/> opens (UTC).</summary>
    public DateTime OpensUtc(int day) =>
        DateTime.SpecifyKind(DateOnly.FromDayNumber(day).ToDateTime(TimeOnly.MinValue).AddMinutes(ReleaseMinute ?? 0), DateTimeKind.Utc)
            - Clock.ChinaOffset;

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

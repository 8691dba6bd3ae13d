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

/// <summary>Rules with no I/O, shared by the claim combiner and the read endpoints.</summary>
public static class PerkRules
{
    /// <summary>
    /// With a daily release, at most <c>dailyRelease x (China calendar days since the start + 1)</c> claims in total
    /// by now; null when the perk has no daily release.
    /// </summary>
    public static int? ReleaseCap(int? dailyRelease, DateTime startsAtUtc, DateTime nowUtc)
    {
        if (dailyRelease is null)
        {
            return null;
        }

        var days = DateOnly.FromDateTime(nowUtc.ToChina().DateTime).DayNumber - DateOnly.FromDateTime(startsAtUtc.ToChina().DateTime).DayNumber;
        return (int)Math.Min(int.MaxValue, (long)dailyRelease.Value * (Math.Max(0, days) + 1));
    }

    public static int Remaining(int stock, int claimed, int? dailyRelease, DateTime startsAtUtc, DateTime nowUtc) =>
        Math.Max(0, Math.Min(stock, ReleaseCap(dailyRelease, startsAtUtc, nowUtc) ?? int.MaxValue) - claimed);

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

    public static ProblemHttpResult NotVerified() =>
        Problems.Create(403, PerkProblems.MemberNotVerified, "Only members who passed real-name verification may claim.");

    public static ProblemHttpResult NotEligible() =>
        Problems.Create(403, PerkProblems.PerkNotEligible, "This perk is for members of other organisations.");

    public static ProblemHttpResult NotStarted(DateTime startsAtUtc) =>
        Problems.Create(409, PerkProblems.PerkNotStarted, "Claims for this perk have not started.",
            $"Claims open at {startsAtUtc.ToChina():yyyy-MM-ddTHH:mm:sszzz}.");

    public static ProblemHttpResult Ended() => Problems.Create(409, PerkProblems.PerkEnded, "Claims for this perk have ended.");

    public static ProblemHttpResult SoldOut() => Problems.Create(409, PerkProblems.PerkSoldOut, "This perk is sold out.");

    public static ProblemHttpResult LimitReached(int limit) =>
        Problems.Create(409, PerkProblems.PerkLimitReached, "You have claimed this perk as often as allowed.", $"The limit is {limit} per member.");
}

/// <summary>A voucher as its owner sees it right after the claim.</summary>
public sealed record VoucherSummary(string Id, string Code, string QrPayload, DateTimeOffset ValidUntil, string Status, string? PartnerCode);

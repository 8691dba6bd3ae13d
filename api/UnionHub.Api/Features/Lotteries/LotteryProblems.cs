namespace UnionHub.Api.Features.Lotteries;

/// <summary>Every error <c>code</c> the Lotteries endpoints answer (the SDK's message table must cover each: ErrorCodesTests).</summary>
public static class LotteryProblems
{
    public const string LotteryMemberNotVerified = "lottery.member_not_verified";
    public const string LotteryNotOpenYet = "lottery.not_open_yet";
    public const string LotteryClosed = "lottery.closed";
    public const string LotteryNotDraft = "lottery.not_draft";
    public const string LotteryNotOpen = "lottery.not_open";
    public const string LotteryNotClosedYet = "lottery.not_closed_yet";
    public const string LotteryAlreadyDrawn = "lottery.already_drawn";
    public const string LotteryCommitmentLocked = "lottery.commitment_locked";
    public const string LotteryWeightsLocked = "lottery.weights_locked";
    public const string LotterySeedRequired = "lottery.seed_required";
    public const string LotterySeedMismatch = "lottery.seed_mismatch";
    public const string LotteryStockShort = "lottery.stock_short";
    public const string LotteryNotAWinner = "lottery.not_a_winner";
    public const string LotteryVoucherUsed = "lottery.voucher_used";
    public const string LotteryPrizeRequired = "lottery.prize_required";
    public const string LotteryPrizeConflict = "lottery.prize_conflict";
    public const string LotteryGrantOverMax = "lottery.grant_over_max";
    public const string LotteryFundNotOpen = "lottery.fund_not_open";
    public const string LotteryFundBudgetShort = "lottery.fund_budget_short";
    /// <summary>Publishing: the places fit what the fund has left, but not beside what its other published, undrawn grant lotteries promise.</summary>
    public const string LotteryFundOverPromised = "lottery.fund_over_promised";
    /// <summary>A published or drawn lottery keeps its fund (only a draft's fund changes).</summary>
    public const string LotteryFundLocked = "lottery.fund_locked";
    /// <summary>A published or drawn lottery keeps its organisation, window, places and prize (only a draft's change); <c>fields</c> names them.</summary>
    public const string LotteryPublishedLocked = "lottery.published_locked";
    public const string LotteryGrantDisbursing = "lottery.grant_disbursing";
    public const string LotteryNotDrawn = "lottery.not_drawn";
}

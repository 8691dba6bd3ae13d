namespace UnionHub.Api.Features.Distributions;

/// <summary>Every error <c>code</c> the Distributions endpoints answer (the SDK's message table must cover each: ErrorCodesTests).</summary>
public static class DistributionProblems
{
    public const string DistributionAlreadyAllocated = "distribution.already_allocated";
    public const string DistributionEnterpriseNotEligible = "distribution.enterprise_not_eligible";
    public const string DistributionEnterpriseOutside = "distribution.enterprise_outside";
    public const string DistributionHandoutExceedsReceived = "distribution.handout_exceeds_received";
    public const string DistributionInsufficientStock = "distribution.insufficient_stock";
    public const string DistributionNothingToAllocate = "distribution.nothing_to_allocate";
    public const string DistributionPerkNotGoods = "distribution.perk_not_goods";
    public const string DistributionReceiptExceedsAllocation = "distribution.receipt_exceeds_allocation";
    public const string HandoutAlreadyHandedOut = "handout.already_handed_out";
    public const string HandoutNotOurMember = "handout.not_our_member";
    public const string HandoutWrongPerk = "handout.wrong_perk";
    public const string VoucherAlreadyRedeemed = "voucher.already_redeemed";
    public const string VoucherExpired = "voucher.expired";
    public const string VoucherNotFound = "voucher.not_found";
    public const string VoucherVoid = "voucher.void";
}

namespace UnionHub.Api.Features.Merchants;

/// <summary>Every error <c>code</c> the Merchants endpoints answer (the SDK's message table must cover each: ErrorCodesTests).</summary>
public static class MerchantProblems
{
    public const string MerchantDuplicate = "merchant.duplicate";
    public const string MerchantInvalidCreditCode = "merchant.invalid_credit_code";
    public const string RedemptionAlreadyVoid = "redemption.already_void";
    public const string RedemptionNotFound = "redemption.not_found";
    public const string RedemptionNotVoidable = "redemption.not_voidable";
    public const string RedemptionVoidWindowPassed = "redemption.void_window_passed";
    public const string VoucherAlreadyRedeemed = "voucher.already_redeemed";
    public const string VoucherBadSignature = "voucher.bad_signature";
    public const string VoucherChanged = "voucher.changed";
    public const string VoucherExpired = "voucher.expired";
    public const string VoucherNotFound = "voucher.not_found";
    public const string VoucherVoid = "voucher.void";
    public const string VoucherWrongMerchant = "voucher.wrong_merchant";
    public const string SettlementTotalTooLarge = "settlement.total_too_large";
    public const string StatementMonthNotEnded = "statement.month_not_ended";
    public const string StatementAlreadyClosed = "statement.already_closed";
    public const string StatementNotClosed = "statement.not_closed";
    public const string StatementAlreadyPaid = "statement.already_paid";
}

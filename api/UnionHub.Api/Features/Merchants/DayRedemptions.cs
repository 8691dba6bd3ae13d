namespace UnionHub.Api.Features.Merchants;

/// <summary>
/// GET /merchant/redemptions?date=yyyy-MM-dd: the caller's merchant's redemptions of one China calendar day (today by
/// default), newest first, voided ones included (marked), so the till sees what it did and what it may still void.
/// Only the caller's own merchant: another merchant's redemptions never appear.
/// </summary>
public static class DayRedemptions
{
    public sealed record Item(string RedemptionId, string VoucherId, string VoucherCode, string PerkTitle, long FaceValueFen,
        DateTimeOffset RedeemedAt, DateTimeOffset? VoidedAt, string? VoidReason, DateTimeOffset? VoidableUntil);
}

using System.Globalization;
using UnionHub.Api.Platform;

namespace UnionHub.Api.Features.Perks;

/// <summary>GET /me/vouchers and GET /me/vouchers/{id}: the caller's own vouchers only (another member's is 404).</summary>
public static class MyVouchers
{
    public sealed record VoucherView(string Id, string PerkId, string PerkKind, string PerkTitle, long? FaceValueFen, string Code,
        string QrPayload, string? PartnerCode, string Status, DateTimeOffset ValidUntil, DateTimeOffset ClaimedAt,
        DateTimeOffset? RedeemedAt, VoucherRedemption? Redemption);

    /// <summary>Where and when the voucher was redeemed (the redemption in force; a voided one is not shown).</summary>
    public sealed record VoucherRedemption(string RedemptionId, string MerchantId, string MerchantName, DateTimeOffset RedeemedAt);

    internal sealed record Row(long Id, long PerkId, string PerkKind, string PerkTitle, long? FaceValueFen, string Code, string QrPayload,
        string? PartnerCode, string Status, DateTime ValidUntil, DateTime CreatedAt, DateTime? RedeemedAt,
        long? RedemptionId, long? MerchantId, string? MerchantName, DateTime? RedemptionAt);

    internal const string Select = """
        SELECT v.id, v.perk_id AS PerkId, p.kind AS PerkKind, p.title AS PerkTitle, p.face_value_fen AS FaceValueFen, v.code,
               v.qr_payload AS QrPayload, v.partner_code AS PartnerCode, v.status, v.valid_until AS ValidUntil,
               v.created_at AS CreatedAt, v.redeemed_at AS RedeemedAt,
               r.id AS RedemptionId, r.merchant_id AS MerchantId, mc.name AS MerchantName, r.redeemed_at AS RedemptionAt
        FROM voucher v JOIN perk p ON p.id = v.perk_id
        LEFT JOIN redemption r ON r.voucher_id = v.id AND r.voided_at IS NULL
        LEFT JOIN merchant mc ON mc.id = r.merchant_id
        WHERE v.member_id = @memberId
        """;

    internal static VoucherView View(Row r, DateTime now) => new(r.Id.ToString(CultureInfo.InvariantCulture),
        r.PerkId.ToString(CultureInfo.InvariantCulture), r.PerkKind, r.PerkTitle, r.FaceValueFen, r.Code, r.QrPayload, r.PartnerCode,
        VoucherStatus.Effective(r.Status, r.ValidUntil, now), r.ValidUntil.ToChina(), r.CreatedAt.ToChina(), r.RedeemedAt.ToChina(),
        r is { RedemptionId: { } rid, MerchantId: { } mid, RedemptionAt: { } at }
            ? new VoucherRedemption(rid.ToString(CultureInfo.InvariantCulture), mid.ToString(CultureInfo.InvariantCulture), r.MerchantName ?? "", at.ToChina())
            : null);
}

using Microsoft.AspNetCore.Http.HttpResults;
using UnionHub.Api.Features.Perks;
using UnionHub.Api.Platform;

namespace UnionHub.Api.Features.Merchants;

/// <summary>
/// Preview and redeem a voucher by its code or its signed QR payload. A voucher is redeemed at most once,
/// whatever the concurrency, across all merchants and retries: one conditional UPDATE decides.
/// </summary>
public static class Redeem
{
    public sealed record Request(string? Code, string? QrPayload);

    public sealed record PreviewResponse(string VoucherId, string PerkTitle, string PerkKind, long? FaceValueFen, DateTimeOffset ValidUntil,
        string Status, string? MemberNameMasked);

    public sealed record RedeemResponse(string RedemptionId, string VoucherId, long FaceValueFen, DateTimeOffset RedeemedAt);

    /// <summary>Mapped by property (not constructor) so integer widths of computed columns do not matter across engines.</summary>
    internal sealed class VoucherRow
    {
        public long Id { get; init; }
        public string PerkTitle { get; init; } = "";
        public string PerkKind { get; init; } = "";
        public long? FaceValueFen { get; init; }
        public string Status { get; init; } = "";
        public DateTime ValidUntil { get; init; }
        public DateTime? RedeemedAt { get; init; }
        public byte[]? NameEnc { get; init; }
        public bool Accepted { get; init; }
    }

    // Accepted: the perk lists this merchant, or lists none (goods and tickets collected anywhere).
    internal const string Accepts = """
        (NOT EXISTS (SELECT 1 FROM perk_merchant pm WHERE pm.perk_id = v.perk_id)
         OR EXISTS (SELECT 1 FROM perk_merchant pm WHERE pm.perk_id = v.perk_id AND pm.merchant_id = @merchantId))
        """;

    internal const string SelectVoucher = $"""
        SELECT v.id, p.title AS PerkTitle, p.kind AS PerkKind, p.face_value_fen AS FaceValueFen, v.status,
               v.valid_until AS ValidUntil, v.redeemed_at AS RedeemedAt, m.name_enc AS NameEnc, {Accepts} AS Accepted
        FROM voucher v JOIN perk p ON p.id = v.perk_id JOIN member m ON m.id = v.member_id
        WHERE v.code = @code
        """;

    /// <summary>The voucher code from either form of the request, or the problem to answer.</summary>
    internal static (string? Code, ProblemHttpResult? Problem) ResolveCode(Request request, VoucherSigner signer)
    {
        var hasCode = !string.IsNullOrWhiteSpace(request.Code);
        var hasQr = !string.IsNullOrWhiteSpace(request.QrPayload);
        if (hasCode == hasQr)
        {
            return (null, new Validator().Check(false, "code", "give either code or qrPayload").Problem());
        }

        if (hasQr)
        {
            return signer.Verify(request.QrPayload!.Trim()) is { } verified
                ? (verified, null)
                : (null, Problems.Create(422, MerchantProblems.VoucherBadSignature, "The QR code is not a genuine voucher.",
                    "Its signature does not verify: it was altered or forged."));
        }

        var code = request.Code!.Trim().ToUpperInvariant().Replace("-", "", StringComparison.Ordinal).Replace(" ", "", StringComparison.Ordinal);
        return code.Length is > 0 and <= 32 ? (code, null) : (null, NotFound());
    }

    internal static ProblemHttpResult NotFound() => Problems.Create(404, MerchantProblems.VoucherNotFound, "No voucher has this code.");

    internal static ProblemHttpResult WrongMerchant() =>
        Problems.Create(403, MerchantProblems.VoucherWrongMerchant, "This voucher cannot be spent at this merchant.");
}

using Microsoft.AspNetCore.Http.HttpResults;
using UnionHub.Api.Features.Perks;
using UnionHub.Api.Platform;

namespace UnionHub.Api.Features.MemberCard;

/// <summary>
/// POST /merchant/card/verify {payload}: a merchant (API key or cashier, as for redemptions) checks a member card QR. Every
/// check is recorded in card_check; see <see cref="MemberCardRules.VerifyAsync"/>.
/// </summary>
public static class VerifyMemberCard
{
    public static Task<Results<Ok<MemberCardRules.VerifyResponse>, ProblemHttpResult>> Handle(
        MemberCardRules.VerifyRequest request, HttpContext http, Transactions transactions, VoucherSigner signer, PiiProtector pii,
        TimeProvider clock, CancellationToken ct) =>
        MemberCardRules.VerifyAsync(request, http, transactions, signer, pii, clock, ct);
}

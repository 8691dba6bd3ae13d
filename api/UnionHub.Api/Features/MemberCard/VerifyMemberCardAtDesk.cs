using Microsoft.AspNetCore.Http.HttpResults;
using UnionHub.Api.Features.Perks;
using UnionHub.Api.Platform;

namespace UnionHub.Api.Features.MemberCard;

/// <summary>
/// POST /admin/card/verify {payload}: a union desk (an event, a venue, a rest station; org_admin or super_admin) checks a member
/// card QR. The member presents the card, so the check is not limited to the desk's subtree: a federation event serves members
/// of every organisation, and the answer names the person masked only. Every check is recorded in card_check.
/// </summary>
public static class VerifyMemberCardAtDesk
{
    public static Task<Results<Ok<MemberCardRules.VerifyResponse>, ProblemHttpResult>> Handle(
        MemberCardRules.VerifyRequest request, HttpContext http, Transactions transactions, VoucherSigner signer, PiiProtector pii,
        TimeProvider clock, CancellationToken ct) =>
        MemberCardRules.VerifyAsync(request, http, transactions, signer, pii, clock, ct);
}

namespace UnionHub.Api.Features.Hardship;

/// <summary>
/// Final approval (in_notice -> approved) by a district reviewer, refused while the notice runs or an objection is open.
/// It creates the member's award for the round (UNIQUE (round_id, member_id): one award per member per round, whatever
/// races) and books the money on the round's fund the way a review meeting does: under the fund row lock, the grant
/// must fit the budget, an approved <c>fund_application</c> carries it, and a <c>grant</c> ledger row records it.
/// Payment then goes through the funds' dual control: POST /admin/fund-applications/{fundApplicationId}/disbursements
/// by one reviewer, confirmed by another.
/// </summary>
public static class Approve
{
    public sealed record ApproveRequest(long? AmountFen, string? Note);
}

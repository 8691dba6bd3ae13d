namespace UnionHub.Api.Features.GroupBuys;

/// <summary>Every error <c>code</c> the GroupBuys endpoints answer (the SDK's message table must cover each: ErrorCodesTests).</summary>
public static class GroupBuyProblems
{
    public const string GroupbuyAlreadyClosed = "groupbuy.already_closed";
    public const string GroupbuyClosed = "groupbuy.closed";
    public const string GroupbuyDeadlinePassed = "groupbuy.deadline_passed";
    public const string GroupbuyQuantityOutOfBounds = "groupbuy.quantity_out_of_bounds";
}

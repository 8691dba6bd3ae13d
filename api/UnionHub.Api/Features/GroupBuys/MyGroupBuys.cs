namespace UnionHub.Api.Features.GroupBuys;

/// <summary>
/// The enterprise contact's view: group-buys opened by the enterprise's organisation or one above it (newest first),
/// and one group-buy with the enterprise's own order. Others are 404.
/// </summary>
public static class MyGroupBuys
{
    public sealed record Summary(GroupBuyViews.GroupBuyResponse GroupBuy, long? MyOrderTotalFen);

    public sealed record Detail(GroupBuyViews.GroupBuyResponse GroupBuy, GroupBuyViews.OrderResponse? MyOrder);
}

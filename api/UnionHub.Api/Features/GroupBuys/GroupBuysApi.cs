using UnionHub.Api.Platform;

namespace UnionHub.Api.Features.GroupBuys;

/// <summary>Group buying of supplies: the union opens and closes group-buys; enterprise contacts order until the deadline.</summary>
public static class GroupBuysApi
{
    public static IEndpointRouteBuilder MapGroupBuys(this IEndpointRouteBuilder app)
    {
        var admin = app.MapGroup("/api/v1/admin/group-buys").WithTags("Group buying (staff)").RequireAuthorization(Policies.OrgAdmin);
        admin.MapPost("", CreateGroupBuy.Handle).WithIdempotency(IdempotentCaller.Staff)
            .WithName("CreateGroupBuy").WithSummary("Open a group-buy: items with unit prices in fen and per-order quantity bounds, a deadline")
            .ProducesProblem(404).ProducesProblem(422);
        admin.MapGet("", ListGroupBuys.Handle)
            .WithName("ListGroupBuys").WithSummary("Group-buys visible to the caller, newest first")
            .ProducesProblem(400);
        admin.MapGet("/{id}", GetGroupBuy.Handle)
            .WithName("GetGroupBuy").WithSummary("One group-buy with its items")
            .ProducesProblem(404);
        admin.MapPost("/{id}/close", CloseGroupBuy.Handle)
            .WithName("CloseGroupBuy").WithSummary("Close a group-buy: orders can no longer change")
            .ProducesProblem(404).ProducesProblem(409);
        admin.MapGet("/{id}/summary", GetGroupBuySummary.Handle)
            .WithName("GetGroupBuySummary").WithSummary("Totals per item and per enterprise")
            .ProducesProblem(404);
        admin.MapGet("/{id}/purchase-list", ExportGroupBuyPurchaseList.Handle)
            .WithName("ExportGroupBuyPurchaseList").WithSummary("The purchase list as CSV (UTF-8 with BOM): per enterprise and item, totals per item")
            .Produces(200, contentType: "text/csv").ProducesProblem(404);

        var mine = app.MapGroup("/api/v1/enterprise/group-buys").WithTags("Enterprise contacts").RequireAuthorization(Policies.EnterpriseContact);
        mine.MapGet("", ListMyGroupBuys.Handle)
            .WithName("ListMyGroupBuys").WithSummary("Group-buys open to the contact's enterprise, newest first, with its order total")
            .ProducesProblem(400);
        mine.MapGet("/{id}", GetMyGroupBuy.Handle)
            .WithName("GetMyGroupBuy").WithSummary("One group-buy with the enterprise's order")
            .ProducesProblem(404);
        mine.MapPut("/{id}/order", PlaceGroupBuyOrder.Handle)
            .WithName("PlaceGroupBuyOrder").WithSummary("Place or replace the enterprise's order (until the deadline, within each item's bounds)")
            .ProducesProblem(404).ProducesProblem(409).ProducesProblem(422);
        mine.MapDelete("/{id}/order", WithdrawGroupBuyOrder.Handle)
            .WithName("WithdrawGroupBuyOrder").WithSummary("Withdraw the enterprise's order (until the deadline)")
            .ProducesProblem(404).ProducesProblem(409);
        return app;
    }
}

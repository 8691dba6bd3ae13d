using UnionHub.Api.Platform;

namespace UnionHub.Api.Features.Distributions;

/// <summary>Bulk distributions of goods perks to enterprises: the union allocates, enterprise contacts confirm receipt and hand out.</summary>
public static class DistributionsApi
{
    public static IEndpointRouteBuilder MapDistributions(this IEndpointRouteBuilder app)
    {
        var admin = app.MapGroup("/api/v1/admin/distributions").WithTags("Distributions (staff)").RequireAuthorization(Policies.OrgAdmin);
        admin.MapPost("", CreateDistribution.Handle).WithIdempotency(IdempotentCaller.Staff)
            .WithName("CreateDistribution").WithSummary("Start a bulk distribution of a goods perk (org_admin within their subtree)")
            .ProducesProblem(404).ProducesProblem(422);
        admin.MapGet("", ListDistributions.Handle)
            .WithName("ListDistributions").WithSummary("Distributions visible to the caller with their totals, newest first")
            .ProducesProblem(400);
        admin.MapGet("/{id}", GetDistribution.Handle)
            .WithName("GetDistribution").WithSummary("One distribution: the perk's stock and allocated / received / handed out / left totals")
            .ProducesProblem(404);
        admin.MapPost("/{id}/allocations", AllocateDistribution.Handle).WithIdempotency(IdempotentCaller.Staff)
            .WithName("AllocateDistribution")
            .WithSummary("Allocate to enterprises by head count of verified members or by hand; reserved from the perk's stock, all or nothing")
            .ProducesProblem(404).ProducesProblem(409).ProducesProblem(422);
        admin.MapGet("/{id}/allocations", ListDistributionAllocations.Handle)
            .WithName("ListDistributionAllocations").WithSummary("Per enterprise: allocated, received, handed out, not yet received, on hand")
            .ProducesProblem(400).ProducesProblem(404);

        var mine = app.MapGroup("/api/v1/enterprise/allocations").WithTags("Enterprise contacts").RequireAuthorization(Policies.EnterpriseContact);
        mine.MapGet("", ListMyAllocations.Handle)
            .WithName("ListMyAllocations").WithSummary("Allocations to the contact's enterprise, newest first")
            .ProducesProblem(400);
        mine.MapGet("/{id}", GetMyAllocation.Handle)
            .WithName("GetMyAllocation").WithSummary("One allocation to the contact's enterprise, with its receipts")
            .ProducesProblem(404);
        mine.MapPost("/{id}/receipts", ConfirmAllocationReceipt.Handle).WithIdempotency(IdempotentCaller.Staff)
            .WithName("ConfirmAllocationReceipt").WithSummary("Confirm goods received (idempotent; quantity, may differ from what was sent; a note)")
            .ProducesProblem(404).ProducesProblem(409).ProducesProblem(422);
        mine.MapPost("/{id}/handouts", HandOutAllocation.Handle).WithIdempotency(IdempotentCaller.Staff)
            .WithName("HandOutAllocation").WithSummary("Record hand-outs to workers: scan a member's voucher, or a list of member ids")
            .ProducesProblem(404).ProducesProblem(409).ProducesProblem(422);
        mine.MapGet("/{id}/handouts", ListAllocationHandouts.Handle)
            .WithName("ListAllocationHandouts").WithSummary("Who was handed goods of this allocation, newest first")
            .ProducesProblem(400).ProducesProblem(404);
        return app;
    }
}

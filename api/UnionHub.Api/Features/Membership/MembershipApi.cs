using UnionHub.Api.Platform;

namespace UnionHub.Api.Features.Membership;

/// <summary>Joining online (members apply, the organisation's staff decide) and membership changes.</summary>
public static class MembershipApi
{
    public static IEndpointRouteBuilder MapMembership(this IEndpointRouteBuilder app)
    {
        var member = app.MapGroup("/api/v1/membership").WithTags("Membership").RequireAuthorization(Policies.Member);
        member.MapGet("/orgs", ListJoinableOrgs.Handle)
            .WithName("ListJoinableOrgs").WithSummary("Grassroots organisations a worker may apply to join, searchable by their name or their area's")
            .ProducesProblem(400).ProducesProblem(422);
        member.MapPost("/applications", ApplyToJoin.Handle).WithIdempotency(IdempotentCaller.Member)
            .WithName("ApplyToJoin").WithSummary("Apply to join a grassroots organisation (workers no roster lists; idempotent; 5 a day)")
            .ProducesProblem(404).ProducesProblem(409).ProducesProblem(422).ProducesProblem(429);
        member.MapGet("/applications", ListMyMembershipApplications.Handle)
            .WithName("ListMyMembershipApplications").WithSummary("The caller's applications to join, newest first")
            .ProducesProblem(400);
        member.MapPost("/applications/{id}/withdraw", WithdrawMembershipApplication.Handle)
            .WithName("WithdrawMembershipApplication").WithSummary("Withdraw the caller's pending application (idempotent)")
            .ProducesProblem(404).ProducesProblem(409);

        member.MapPost("/transfer-requests", RequestMembershipTransfer.Handle).WithIdempotency(IdempotentCaller.Member)
            .WithName("RequestMembershipTransfer").WithSummary("Ask to move to another grassroots organisation (members; one pending request; idempotent)")
            .ProducesProblem(404).ProducesProblem(409).ProducesProblem(422);
        member.MapGet("/transfer-requests", ListMyMembershipTransferRequests.Handle)
            .WithName("ListMyMembershipTransferRequests").WithSummary("The caller's transfer requests, newest first")
            .ProducesProblem(400);
        member.MapPost("/transfer-requests/{id}/withdraw", WithdrawMembershipTransferRequest.Handle)
            .WithName("WithdrawMembershipTransferRequest").WithSummary("Withdraw the caller's pending transfer request (idempotent)")
            .ProducesProblem(404).ProducesProblem(409);

        member.MapPost("/leave", LeaveMembership.Handle)
            .WithName("LeaveMembership").WithSummary("Leave the union: the membership ends (open fund applications withdrawn); the account may join again")
            .ProducesProblem(404).ProducesProblem(409).ProducesProblem(422);
        member.MapGet("/history", ListMyMembershipHistory.Handle)
            .WithName("ListMyMembershipHistory").WithSummary("The caller's membership history (joined, transferred, left), newest first")
            .ProducesProblem(400);

        var staff = app.MapGroup("/api/v1/admin").WithTags("Membership (staff)").RequireAuthorization(Policies.OrgAdmin);
        staff.MapPost("/member-transfers", TransferMember.Handle).WithIdempotency(IdempotentCaller.Staff)
            .WithName("TransferMember").WithSummary("Move a member (by card number) of the caller's subtree to another organisation (idempotent)")
            .ProducesProblem(404).ProducesProblem(422);
        staff.MapGet("/orgs/{orgId}/membership-history", ListOrgMembershipHistory.Handle)
            .WithName("ListOrgMembershipHistory").WithSummary("Joins, transfers in and out, and leavings of the organisation's subtree, newest first")
            .ProducesProblem(400).ProducesProblem(404);

        var admin = app.MapGroup("/api/v1/admin/membership-applications").WithTags("Membership (staff)").RequireAuthorization(Policies.OrgAdmin);
        admin.MapGet("", ListMembershipApplications.Handle)
            .WithName("ListMembershipApplications").WithSummary("Applications to join organisations in the caller's subtree, newest first, by status")
            .ProducesProblem(400).ProducesProblem(404).ProducesProblem(422);
        admin.MapGet("/{id}/personal-data", RevealMembershipApplicationPersonalData.Handle)
            .WithName("RevealMembershipApplicationPersonalData")
            .WithSummary("The applicant's full name and phone, the ID number still masked (each call audited with the reason)")
            .WithStaffReadAudit("membership_application_personal_data")
            .ProducesProblem(404);
        admin.MapPost("/{id}/approve", ApproveMembershipApplication.Handle)
            .WithName("ApproveMembershipApplication").WithSummary("Approve: the applicant becomes a member of the organisation (roster row, verification, card)")
            .ProducesProblem(404).ProducesProblem(409);
        admin.MapPost("/{id}/refuse", RefuseMembershipApplication.Handle)
            .WithName("RefuseMembershipApplication").WithSummary("Refuse a pending application with a reason the applicant sees")
            .ProducesProblem(404).ProducesProblem(409).ProducesProblem(422);

        var transfers = app.MapGroup("/api/v1/admin/membership-transfer-requests").WithTags("Membership (staff)")
            .RequireAuthorization(Policies.OrgAdmin);
        transfers.MapGet("", ListMembershipTransferRequests.Handle)
            .WithName("ListMembershipTransferRequests").WithSummary("Members' requests to move into organisations of the caller's subtree, newest first, by status")
            .ProducesProblem(400).ProducesProblem(404).ProducesProblem(422);
        transfers.MapPost("/{id}/approve", ApproveMembershipTransferRequest.Handle)
            .WithName("ApproveMembershipTransferRequest").WithSummary("Approve: the member moves to the organisation as a staff transfer moves them")
            .ProducesProblem(404).ProducesProblem(409);
        transfers.MapPost("/{id}/refuse", RefuseMembershipTransferRequest.Handle)
            .WithName("RefuseMembershipTransferRequest").WithSummary("Refuse a pending transfer request with a reason the member sees")
            .ProducesProblem(404).ProducesProblem(409).ProducesProblem(422);
        return app;
    }
}

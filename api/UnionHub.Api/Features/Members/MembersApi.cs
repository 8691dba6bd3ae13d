using Microsoft.AspNetCore.Mvc;
using UnionHub.Api.Platform;

namespace UnionHub.Api.Features.Members;

/// <summary>Organisations and rosters (staff), and the member's own account and real-name verification.</summary>
public static class MembersApi
{
    public static IEndpointRouteBuilder MapMembers(this IEndpointRouteBuilder app)
    {
        var admin = app.MapGroup("/api/v1/admin").WithTags("Organisations").RequireAuthorization(Policies.OrgAdmin);
        admin.MapPost("/orgs", CreateOrg.Handle).WithIdempotency(IdempotentCaller.Staff)
            .WithName("CreateOrg").WithSummary("Create an organisation (super_admin anywhere, org_admin below their own)")
            .ProducesProblem(403).ProducesProblem(404).ProducesProblem(422);
        admin.MapGet("/orgs", ListOrgs.Handle)
            .WithName("ListOrgs").WithSummary("The organisations visible to the caller, newest first")
            .ProducesProblem(400).ProducesProblem(422);
        admin.MapPost("/orgs/{orgId}/roster", UploadRoster.Handle)
            .WithName("UploadRoster").WithSummary("Upload a roster (text/csv: name,idNumber,enterpriseCreditCode,phone), streamed; mode=replace marks who left")
            .Accepts<string>("text/csv")
            .WithMetadata(new RequestSizeLimitAttribute(UploadRoster.MaxBodyBytes))
            .ProducesProblem(400).ProducesProblem(404).ProducesProblem(413).ProducesProblem(415).ProducesProblem(422);
        admin.MapPost("/orgs/{orgId}/roster/replace-preview", PreviewRosterReplace.Handle)
            .WithName("PreviewRosterReplace").WithSummary("The roster rows an upload of this file in mode=replace would mark left (nothing written)")
            .Accepts<string>("text/csv")
            .WithMetadata(new RequestSizeLimitAttribute(UploadRoster.MaxBodyBytes))
            .ProducesProblem(400).ProducesProblem(404).ProducesProblem(413).ProducesProblem(415).ProducesProblem(422);
        admin.MapGet("/orgs/{orgId}/roster-conflicts", ListRosterConflicts.Handle)
            .WithName("ListRosterConflicts")
            .WithSummary("People on the organisation's roster whom another organisation's roster lists too (real-name binds the earliest listing)")
            .ProducesProblem(400).ProducesProblem(404);
        admin.MapGet("/roster-uploads/{id}", GetRosterUpload.Handle)
            .WithName("GetRosterUpload").WithSummary("What one roster upload committed")
            .ProducesProblem(404);

        var members = app.MapGroup("/api/v1/admin/members").WithTags("Member lookup (staff)").RequireAuthorization(Policies.OrgAdmin);
        members.MapGet("", SearchMembers.Handle)
            .WithName("SearchMembers")
            .WithSummary("Find members of the caller's subtree by exactly one of phone, idNumber, name, cardNo, or list those holding a tag, paged (masked; audited with the reason)")
            .WithStaffReadAudit("member_lookup")
            .ProducesProblem(400).ProducesProblem(422);
        members.MapGet("/{id}", GetMemberProfile.Handle)
            .WithName("GetMemberProfile")
            .WithSummary("A member's page: account, vouchers, applications, cases, household, history (masked; audited with the reason)")
            .WithStaffReadAudit("member")
            .ProducesProblem(404);
        members.MapGet("/{id}/personal-data", RevealMemberPersonalData.Handle)
            .WithName("RevealMemberPersonalData")
            .WithSummary("The member's full name and phone, the ID number still masked (each call audited with the reason)")
            .WithStaffReadAudit("member_personal_data")
            .ProducesProblem(404);
        members.MapPost("/{id}/vouchers/{voucherId}/void", VoidMemberVoucher.Handle)
            .WithName("VoidMemberVoucher").WithSummary("Void the member's unredeemed voucher with a reason (the till then refuses it)")
            .ProducesProblem(404).ProducesProblem(409).ProducesProblem(422);

        var me = app.MapGroup("/api/v1/me").WithTags("Members").RequireAuthorization(Policies.Member);
        me.MapGet("", GetMe.Handle)
            .WithName("GetMe").WithSummary("The caller's account, personal data masked")
            .ProducesProblem(404);
        me.MapPost("/real-name", VerifyRealName.Handle)
            .WithName("VerifyRealName").WithSummary("Real-name verification against the union rosters (5 tries a day)")
            .ProducesProblem(404).ProducesProblem(409).ProducesProblem(422).ProducesProblem(429);
        return app;
    }
}

using Microsoft.AspNetCore.Mvc;
using UnionHub.Api.Features.Funds;
using UnionHub.Api.Platform;

namespace UnionHub.Api.Features.MutualAid;

/// <summary>Mutual-aid cover (see <see cref="MutualAid"/>): plans, enrolment, certificates, claims, review and payment through the funds'
/// dual-control disbursements.</summary>
public static class MutualAidApi
{
    public static IEndpointRouteBuilder MapMutualAid(this IEndpointRouteBuilder app)
    {
        var member = app.MapGroup("/api/v1").WithTags("Mutual-aid cover").RequireAuthorization(Policies.Member);
        member.MapGet("/mutual-aid/plans", ListOpenMutualAidPlans.Handle)
            .WithName("ListOpenMutualAidPlans").WithSummary("Open plans the caller may enrol in, with their benefits and the caller's enrolment");
        member.MapPost("/mutual-aid/enrolments", EnrolInMutualAid.Handle).WithIdempotency(IdempotentCaller.Member)
            .WithName("EnrolInMutualAid").WithSummary("Enrol in an open plan (idempotent; once per plan); the answer is the certificate")
            .ProducesProblem(403).ProducesProblem(404).ProducesProblem(409).ProducesProblem(422);
        member.MapGet("/me/mutual-aid/enrolments", ListMyMutualAidEnrolments.Handle)
            .WithName("ListMyMutualAidEnrolments").WithSummary("The caller's enrolments (certificates), with what is left of each benefit");
        member.MapGet("/me/mutual-aid/enrolments/{id}", GetMyMutualAidEnrolment.Handle)
            .WithName("GetMyMutualAidEnrolment").WithSummary("One enrolment as a certificate: number, plan, period, benefits")
            .ProducesProblem(404);
        member.MapPost("/me/mutual-aid/claims", FileMutualAidClaim.Handle).WithIdempotency(IdempotentCaller.Member)
            .WithName("FileMutualAidClaim").WithSummary("Claim a benefit of an enrolment for an event in its period (idempotent)")
            .ProducesProblem(403).ProducesProblem(404).ProducesProblem(422);
        member.MapGet("/me/mutual-aid/claims", ListMyMutualAidClaims.Handle)
            .WithName("ListMyMutualAidClaims").WithSummary("The caller's claims, newest first, with their decisions")
            .ProducesProblem(400);
        member.MapPost("/me/mutual-aid/claims/{id}/documents", UploadMutualAidClaimDocument.Handle).WithIdempotency(IdempotentCaller.Member)
            .WithName("UploadMutualAidClaimDocument").WithSummary("Attach a JPEG, PNG or PDF (multipart 'file' or raw body) to a claim awaiting review, at most 5 of 5 MiB")
            .AcceptsDocument(MutualAidRules.MaxDocumentBytes, (MutualAidProblems.DocumentTooLarge, MutualAidProblems.DocumentUnsupportedType), "Document")
            .ProducesProblem(404).ProducesProblem(409).ProducesProblem(413).ProducesProblem(422);

        var admin = app.MapGroup("/api/v1/admin").WithTags("Mutual-aid cover (staff)").RequireAuthorization(Policies.OrgAdmin);
        admin.MapPost("/mutual-aid/plans", CreateMutualAidPlan.Handle).WithIdempotency(IdempotentCaller.Staff)
            .WithName("CreateMutualAidPlan").WithSummary("Create a plan with its benefits per event type and their caps, paid from a relief fund (idempotent)")
            .ProducesProblem(404).ProducesProblem(422);
        admin.MapGet("/mutual-aid/funds", ListMutualAidPlanFunds.Handle)
            .WithName("ListMutualAidPlanFunds").WithSummary("The funds the caller may name to pay a plan (inside their scope), newest first, with their figures")
            .ProducesProblem(400);
        admin.MapGet("/mutual-aid/plans", ListMutualAidPlans.Handle)
            .WithName("ListMutualAidPlans").WithSummary("The plans of the caller's subtree, newest first")
            .ProducesProblem(400).ProducesProblem(422);
        admin.MapPost("/mutual-aid/plans/{id}/status", SetMutualAidPlanStatus.Handle)
            .WithName("SetMutualAidPlanStatus").WithSummary("Open a draft plan, or close a plan to new enrolments")
            .ProducesProblem(404).ProducesProblem(409).ProducesProblem(422);
        admin.MapGet("/mutual-aid/plans/{id}/figures", GetMutualAidFigures.Handle)
            .WithName("GetMutualAidFigures").WithSummary("A plan's figures per year: enrolled, claims filed, approved and paid, with amounts")
            .ProducesProblem(404);
        admin.MapPost("/orgs/{orgId}/mutual-aid-plans/{planId}/enrolments", EnrolMutualAidBatch.Handle).WithIdempotency(IdempotentCaller.Staff)
            .WithName("EnrolMutualAidBatch")
            .WithSummary("Enrol many members of the organisation's subtree (text/csv: 会员卡号 and/or 身份证号[,姓名]) in an open plan; "
                + "all rows or none (422 lists each bad row)")
            .Accepts<string>("text/csv")
            .WithMetadata(new RequestSizeLimitAttribute(FundBatches.MaxBodyBytes))
            .ProducesProblem(404).ProducesProblem(409).ProducesProblem(413).ProducesProblem(415).ProducesProblem(422);
        admin.MapPatch("/mutual-aid/plans/{id}", PatchMutualAidPlan.Handle)
            .WithName("PatchMutualAidPlan")
            .WithSummary("Edit a plan: a draft entirely; an open plan's name, description and a later end date (benefits only while nobody is enrolled)")
            .ProducesProblem(404).ProducesProblem(409).ProducesProblem(422);
        admin.MapPut("/mutual-aid/plans/{id}/fund", SetMutualAidPlanFund.Handle)
            .WithName("SetMutualAidPlanFund")
            .WithSummary("Move a plan to another mutual_aid fund, with a reason (audited); refused while claims are approved and not yet paid")
            .ProducesProblem(404).ProducesProblem(409).ProducesProblem(422);

        // Claims: org_admin, the fund office (reviewer) and super_admin whose scope holds the plan's organisation review and pay them,
        // as relief-fund applications are reviewed and paid (maker and checker differ).
        var review = app.MapGroup("/api/v1/admin").WithTags("Mutual-aid cover (staff)").RequireAuthorization(Policies.FundCounter);
        review.MapGet("/mutual-aid/claims", ListMutualAidClaims.Handle)
            .WithName("ListMutualAidClaims").WithSummary("Claims of the plans of the caller's subtree (status=submitted: the review queue)")
            .ProducesProblem(400).ProducesProblem(422);
        review.MapGet("/mutual-aid/claims/{id}", GetMutualAidClaim.Handle)
            .WithName("GetMutualAidClaim").WithSummary("One claim with its description, cover and documents (audited with the reason)")
            .WithStaffReadAudit("mutual_aid_claim")
            .ProducesProblem(404);
        review.MapGet("/mutual-aid/claims/{id}/documents/{fileId}", GetMutualAidClaimDocument.Handle)
            .WithName("GetMutualAidClaimDocument").WithSummary("One document of a claim (audited with the reason)")
            .WithStaffReadAudit("mutual_aid_claim_document", "fileId", parent: "claimId")
            .ProducesProblem(404);
        review.MapPost("/mutual-aid/claims/{id}/approve", ApproveMutualAidClaim.Handle)
            .WithName("ApproveMutualAidClaim")
            .WithSummary("Approve an amount of a claim (never past the plan's cap for its event type), booked as a grant on the plan's fund")
            .ProducesProblem(404).ProducesProblem(409).ProducesProblem(422);
        review.MapPost("/mutual-aid/claims/{id}/reject", RejectMutualAidClaim.Handle)
            .WithName("RejectMutualAidClaim").WithSummary("Reject a claim awaiting review, with a reason for the member")
            .ProducesProblem(404).ProducesProblem(409).ProducesProblem(422);
        review.MapPost("/mutual-aid/claims/{id}/payment", ProposeMutualAidPayment.Handle)
            .WithName("ProposeMutualAidPayment")
            .WithSummary("Propose paying an approved claim's amount as a disbursement of its fund; another staff user confirms it")
            .ProducesProblem(404).ProducesProblem(409).ProducesProblem(422);
        review.MapPost("/mutual-aid/claims/{id}/payment/confirm", ConfirmMutualAidPayment.Handle)
            .WithName("ConfirmMutualAidPayment").WithSummary("Confirm a proposed payment (not by its proposer): the fund pays, the claim is paid")
            .ProducesProblem(403).ProducesProblem(404).ProducesProblem(409).ProducesProblem(422);
        review.MapPost("/mutual-aid/claims/{id}/payment/cancel", CancelMutualAidPayment.Handle)
            .WithName("CancelMutualAidPayment").WithSummary("Cancel a claim's proposed payment, with a reason; the claim is approved again")
            .ProducesProblem(404).ProducesProblem(409).ProducesProblem(422);
        return app;
    }
}

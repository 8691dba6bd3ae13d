using Microsoft.AspNetCore.Mvc;
using UnionHub.Api.Platform;

namespace UnionHub.Api.Features.Funds;

/// <summary>Relief funds: members apply, reviewers decide at meetings, two staff users pay.</summary>
public static class FundsApi
{
    public static IEndpointRouteBuilder MapFunds(this IEndpointRouteBuilder app)
    {
        var member = app.MapGroup("/api/v1").WithTags("Relief funds").RequireAuthorization(Policies.Member);
        member.MapGet("/funds", ListOpenFunds.Handle)
            .WithName("ListOpenFunds").WithSummary("Open funds members may apply to, with their eligibility notes");
        member.MapPost("/fund-applications", CreateFundApplication.Handle).WithIdempotency(IdempotentCaller.Member)
            .WithName("CreateFundApplication").WithSummary("Apply to a fund (idempotent); draft: true keeps it a draft")
            .ProducesProblem(403).ProducesProblem(404).ProducesProblem(409).ProducesProblem(422);
        member.MapGet("/me/fund-applications", ListMyFundApplications.Handle)
            .WithName("ListMyFundApplications").WithSummary("The caller's applications, newest first")
            .ProducesProblem(400);
        member.MapGet("/me/fund-applications/{id}", GetMyFundApplication.Handle)
            .WithName("GetMyFundApplication").WithSummary("One of the caller's applications, with its history")
            .ProducesProblem(404);
        member.MapPost("/me/fund-applications/{id}/submit", SubmitFundApplication.Handle)
            .WithName("SubmitFundApplication").WithSummary("Submit a draft")
            .ProducesProblem(404).ProducesProblem(409);
        member.MapPost("/me/fund-applications/{id}/withdraw", WithdrawFundApplication.Handle)
            .WithName("WithdrawFundApplication").WithSummary("Withdraw a draft, submitted or returned application")
            .ProducesProblem(404).ProducesProblem(409);
        member.MapPut("/me/fund-applications/{id}", ResubmitFundApplication.Handle)
            .WithName("ResubmitFundApplication").WithSummary("Correct a returned application; it is submitted again")
            .ProducesProblem(404).ProducesProblem(409).ProducesProblem(422);
        member.MapPost("/me/fund-applications/{id}/evidence", UploadFundEvidence.Handle).WithIdempotency(IdempotentCaller.Member)
            .WithName("UploadFundEvidence").WithSummary("Attach a JPEG, PNG or PDF (multipart 'file' or raw body), at most 5 of 5 MiB")
            .AcceptsDocument(Evidence.MaxFileBytes, (FundProblems.EvidenceTooLarge, FundProblems.EvidenceUnsupportedType), "Evidence")
            .ProducesProblem(404).ProducesProblem(409).ProducesProblem(413).ProducesProblem(422);
        member.MapGet("/me/fund-applications/{id}/evidence/{fileId}", GetMyFundEvidence.Handle)
            .WithName("GetMyFundEvidence").WithSummary("One evidence file of the caller's application")
            .ProducesProblem(404);

        var admin = app.MapGroup("/api/v1/admin").WithTags("Relief funds (staff)").RequireAuthorization(Policies.Reviewer);
        admin.MapPost("/funds", CreateFund.Handle).WithIdempotency(IdempotentCaller.Staff)
            .WithName("CreateFund").WithSummary("Create a fund with its yearly budget")
            .ProducesProblem(422);
        admin.MapGet("/funds", ListFunds.Handle)
            .WithName("ListFunds").WithSummary("All funds with their figures, newest first")
            .ProducesProblem(400);
        admin.MapGet("/funds/{id}", GetFund.Handle)
            .WithName("GetFund").WithSummary("A fund's budget, granted, disbursed and remaining amounts (from its ledger)")
            .ProducesProblem(404);
        admin.MapPut("/funds/{id}/budget", ChangeFundBudget.Handle)
            .WithName("ChangeFundBudget")
            .WithSummary("Raise or lower a fund's yearly budget, with a reason (audited); never below what is granted less donations")
            .ProducesProblem(404).ProducesProblem(409).ProducesProblem(422);
        admin.MapGet("/fund-applications", ListFundApplications.Handle)
            .WithName("ListFundApplications").WithSummary("Review queue, filtered by fund and status")
            .ProducesProblem(400).ProducesProblem(422);
        admin.MapGet("/fund-applications/{id}", GetFundApplication.Handle)
            .WithName("GetFundApplication").WithSummary("One application with its history and evidence list (audited with the reason)")
            .WithStaffReadAudit("fund_application")
            .ProducesProblem(404);
        admin.MapPost("/fund-applications/{id}/return", ReturnFundApplication.Handle)
            .WithName("ReturnFundApplication").WithSummary("Return a submitted application to the member for corrections")
            .ProducesProblem(404).ProducesProblem(409).ProducesProblem(422);
        admin.MapGet("/fund-applications/{id}/evidence/{fileId}", GetFundEvidence.Handle)
            .WithName("GetFundEvidence").WithSummary("One evidence file of an application (audited with the reason)")
            .WithStaffReadAudit("fund_evidence", "fileId", parent: "applicationId")
            .ProducesProblem(404);
        admin.MapPost("/review-meetings", CreateReviewMeeting.Handle).WithIdempotency(IdempotentCaller.Staff)
            .WithName("CreateReviewMeeting").WithSummary("Record a review meeting; all its decisions apply together or none does")
            .ProducesProblem(404).ProducesProblem(409).ProducesProblem(422);
        admin.MapGet("/review-meetings/{id}", GetReviewMeeting.Handle)
            .WithName("GetReviewMeeting").WithSummary("A meeting with its decisions; Accept: text/csv exports the decisions")
            .Produces(200, contentType: "text/csv")
            .ProducesProblem(404);
        admin.MapPost("/fund-applications/{id}/disbursements", ProposeDisbursement.Handle).WithIdempotency(IdempotentCaller.Staff)
            .WithName("ProposeDisbursement").WithSummary("Propose a payment of a grant (idempotent); another staff user confirms it")
            .ProducesProblem(404).ProducesProblem(409).ProducesProblem(422);
        admin.MapPost("/disbursements/{id}/confirm", ConfirmDisbursement.Handle)
            .WithName("ConfirmDisbursement").WithSummary("Confirm a proposed payment (not by its proposer)")
            .ProducesProblem(403).ProducesProblem(404).ProducesProblem(409).ProducesProblem(422);
        admin.MapPost("/disbursements/{id}/cancel", CancelDisbursement.Handle)
            .WithName("CancelDisbursement").WithSummary("Cancel a proposed payment, with a reason; its amount of the grant can be proposed again")
            .ProducesProblem(404).ProducesProblem(409).ProducesProblem(422);

        // Counter staff (org_admin, reviewer, super_admin) file for a member of their subtree (issue 17 item 5).
        var counter = app.MapGroup("/api/v1/admin").WithTags("Relief funds (staff)").RequireAuthorization(Policies.FundCounter);
        counter.MapPost("/members/{id}/fund-applications", FileFundApplicationForMember.Handle).WithIdempotency(IdempotentCaller.Staff)
            .WithName("FileFundApplicationForMember")
            .WithSummary("File a relief application for a member, or for a deceased member's family with their bank account (代为申请, idempotent)")
            .ProducesProblem(403).ProducesProblem(404).ProducesProblem(409).ProducesProblem(422);
        counter.MapGet("/members/{id}/funds", ListFundsForMember.Handle)
            .WithName("ListFundsForMember").WithSummary("The open funds an application can be filed into for this member (federation funds and those of the member's organisations)")
            .ProducesProblem(404);
        counter.MapGet("/fund-applications/{id}/applicant", RevealFundApplicant.Handle)
            .WithName("RevealFundApplicant")
            .WithSummary("The deceased member's family member and bank account in full, ID number masked (each call audited with the reason)")
            .WithStaffReadAudit("fund_applicant")
            .ProducesProblem(404);
        // Batch declarations: a unit (org_admin over its subtree, super_admin) files applications for many members at once.
        var units = app.MapGroup("/api/v1/admin").WithTags("Relief funds (batch declarations)").RequireAuthorization(Policies.OrgAdmin);
        units.MapGet("/declarable-funds", ListDeclarableFunds.Handle)
            .WithName("ListDeclarableFunds").WithSummary("The open funds a unit may declare into (the funds members may apply to now)");
        units.MapPost("/orgs/{orgId}/fund-batches", DeclareFundBatch.Handle).WithIdempotency(IdempotentCaller.Staff)
            .WithName("DeclareFundBatch")
            .WithSummary("Declare applications for many members (text/csv: 姓名,身份证号,申请金额,事由[,类别,联系电话]) into one open fund; "
                + "all rows or none (422 lists each bad row)")
            .Accepts<string>("text/csv")
            .WithMetadata(new RequestSizeLimitAttribute(FundBatches.MaxBodyBytes))
            .ProducesProblem(400).ProducesProblem(404).ProducesProblem(409).ProducesProblem(413).ProducesProblem(415).ProducesProblem(422);
        units.MapPost("/orgs/{orgId}/fund-batch-checks", CheckFundBatch.Handle)
            .WithName("CheckFundBatch")
            .WithSummary("Check a batch declaration file without filing anything: rows, the amount the good rows request, and each bad row")
            .Accepts<string>("text/csv")
            .WithMetadata(new RequestSizeLimitAttribute(FundBatches.MaxBodyBytes))
            .ProducesProblem(400).ProducesProblem(404).ProducesProblem(409).ProducesProblem(413).ProducesProblem(415).ProducesProblem(422);
        units.MapGet("/fund-batches/{id}", GetFundBatch.Handle)
            .WithName("GetFundBatch").WithSummary("One batch declaration: fund, organisation, uploader, file name, rows, amount and the applications filed")
            .ProducesProblem(404);
        return app;
    }
}

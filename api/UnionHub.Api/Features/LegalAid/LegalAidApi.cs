using Microsoft.AspNetCore.Mvc;
using UnionHub.Api.Platform;

namespace UnionHub.Api.Features.LegalAid;

/// <summary>Settings of legal aid (section <c>LegalAid</c>).</summary>
public sealed class LegalAidOptions
{
    public const string Section = "LegalAid";
    /// <summary>Working days staff have to accept or refuse an application.</summary>
    public int DecisionWorkingDays { get; set; } = 7;
    /// <summary>The same for an application marked urgent.</summary>
    public int UrgentDecisionWorkingDays { get; set; } = 3;
    /// <summary>Cases a member may have open (not closed or refused) at once.</summary>
    public int MaxOpenCasesPerMember { get; set; } = 3;
    /// <summary>Documents a case may hold.</summary>
    public int MaxDocumentsPerCase { get; set; } = Documents.MaxFiles;
    /// <summary>Bytes of documents a member may hold over all their cases.</summary>
    public long MaxDocumentBytesPerMember { get; set; } = 50L * 1024 * 1024;
    /// <summary>A TrueType font (or a collection: its first face) with Chinese glyphs for the assignment letter; null: the first of <see cref="FontCandidates"/>.</summary>
    public string? FontPath { get; set; }

    /// <summary>Where Debian's fonts-wqy-microhei (installed by ./dev) and fonts-wqy-zenhei put their fonts.</summary>
    public static readonly string[] FontCandidates =
        ["/usr/share/fonts/truetype/wqy/wqy-microhei.ttc", "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"];
}

/// <summary>
/// Legal aid: members apply, staff accept or refuse within a working-day deadline, accepted cases go to a panel lawyer
/// and move through consultation, mediation, arbitration and litigation until they close with an outcome.
/// </summary>
public static class LegalAidApi
{
    public static WebApplicationBuilder AddLegalAidFeature(this WebApplicationBuilder builder)
    {
        builder.Services.Configure<LegalAidOptions>(builder.Configuration.GetSection(LegalAidOptions.Section));
        builder.Services.AddSingleton<LetterFont>();
        return builder;
    }

    public static IEndpointRouteBuilder MapLegalAid(this IEndpointRouteBuilder app)
    {
        var member = app.MapGroup("/api/v1").WithTags("Legal aid").RequireAuthorization(Policies.Member);
        member.MapPost("/legal-aid/cases", ApplyForLegalAid.Handle).WithIdempotency(IdempotentCaller.Member)
            .WithName("ApplyForLegalAid").WithSummary("Apply for legal aid (verified members; idempotent); at most LegalAid:MaxOpenCasesPerMember open cases")
            .ProducesProblem(403).ProducesProblem(409).ProducesProblem(422);
        member.MapGet("/me/legal-aid/cases", ListMyLegalAidCases.Handle)
            .WithName("ListMyLegalAidCases").WithSummary("The caller's legal aid cases, newest first")
            .ProducesProblem(400);
        member.MapGet("/me/legal-aid/cases/{id}", GetMyLegalAidCase.Handle)
            .WithName("GetMyLegalAidCase").WithSummary("One of the caller's cases with its progress notes and history")
            .ProducesProblem(404);
        member.MapPost("/me/legal-aid/cases/{id}/documents", UploadLegalAidDocument.Handle).WithIdempotency(IdempotentCaller.Member)
            .WithName("UploadLegalAidDocument").WithSummary($"Attach a JPEG, PNG or PDF (multipart 'file' or raw body), at most 10 of 5 MiB")
            .AcceptsDocument(Documents.MaxFileBytes, (LegalAidProblems.DocumentTooLarge, LegalAidProblems.DocumentUnsupportedType), "A document")
            .ProducesProblem(404).ProducesProblem(409).ProducesProblem(413).ProducesProblem(422);
        member.MapPost("/me/legal-aid/cases/{id}/withdraw", WithdrawLegalAidCase.Handle)
            .WithName("WithdrawLegalAidCase").WithSummary("Withdraw the caller's application before it is accepted (idempotent); 409 legal_case.already_accepted after")
            .ProducesProblem(404).ProducesProblem(409);
        member.MapGet("/me/legal-aid/cases/{id}/documents/{documentId}", GetMyLegalAidDocument.Handle)
            .WithName("GetMyLegalAidDocument").WithSummary("One document of the caller's case")
            .ProducesProblem(404);

        var admin = app.MapGroup("/api/v1/admin/legal-aid").WithTags("Legal aid (staff)").RequireAuthorization(Policies.OrgAdmin);
        admin.MapGet("/cases", ListLegalAidCases.Handle)
            .WithName("ListLegalAidCases").WithSummary("Cases in the caller's organisation subtree, newest first, by status")
            .ProducesProblem(400);
        admin.MapGet("/cases/overdue", ListOverdueLegalAidCases.Handle)
            .WithName("ListOverdueLegalAidCases").WithSummary("Applications neither accepted nor refused by their deadline")
            .ProducesProblem(400);
        admin.MapGet("/cases/{id}", GetLegalAidCase.Handle)
            .WithName("GetLegalAidCase").WithSummary("One case with its documents, progress notes and history (audited with the reason)")
            .WithStaffReadAudit("legal_case")
            .ProducesProblem(404);
        admin.MapPost("/cases/{id}/accept", AcceptLegalAidCase.Handle)
            .WithName("AcceptLegalAidCase").WithSummary("Accept a submitted application: the case opens in consultation")
            .ProducesProblem(404).ProducesProblem(409);
        admin.MapPost("/cases/{id}/refuse", RefuseLegalAidCase.Handle)
            .WithName("RefuseLegalAidCase").WithSummary("Refuse a submitted application with a reason")
            .ProducesProblem(404).ProducesProblem(409).ProducesProblem(422);
        admin.MapPost("/cases/{id}/assignment", AssignLegalAidLawyer.Handle)
            .WithName("AssignLegalAidLawyer").WithSummary("Assign (or reassign) an open case to a panel lawyer")
            .ProducesProblem(404).ProducesProblem(409).ProducesProblem(422);
        admin.MapGet("/cases/{id}/assignment-letter.pdf", GetLegalAidAssignmentLetter.Handle)
            .WithName("GetLegalAidAssignmentLetter").WithSummary("The assignment letter (指派函) of an assigned case as a PDF")
            .Produces(200, contentType: "application/pdf")
            .ProducesProblem(404).ProducesProblem(409).ProducesProblem(503);
        admin.MapPost("/cases/{id}/stage", MoveLegalAidCaseStage.Handle)
            .WithName("MoveLegalAidCaseStage").WithSummary("Move an open case forward to mediation, arbitration or litigation")
            .ProducesProblem(404).ProducesProblem(409).ProducesProblem(422);
        admin.MapPost("/cases/{id}/notes", AddLegalAidCaseNote.Handle).WithIdempotency(IdempotentCaller.Staff)
            .WithName("AddLegalAidCaseNote").WithSummary("Add a dated progress note to an open case")
            .ProducesProblem(404).ProducesProblem(409).ProducesProblem(422);
        admin.MapPost("/cases/{id}/close", CloseLegalAidCase.Handle)
            .WithName("CloseLegalAidCase").WithSummary("Close an open case with its outcome and the amount recovered; it is archived")
            .ProducesProblem(404).ProducesProblem(409).ProducesProblem(422);
        admin.MapGet("/cases/{id}/documents/{documentId}", GetLegalAidDocument.Handle)
            .WithName("GetLegalAidDocument").WithSummary("One document of a case (audited with the reason)")
            .WithStaffReadAudit("legal_case_document", "documentId", parent: "caseId")
            .ProducesProblem(404);
        admin.MapPost("/lawyers", CreateLegalAidLawyer.Handle).WithIdempotency(IdempotentCaller.Staff)
            .WithName("CreateLegalAidLawyer").WithSummary("Put a lawyer on the panel, linked to a staff account with the lawyer role")
            .ProducesProblem(404).ProducesProblem(409).ProducesProblem(422);
        admin.MapGet("/lawyers", ListLegalAidLawyers.Handle)
            .WithName("ListLegalAidLawyers").WithSummary("The lawyer panel (names and phones masked)")
            .ProducesProblem(400);
        admin.MapGet("/figures", GetLegalAidFigures.Handle)
            .WithName("GetLegalAidFigures").WithSummary("A year's figures for an organisation subtree: applications, accepted, closed, won, amounts")
            .ProducesProblem(404).ProducesProblem(422);

        var lawyer = app.MapGroup("/api/v1/lawyer/legal-aid").WithTags("Legal aid (lawyer)").RequireAuthorization(Policies.Lawyer);
        lawyer.MapGet("/cases", ListLawyerLegalAidCases.Handle)
            .WithName("ListLawyerLegalAidCases").WithSummary("The cases assigned to the calling lawyer, newest first")
            .ProducesProblem(400);
        lawyer.MapGet("/cases/{id}", GetLawyerLegalAidCase.Handle)
            .WithName("GetLawyerLegalAidCase").WithSummary("One of the calling lawyer's cases (audited with the reason)")
            .WithStaffReadAudit("legal_case")
            .ProducesProblem(404);
        lawyer.MapGet("/cases/{id}/assignment-letter.pdf", GetLawyerAssignmentLetter.Handle)
            .WithName("GetLawyerAssignmentLetter").WithSummary("The assignment letter of one of the calling lawyer's cases")
            .Produces(200, contentType: "application/pdf")
            .ProducesProblem(404).ProducesProblem(503);
        lawyer.MapGet("/cases/{id}/documents/{documentId}", GetLawyerLegalAidDocument.Handle)
            .WithName("GetLawyerLegalAidDocument").WithSummary("One document of one of the calling lawyer's cases (audited with the reason)")
            .WithStaffReadAudit("legal_case_document", "documentId", parent: "caseId")
            .ProducesProblem(404);
        lawyer.MapPost("/cases/{id}/stage", MoveLawyerLegalAidCaseStage.Handle)
            .WithName("MoveLawyerLegalAidCaseStage").WithSummary("Move one of the caller's cases forward")
            .ProducesProblem(404).ProducesProblem(409).ProducesProblem(422);
        lawyer.MapPost("/cases/{id}/notes", AddLawyerLegalAidCaseNote.Handle).WithIdempotency(IdempotentCaller.Staff)
            .WithName("AddLawyerLegalAidCaseNote").WithSummary("Add a dated progress note to one of the caller's cases")
            .ProducesProblem(404).ProducesProblem(409).ProducesProblem(422);
        lawyer.MapPost("/cases/{id}/close", CloseLawyerLegalAidCase.Handle)
            .WithName("CloseLawyerLegalAidCase").WithSummary("Close one of the caller's cases with its outcome")
            .ProducesProblem(404).ProducesProblem(409).ProducesProblem(422);
        return app;
    }
}

using Microsoft.AspNetCore.Mvc;
using UnionHub.Api.Platform;

namespace UnionHub.Api.Features.Hardship;

/// <summary>
/// Hardship aid: the register of hardship households, declaration rounds (grassroots review, district review, public
/// notice with objections, final approval into one award per member per round, paid through the funds' dual control),
/// and needs surveys whose package choices become goods vouchers.
/// </summary>
/// <summary>Settings of hardship aid (section <c>Hardship</c>).</summary>
public sealed class HardshipOptions
{
    public const string Section = "Hardship";
    /// <summary>Open objections one member may have at once, over all declarations (each one blocks an approval).</summary>
    public int MaxOpenObjectionsPerMember { get; set; } = 3;
}

public static class HardshipApi
{
    public static WebApplicationBuilder AddHardshipFeature(this WebApplicationBuilder builder)
    {
        builder.Services.Configure<HardshipOptions>(builder.Configuration.GetSection(HardshipOptions.Section));
        return builder;
    }

    public static IEndpointRouteBuilder MapHardship(this IEndpointRouteBuilder app)
    {
        var member = app.MapGroup("/api/v1").WithTags("Hardship aid").RequireAuthorization(Policies.Member);
        member.MapGet("/hardship/rounds", ListHardshipRounds.Handle)
            .WithName("ListHardshipRounds").WithSummary("Rounds of the caller's organisations, with their packages and the caller's choice")
            .ProducesProblem(400);
        member.MapPost("/hardship/declarations", DeclareHardship.Handle).WithIdempotency(IdempotentCaller.Member)
            .WithName("DeclareHardship").WithSummary("Declare in an open round (the caller must be on the hardship register)")
            .ProducesProblem(404).ProducesProblem(409).ProducesProblem(422);
        member.MapGet("/me/hardship/declarations", ListMyHardshipDeclarations.Handle)
            .WithName("ListMyHardshipDeclarations").WithSummary("The caller's declarations, newest first, each with its history (the timeline) and documents")
            .ProducesProblem(400);
        member.MapGet("/me/hardship/household", GetMyHardshipHousehold.Handle)
            .WithName("GetMyHardshipHousehold").WithSummary("The caller's entry on the hardship register (tier, reason); 404 household.not_registered when not on it")
            .ProducesProblem(404);
        member.MapPost("/me/hardship/declarations/{id}/documents", UploadHardshipDeclarationDocument.Handle).WithIdempotency(IdempotentCaller.Member)
            .WithName("UploadHardshipDeclarationDocument")
            .WithSummary("Attach a JPEG, PNG or PDF to the caller's declaration while it is under review (multipart 'file' or raw body), at most 10 of 5 MiB")
            .AcceptsDocument(Funds.Evidence.MaxFileBytes, (HardshipProblems.EvidenceTooLarge, HardshipProblems.EvidenceUnsupportedType), "A document")
            .ProducesProblem(404).ProducesProblem(409).ProducesProblem(413).ProducesProblem(422);
        member.MapGet("/me/hardship/declarations/{id}/documents/{fileId}", GetMyHardshipDeclarationDocument.Handle)
            .WithName("GetMyHardshipDeclarationDocument").WithSummary("One document of the caller's declaration")
            .ProducesProblem(404);
        member.MapGet("/hardship/rounds/{id}/notice", GetHardshipNotice.Handle)
            .WithName("GetHardshipNotice").WithSummary("The public notice (公示) of a round: declarations in notice, names masked")
            .ProducesProblem(404);
        member.MapPost("/hardship/declarations/{id}/objections", ObjectToHardshipDeclaration.Handle).WithIdempotency(IdempotentCaller.Member)
            .WithName("ObjectToHardshipDeclaration").WithSummary("Lodge an objection during the notice period (recorded with the member id only)")
            .ProducesProblem(404).ProducesProblem(409).ProducesProblem(422);
        member.MapPut("/hardship/rounds/{id}/package-choice", ChooseHardshipPackage.Handle)
            .WithName("ChooseHardshipPackage").WithSummary("Pick one package of a round's needs survey; may be changed until the deadline")
            .ProducesProblem(403).ProducesProblem(404).ProducesProblem(409).ProducesProblem(422);

        var admin = app.MapGroup("/api/v1/admin/hardship").WithTags("Hardship aid (staff)").RequireAuthorization(Policies.OrgAdmin);
        admin.MapPost("/households", RegisterHardshipHousehold.Handle).WithIdempotency(IdempotentCaller.Staff)
            .WithName("RegisterHardshipHousehold").WithSummary("Put a member of the caller's subtree on the hardship register, or a worker without an app account (name, ID number, phone?, orgId), linked when the worker verifies")
            .ProducesProblem(403).ProducesProblem(404).ProducesProblem(409).ProducesProblem(422);
        admin.MapGet("/households", ListHardshipHouseholds.Handle)
            .WithName("ListHardshipHouseholds").WithSummary("The register of the caller's subtree; status=active|exited")
            .ProducesProblem(400).ProducesProblem(422);
        admin.MapGet("/households/{id}", GetHardshipHousehold.Handle)
            .WithName("GetHardshipHousehold").WithSummary("One household's case file with its tier history and documents (audited with the reason)")
            .WithStaffReadAudit("hardship_household")
            .ProducesProblem(404);
        admin.MapPatch("/households/{id}", UpdateHardshipHousehold.Handle)
            .WithName("UpdateHardshipHousehold").WithSummary("Change tier, reason or case-file notes; a tier change is kept in the history")
            .ProducesProblem(404).ProducesProblem(409).ProducesProblem(422);
        admin.MapPost("/households/{id}/exit", ExitHardshipHousehold.Handle)
            .WithName("ExitHardshipHousehold").WithSummary("Take a household off the register")
            .ProducesProblem(404).ProducesProblem(409).ProducesProblem(422);
        admin.MapPost("/households/{id}/documents", UploadHardshipDocument.Handle).WithIdempotency(IdempotentCaller.Staff)
            .WithName("UploadHardshipDocument").WithSummary("Attach a JPEG, PNG or PDF to the case file (multipart 'file' or raw body)")
            .AcceptsDocument(Funds.Evidence.MaxFileBytes, (HardshipProblems.EvidenceTooLarge, HardshipProblems.EvidenceUnsupportedType), "Evidence")
            .ProducesProblem(404).ProducesProblem(409).ProducesProblem(413).ProducesProblem(422);
        admin.MapGet("/households/{id}/documents/{fileId}", GetHardshipDocument.Handle)
            .WithName("GetHardshipDocument").WithSummary("One document of a case file (audited with the reason)")
            .WithStaffReadAudit("hardship_document", "fileId", parent: "householdId")
            .ProducesProblem(404);
        admin.MapPost("/rounds", CreateHardshipRound.Handle).WithIdempotency(IdempotentCaller.Staff)
            .WithName("CreateHardshipRound").WithSummary("Open a declaration round for an org's subtree, with tier amounts, caps and packages")
            .ProducesProblem(404).ProducesProblem(422);
        admin.MapGet("/rounds", ListHardshipRoundsForStaff.Handle)
            .WithName("ListHardshipRoundsForStaff").WithSummary("The declaration rounds of the caller's subtree, newest first")
            .ProducesProblem(400);
        admin.MapGet("/rounds/{id}", GetHardshipRound.Handle)
            .WithName("GetHardshipRound").WithSummary("A round with its tiers and packages")
            .ProducesProblem(404);
        admin.MapGet("/rounds/{id}/package-totals", GetHardshipPackageTotals.Handle)
            .WithName("GetHardshipPackageTotals").WithSummary("How many members chose each package")
            .ProducesProblem(404);
        admin.MapPost("/rounds/{id}/survey/close", CloseHardshipSurvey.Handle)
            .WithName("CloseHardshipSurvey").WithSummary("Close the needs survey: every choice becomes a goods voucher in the member's wallet")
            .ProducesProblem(404).ProducesProblem(409).ProducesProblem(422);
        admin.MapPost("/declarations", DeclareHardshipForMember.Handle).WithIdempotency(IdempotentCaller.Staff)
            .WithName("DeclareHardshipForMember").WithSummary("A grassroots union declares for a registered member of its subtree")
            .ProducesProblem(404).ProducesProblem(409).ProducesProblem(422);
        admin.MapGet("/declarations", ListHardshipDeclarations.Handle)
            .WithName("ListHardshipDeclarations").WithSummary("Declarations of the caller's subtree, by round and status")
            .ProducesProblem(400).ProducesProblem(422);
        admin.MapGet("/declarations/{id}", GetHardshipDeclaration.Handle)
            .WithName("GetHardshipDeclaration").WithSummary("One declaration with its history, objections and award (audited with the reason)")
            .WithStaffReadAudit("hardship_declaration")
            .ProducesProblem(404);
        admin.MapGet("/declarations/{id}/documents/{fileId}", GetHardshipDeclarationDocument.Handle)
            .WithName("GetHardshipDeclarationDocument").WithSummary("One document the member attached to a declaration (audited with the reason)")
            .WithStaffReadAudit("hardship_declaration_document", "fileId", parent: "declarationId")
            .ProducesProblem(404);
        admin.MapPost("/declarations/{id}/grassroots-review", GrassrootsReviewHardship.Handle)
            .WithName("GrassrootsReviewHardship").WithSummary("Grassroots review: approve (to district review) or reject a submitted declaration")
            .ProducesProblem(404).ProducesProblem(409).ProducesProblem(422);
        admin.MapPost("/declarations/{id}/district-review", DistrictReviewHardship.Handle)
            .WithName("DistrictReviewHardship").WithSummary("District review by an org above the member's org: approve (public notice starts) or reject")
            .ProducesProblem(403).ProducesProblem(404).ProducesProblem(409).ProducesProblem(422);
        admin.MapPost("/objections/{id}/resolve", ResolveHardshipObjection.Handle)
            .WithName("ResolveHardshipObjection").WithSummary("Resolve an objection: upheld rejects the declaration, dismissed lets it continue")
            .ProducesProblem(403).ProducesProblem(404).ProducesProblem(409).ProducesProblem(422);
        admin.MapPost("/declarations/{id}/approve", ApproveHardshipDeclaration.Handle)
            .WithName("ApproveHardshipDeclaration").WithSummary("Final approval after the notice: one award per member per round, granted from the round's fund")
            .ProducesProblem(403).ProducesProblem(404).ProducesProblem(409).ProducesProblem(422);
        return app;
    }
}

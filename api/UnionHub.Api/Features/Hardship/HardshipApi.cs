using System.Data.Common;
using Dapper;
using Microsoft.AspNetCore.Mvc;
using UnionHub.Api.Features.Members;
using UnionHub.Api.Platform;

namespace UnionHub.Api.Features.Hardship;

/// <summary>
/// Hardship aid: the register of hardship households, declaration rounds (grassroots review, district review, public
/// notice with objections, final approval into one award per member per round, paid through the funds' dual control),
/// and needs surveys whose package choices become goods vouchers.
/// </summary>
public static class HardshipApi
{
    public static IEndpointRouteBuilder MapHardship(this IEndpointRouteBuilder app)
    {
        var member = app.MapGroup("/api/v1").WithTags("Hardship aid").RequireAuthorization(Policies.Member);
        member.MapGet("/hardship/rounds", MemberRounds.List)
            .WithName("ListHardshipRounds").WithSummary("Rounds of the caller's organisations, with their packages and the caller's choice")
            .ProducesProblem(400);
        member.MapPost("/hardship/declarations", Declare.AsMember)
            .WithName("DeclareHardship").WithSummary("Declare in an open round (the caller must be on the hardship register)")
            .ProducesProblem(404).ProducesProblem(409).ProducesProblem(422);
        member.MapGet("/me/hardship/declarations", MemberRounds.MyDeclarations)
            .WithName("ListMyHardshipDeclarations").WithSummary("The caller's declarations, newest first")
            .ProducesProblem(400);
        member.MapGet("/hardship/rounds/{id}/notice", PublicNotice.List)
            .WithName("GetHardshipNotice").WithSummary("The public notice (公示) of a round: declarations in notice, names masked")
            .ProducesProblem(404);
        member.MapPost("/hardship/declarations/{id}/objections", PublicNotice.Object)
            .WithName("ObjectToHardshipDeclaration").WithSummary("Lodge an objection during the notice period (recorded with the member id only)")
            .ProducesProblem(404).ProducesProblem(409).ProducesProblem(422);
        member.MapPut("/hardship/rounds/{id}/package-choice", Packages.Choose)
            .WithName("ChooseHardshipPackage").WithSummary("Pick one package of a round's needs survey; may be changed until the deadline")
            .ProducesProblem(403).ProducesProblem(404).ProducesProblem(409).ProducesProblem(422);

        var admin = app.MapGroup("/api/v1/admin/hardship").WithTags("Hardship aid (staff)").RequireAuthorization(Policies.OrgAdmin);
        admin.MapPost("/households", Households.Register)
            .WithName("RegisterHardshipHousehold").WithSummary("Put a member of the caller's subtree on the hardship register")
            .ProducesProblem(403).ProducesProblem(404).ProducesProblem(409).ProducesProblem(422);
        admin.MapGet("/households", Households.List)
            .WithName("ListHardshipHouseholds").WithSummary("The register of the caller's subtree; status=active|exited")
            .ProducesProblem(400).ProducesProblem(422);
        admin.MapGet("/households/{id}", Households.Get)
            .WithName("GetHardshipHousehold").WithSummary("One household's case file with its tier history and documents")
            .ProducesProblem(404);
        admin.MapPatch("/households/{id}", Households.Update)
            .WithName("UpdateHardshipHousehold").WithSummary("Change tier, reason or case-file notes; a tier change is kept in the history")
            .ProducesProblem(404).ProducesProblem(409).ProducesProblem(422);
        admin.MapPost("/households/{id}/exit", Households.Exit)
            .WithName("ExitHardshipHousehold").WithSummary("Take a household off the register")
            .ProducesProblem(404).ProducesProblem(409).ProducesProblem(422);
        admin.MapPost("/households/{id}/documents", HouseholdDocuments.Upload)
            .WithName("UploadHardshipDocument").WithSummary("Attach a JPEG, PNG or PDF to the case file (multipart 'file' or raw body)")
            .Accepts<IFormFile>("multipart/form-data", "image/jpeg", "image/png", "application/pdf", "application/octet-stream")
            .WithMetadata(new RequestSizeLimitAttribute(Funds.Evidence.RouteBodyLimit))
            .ProducesProblem(404).ProducesProblem(409).ProducesProblem(413).ProducesProblem(422);
        admin.MapGet("/households/{id}/documents/{fileId}", HouseholdDocuments.Download)
            .WithName("GetHardshipDocument").WithSummary("One document of a case file")
            .ProducesProblem(404);
        admin.MapPost("/rounds", Rounds.Create)
            .WithName("CreateHardshipRound").WithSummary("Open a declaration round for an org's subtree, with tier amounts, caps and packages")
            .ProducesProblem(404).ProducesProblem(422);
        admin.MapGet("/rounds", Rounds.List)
            .WithName("ListHardshipRoundsForStaff").WithSummary("The declaration rounds of the caller's subtree, newest first")
            .ProducesProblem(400);
        admin.MapGet("/rounds/{id}", Rounds.Get)
            .WithName("GetHardshipRound").WithSummary("A round with its tiers and packages")
            .ProducesProblem(404);
        admin.MapGet("/rounds/{id}/package-totals", Packages.GetTotals)
            .WithName("GetHardshipPackageTotals").WithSummary("How many members chose each package")
            .ProducesProblem(404);
        admin.MapPost("/rounds/{id}/survey/close", Packages.Close)
            .WithName("CloseHardshipSurvey").WithSummary("Close the needs survey: every choice becomes a goods voucher in the member's wallet")
            .ProducesProblem(404).ProducesProblem(409).ProducesProblem(422);
        admin.MapPost("/declarations", Declare.AsStaff)
            .WithName("DeclareHardshipForMember").WithSummary("A grassroots union declares for a registered member of its subtree")
            .ProducesProblem(404).ProducesProblem(409).ProducesProblem(422);
        admin.MapGet("/declarations", Declarations.List)
            .WithName("ListHardshipDeclarations").WithSummary("Declarations of the caller's subtree, by round and status")
            .ProducesProblem(400).ProducesProblem(422);
        admin.MapGet("/declarations/{id}", Declarations.Get)
            .WithName("GetHardshipDeclaration").WithSummary("One declaration with its history, objections and award")
            .ProducesProblem(404);
        admin.MapPost("/declarations/{id}/grassroots-review", Reviews.Grassroots)
            .WithName("GrassrootsReviewHardship").WithSummary("Grassroots review: approve (to district review) or reject a submitted declaration")
            .ProducesProblem(404).ProducesProblem(409).ProducesProblem(422);
        admin.MapPost("/declarations/{id}/district-review", Reviews.District)
            .WithName("DistrictReviewHardship").WithSummary("District review by an org above the member's org: approve (public notice starts) or reject")
            .ProducesProblem(403).ProducesProblem(404).ProducesProblem(409).ProducesProblem(422);
        admin.MapPost("/objections/{id}/resolve", PublicNotice.Resolve)
            .WithName("ResolveHardshipObjection").WithSummary("Resolve an objection: upheld rejects the declaration, dismissed lets it continue")
            .ProducesProblem(403).ProducesProblem(404).ProducesProblem(409).ProducesProblem(422);
        admin.MapPost("/declarations/{id}/approve", Approve.Handle)
            .WithName("ApproveHardshipDeclaration").WithSummary("Final approval after the notice: one award per member per round, granted from the round's fund")
            .ProducesProblem(403).ProducesProblem(404).ProducesProblem(409).ProducesProblem(422);
        return app;
    }
}

/// <summary>Names and rules shared by the hardship use cases.</summary>
public static class HardshipRules
{
    public const string Submitted = "submitted";
    public const string GrassrootsApproved = "grassroots_approved";
    public const string InNotice = "in_notice";
    public const string Approved = "approved";
    public const string Rejected = "rejected";

    public static readonly IReadOnlySet<string> Tiers = new HashSet<string>(StringComparer.Ordinal) { "deep", "relative", "emergency" };

    public static readonly IReadOnlySet<string> Reasons = new HashSet<string>(StringComparer.Ordinal)
        { "temporary_hardship", "low_income", "major_illness", "accident" };

    public static readonly IReadOnlySet<string> Statuses = new HashSet<string>(StringComparer.Ordinal)
        { Submitted, GrassrootsApproved, InNotice, Approved, Rejected };

    /// <summary>The relief-fund category an award is booked under.</summary>
    public static string FundCategory(string reason) => reason == "accident" ? "accident_disaster" : reason;

    public const int DefaultNoticeWorkingDays = 5;

    /// <summary>
    /// Grassroots review: any org_admin whose subtree holds the member's org (normally the member's own grassroots
    /// union), or a super_admin.
    /// </summary>
    public static bool CanReviewAsGrassroots(string? scopeRoot, string memberOrgPath) =>
        scopeRoot is not null && OrgScope.IsInside(memberOrgPath, scopeRoot);

    /// <summary>
    /// District review, objections and final approval: an org_admin of an org strictly above the member's org (the
    /// district or city union), or a super_admin. The grassroots union's own admin cannot review its own declaration again.
    /// </summary>
    public static bool CanReviewAsDistrict(string? scopeRoot, string memberOrgPath) =>
        scopeRoot is not null && OrgScope.IsInside(memberOrgPath, scopeRoot) && memberOrgPath.Length > scopeRoot.Length;

    public static Microsoft.AspNetCore.Http.HttpResults.ProblemHttpResult NotDistrict() =>
        Problems.Create(403, "hardship.not_district", "Only an admin of an organisation above the member's organisation decides this.",
            "District review, objections and final approval belong to the district (or higher) union.");

    public static Microsoft.AspNetCore.Http.HttpResults.ProblemHttpResult WrongState(string expected, string actual) =>
        Problems.Create(409, "declaration.wrong_state", "The declaration is not in the state this step needs.",
            $"Needs {expected}; the declaration is {actual}.");

    private const string InsertHistory = """
        INSERT INTO hardship_declaration_history (declaration_id, at, actor_kind, actor_id, from_status, to_status, note)
        VALUES (@DeclarationId, @At, @ActorKind, @ActorId, @From, @To, @Note)
        """;

    /// <summary>Records a status change of a declaration, in the transaction that made it.</summary>
    public static Task HistoryAsync(DbConnection conn, DbTransaction tx, long declarationId, DateTime atUtc, HttpContext http,
        string? from, string to, string? note, CancellationToken ct)
    {
        var (kind, actor) = http.User.StaffId() is { } staff ? ("staff", staff) : ("member", http.User.MemberId() ?? 0);
        return conn.ExecuteAsync(new CommandDefinition(InsertHistory,
            new { DeclarationId = declarationId, At = atUtc, ActorKind = kind, ActorId = actor, From = from, To = to, Note = note },
            tx, cancellationToken: ct));
    }

    /// <summary>Tells the member about a decision, in the decision's transaction (no personal data in the payload).</summary>
    public static Task NotifyAsync(DbConnection conn, DbTransaction tx, DateTime nowUtc, long memberId, long declarationId, long roundId,
        string status, long? amountFen, CancellationToken ct) =>
        Outbox.EnqueueAsync(conn, tx, new DateTimeOffset(nowUtc, TimeSpan.Zero), memberId, NotificationKinds.HardshipDecided,
            new { declarationId = declarationId.Text(), roundId = roundId.Text(), status, amountFen }, ct);
}

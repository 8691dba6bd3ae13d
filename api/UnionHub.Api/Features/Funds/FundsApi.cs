using System.Data.Common;
using System.Globalization;
using Dapper;
using Microsoft.AspNetCore.Mvc;
using UnionHub.Api.Platform;

namespace UnionHub.Api.Features.Funds;

/// <summary>Relief funds: members apply, reviewers decide at meetings, two staff users pay.</summary>
public static class FundsApi
{
    public static IEndpointRouteBuilder MapFunds(this IEndpointRouteBuilder app)
    {
        var member = app.MapGroup("/api/v1").WithTags("Relief funds").RequireAuthorization(Policies.Member);
        member.MapGet("/funds", OpenFunds.Handle)
            .WithName("ListOpenFunds").WithSummary("Open funds members may apply to, with their eligibility notes");
        member.MapPost("/fund-applications", Apply.Handle)
            .WithName("CreateFundApplication").WithSummary("Apply to a fund (idempotent); draft: true keeps it a draft")
            .ProducesProblem(403).ProducesProblem(404).ProducesProblem(409).ProducesProblem(422);
        member.MapGet("/me/fund-applications", MyApplications.List)
            .WithName("ListMyFundApplications").WithSummary("The caller's applications, newest first")
            .ProducesProblem(400);
        member.MapGet("/me/fund-applications/{id}", MyApplications.Get)
            .WithName("GetMyFundApplication").WithSummary("One of the caller's applications, with its history")
            .ProducesProblem(404);
        member.MapPost("/me/fund-applications/{id}/submit", MemberTransitions.Submit)
            .WithName("SubmitFundApplication").WithSummary("Submit a draft")
            .ProducesProblem(404).ProducesProblem(409);
        member.MapPost("/me/fund-applications/{id}/withdraw", MemberTransitions.Withdraw)
            .WithName("WithdrawFundApplication").WithSummary("Withdraw a draft, submitted or returned application")
            .ProducesProblem(404).ProducesProblem(409);
        member.MapPut("/me/fund-applications/{id}", MemberTransitions.Resubmit)
            .WithName("ResubmitFundApplication").WithSummary("Correct a returned application; it is submitted again")
            .ProducesProblem(404).ProducesProblem(409).ProducesProblem(422);
        member.MapPost("/me/fund-applications/{id}/evidence", Evidence.Upload)
            .WithName("UploadFundEvidence").WithSummary("Attach a JPEG, PNG or PDF (multipart 'file' or raw body), at most 5 of 5 MiB")
            .Accepts<IFormFile>("multipart/form-data", "image/jpeg", "image/png", "application/pdf", "application/octet-stream")
            .WithMetadata(new RequestSizeLimitAttribute(Evidence.RouteBodyLimit))
            .ProducesProblem(404).ProducesProblem(409).ProducesProblem(413).ProducesProblem(422);
        member.MapGet("/me/fund-applications/{id}/evidence/{fileId}", Evidence.DownloadMine)
            .WithName("GetMyFundEvidence").WithSummary("One evidence file of the caller's application")
            .ProducesProblem(404);

        var admin = app.MapGroup("/api/v1/admin").WithTags("Relief funds (staff)").RequireAuthorization(Policies.Reviewer);
        admin.MapPost("/funds", CreateFund.Handle)
            .WithName("CreateFund").WithSummary("Create a fund with its yearly budget")
            .ProducesProblem(422);
        admin.MapGet("/funds", FundFigures.List)
            .WithName("ListFunds").WithSummary("All funds with their figures, newest first")
            .ProducesProblem(400);
        admin.MapGet("/funds/{id}", FundFigures.Get)
            .WithName("GetFund").WithSummary("A fund's budget, granted, disbursed and remaining amounts (from its ledger)")
            .ProducesProblem(404);
        admin.MapGet("/fund-applications", ReviewQueue.Handle)
            .WithName("ListFundApplications").WithSummary("Review queue, filtered by fund and status")
            .ProducesProblem(400).ProducesProblem(422);
        admin.MapGet("/fund-applications/{id}", ReviewQueue.Get)
            .WithName("GetFundApplication").WithSummary("One application with its history and evidence list")
            .ProducesProblem(404);
        admin.MapPost("/fund-applications/{id}/return", ReturnApplication.Handle)
            .WithName("ReturnFundApplication").WithSummary("Return a submitted application to the member for corrections")
            .ProducesProblem(404).ProducesProblem(409).ProducesProblem(422);
        admin.MapGet("/fund-applications/{id}/evidence/{fileId}", Evidence.DownloadAsStaff)
            .WithName("GetFundEvidence").WithSummary("One evidence file of an application")
            .ProducesProblem(404);
        admin.MapPost("/review-meetings", ReviewMeetings.Create)
            .WithName("CreateReviewMeeting").WithSummary("Record a review meeting; all its decisions apply together or none does")
            .ProducesProblem(404).ProducesProblem(409).ProducesProblem(422);
        admin.MapGet("/review-meetings/{id}", ReviewMeetings.Get)
            .WithName("GetReviewMeeting").WithSummary("A meeting with its decisions; Accept: text/csv exports the decisions")
            .Produces(200, contentType: "text/csv")
            .ProducesProblem(404);
        admin.MapPost("/fund-applications/{id}/disbursements", Disburse.Propose)
            .WithName("ProposeDisbursement").WithSummary("Propose a payment of a grant (idempotent); another staff user confirms it")
            .ProducesProblem(404).ProducesProblem(409).ProducesProblem(422);
        admin.MapPost("/disbursements/{id}/confirm", Disburse.Confirm)
            .WithName("ConfirmDisbursement").WithSummary("Confirm a proposed payment (not by its proposer)")
            .ProducesProblem(403).ProducesProblem(404).ProducesProblem(409);
        return app;
    }
}

/// <summary>Names and rules shared by the fund use cases.</summary>
public static class FundRules
{
    public const string Draft = "draft";
    public const string Submitted = "submitted";
    public const string Returned = "returned";
    public const string Approved = "approved";
    public const string Rejected = "rejected";
    public const string Withdrawn = "withdrawn";
    public const string Disbursed = "disbursed";

    public static readonly IReadOnlySet<string> Kinds = new HashSet<string>(StringComparer.Ordinal) { "warmth", "hardship", "epidemic" };

    public static readonly IReadOnlySet<string> Categories = new HashSet<string>(StringComparer.Ordinal)
        { "major_illness", "sudden_event", "accident_disaster", "low_income", "temporary_hardship", "epidemic" };

    public static readonly IReadOnlySet<string> Statuses = new HashSet<string>(StringComparer.Ordinal)
        { Draft, Submitted, Returned, Approved, Rejected, Withdrawn, Disbursed };

    /// <summary>Open now: inside its optional window.</summary>
    public static bool IsOpen(DateTime? opensAt, DateTime? closesAt, DateTime nowUtc) =>
        (opensAt is null || opensAt <= nowUtc) && (closesAt is null || closesAt > nowUtc);

    public static string Id(long id) => id.ToString(CultureInfo.InvariantCulture);

    public static long? ParseId(string? id) =>
        long.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var v) && v > 0 ? v : null;

    public static string Join(IEnumerable<string> values) => string.Join(", ", values.Order(StringComparer.Ordinal));

    private const string InsertHistory = """
        INSERT INTO fund_application_history (application_id, at, actor_kind, actor_id, from_status, to_status, note)
        VALUES (@ApplicationId, @At, @ActorKind, @ActorId, @From, @To, @Note)
        """;

    /// <summary>Records a status change in the application's history, in the transaction that made it.</summary>
    public static Task HistoryAsync(DbConnection conn, DbTransaction tx, long applicationId, DateTime atUtc, HttpContext http,
        string? from, string to, string? note, CancellationToken ct)
    {
        var (kind, actor) = http.User.StaffId() is { } staff ? ("staff", staff) : ("member", http.User.MemberId() ?? 0);
        return conn.ExecuteAsync(new CommandDefinition(InsertHistory,
            new { ApplicationId = applicationId, At = atUtc, ActorKind = kind, ActorId = actor, From = from, To = to, Note = note },
            tx, cancellationToken: ct));
    }
}

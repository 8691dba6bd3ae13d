using Dapper;
using Microsoft.AspNetCore.Http.HttpResults;
using MySqlConnector;
using UnionHub.Api.Features.Members;
using UnionHub.Api.Platform;

namespace UnionHub.Api.Features.Hardship;

/// <summary>
/// Grassroots review (submitted -> grassroots_approved | rejected) by an org admin whose subtree holds the member's org,
/// then district review (grassroots_approved -> in_notice | rejected) by an admin of an org strictly above the member's org,
/// who must not be the grassroots reviewer. Approval at district level starts the public notice, which ends
/// <c>notice_working_days</c> working days later (<see cref="WorkingCalendar.DeadlineAfter"/>).
/// Each step is a conditional UPDATE on the expected status; a refusal re-reads the row with a lock to say why.
/// </summary>
public static class Reviews
{
    public sealed record ReviewRequest(string? Decision, string? Note);

    private static Validator Check(ReviewRequest request) => new Validator()
        .Check(request.Decision is "approve" or "reject", "decision", "must be approve or reject")
        .Check(request.Decision != "reject" || !string.IsNullOrWhiteSpace(request.Note), "note", "is required when rejecting")
        .Check(request.Note is null || request.Note.Length <= 2000, "note", "must be at most 2000 characters");

    private const string GrassrootsApprove = """
        UPDATE hardship_declaration SET status = 'grassroots_approved', grassroots_by = @StaffId, updated_at = @Now
        WHERE id = @Id AND status = 'submitted'
        """;

    private const string RejectFrom = """
        UPDATE hardship_declaration SET status = 'rejected', open_key = NULL, updated_at = @Now
        WHERE id = @Id AND status = @From
        """;

    public static async Task<Results<Ok<Declarations.Declaration>, ProblemHttpResult>> Grassroots(
        string id, ReviewRequest request, HttpContext http, MySqlDataSource db, PiiProtector pii, TimeProvider clock, CancellationToken ct)
    {
        var v = Check(request);
        if (!v.IsValid)
        {
            return v.Problem();
        }

        var now = clock.GetUtcNow().UtcDateTime;
        await using var conn = await db.OpenConnectionAsync(ct);
        await using var tx = await conn.BeginTransactionAsync(ct);
        var (row, _) = await Declarations.FindVisibleAsync(conn, tx, http, id, ct);
        if (row is null)
        {
            return Problems.NotFound("declaration");
        }

        var approve = request.Decision == "approve";
        var changed = await conn.ExecuteAsync(new CommandDefinition(approve ? GrassrootsApprove : RejectFrom,
            new { row.Id, StaffId = http.User.StaffId()!.Value, Now = now, From = HardshipRules.Submitted }, tx, cancellationToken: ct));
        if (changed != 1)
        {
            var current = await CurrentStatusAsync(conn, tx, row.Id, ct);
            await tx.RollbackAsync(ct);
            return HardshipRules.WrongState(HardshipRules.Submitted, current);
        }

        var to = approve ? HardshipRules.GrassrootsApproved : HardshipRules.Rejected;
        await HardshipRules.HistoryAsync(conn, tx, row.Id, now, http, HardshipRules.Submitted, to, request.Note, ct);
        if (!approve)
        {
            await HardshipRules.NotifyAsync(conn, tx, now, row.MemberId, row.Id, row.RoundId, HardshipRules.Rejected, null, ct);
        }

        await Audit.WriteAsync(conn, tx, http, "hardship_declaration.grassroots_review", "hardship_declaration", row.Id.Text(),
            new { request.Decision }, ct);
        var view = (await Declarations.LoadAsync(conn, tx, row.Id, pii, ct))!;
        await tx.CommitAsync(ct);
        return TypedResults.Ok(view);
    }

    private const string DistrictApprove = """
        UPDATE hardship_declaration
        SET status = 'in_notice', district_by = @StaffId, notice_starts_at = @Now, notice_ends_at = @NoticeEndsAt, updated_at = @Now
        WHERE id = @Id AND status = 'grassroots_approved' AND grassroots_by <> @StaffId
        """;

    private const string DistrictReject = """
        UPDATE hardship_declaration SET status = 'rejected', open_key = NULL, district_by = @StaffId, updated_at = @Now
        WHERE id = @Id AND status = 'grassroots_approved' AND grassroots_by <> @StaffId
        """;

    public static async Task<Results<Ok<Declarations.Declaration>, ProblemHttpResult>> District(
        string id, ReviewRequest request, HttpContext http, MySqlDataSource db, PiiProtector pii, TimeProvider clock, WorkingCalendar calendar,
        CancellationToken ct)
    {
        var v = Check(request);
        if (!v.IsValid)
        {
            return v.Problem();
        }

        var nowOffset = clock.GetUtcNow();
        var now = nowOffset.UtcDateTime;
        var staffId = http.User.StaffId()!.Value;
        await using var conn = await db.OpenConnectionAsync(ct);
        await using var tx = await conn.BeginTransactionAsync(ct);
        var (row, root) = await Declarations.FindVisibleAsync(conn, tx, http, id, ct);
        if (row is null)
        {
            return Problems.NotFound("declaration");
        }

        if (!HardshipRules.CanReviewAsDistrict(root, row.OrgPath))
        {
            return HardshipRules.NotDistrict();
        }

        var days = await conn.ExecuteScalarAsync<int>(new CommandDefinition(
            "SELECT notice_working_days FROM hardship_round WHERE id = @RoundId", new { row.RoundId }, tx, cancellationToken: ct));
        var noticeEndsAt = calendar.DeadlineAfter(nowOffset, days).UtcDateTime;
        var approve = request.Decision == "approve";
        var changed = await conn.ExecuteAsync(new CommandDefinition(approve ? DistrictApprove : DistrictReject,
            new { row.Id, StaffId = staffId, Now = now, NoticeEndsAt = noticeEndsAt }, tx, cancellationToken: ct));
        if (changed != 1)
        {
            var current = await conn.QuerySingleAsync<(string Status, long? GrassrootsBy)>(new CommandDefinition(
                "SELECT status, grassroots_by FROM hardship_declaration WHERE id = @Id FOR UPDATE", new { row.Id }, tx, cancellationToken: ct));
            await tx.RollbackAsync(ct);
            return current.Status != HardshipRules.GrassrootsApproved
                ? HardshipRules.WrongState(HardshipRules.GrassrootsApproved, current.Status)
                : Problems.Create(403, "hardship.same_reviewer", "District review must be done by a different staff user than the grassroots review.");
        }

        var to = approve ? HardshipRules.InNotice : HardshipRules.Rejected;
        await HardshipRules.HistoryAsync(conn, tx, row.Id, now, http, HardshipRules.GrassrootsApproved, to,
            approve ? $"public notice until {noticeEndsAt.ToChina():yyyy-MM-dd HH:mm} ({days} working days)" + (request.Note is null ? "" : $"; {request.Note}")
                : request.Note, ct);
        if (!approve)
        {
            await HardshipRules.NotifyAsync(conn, tx, now, row.MemberId, row.Id, row.RoundId, HardshipRules.Rejected, null, ct);
        }

        await Audit.WriteAsync(conn, tx, http, "hardship_declaration.district_review", "hardship_declaration", row.Id.Text(),
            new { request.Decision, noticeEndsAt = approve ? noticeEndsAt.ToChina() : (DateTimeOffset?)null }, ct);
        var view = (await Declarations.LoadAsync(conn, tx, row.Id, pii, ct))!;
        await tx.CommitAsync(ct);
        return TypedResults.Ok(view);
    }

    /// <summary>A locking read: sees the latest committed status (a plain read would see this transaction's snapshot).</summary>
    internal static Task<string> CurrentStatusAsync(System.Data.Common.DbConnection conn, System.Data.Common.DbTransaction tx, long id,
        CancellationToken ct) =>
        conn.QuerySingleAsync<string>(new CommandDefinition("SELECT status FROM hardship_declaration WHERE id = @id FOR UPDATE", new { id }, tx,
            cancellationToken: ct));
}

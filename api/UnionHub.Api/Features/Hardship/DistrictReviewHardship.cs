using Dapper;
using Microsoft.AspNetCore.Http.HttpResults;
using MySqlConnector;
using UnionHub.Api.Platform;
using static UnionHub.Api.Features.Hardship.Reviews;

namespace UnionHub.Api.Features.Hardship;

public static class DistrictReviewHardship
{
    private const string DistrictApprove = """
        UPDATE hardship_declaration
        SET status = 'in_notice', district_by = @StaffId, notice_starts_at = @Now, notice_ends_at = @NoticeEndsAt, updated_at = @Now
        WHERE id = @Id AND status = 'grassroots_approved' AND grassroots_by <> @StaffId
        """;

    private const string DistrictReject = """
        UPDATE hardship_declaration SET status = 'rejected', open_key = NULL, district_by = @StaffId, updated_at = @Now
        WHERE id = @Id AND status = 'grassroots_approved' AND grassroots_by <> @StaffId
        """;

    public static async Task<Results<Ok<Declarations.Declaration>, ProblemHttpResult>> Handle(
        string id, ReviewRequest request, HttpContext http, Transactions transactions, PiiProtector pii, TimeProvider clock, WorkingCalendar calendar,
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
        return await transactions.RunAsync<Results<Ok<Declarations.Declaration>, ProblemHttpResult>>(async (conn, tx) =>
        {
            var (_, row, refusal) = await Declarations.ForDistrictAsync(conn, tx, http.User, id, ct);
            if (row is null)
            {
                return refusal!;
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
                return current.Status != HardshipRules.GrassrootsApproved
                    ? HardshipRules.WrongState(HardshipRules.GrassrootsApproved, current.Status)
                    : Problems.Create(403, HardshipProblems.HardshipSameReviewer, "District review must be done by a different staff user than the grassroots review.");
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
            return TypedResults.Ok(view);
        }, ct);
    }
}

using Dapper;
using Microsoft.AspNetCore.Http.HttpResults;
using MySqlConnector;
using UnionHub.Api.Platform;
using static UnionHub.Api.Features.Funds.ReviewMeetings;

namespace UnionHub.Api.Features.Funds;

public static class CreateReviewMeeting
{
    private sealed class FundLock
    {
        public long BudgetFen { get; set; }
        public long GrantedFen { get; set; }
        public long MaxGrantFen { get; set; }
        public string Kind { get; set; } = "";
    }

    private sealed class AppLock
    {
        public long Id { get; set; }
        public long MemberId { get; set; }
        public string Status { get; set; } = "";
        public long RequestedFen { get; set; }
        public string? OnBehalfOf { get; set; }
    }

    // BudgetFen here is what may be granted: the yearly budget plus the donations received (ADR 0018)
    private const string LockFund = """
        SELECT budget_fen + donated_fen AS BudgetFen, granted_fen AS GrantedFen, max_grant_fen AS MaxGrantFen, kind AS Kind
        FROM fund WHERE id = @FundId FOR UPDATE
        """;

    private const string InsertMeeting = """
        INSERT INTO review_meeting (fund_id, held_at, minutes_enc, created_by, created_at) VALUES (@FundId, @HeldAt, @Minutes, @StaffId, @Now);
        SELECT LAST_INSERT_ID();
        """;

    private const string LockApplication = """
        SELECT id, member_id AS MemberId, status, requested_fen AS RequestedFen, on_behalf_of AS OnBehalfOf FROM fund_application WHERE id = @Id AND fund_id = @FundId FOR UPDATE
        """;

    private const string DecideSql = """
        UPDATE fund_application
        SET status = @To, granted_fen = @GrantedFen, meeting_id = @MeetingId, decided_at = @Now, updated_at = @Now,
            open_key = CASE WHEN @To = 'rejected' THEN NULL ELSE open_key END
        WHERE id = @Id AND status = 'submitted'
        """;

    private const string InsertDecision = """
        INSERT INTO review_decision (meeting_id, application_id, decision, granted_fen, note_enc)
        VALUES (@MeetingId, @ApplicationId, @Decision, @GrantedFen, @Note)
        """;

    public static async Task<Results<Created<Meeting>, ProblemHttpResult>> Handle(
        Request request, HttpContext http, Transactions transactions, IdempotencyScope idem, PiiProtector pii, TimeProvider clock, CancellationToken ct)
    {
        var fundId = Ids.Parse(request.FundId);
        var decisions = request.Decisions ?? [];
        var v = new Validator()
            .Check(fundId is not null, "fundId", "is required")
            .Check(request.HeldAt is not null, "heldAt", "is required")
            .Required(request.Minutes, "minutes", 20000)
            .Check(decisions.Count is > 0 and <= 500, "decisions", "must hold 1-500 decisions");
        var seen = new HashSet<long>();
        for (var i = 0; i < decisions.Count; i++)
        {
            var d = decisions[i];
            var appId = Ids.Parse(d.ApplicationId);
            v.Check(appId is not null, $"decisions[{i}].applicationId", "is required")
             .Check(appId is null || seen.Add(appId.Value), $"decisions[{i}].applicationId", "appears twice")
             .Check(d.Decision is "approve" or "reject", $"decisions[{i}].decision", "must be approve or reject")
             .Check(d.Decision != "approve" || d.GrantedFen is > 0, $"decisions[{i}].grantedFen", "is required and positive when approving")
             .Check(d.Decision != "reject" || d.GrantedFen is null or 0, $"decisions[{i}].grantedFen", "must be empty when rejecting")
             .Check(d.Note is null || d.Note.Length <= 2000, $"decisions[{i}].note", "must be at most 2000 characters");
        }

        if (!v.IsValid)
        {
            return v.Problem();
        }

        var staffId = http.User.StaffId()!.Value;
        var now = clock.GetUtcNow().UtcDateTime;
        // one unit, re-run whole when a cluster node's certification rolls it back (another meeting on the same fund)
        return await transactions.RunAsync<Results<Created<Meeting>, ProblemHttpResult>>(async (conn, tx) =>
        {
            if (!await FundRules.IsUsableAsync(conn, tx, await Scope.OfAsync(conn, tx, http.User, ct), fundId!.Value, ct))
            {
                return Problems.NotFound("fund");
            }

            var fund = await conn.QuerySingleOrDefaultAsync<FundLock>(new CommandDefinition(LockFund, new { FundId = fundId }, tx, cancellationToken: ct));
            if (fund is null)
            {
                return Problems.NotFound("fund");
            }

            // applications left on a fund that pays mutual-aid claims only (from before the rule) are not granted from it; a meeting
            // may still reject them, which closes them
            if (!FundRules.TakesReliefCases(fund.Kind) && decisions.Any(d => d.Decision == "approve"))
            {
                return FundRules.MutualAidOnly();
            }

            var meetingId = await conn.ExecuteScalarAsync<long>(new CommandDefinition(InsertMeeting, new
            {
                FundId = fundId, HeldAt = request.HeldAt!.Value.UtcDateTime, Minutes = pii.Encrypt(request.Minutes!.Trim()), StaffId = staffId, Now = now,
            }, tx, cancellationToken: ct));

            var grants = new List<FundGrants.Grant>(decisions.Count);
            var notices = new List<Outbox.Notice>(decisions.Count);
            for (var i = 0; i < decisions.Count; i++)
            {
                var d = decisions[i];
                var appId = Ids.Parse(d.ApplicationId)!.Value;
                var app = await conn.QuerySingleOrDefaultAsync<AppLock>(new CommandDefinition(LockApplication,
                    new { Id = appId, FundId = fundId }, tx, cancellationToken: ct));
                if (app is null || app.Status != FundRules.Submitted)
                {
                    return NotReviewable(d.ApplicationId!, app?.Status);
                }

                var approve = d.Decision == "approve";
                if (approve && (d.GrantedFen > fund.MaxGrantFen || d.GrantedFen > app.RequestedFen))
                {
                    return Problems.Create(422, FundProblems.GrantOverMax, "A grant may not exceed the fund's maximum grant or the amount requested.",
                        $"Application {d.ApplicationId}: granted {d.GrantedFen} fen, maximum {Math.Min(fund.MaxGrantFen, app.RequestedFen)} fen.",
                        new Dictionary<string, object?> { ["applicationId"] = d.ApplicationId });
                }

                var to = approve ? FundRules.Approved : FundRules.Rejected;
                var granted = approve ? d.GrantedFen : null;
                var changed = await conn.ExecuteAsync(new CommandDefinition(DecideSql,
                    new { Id = appId, To = to, GrantedFen = granted, MeetingId = meetingId, Now = now }, tx, cancellationToken: ct));
                if (changed != 1)
                {
                    return NotReviewable(d.ApplicationId!, app.Status);
                }

                var note = string.IsNullOrWhiteSpace(d.Note) ? null : d.Note.Trim();
                if (OnBehalf.NotifiesMember(app.OnBehalfOf)) // never to a deceased member's account
                {
                    notices.Add(new Outbox.Notice(app.MemberId, NotificationKinds.FundDecided, new
                    {
                        applicationId = FundRules.Id(appId), fundId = FundRules.Id(fundId!.Value), decision = to, grantedFen = granted,
                    }));
                }
                await conn.ExecuteAsync(new CommandDefinition(InsertDecision, new
                {
                    MeetingId = meetingId, ApplicationId = appId, d.Decision, GrantedFen = granted, Note = pii.EncryptOrNull(note),
                }, tx, cancellationToken: ct));
                await FundRules.HistoryAsync(conn, tx, appId, now, http, FundRules.Submitted, to,
                    note ?? $"review meeting {FundRules.Id(meetingId)}", ct);
                if (granted is { } g)
                {
                    grants.Add(new FundGrants.Grant(appId, g));
                }
            }

            // The fund row is ours since LockFund; the booking checks the budget and the published lotteries' promises under it, with its
            // conditional update stating the budget rule once more in SQL (ledger rows and granted total moved together, as every grant
            // moves them: FundGrants). The money there but promised to lotteries: 409 fund.promised_to_lottery (ADR 0018, 2026-12-04 evening)
            var sum = grants.Sum(g => g.AmountFen);
            if (fund.GrantedFen + sum > fund.BudgetFen)
            {
                return BudgetExceeded(fund.BudgetFen, fund.GrantedFen, sum);
            }

            if (await FundGrants.BookAsync(conn, tx, fundId!.Value, grants, meetingId, staffId, now, FundGrants.Promises.AllKept, ct) is { } refused)
            {
                return refused.IsPromised
                    ? refused.PromisedProblem()
                    : BudgetExceeded(refused.BudgetFen + refused.DonatedFen, refused.GrantedFen, sum);
            }

            await Outbox.EnqueueManyAsync(conn, tx, now, notices, ct); // the members hear of it exactly when it is decided

            await Audit.WriteAsync(conn, tx, http, "review_meeting.create", "review_meeting", FundRules.Id(meetingId), new
            {
                fundId = FundRules.Id(fundId!.Value),
                grantedFen = sum,
                decisions = decisions.Select(d => new { d.ApplicationId, d.Decision, d.GrantedFen }),
            }, ct);
            var meeting = (await LoadAsync(conn, tx, meetingId, pii, ct))!;
            await idem.CompleteAsync(conn, tx, StatusCodes.Status201Created, meeting, ct);
            return TypedResults.Created($"/api/v1/admin/review-meetings/{meeting.Id}", meeting);
        }, ct, System.Data.IsolationLevel.ReadCommitted); // the promises read after the fund's lock: every publication committed before it
    }

    private static ProblemHttpResult BudgetExceeded(long grantableFen, long grantedFen, long sum) =>
        Problems.Create(409, FundProblems.FundBudgetExceeded, "These grants would exceed the fund's budget; nothing was decided.",
            $"Budget {grantableFen} fen, already granted {grantedFen} fen, this meeting {sum} fen.",
            new Dictionary<string, object?> { ["remainingFen"] = grantableFen - grantedFen, ["requestedGrantFen"] = sum });

    private static ProblemHttpResult NotReviewable(string applicationId, string? status) =>
        Problems.Create(409, FundProblems.ApplicationNotReviewable, "Only submitted applications of this fund can be decided; nothing was decided.",
            status is null ? $"Application {applicationId} is not an application of this fund." : $"Application {applicationId} is {status}.",
            new Dictionary<string, object?> { ["applicationId"] = applicationId });
}

using System.Data;
using Dapper;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using MySqlConnector;
using UnionHub.Api.Features.MemberTags;
using UnionHub.Api.Platform;

namespace UnionHub.Api.Features.Activities;

/// <summary>
/// PUT /activities/{id}/signup: a verified member of the activity's organisation subtree signs up while sign-ups are open.
/// While a place is left the sign-up is confirmed; otherwise the member joins the end of the waiting list. The activity row
/// is locked (FOR UPDATE) and written in the same transaction, so places are never oversold and waiting-list tickets follow
/// the order of the lock; one sign-up per member (UNIQUE): a repeated or racing request answers the sign-up that exists.
/// A member cancelled earlier signs up anew (at the end of the list when full). Barred by the no-show rule: 403. An activity
/// listing eligible tags takes members holding any one of them; others are refused with 403 <c>activity.not_eligible</c>.
/// </summary>
public static class SignUpForActivity
{
    private const string UpdateCounters = """
        UPDATE activity SET confirmed = @confirmed, wait_seq = @waitSeq, revision = revision + 1 WHERE id = @id
        """;

    private const string InsertSignup = """
        INSERT INTO activity_signup (activity_id, member_id, status, wait_seq, signed_up_at, confirmed_at, promoted)
        VALUES (@activityId, @memberId, @status, @waitSeq, @now, @confirmedAt, 0)
        """;

    private const string RenewSignup = """
        UPDATE activity_signup SET status = @status, wait_seq = @waitSeq, signed_up_at = @now, confirmed_at = @confirmedAt, promoted = 0,
               cancelled_at = NULL, checked_in_at = NULL, check_in_method = NULL, checked_in_by = NULL
        WHERE id = @id AND status = 'cancelled'
        """;

    public static async Task<Results<Ok<ActivityRules.MemberActivityResponse>, ProblemHttpResult>> Handle(
        string id, HttpContext http, MySqlDataSource db, Transactions transactions, IOptions<NoShowOptions> options, TimeProvider clock,
        CancellationToken ct)
    {
        var memberId = http.User.MemberId()!.Value;
        var now = clock.GetUtcNow().UtcDateTime;
        ActivityRules.ActivityRow activity;
        await using (var conn = await db.OpenConnectionAsync(ct))
        {
            var member = await ActivityRules.MemberAsync(conn, null, memberId, ct);
            if (await ActivityRules.FindForMemberAsync(conn, null, id, member, false, ct) is not { } found)
            {
                return Problems.NotFound("activity");
            }

            activity = found;
            if (!member!.Verified)
            {
                return Problems.Create(403, ActivityProblems.ActivityMemberNotVerified, "Only members who passed real-name verification may sign up.");
            }

            if (await ActivityRules.SignupAsync(conn, null, activity.Id, memberId, false, ct) is { Status: not ActivityRules.Cancelled })
            {
                return TypedResults.Ok(await ActivityRules.MemberViewAsync(conn, null, activity, memberId, now, ct)); // signed up already
            }

            if (activity.IsCancelled)
            {
                return ActivityRules.CancelledProblem(activity);
            }

            if (await ActivityRules.EligibleTagsAsync(conn, null, activity.Id, ct) is { Count: > 0 } required
                && !MemberTagRules.Satisfies(required, await MemberTagRules.OfMemberAsync(conn, null, memberId, ct)))
            {
                return ActivityRules.NotEligible(required);
            }

            if (now < activity.OpensAt)
            {
                return Problems.Create(409, ActivityProblems.ActivitySignupNotOpen, "Sign-ups have not opened yet.",
                    $"Sign-ups open {activity.OpensAt.ToChina():yyyy-MM-dd HH:mm}.",
                    new Dictionary<string, object?> { ["opensAt"] = activity.OpensAt.ToChina() });
            }

            if (now >= activity.ClosesAt)
            {
                return Problems.Create(409, ActivityProblems.ActivitySignupClosed, "Sign-ups have closed.",
                    $"Sign-ups were taken until {activity.ClosesAt.ToChina():yyyy-MM-dd HH:mm}.",
                    new Dictionary<string, object?> { ["closesAt"] = activity.ClosesAt.ToChina() });
            }

            var bar = await ActivityRules.BarAsync(conn, null, memberId, options.Value, now, ct);
            if (bar.Barred)
            {
                return ActivityRules.Barred(bar);
            }
        }

        // read committed: every statement after the lock sees the sign-ups committed before it was granted
        var refused = await transactions.RunAsync<ProblemHttpResult?>(async (conn, tx) =>
        {
            var locked = (await ActivityRules.LoadAsync(conn, tx, activity.Id, true, ct))!;
            if (locked.IsCancelled)
            {
                return ActivityRules.CancelledProblem(locked); // staff cancelled it since the check above
            }

            var existing = await ActivityRules.SignupAsync(conn, tx, activity.Id, memberId, true, ct);
            if (existing is not null && existing.Status != ActivityRules.Cancelled)
            {
                return null; // a racing double tap got there first
            }

            var confirmed = locked.Confirmed < locked.Places;
            var counters = new
            {
                id = locked.Id,
                confirmed = confirmed ? locked.Confirmed + 1 : locked.Confirmed,
                waitSeq = confirmed ? locked.WaitSeq : locked.WaitSeq + 1,
            };
            await conn.ExecuteAsync(new CommandDefinition(UpdateCounters, counters, tx, cancellationToken: ct));
            var args = new
            {
                id = existing?.Id, activityId = locked.Id, memberId, now,
                status = confirmed ? ActivityRules.Confirmed : ActivityRules.Waiting,
                waitSeq = confirmed ? (int?)null : counters.waitSeq,
                confirmedAt = confirmed ? now : (DateTime?)null,
            };
            await conn.ExecuteAsync(new CommandDefinition(existing is null ? InsertSignup : RenewSignup, args, tx, cancellationToken: ct));
            return null;
        }, ct, IsolationLevel.ReadCommitted);
        if (refused is not null)
        {
            return refused;
        }

        await using var read = await db.OpenConnectionAsync(ct);
        var fresh = (await ActivityRules.LoadAsync(read, null, activity.Id, false, ct))!;
        return TypedResults.Ok(await ActivityRules.MemberViewAsync(read, null, fresh, memberId, now, ct));
    }
}

using System.Data;
using System.Globalization;
using Dapper;
using Microsoft.AspNetCore.Http.HttpResults;
using UnionHub.Api.Platform;

namespace UnionHub.Api.Features.Activities;

/// <summary>
/// POST /admin/activities/{id}/cancel: staff (in the activity's subtree) cancel an activity with a reason the members see.
/// Under the activity row's lock, in one transaction: the activity becomes cancelled, every confirmed and waiting sign-up is
/// cancelled, and each of those members gets one notice (<c>activity.cancelled</c>, inbox and push). Afterwards sign-ups and
/// check-ins are 409 <c>activity.cancelled</c>. Cancelling again is 409 <c>activity.already_cancelled</c> (racing requests: one
/// 200); an activity that has ended is 409 <c>activity.ended</c> (its attendance and no-shows stand). Audited.
/// </summary>
public static class CancelActivity
{
    public const int MaxReason = 500;

    public sealed record Request(string? Reason);

    private const string CancelIt = """
        UPDATE activity SET status = 'cancelled', cancel_reason = @Reason, cancelled_at = @Now, cancelled_by = @By, confirmed = 0,
               revision = revision + 1, updated_at = @Now
        WHERE id = @Id AND status = 'open'
        """;

    private const string Signed = """
        SELECT id, member_id AS MemberId FROM activity_signup WHERE activity_id = @id AND status IN ('confirmed', 'waiting') FOR UPDATE
        """;

    private const string CancelSignups = """
        UPDATE activity_signup SET status = 'cancelled', cancelled_at = @now WHERE activity_id = @id AND status IN ('confirmed', 'waiting')
        """;

    public static async Task<Results<Ok<ActivityRules.ActivityResponse>, ProblemHttpResult>> Handle(
        string id, Request request, HttpContext http, Transactions transactions, TimeProvider clock, CancellationToken ct)
    {
        var v = new Validator().Required(request.Reason, "reason", MaxReason);
        if (!v.IsValid)
        {
            return v.Problem();
        }

        var reason = request.Reason!.Trim();
        var now = clock.GetUtcNow();
        var at = now.UtcDateTime;
        return await transactions.RunAsync<Results<Ok<ActivityRules.ActivityResponse>, ProblemHttpResult>>(async (conn, tx) =>
        {
            if (await GetActivity.StaffActivityAsync(conn, http, id, ct, tx) is not { } seen)
            {
                return Problems.NotFound("activity");
            }

            var a = (await ActivityRules.LoadAsync(conn, tx, seen.Id, true, ct))!;
            if (a.IsCancelled)
            {
                return Problems.Create(409, ActivityProblems.ActivityAlreadyCancelled, "This activity is already cancelled.", null,
                    new Dictionary<string, object?> { ["cancelledAt"] = a.CancelledAt.ToChina() });
            }

            if (a.EndsAt <= at)
            {
                return Problems.Create(409, ActivityProblems.ActivityEnded, "An activity that has ended cannot be cancelled.",
                    "Its attendance and no-shows stand.", new Dictionary<string, object?> { ["endsAt"] = a.EndsAt.ToChina() });
            }

            var signed = (await conn.QueryAsync<(long Id, long MemberId)>(new CommandDefinition(Signed, new { id = a.Id }, tx,
                cancellationToken: ct))).ToList();
            await conn.ExecuteAsync(new CommandDefinition(CancelIt, new { Id = a.Id, Reason = reason, Now = at, By = http.User.StaffId() }, tx,
                cancellationToken: ct));
            await conn.ExecuteAsync(new CommandDefinition(CancelSignups, new { id = a.Id, now = at }, tx, cancellationToken: ct));
            var startsAt = a.StartsAt.ToChina().ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
            // the reason stays out of the payload (it is shown on the activity): the notice carries ids, titles and dates only
            await Outbox.EnqueueManyAsync(conn, tx, now, signed.Select(s => new Outbox.Notice(s.MemberId, NotificationKinds.ActivityCancelled,
                new { activityId = a.Id.Text(), activityTitle = a.Title, startsAt }, $"activity.cancelled:{s.Id.Text()}")).ToList(), ct);
            await Audit.WriteAsync(conn, tx, http, "activity.cancel", "activity", a.Id.Text(), new { signupsCancelled = signed.Count }, ct);
            var fresh = (await ActivityRules.LoadAsync(conn, tx, a.Id, false, ct))!;
            return TypedResults.Ok(await ActivityRules.StaffViewAsync(conn, tx, fresh, ct));
        }, ct, IsolationLevel.ReadCommitted);
    }
}

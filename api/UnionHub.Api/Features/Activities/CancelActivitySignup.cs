using System.Data;
using Dapper;
using Microsoft.AspNetCore.Http.HttpResults;
using MySqlConnector;
using UnionHub.Api.Platform;

namespace UnionHub.Api.Features.Activities;

/// <summary>
/// DELETE /activities/{id}/signup: the member cancels a confirmed place or their place on the waiting list, before the
/// cancellation deadline. A freed place goes, in the same transaction, to the first member of the waiting list, who is told
/// (notice <c>activity.promoted</c>): exactly one promotion per freed place, since both run under the activity row's lock.
/// </summary>
public static class CancelActivitySignup
{
    private const string CancelSignup = """
        UPDATE activity_signup SET status = 'cancelled', cancelled_at = @now WHERE id = @id AND status IN ('confirmed', 'waiting')
        """;

    private sealed record Next(long Id, long MemberId);

    private const string FirstWaiting = """
        SELECT id, member_id AS MemberId FROM activity_signup
        WHERE activity_id = @id AND status = 'waiting' ORDER BY wait_seq LIMIT 1 FOR UPDATE
        """;

    private const string Promote = """
        UPDATE activity_signup SET status = 'confirmed', confirmed_at = @now, promoted = 1 WHERE id = @id AND status = 'waiting'
        """;

    private const string UpdateCounters = "UPDATE activity SET confirmed = @confirmed, revision = revision + 1 WHERE id = @id";

    public static async Task<Results<Ok<ActivityRules.MemberActivityResponse>, ProblemHttpResult>> Handle(
        string id, HttpContext http, MySqlDataSource db, Transactions transactions, TimeProvider clock, CancellationToken ct)
    {
        var memberId = http.User.MemberId()!.Value;
        var now = clock.GetUtcNow();
        var at = now.UtcDateTime;
        var result = await transactions.RunAsync<ProblemHttpResult?>(async (conn, tx) =>
        {
            var member = await ActivityRules.MemberAsync(conn, tx, memberId, ct);
            if (await ActivityRules.FindForMemberAsync(conn, tx, id, member, true, ct) is not { } activity)
            {
                return Problems.NotFound("activity");
            }

            var signup = await ActivityRules.SignupAsync(conn, tx, activity.Id, memberId, true, ct);
            if (signup is null || signup.Status == ActivityRules.Cancelled)
            {
                return Problems.NotFound("sign-up");
            }

            if (at >= activity.CancelDeadline)
            {
                return Problems.Create(409, ActivityProblems.ActivityCancelDeadlinePassed, "The cancellation deadline has passed.",
                    $"Sign-ups could be cancelled until {activity.CancelDeadline.ToChina():yyyy-MM-dd HH:mm}.",
                    new Dictionary<string, object?> { ["cancelDeadline"] = activity.CancelDeadline.ToChina() });
            }

            await conn.ExecuteAsync(new CommandDefinition(CancelSignup, new { id = signup.Id, now = at }, tx, cancellationToken: ct));
            var confirmed = activity.Confirmed;
            if (signup.Status == ActivityRules.Confirmed)
            {
                var next = await conn.QuerySingleOrDefaultAsync<Next>(new CommandDefinition(FirstWaiting, new { id = activity.Id }, tx,
                    cancellationToken: ct));
                if (next is null)
                {
                    confirmed--;
                }
                else
                {
                    await conn.ExecuteAsync(new CommandDefinition(Promote, new { id = next.Id, now = at }, tx, cancellationToken: ct));
                    await Outbox.EnqueueAsync(conn, tx, now, next.MemberId, NotificationKinds.ActivityPromoted, new
                    {
                        activityId = activity.Id.Text(), activityTitle = activity.Title,
                        startsAt = activity.StartsAt.ToChina().ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture),
                    }, ct, dedupeKey: $"activity.promoted:{next.Id.Text()}:{at.Ticks}");
                }
            }

            await conn.ExecuteAsync(new CommandDefinition(UpdateCounters, new { id = activity.Id, confirmed }, tx, cancellationToken: ct));
            return null;
        }, ct, IsolationLevel.ReadCommitted);
        if (result is not null)
        {
            return result;
        }

        await using var read = await db.OpenConnectionAsync(ct);
        var fresh = (await ActivityRules.LoadAsync(read, null, Ids.Parse(id)!.Value, false, ct))!;
        return TypedResults.Ok(await ActivityRules.MemberViewAsync(read, null, fresh, memberId, at, ct));
    }
}

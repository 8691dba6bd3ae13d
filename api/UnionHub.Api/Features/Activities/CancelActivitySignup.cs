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

            await ActivityRules.CancelAsync(conn, tx, activity, signup, now, ct);
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

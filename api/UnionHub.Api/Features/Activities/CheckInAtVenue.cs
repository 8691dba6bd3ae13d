using Microsoft.AspNetCore.Http.HttpResults;
using MySqlConnector;
using UnionHub.Api.Platform;

namespace UnionHub.Api.Features.Activities;

/// <summary>
/// POST /activities/{id}/check-in: the member types the code shown at the venue (staff see it on the activity). Confirmed
/// places only, from two hours before the start until the end; checking in twice keeps the first time.
/// </summary>
public static class CheckInAtVenue
{
    public sealed record Request(string? VenueCode);

    public static async Task<Results<Ok<ActivityRules.MemberActivityResponse>, ProblemHttpResult>> Handle(
        string id, Request request, HttpContext http, MySqlDataSource db, Transactions transactions, TimeProvider clock, CancellationToken ct)
    {
        var v = new Validator().Required(request.VenueCode, "venueCode", 16);
        if (!v.IsValid)
        {
            return v.Problem();
        }

        var memberId = http.User.MemberId()!.Value;
        var now = clock.GetUtcNow().UtcDateTime;
        var refused = await transactions.RunAsync<ProblemHttpResult?>(async (conn, tx) =>
        {
            var member = await ActivityRules.MemberAsync(conn, tx, memberId, ct);
            if (await ActivityRules.FindForMemberAsync(conn, tx, id, member, false, ct) is not { } activity)
            {
                return Problems.NotFound("activity");
            }

            if (activity.IsCancelled)
            {
                return ActivityRules.CancelledProblem(activity);
            }

            if (await ActivityRules.SignupAsync(conn, tx, activity.Id, memberId, true, ct) is not { Status: ActivityRules.Confirmed } signup)
            {
                return ActivityRules.NotConfirmed();
            }

            if (ActivityRules.CheckInWindow(activity, now) is { } closed)
            {
                return closed;
            }

            if (!ActivityRules.VenueCodeMatches(activity.VenueCode, request.VenueCode))
            {
                return Problems.Create(422, ActivityProblems.ActivityVenueCodeWrong, "This is not the venue's check-in code.");
            }

            await ActivityRules.MarkCheckedInAsync(conn, tx, signup.Id, ActivityRules.VenueCode, null, now, ct);
            return null;
        }, ct);
        if (refused is not null)
        {
            return refused;
        }

        await using var read = await db.OpenConnectionAsync(ct);
        var fresh = (await ActivityRules.LoadAsync(read, null, Ids.Parse(id)!.Value, false, ct))!;
        return TypedResults.Ok(await ActivityRules.MemberViewAsync(read, null, fresh, memberId, now, ct));
    }
}

using System.Data;
using System.Globalization;
using Dapper;
using Microsoft.AspNetCore.Http.HttpResults;
using UnionHub.Api.Features.MemberTags;
using UnionHub.Api.Platform;

namespace UnionHub.Api.Features.Activities;

/// <summary>
/// PATCH /admin/activities/{id}: staff (in the activity's subtree) change title, description, venue, times, the sign-up window,
/// the cancellation deadline, the places or the eligible tags (members already signed up keep their place); a field left out keeps its value (an empty description clears it). The merged
/// activity is validated as on create. Under the activity row's lock, in one transaction:
/// raising <c>places</c> confirms that many members of the waiting list in ticket order, each told (notice
/// <c>activity.promoted</c>); lowering it below the confirmed places is 409 <c>activity.places_below_confirmed</c> (nobody loses
/// a place); a new time or venue tells every confirmed and waiting member (notice <c>activity.changed</c>). A cancelled activity
/// is 409 <c>activity.cancelled</c>, one that has ended 409 <c>activity.ended</c>. Audited (<c>activity.update</c>).
/// </summary>
public static class UpdateActivity
{
    public sealed record Request(string? Title, string? Description, string? Venue, DateTimeOffset? StartsAt, DateTimeOffset? EndsAt,
        int? Places, DateTimeOffset? OpensAt, DateTimeOffset? ClosesAt, DateTimeOffset? CancelDeadline, IReadOnlyList<string?>? EligibleTags = null);

    private const string Update = """
        UPDATE activity SET title = @Title, description = @Description, venue = @Venue, starts_at = @StartsAt, ends_at = @EndsAt,
               opens_at = @OpensAt, closes_at = @ClosesAt, cancel_deadline = @CancelDeadline, places = @Places,
               confirmed = confirmed + @Promoted, revision = revision + 1, updated_at = @Now
        WHERE id = @Id
        """;

    private const string Signed = "SELECT id, member_id AS MemberId FROM activity_signup WHERE activity_id = @id AND status IN ('confirmed', 'waiting')";

    public static async Task<Results<Ok<ActivityRules.ActivityResponse>, ProblemHttpResult>> Handle(
        string id, Request request, HttpContext http, Transactions transactions, TimeProvider clock, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var at = now.UtcDateTime;
        List<string>? eligibleTags = null;
        if (request.EligibleTags is not null)
        {
            (eligibleTags, var tagProblem) = MemberTagRules.Parse(request.EligibleTags, "eligibleTags");
            if (tagProblem is not null)
            {
                return tagProblem;
            }
        }

        return await transactions.RunAsync<Results<Ok<ActivityRules.ActivityResponse>, ProblemHttpResult>>(async (conn, tx) =>
        {
            if (await GetActivity.StaffActivityAsync(conn, http, id, ct, tx) is not { } seen)
            {
                return Problems.NotFound("activity");
            }

            var a = (await ActivityRules.LoadAsync(conn, tx, seen.Id, true, ct))!; // the lock sign-ups and cancellations take
            if (a.IsCancelled)
            {
                return ActivityRules.CancelledProblem(a);
            }

            if (a.EndsAt <= at)
            {
                // a place given now could only become a no-show; attendance and no-shows of an ended activity stand
                return Problems.Create(409, ActivityProblems.ActivityEnded, "An activity that has ended cannot be changed.",
                    "Its attendance and no-shows stand.", new Dictionary<string, object?> { ["endsAt"] = a.EndsAt.ToChina() });
            }

            var title = request.Title?.Trim() ?? a.Title;
            var venue = request.Venue?.Trim() ?? a.Venue;
            var description = request.Description is null ? a.Description : request.Description.Length == 0 ? null : request.Description;
            var starts = request.StartsAt?.UtcDateTime ?? a.StartsAt;
            var ends = request.EndsAt?.UtcDateTime ?? a.EndsAt;
            var opens = request.OpensAt?.UtcDateTime ?? a.OpensAt;
            var closes = request.ClosesAt?.UtcDateTime ?? a.ClosesAt;
            var deadline = request.CancelDeadline?.UtcDateTime ?? a.CancelDeadline;
            var places = request.Places ?? a.Places;
            var timesChanged = starts != a.StartsAt || ends != a.EndsAt;
            var v = new Validator()
                .Check(title.Length is >= 1 and <= 200, "title", "must be 1-200 characters")
                .Check(venue.Length is >= 1 and <= 200, "venue", "must be 1-200 characters")
                .Check(description is null || description.Length <= 4000, "description", "must be at most 4000 characters")
                .Check(places is >= 1 and <= CreateActivity.MaxPlaces, "places", $"must be 1-{CreateActivity.MaxPlaces}")
                .Check(ends > starts, "endsAt", "must be after startsAt")
                .Check(!timesChanged || ends > at, "endsAt", "must be in the future")
                .Check(closes > opens, "closesAt", "must be after opensAt")
                .Check(closes <= ends, "closesAt", "must be at the latest the end")
                .Check(deadline <= ends, "cancelDeadline", "must be at the latest the end");
            if (!v.IsValid)
            {
                return v.Problem();
            }

            if (places < a.Confirmed)
            {
                return Problems.Create(409, ActivityProblems.ActivityPlacesBelowConfirmed, "Places cannot be fewer than the confirmed sign-ups.",
                    $"{a.Confirmed} members hold a confirmed place.", new Dictionary<string, object?> { ["confirmed"] = a.Confirmed });
            }

            // new places go to the waiting list first, in ticket order, in this transaction (under the row's lock)
            var promoted = await ActivityRules.PromoteAsync(conn, tx, a, places - a.Confirmed, now, ct);
            await conn.ExecuteAsync(new CommandDefinition(Update, new
            {
                Id = a.Id, Title = title, Description = description, Venue = venue, StartsAt = starts, EndsAt = ends, OpensAt = opens,
                ClosesAt = closes, CancelDeadline = deadline, Places = places, Promoted = promoted, Now = at,
            }, tx, cancellationToken: ct));

            if (eligibleTags is not null)
            {
                // who may sign up from now on; members who hold a place or wait keep it (as with a bar that comes later)
                await conn.ExecuteAsync(new CommandDefinition("DELETE FROM activity_eligible_tag WHERE activity_id = @Id", new { a.Id }, tx,
                    cancellationToken: ct));
                if (eligibleTags.Count > 0)
                {
                    var tags = new MultiRowInsert("activity_eligible_tag", "activity_id", "tag");
                    foreach (var tag in eligibleTags)
                    {
                        tags.Row(a.Id, tag);
                    }

                    await tags.ExecuteAsync(conn, tx, ct);
                }
            }

            var moved = timesChanged || venue != a.Venue;
            var told = 0;
            if (moved)
            {
                var signed = (await conn.QueryAsync<(long Id, long MemberId)>(new CommandDefinition(Signed, new { id = a.Id }, tx,
                    cancellationToken: ct))).ToList();
                var startsText = starts.ToChina().ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
                told = await Outbox.EnqueueManyAsync(conn, tx, now, signed.Select(s => new Outbox.Notice(s.MemberId, NotificationKinds.ActivityChanged,
                    new { activityId = a.Id.Text(), activityTitle = title, startsAt = startsText, venue },
                    $"activity.changed:{s.Id.Text()}:{at.Ticks}")).ToList(), ct);
            }

            await Audit.WriteAsync(conn, tx, http, "activity.update", "activity", a.Id.Text(), new
            {
                request.Title, request.Venue, descriptionChanged = request.Description is not null, request.StartsAt, request.EndsAt,
                request.OpensAt, request.ClosesAt, request.CancelDeadline, request.Places, previousPlaces = a.Places, promoted, membersTold = told, eligibleTags,
            }, ct);
            var fresh = (await ActivityRules.LoadAsync(conn, tx, a.Id, false, ct))!;
            return TypedResults.Ok(await ActivityRules.StaffViewAsync(conn, tx, fresh, ct));
        }, ct, IsolationLevel.ReadCommitted);
    }
}

using Dapper;
using Microsoft.AspNetCore.Http.HttpResults;
using UnionHub.Api.Features.Members;
using UnionHub.Api.Features.MemberTags;
using UnionHub.Api.Platform;

namespace UnionHub.Api.Features.Activities;

/// <summary>
/// POST /admin/activities: staff (org_admin for an organisation in their subtree, default their own; super_admin) put up an
/// activity with limited places. Members of that organisation's subtree may sign up between <c>opensAt</c> (default now) and
/// <c>closesAt</c> (default the start) and cancel until <c>cancelDeadline</c> (default the start). A venue check-in code is
/// made for it. <c>eligibleTags</c> (member tag codes) limits sign-ups to members holding any one of them (422
/// <c>member_tag.unknown</c> for a code not in the vocabulary).
/// </summary>
public static class CreateActivity
{
    public const int MaxPlaces = 100_000;

    public sealed record Request(string? Title, string? Description, string? Venue, string? OrgId, DateTimeOffset? StartsAt, DateTimeOffset? EndsAt,
        int? Places, DateTimeOffset? OpensAt, DateTimeOffset? ClosesAt, DateTimeOffset? CancelDeadline, IReadOnlyList<string?>? EligibleTags);

    private const string Insert = """
        INSERT INTO activity (org_id, title, description, venue, starts_at, ends_at, opens_at, closes_at, cancel_deadline, places,
                              confirmed, wait_seq, revision, venue_code, created_by, created_at)
        VALUES (@OrgId, @Title, @Description, @Venue, @StartsAt, @EndsAt, @OpensAt, @ClosesAt, @CancelDeadline, @Places,
                0, 0, 0, @VenueCode, @By, @Now);
        SELECT LAST_INSERT_ID();
        """;

    public static async Task<Results<Created<ActivityRules.ActivityResponse>, ProblemHttpResult>> Handle(
        Request request, HttpContext http, Transactions transactions, IdempotencyScope idem, TimeProvider clock, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var orgId = request.OrgId is null ? http.User.OrgId() : Ids.Parse(request.OrgId);
        var opens = request.OpensAt ?? now;
        var closes = request.ClosesAt ?? request.StartsAt;
        var deadline = request.CancelDeadline ?? request.StartsAt;
        var v = new Validator()
            .Required(request.Title, "title")
            .Required(request.Venue, "venue")
            .Check(request.Description is null || request.Description.Length <= 4000, "description", "must be at most 4000 characters")
            .Check(orgId is not null, "orgId", request.OrgId is null ? "is required" : "is not a valid id")
            .Check(request.Places is >= 1 and <= MaxPlaces, "places", $"is required, 1-{MaxPlaces}")
            .Check(request.StartsAt is not null, "startsAt", "is required")
            .Check(request.EndsAt is not null, "endsAt", "is required")
            .Check(request.StartsAt is null || request.EndsAt is null || request.EndsAt > request.StartsAt, "endsAt", "must be after startsAt")
            .Check(request.EndsAt is null || request.EndsAt > now, "endsAt", "must be in the future")
            .Check(closes is null || closes > opens, "closesAt", "must be after opensAt")
            .Check(closes is null || request.EndsAt is null || closes <= request.EndsAt, "closesAt", "must be at the latest the end")
            .Check(deadline is null || request.EndsAt is null || deadline <= request.EndsAt, "cancelDeadline", "must be at the latest the end");
        if (!v.IsValid)
        {
            return v.Problem();
        }

        var (eligibleTags, tagProblem) = MemberTagRules.Parse(request.EligibleTags, "eligibleTags");
        if (tagProblem is not null)
        {
            return tagProblem;
        }

        return await transactions.RunAsync<Results<Created<ActivityRules.ActivityResponse>, ProblemHttpResult>>(async (conn, tx) =>
        {
            var scope = await Scope.OfAsync(conn, tx, http.User, ct);
            if (await Orgs.FindVisibleAsync(conn, tx, scope, orgId, ct) is null)
            {
                return Problems.NotFound("organisation");
            }

            var id = await conn.ExecuteScalarAsync<long>(new CommandDefinition(Insert, new
            {
                OrgId = orgId, Title = request.Title!.Trim(), request.Description, Venue = request.Venue!.Trim(),
                StartsAt = request.StartsAt!.Value.UtcDateTime, EndsAt = request.EndsAt!.Value.UtcDateTime, OpensAt = opens.UtcDateTime,
                ClosesAt = closes!.Value.UtcDateTime, CancelDeadline = deadline!.Value.UtcDateTime, request.Places,
                VenueCode = ActivityRules.NewVenueCode(), By = http.User.StaffId(), Now = now.UtcDateTime,
            }, tx, cancellationToken: ct));
            if (eligibleTags!.Count > 0)
            {
                var tags = new MultiRowInsert("activity_eligible_tag", "activity_id", "tag");
                foreach (var tag in eligibleTags)
                {
                    tags.Row(id, tag);
                }

                await tags.ExecuteAsync(conn, tx, ct);
            }

            await Audit.WriteAsync(conn, tx, http, "activity.create", "activity", id.Text(), new
            {
                request.Title, orgId, request.Places, request.StartsAt, request.EndsAt, opensAt = opens, closesAt = closes, cancelDeadline = deadline,
                eligibleTags,
            }, ct);
            var row = await ActivityRules.LoadAsync(conn, tx, id, false, ct);
            var response = await ActivityRules.StaffViewAsync(conn, tx, row!, ct);
            await idem.CompleteAsync(conn, tx, StatusCodes.Status201Created, response, ct);
            return TypedResults.Created($"/api/v1/admin/activities/{id.Text()}", response);
        }, ct);
    }
}

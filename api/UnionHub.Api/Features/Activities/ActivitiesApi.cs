using System.Globalization;
using UnionHub.Api.Platform;

namespace UnionHub.Api.Features.Activities;

/// <summary>The no-show rule (section <c>NoShows</c>): <see cref="Count"/> no-shows within <see cref="WindowDays"/> bar sign-ups for <see cref="BanDays"/>.</summary>
public sealed class NoShowOptions
{
    public const string Section = "NoShows";

    /// <summary>No-shows within the window that bar a member (0 turns the rule off).</summary>
    public int Count { get; set; } = 3;

    /// <summary>Days a no-show counts towards the bar.</summary>
    public int WindowDays { get; set; } = 180;

    /// <summary>Days the bar lasts from the activity end that completed the count.</summary>
    public int BanDays { get; set; } = 90;
}

/// <summary>Activities with limited places: staff put them up; members sign up (or join the waiting list), cancel and check in.</summary>
public static class ActivitiesApi
{
    public const string VenueCheckInLimit = "venue-check-in";
    public const string VenueCheckInMemberLimit = "venue-check-in-member";

    /// <summary>The per-activity bucket of a member's venue-code tries; an id that is not one is left to the member-wide limit (and is a 404).</summary>
    private static string? MemberAndActivity(HttpContext http) =>
        http.User.MemberId() is { } member && Ids.Parse(http.Request.RouteValues["id"] as string) is { } activity
            ? string.Create(CultureInfo.InvariantCulture, $"{member}:{activity}")
            : null;

    public static WebApplicationBuilder AddActivitiesFeature(this WebApplicationBuilder builder)
    {
        builder.Services.Configure<NoShowOptions>(builder.Configuration.GetSection(NoShowOptions.Section));
        return builder;
    }

    public static IEndpointRouteBuilder MapActivities(this IEndpointRouteBuilder app)
    {
        var admin = app.MapGroup("/api/v1/admin").WithTags("Activities (staff)").RequireAuthorization(Policies.OrgAdmin);
        admin.MapPost("/activities", CreateActivity.Handle).WithIdempotency(IdempotentCaller.Staff)
            .WithName("CreateActivity").WithSummary("Put up an activity with limited places for an organisation's subtree (org_admin within their subtree)")
            .ProducesProblem(404).ProducesProblem(422);
        admin.MapGet("/activities", ListActivities.Handle)
            .WithName("ListActivities").WithSummary("Activities visible to the caller, newest first, with their counts")
            .ProducesProblem(400);
        admin.MapGet("/activities/{id}", GetActivity.Handle)
            .WithName("GetActivity").WithSummary("One activity with its counts and the venue check-in code")
            .ProducesProblem(404);
        admin.MapPatch("/activities/{id}", UpdateActivity.Handle)
            .WithName("UpdateActivity")
            .WithSummary("Change an activity (times, venue, window, places); more places promote from the waiting list at once, a new time or venue tells the members signed up")
            .ProducesProblem(404).ProducesProblem(409).ProducesProblem(422);
        admin.MapPost("/activities/{id}/cancel", CancelActivity.Handle)
            .WithName("CancelActivity")
            .WithSummary("Cancel an activity with a reason: every sign-up cancelled and its member told; later sign-ups and check-ins refused")
            .ProducesProblem(404).ProducesProblem(409).ProducesProblem(422);
        admin.MapGet("/activities/{id}/signups", ListActivitySignups.Handle)
            .WithName("ListActivitySignups")
            .WithSummary("Sign-ups: confirmed (with check-in), the waiting list in order, cancelled; Accept: text/csv exports the attendance report")
            .Produces(200, contentType: "text/csv")
            .ProducesProblem(404);
        admin.MapPost("/activities/{id}/check-ins", CheckInActivityMember.Handle)
            .WithName("CheckInActivityMember").WithSummary("Check a member in by the code their phone shows (idempotent: a second scan answers the first check-in)")
            .ProducesProblem(404).ProducesProblem(409).ProducesProblem(422);
        admin.MapGet("/activity-bars/{memberId}", GetMemberActivityBar.Handle)
            .WithName("GetMemberActivityBar").WithSummary("Whether the no-show rule bars a member from sign-ups, and until when")
            .ProducesProblem(404);
        admin.MapPost("/activity-bars/{memberId}/lift", LiftMemberActivityBar.Handle)
            .WithName("LiftMemberActivityBar").WithSummary("Lift a member's no-show bar with a reason (earlier no-shows stop counting; audited)")
            .ProducesProblem(404).ProducesProblem(409).ProducesProblem(422);

        var members = app.MapGroup("/api/v1").WithTags("Activities").RequireAuthorization(Policies.Member);
        members.MapGet("/activities", BrowseActivities.Handle)
            .WithName("BrowseActivities").WithSummary("Activities open to the caller's organisation, newest first, with the caller's sign-up")
            .ProducesProblem(400);
        members.MapGet("/activities/{id}", ViewActivity.Handle)
            .WithName("ViewActivity").WithSummary("One activity with places left, the waiting list's length and the caller's sign-up (position when waiting)")
            .ProducesProblem(404);
        members.MapPut("/activities/{id}/signup", SignUpForActivity.Handle)
            .WithName("SignUpForActivity")
            .WithSummary("Sign up: a place while any is left, else the end of the waiting list (idempotent: one sign-up per member)")
            .ProducesProblem(403).ProducesProblem(404).ProducesProblem(409);
        members.MapDelete("/activities/{id}/signup", CancelActivitySignup.Handle)
            .WithName("CancelActivitySignup")
            .WithSummary("Cancel before the cancellation deadline; a freed place goes to the first on the waiting list, who is told")
            .ProducesProblem(404).ProducesProblem(409);
        members.MapGet("/activities/{id}/check-in-code", GetActivityCheckInCode.Handle)
            .WithName("GetActivityCheckInCode").WithSummary("A short-lived signed code (QR) for staff to scan at the venue; confirmed sign-ups only")
            .ProducesProblem(404).ProducesProblem(409);
        members.MapPost("/activities/{id}/check-in", CheckInAtVenue.Handle)
            // guessing the venue code: per member and activity, then per member over all activities (counted in the database)
            .RequireDbRateLimit(VenueCheckInLimit, MemberAndActivity, o => (o.VenueCheckInsPerActivityPerHour, TimeSpan.FromHours(1)))
            .RequireDbRateLimit(VenueCheckInMemberLimit, http => http.User.MemberId()?.ToString(CultureInfo.InvariantCulture),
                o => (o.VenueCheckInsPerMemberPerHour, TimeSpan.FromHours(1)))
            .WithName("CheckInAtVenue").WithSummary("Check in with the code shown at the venue (tries limited per member and activity: 429 with Retry-After)")
            .ProducesProblem(404).ProducesProblem(409).ProducesProblem(422).ProducesProblem(429);
        members.MapGet("/me/activity-bar", GetMyActivityBar.Handle)
            .WithName("GetMyActivityBar").WithSummary("Whether the no-show rule bars the caller from sign-ups, why and until when");
        return app;
    }
}

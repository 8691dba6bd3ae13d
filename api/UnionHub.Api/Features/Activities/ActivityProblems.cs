namespace UnionHub.Api.Features.Activities;

/// <summary>Every error <c>code</c> the Activities endpoints answer (the SDK's message table must cover each: ErrorCodesTests).</summary>
public static class ActivityProblems
{
    public const string ActivityMemberNotVerified = "activity.member_not_verified";
    public const string ActivitySignupNotOpen = "activity.signup_not_open";
    public const string ActivitySignupClosed = "activity.signup_closed";
    public const string ActivityBarredNoShows = "activity.barred_no_shows";
    public const string ActivityCancelDeadlinePassed = "activity.cancel_deadline_passed";
    public const string ActivityNotConfirmed = "activity.not_confirmed";
    public const string ActivityCheckInCodeInvalid = "activity.check_in_code_invalid";
    public const string ActivityCheckInCodeExpired = "activity.check_in_code_expired";
    public const string ActivityCheckInClosed = "activity.check_in_closed";
    public const string ActivityVenueCodeWrong = "activity.venue_code_wrong";
    public const string ActivityNotBarred = "activity.not_barred";
    public const string ActivityCancelled = "activity.cancelled";
    public const string ActivityAlreadyCancelled = "activity.already_cancelled";
    public const string ActivityEnded = "activity.ended";
    public const string ActivityPlacesBelowConfirmed = "activity.places_below_confirmed";
    public const string ActivityNotEligible = "activity.not_eligible";
}

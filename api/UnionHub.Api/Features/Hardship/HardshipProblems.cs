namespace UnionHub.Api.Features.Hardship;

/// <summary>Every error <c>code</c> the Hardship endpoints answer (the SDK's message table must cover each: ErrorCodesTests).</summary>
public static class HardshipProblems
{
    public const string AwardNoTierAmount = "award.no_tier_amount";
    public const string AwardOverCap = "award.over_cap";
    public const string DeclarationExists = "declaration.exists";
    public const string DeclarationNoticeRunning = "declaration.notice_running";
    public const string DeclarationObjectionOpen = "declaration.objection_open";
    public const string DeclarationWithdrawn = "declaration.withdrawn";
    public const string DeclarationWrongState = "declaration.wrong_state";
    public const string EvidenceLimitReached = "evidence.limit_reached";
    public const string EvidenceTooLarge = "evidence.too_large";
    public const string EvidenceUnsupportedType = "evidence.unsupported_type";
    public const string FundBudgetExceeded = "fund.budget_exceeded";
    public const string HardshipAlreadyAwarded = "hardship.already_awarded";
    public const string HardshipNotDistrict = "hardship.not_district";
    public const string HardshipNotEligible = "hardship.not_eligible";
    public const string HardshipSameReviewer = "hardship.same_reviewer";
    public const string HouseholdAlreadyRegistered = "household.already_registered";
    public const string HouseholdExited = "household.exited";
    public const string HouseholdNotRegistered = "household.not_registered";
    public const string MemberNotVerified = "member.not_verified";
    public const string NoticeNotOpen = "notice.not_open";
    public const string ObjectionNotOpen = "objection.not_open";
    public const string RoundNotOpen = "round.not_open";
    public const string SurveyClosed = "survey.closed";
    public const string SurveyDeadlineNotReached = "survey.deadline_not_reached";
    public const string ObjectionAlreadyLodged = "objection.already_lodged";
    public const string ObjectionTooManyOpen = "objection.too_many_open";
}

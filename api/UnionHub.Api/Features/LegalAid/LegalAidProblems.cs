namespace UnionHub.Api.Features.LegalAid;

/// <summary>Every error <c>code</c> the LegalAid endpoints answer (the SDK's message table must cover each: ErrorCodesTests).</summary>
public static class LegalAidProblems
{
    public const string DocumentLimitReached = "document.limit_reached";
    public const string DocumentTooLarge = "document.too_large";
    public const string DocumentUnsupportedType = "document.unsupported_type";
    public const string LawyerExists = "lawyer.exists";
    public const string LegalAidFontUnavailable = "legal_aid.font_unavailable";
    public const string LegalCaseAlreadyAccepted = "legal_case.already_accepted";
    public const string LegalCaseAlreadyAssigned = "legal_case.already_assigned";
    public const string LegalCaseArchived = "legal_case.archived";
    public const string LegalCaseChanged = "legal_case.changed";
    public const string LegalCaseNotAssigned = "legal_case.not_assigned";
    public const string LegalCaseNotOpen = "legal_case.not_open";
    public const string LegalCaseNotSubmitted = "legal_case.not_submitted";
    public const string LegalCaseStageNotAllowed = "legal_case.stage_not_allowed";
    public const string MemberNotVerified = "member.not_verified";
    public const string LegalAidTooManyOpenCases = "legal_aid.too_many_open_cases";
    public const string DocumentQuotaExceeded = "document.quota_exceeded";
}

namespace UnionHub.Api.Features.Privacy;

/// <summary>Every error <c>code</c> the Privacy endpoints answer (the SDK's message table must cover each: ErrorCodesTests).</summary>
public static class PrivacyProblems
{
    public const string MemberDeleted = "member.deleted";
    public const string MemberHasPendingPayment = "member.has_pending_payment";
}

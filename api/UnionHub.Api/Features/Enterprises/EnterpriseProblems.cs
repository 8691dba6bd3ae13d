namespace UnionHub.Api.Features.Enterprises;

/// <summary>Every error <c>code</c> the Enterprises endpoints answer (the SDK's message table must cover each: ErrorCodesTests).</summary>
public static class EnterpriseProblems
{
    public const string EnterpriseDuplicate = "enterprise.duplicate";
    public const string EnterpriseInvalidCreditCode = "enterprise.invalid_credit_code";
    public const string UserUsernameTaken = "user.username_taken";
}

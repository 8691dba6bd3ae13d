using UnionHub.Api.Platform;

namespace UnionHub.Api.Features.Privacy;

/// <summary>Personal data rights (PIPL): a member takes a copy of their data and deletes their account.</summary>
public static class PrivacyApi
{
    public static IEndpointRouteBuilder MapPrivacy(this IEndpointRouteBuilder app)
    {
        var me = app.MapGroup("/api/v1/me").WithTags("Personal data").RequireAuthorization(Policies.Member);
        me.MapGet("/export", ExportMyData.Handle)
            .WithName("ExportMyData").WithSummary("Everything the platform holds about the caller, as one JSON attachment (personal data masked)")
            .ProducesProblem(404).ProducesProblem(410);
        me.MapDelete("", DeleteMyAccount.Handle)
            .WithName("DeleteMyAccount")
            .WithSummary("Delete the caller's account (body {\"confirm\": \"DELETE\"}): personal data erased, money and audit records kept pseudonymously")
            .ProducesProblem(404).ProducesProblem(409).ProducesProblem(410).ProducesProblem(422);
        return app;
    }

    /// <summary>410 for a member whose account was deleted (their access token lives at most 15 more minutes).</summary>
    internal static Microsoft.AspNetCore.Http.HttpResults.ProblemHttpResult Deleted() =>
        Problems.Create(410, PrivacyProblems.MemberDeleted, "This account has been deleted.");

    /// <summary>An opaque identifier (WeChat openid) masked like the others: first 3 and last 3 characters.</summary>
    internal static string MaskOpaque(string value) =>
        value.Length <= 8 ? new string('*', value.Length) : string.Concat(value.AsSpan(0, 3), new string('*', value.Length - 6), value.AsSpan(value.Length - 3));
}

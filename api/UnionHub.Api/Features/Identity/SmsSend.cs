using Microsoft.AspNetCore.Http.HttpResults;
using UnionHub.Api.Platform;

namespace UnionHub.Api.Features.Identity;

/// <summary>
/// POST /auth/sms/send: texts a 6-digit login code. Limits live in the database (<see cref="RateCounter"/>) so they
/// hold across instances: per client address per hour, per phone per minute and per day. Buckets carry a keyed
/// label of the phone, never the number.
/// </summary>
public static class SmsSend
{
    public sealed record Request(string? Phone);

    public sealed record Response(int ExpiresIn, int ResendAfter);

    internal static ProblemHttpResult InvalidPhone() =>
        Problems.Validation(new Dictionary<string, string[]> { ["phone"] = ["must be a mainland China mobile number: 11 digits starting 13-19"] },
            code: IdentityProblems.AuthInvalidPhone, title: "The phone number is not a mainland China mobile number.");
}

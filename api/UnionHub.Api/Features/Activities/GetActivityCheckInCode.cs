using Microsoft.AspNetCore.Http.HttpResults;
using MySqlConnector;
using UnionHub.Api.Features.Perks;
using UnionHub.Api.Platform;

namespace UnionHub.Api.Features.Activities;

/// <summary>
/// GET /activities/{id}/check-in-code: a signed code for a confirmed place, valid five minutes (the phone fetches a fresh one
/// while it shows the QR). Staff scan it at the venue (POST /admin/activities/{id}/check-ins).
/// </summary>
public static class GetActivityCheckInCode
{
    public sealed record Response(string Code, DateTimeOffset ExpiresAt, DateTimeOffset? CheckedInAt);

    public static async Task<Results<Ok<Response>, ProblemHttpResult>> Handle(
        string id, HttpContext http, MySqlDataSource db, VoucherSigner signer, TimeProvider clock, CancellationToken ct)
    {
        var memberId = http.User.MemberId()!.Value;
        await using var conn = await db.OpenConnectionAsync(ct);
        var member = await ActivityRules.MemberAsync(conn, null, memberId, ct);
        if (await ActivityRules.FindForMemberAsync(conn, null, id, member, false, ct) is not { } activity)
        {
            return Problems.NotFound("activity");
        }

        if (activity.IsCancelled)
        {
            return ActivityRules.CancelledProblem(activity);
        }

        if (await ActivityRules.SignupAsync(conn, null, activity.Id, memberId, false, ct) is not { Status: ActivityRules.Confirmed } signup)
        {
            return ActivityRules.NotConfirmed();
        }

        var expires = clock.GetUtcNow() + ActivityRules.CheckInCodeLifetime;
        expires = DateTimeOffset.FromUnixTimeSeconds(expires.ToUnixTimeSeconds());
        return TypedResults.Ok(new Response(ActivityRules.CheckInCode(signer, signup.Id, expires), expires.ToChina(), signup.CheckedInAt.ToChina()));
    }
}

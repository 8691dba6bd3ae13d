using Microsoft.AspNetCore.Http.HttpResults;
using MySqlConnector;
using UnionHub.Api.Platform;

namespace UnionHub.Api.Features.Activities;

/// <summary>GET /activities/{id}: one activity of the caller's organisation subtree (404 otherwise) with the caller's sign-up.</summary>
public static class ViewActivity
{
    public static async Task<Results<Ok<ActivityRules.MemberActivityResponse>, ProblemHttpResult>> Handle(
        string id, HttpContext http, MySqlDataSource db, TimeProvider clock, CancellationToken ct)
    {
        var memberId = http.User.MemberId()!.Value;
        await using var conn = await db.OpenConnectionAsync(ct);
        var member = await ActivityRules.MemberAsync(conn, null, memberId, ct);
        if (await ActivityRules.FindForMemberAsync(conn, null, id, member, false, ct) is not { } activity)
        {
            return Problems.NotFound("activity");
        }

        return TypedResults.Ok(await ActivityRules.MemberViewAsync(conn, null, activity, memberId, clock.GetUtcNow().UtcDateTime, ct));
    }
}

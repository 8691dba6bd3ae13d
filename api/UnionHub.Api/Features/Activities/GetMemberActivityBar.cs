using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using MySqlConnector;
using UnionHub.Api.Platform;

namespace UnionHub.Api.Features.Activities;

/// <summary>GET /admin/activity-bars/{memberId}: the no-show bar of a member in the caller's subtree (404 outside it).</summary>
public static class GetMemberActivityBar
{
    public static async Task<Results<Ok<ActivityRules.BarResponse>, ProblemHttpResult>> Handle(
        string memberId, HttpContext http, MySqlDataSource db, IOptions<NoShowOptions> options, TimeProvider clock, CancellationToken ct)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        if (await VisibleMemberAsync(conn, null, http, memberId, ct) is not { } member)
        {
            return Problems.NotFound("member");
        }

        return TypedResults.Ok(await ActivityRules.BarAsync(conn, null, member.Id, options.Value, clock.GetUtcNow().UtcDateTime, ct));
    }

    /// <summary>The member when their organisation lies in the staff caller's subtree; null otherwise (answer 404).</summary>
    internal static async Task<ActivityRules.MemberRow?> VisibleMemberAsync(MySqlConnection conn, MySqlTransaction? tx, HttpContext http,
        string memberId, CancellationToken ct)
    {
        if (Ids.Parse(memberId) is not { } id || await ActivityRules.MemberAsync(conn, tx, id, ct) is not { } member)
        {
            return null;
        }

        var scope = await Scope.OfAsync(conn, tx, http.User, ct);
        return member.OrgPath is not null && scope.Contains(member.OrgPath) ? member : null;
    }
}

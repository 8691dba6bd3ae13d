using Microsoft.AspNetCore.Http.HttpResults;
using MySqlConnector;
using UnionHub.Api.Platform;

namespace UnionHub.Api.Features.Activities;

public static class GetActivity
{
    public static async Task<Results<Ok<ActivityRules.ActivityResponse>, ProblemHttpResult>> Handle(
        string id, HttpContext http, MySqlDataSource db, CancellationToken ct)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        if (await StaffActivityAsync(conn, http, id, ct) is not { } row)
        {
            return Problems.NotFound("activity");
        }

        return TypedResults.Ok(await ActivityRules.StaffViewAsync(conn, null, row, ct));
    }

    /// <summary>The activity when it lies in the staff caller's subtree; null otherwise (answer 404).</summary>
    internal static async Task<ActivityRules.ActivityRow?> StaffActivityAsync(MySqlConnection conn, HttpContext http, string id, CancellationToken ct,
        MySqlTransaction? tx = null)
    {
        if (Ids.Parse(id) is not { } activityId || await ActivityRules.LoadAsync(conn, tx, activityId, false, ct) is not { } row)
        {
            return null;
        }

        var scope = await Scope.OfAsync(conn, tx, http.User, ct);
        return scope.Contains(row.OrgPath) ? row : null;
    }
}

using Microsoft.AspNetCore.Http.HttpResults;
using MySqlConnector;
using UnionHub.Api.Platform;

namespace UnionHub.Api.Features.Perks;

/// <summary>
/// GET /admin/perks/{id}: one perk as staff see it (the edit form's source): today's release schedule and, when a change waits
/// for the next release day, <c>nextSchedule</c>. Outside the caller's organisation: 404.
/// </summary>
public static class GetStaffPerk
{
    public static async Task<Results<Ok<AdminPerks.PerkDetail>, ProblemHttpResult>> Handle(
        string id, HttpContext http, MySqlDataSource db, TimeProvider clock, CancellationToken ct)
    {
        if (Ids.Parse(id) is not { } perkId)
        {
            return Problems.NotFound("perk");
        }

        await using var conn = await db.OpenConnectionAsync(ct);
        var scope = await Scope.OfAsync(conn, null, http.User, ct);
        return await AdminPerks.LoadAsync(conn, null, perkId, scope, clock.GetUtcNow().UtcDateTime, ct) is { Detail: var detail }
            ? TypedResults.Ok(detail)
            : Problems.NotFound("perk");
    }
}

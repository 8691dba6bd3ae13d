using Microsoft.AspNetCore.Http.HttpResults;
using MySqlConnector;
using UnionHub.Api.Features.Members;
using UnionHub.Api.Platform;
using static UnionHub.Api.Features.LegalAid.CaseQueries;

namespace UnionHub.Api.Features.LegalAid;

public static class ListOverdueLegalAidCases
{
    /// <summary>Applications still waiting for an answer after their deadline, in the caller's scope.</summary>
    public static async Task<Results<Ok<Page<Cases.Case>>, ProblemHttpResult>> Handle(
        HttpContext http, MySqlDataSource db, PiiProtector pii, TimeProvider clock, CancellationToken ct, int? limit = null, string? cursor = null)
    {
        string? root;
        await using (var conn = await db.OpenConnectionAsync(ct))
        {
            root = await OrgScope.RootPathAsync(conn, null, http.User, ct);
        }

        return await ListAsync(db, pii, clock, ct, limit, cursor,
            " WHERE (@Root = '/' OR o.path LIKE CONCAT(@Root, '%')) AND c.status = 'submitted' AND c.decide_by <= @Now",
            new { Root = root ?? "-", Now = clock.GetUtcNow().UtcDateTime });
    }
}

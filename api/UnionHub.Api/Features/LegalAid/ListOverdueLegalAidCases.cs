using Microsoft.AspNetCore.Http.HttpResults;
using MySqlConnector;
using UnionHub.Api.Platform;
using static UnionHub.Api.Features.LegalAid.CaseQueries;

namespace UnionHub.Api.Features.LegalAid;

public static class ListOverdueLegalAidCases
{
    /// <summary>Applications still waiting for an answer after their deadline, in the caller's scope.</summary>
    public static async Task<Results<Ok<Page<Cases.Case>>, ProblemHttpResult>> Handle(
        HttpContext http, MySqlDataSource db, PiiProtector pii, TimeProvider clock, CancellationToken ct, int? limit = null, string? cursor = null)
    {
        Scope scope;
        await using (var conn = await db.OpenConnectionAsync(ct))
        {
            scope = await Scope.OfAsync(conn, null, http.User, ct);
        }

        return await ListAsync(db, pii, clock, ct, limit, cursor,
            $" WHERE {Scope.Sql("o.path")} AND c.status = 'submitted' AND c.decide_by <= @Now",
            new { ScopePath = scope.Path, Now = clock.GetUtcNow().UtcDateTime });
    }
}

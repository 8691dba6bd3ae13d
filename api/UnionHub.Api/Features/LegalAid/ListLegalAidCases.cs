using Microsoft.AspNetCore.Http.HttpResults;
using MySqlConnector;
using UnionHub.Api.Platform;
using static UnionHub.Api.Features.LegalAid.CaseQueries;

namespace UnionHub.Api.Features.LegalAid;

public static class ListLegalAidCases
{
    /// <param name="status">Only cases in this status (submitted, refused, consultation, mediation, arbitration, litigation, closed).</param>
    public static async Task<Results<Ok<Page<Cases.Case>>, ProblemHttpResult>> Handle(
        HttpContext http, MySqlDataSource db, PiiProtector pii, TimeProvider clock, CancellationToken ct,
        string? status = null, int? limit = null, string? cursor = null)
    {
        if (status is not null && !LegalAidRules.Statuses.Contains(status))
        {
            return Problems.Create(400, PlatformProblems.RequestInvalid, "Unknown status.", $"status must be one of: {LegalAidRules.Join(LegalAidRules.Statuses)}");
        }

        Scope scope;
        await using (var conn = await db.OpenConnectionAsync(ct))
        {
            scope = await Scope.OfAsync(conn, null, http.User, ct);
        }

        return await ListAsync(db, pii, clock, ct, limit, cursor,
            $" WHERE {Scope.Sql("o.path")} AND (@Status IS NULL OR c.status = @Status)",
            new { ScopePath = scope.Path, Status = status });
    }
}

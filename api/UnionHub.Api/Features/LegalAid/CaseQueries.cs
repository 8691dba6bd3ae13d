using Dapper;
using Microsoft.AspNetCore.Http.HttpResults;
using MySqlConnector;
using UnionHub.Api.Platform;

namespace UnionHub.Api.Features.LegalAid;

/// <summary>
/// Reading cases: the member sees their own, staff the cases of their organisation subtree (super_admin: all), a lawyer
/// only the cases assigned to them. Anything else is 404.
/// </summary>
public static class CaseQueries
{
    internal const string Page = " AND c.id < @After ORDER BY c.id DESC LIMIT @Take";

    internal static async Task<Results<Ok<Page<Cases.Case>>, ProblemHttpResult>> ListAsync(
        MySqlDataSource db, PiiProtector pii, TimeProvider clock, CancellationToken ct, int? limit, string? cursor, string where, object args)
    {
        if (Paging.Read(limit, cursor, out var paging) is { } badCursor)
        {
            return badCursor;
        }

        var parameters = new DynamicParameters(args);
        parameters.Add("After", paging.After);
        parameters.Add("Take", paging.Fetch);
        await using var conn = await db.OpenConnectionAsync(ct);
        var rows = (await conn.QueryAsync<Cases.Row>(new CommandDefinition(Cases.Select + where + Page, parameters, cancellationToken: ct))).ToList();
        var page = paging.Build(rows, r => r.Id);
        var now = clock.GetUtcNow().UtcDateTime;
        return TypedResults.Ok(new Page<Cases.Case>(page.Items.Select(r => Cases.ToView(r, pii, now)).ToList(), page.NextCursor));
    }

    /// <summary>One case the caller may see; the member's own case carries the assigned lawyer's phone.</summary>
    internal static async Task<Results<Ok<Cases.Case>, ProblemHttpResult>> GetAsync(
        string id, HttpContext http, MySqlDataSource db, PiiProtector pii, TimeProvider clock, CancellationToken ct)
    {
        if (Ids.Parse(id) is not { } caseId)
        {
            return Problems.NotFound("case");
        }

        await using var conn = await db.OpenConnectionAsync(ct);
        var scope = await Scope.OfAsync(conn, null, http.User, ct);
        var row = await Cases.FindVisibleAsync(conn, null, scope, caseId, ct);
        return row is null
            ? Problems.NotFound("case")
            : TypedResults.Ok(await Cases.DetailAsync(conn, null, row, pii, clock.GetUtcNow().UtcDateTime, ct,
                lawyerPhone: scope.MemberId is { } member && member == row.MemberId));
    }
}

using Dapper;
using Microsoft.AspNetCore.Http.HttpResults;
using MySqlConnector;
using UnionHub.Api.Features.Members;
using UnionHub.Api.Platform;

namespace UnionHub.Api.Features.LegalAid;

/// <summary>
/// Reading cases: the member sees their own, staff the cases of their organisation subtree (super_admin: all), a lawyer
/// only the cases assigned to them. Anything else is 404.
/// </summary>
public static class CaseQueries
{
    private const string Page = " AND c.id < @After ORDER BY c.id DESC LIMIT @Take";

    public static Task<Results<Ok<Page<Cases.Case>>, ProblemHttpResult>> ListMine(
        HttpContext http, MySqlDataSource db, PiiProtector pii, TimeProvider clock, CancellationToken ct, int? limit = null, string? cursor = null) =>
        ListAsync(db, pii, clock, ct, limit, cursor, " WHERE c.member_id = @MemberId", new { MemberId = http.User.MemberId() });

    public static async Task<Results<Ok<Page<Cases.Case>>, ProblemHttpResult>> ListForLawyer(
        HttpContext http, MySqlDataSource db, PiiProtector pii, TimeProvider clock, CancellationToken ct, int? limit = null, string? cursor = null) =>
        await ListAsync(db, pii, clock, ct, limit, cursor, " WHERE l.staff_user_id = @StaffId", new { StaffId = http.User.StaffId() });

    /// <param name="status">Only cases in this status (submitted, refused, consultation, mediation, arbitration, litigation, closed).</param>
    public static async Task<Results<Ok<Page<Cases.Case>>, ProblemHttpResult>> ListForStaff(
        HttpContext http, MySqlDataSource db, PiiProtector pii, TimeProvider clock, CancellationToken ct,
        string? status = null, int? limit = null, string? cursor = null)
    {
        if (status is not null && !CaseRules.Statuses.Contains(status))
        {
            return Problems.Create(400, "request.invalid", "Unknown status.", $"status must be one of: {CaseRules.Join(CaseRules.Statuses)}");
        }

        string? root;
        await using (var conn = await db.OpenConnectionAsync(ct))
        {
            root = await OrgScope.RootPathAsync(conn, null, http.User, ct);
        }

        return await ListAsync(db, pii, clock, ct, limit, cursor,
            " WHERE (@Root = '/' OR o.path LIKE CONCAT(@Root, '%')) AND (@Status IS NULL OR c.status = @Status)",
            new { Root = root ?? "-", Status = status });
    }

    /// <summary>Applications still waiting for an answer after their deadline, in the caller's scope.</summary>
    public static async Task<Results<Ok<Page<Cases.Case>>, ProblemHttpResult>> ListOverdue(
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

    private static async Task<Results<Ok<Page<Cases.Case>>, ProblemHttpResult>> ListAsync(
        MySqlDataSource db, PiiProtector pii, TimeProvider clock, CancellationToken ct, int? limit, string? cursor, string where, object args)
    {
        if (Paging.After(cursor) is not { } after)
        {
            return Problems.BadCursor();
        }

        var take = Paging.Limit(limit);
        var parameters = new DynamicParameters(args);
        parameters.Add("After", after);
        parameters.Add("Take", take + 1);
        await using var conn = await db.OpenConnectionAsync(ct);
        var rows = (await conn.QueryAsync<Cases.Row>(new CommandDefinition(Cases.Select + where + Page, parameters, cancellationToken: ct))).ToList();
        var page = Paging.Build(rows, take, r => r.Id);
        var now = clock.GetUtcNow().UtcDateTime;
        return TypedResults.Ok(new Page<Cases.Case>(page.Items.Select(r => Cases.ToView(r, pii, now)).ToList(), page.NextCursor));
    }

    public static Task<Results<Ok<Cases.Case>, ProblemHttpResult>> GetMine(
        string id, HttpContext http, MySqlDataSource db, PiiProtector pii, TimeProvider clock, CancellationToken ct) =>
        GetAsync(id, Cases.Viewer.Member, http, db, pii, clock, ct);

    public static Task<Results<Ok<Cases.Case>, ProblemHttpResult>> GetForStaff(
        string id, HttpContext http, MySqlDataSource db, PiiProtector pii, TimeProvider clock, CancellationToken ct) =>
        GetAsync(id, Cases.Viewer.Staff, http, db, pii, clock, ct);

    public static Task<Results<Ok<Cases.Case>, ProblemHttpResult>> GetForLawyer(
        string id, HttpContext http, MySqlDataSource db, PiiProtector pii, TimeProvider clock, CancellationToken ct) =>
        GetAsync(id, Cases.Viewer.Lawyer, http, db, pii, clock, ct);

    private static async Task<Results<Ok<Cases.Case>, ProblemHttpResult>> GetAsync(
        string id, Cases.Viewer viewer, HttpContext http, MySqlDataSource db, PiiProtector pii, TimeProvider clock, CancellationToken ct)
    {
        if (OrgScope.ParseId(id) is not { } caseId)
        {
            return Problems.NotFound("case");
        }

        await using var conn = await db.OpenConnectionAsync(ct);
        var row = await Cases.FindAsync(conn, null, http, viewer, caseId, ct);
        return row is null
            ? Problems.NotFound("case")
            : TypedResults.Ok(await Cases.DetailAsync(conn, null, row, pii, clock.GetUtcNow().UtcDateTime, ct));
    }
}

using System.Data.Common;
using Dapper;
using Microsoft.AspNetCore.Http.HttpResults;
using MySqlConnector;
using UnionHub.Api.Features.Members;
using UnionHub.Api.Platform;

namespace UnionHub.Api.Features.LegalAid;

/// <summary>
/// POST /admin/legal-aid/cases/{id}/accept and /refuse: staff answer a submitted application. Each is a conditional
/// UPDATE on status = 'submitted' (0 rows: someone answered first, 409) with history, audit and notification rows.
/// </summary>
public static class Decide
{
    public sealed record RefuseRequest(string? Reason);

    private const string AcceptSql = """
        UPDATE legal_case SET status = 'consultation', decided_at = @Now, decided_by = @StaffId, accepted_at = @Now, updated_at = @Now
        WHERE id = @Id AND status = 'submitted'
        """;

    private const string RefuseSql = """
        UPDATE legal_case SET status = 'refused', decided_at = @Now, decided_by = @StaffId, refusal_reason = @Reason, updated_at = @Now
        WHERE id = @Id AND status = 'submitted'
        """;

    public static Task<Results<Ok<Cases.Case>, ProblemHttpResult>> Accept(
        string id, HttpContext http, MySqlDataSource db, PiiProtector pii, TimeProvider clock, CancellationToken ct) =>
        Transition.RunAsync(id, Cases.Viewer.Staff, http, db, pii, clock, ct, async (conn, tx, row, now) =>
        {
            if (await conn.ExecuteAsync(new CommandDefinition(AcceptSql, new { row.Id, Now = now, StaffId = http.User.StaffId() }, tx,
                    cancellationToken: ct)) != 1)
            {
                return NotSubmitted(row);
            }

            await Cases.RecordAsync(conn, tx, http, now, row, "accept", row.Status, CaseRules.Consultation, null,
                new { late = row.DecideBy <= now }, ct);
            return null;
        });

    public static async Task<Results<Ok<Cases.Case>, ProblemHttpResult>> Refuse(
        string id, RefuseRequest request, HttpContext http, MySqlDataSource db, PiiProtector pii, TimeProvider clock, CancellationToken ct)
    {
        var v = new Validator().Required(request.Reason, "reason", 1000);
        if (!v.IsValid)
        {
            return v.Problem();
        }

        return await Transition.RunAsync(id, Cases.Viewer.Staff, http, db, pii, clock, ct, async (conn, tx, row, now) =>
        {
            if (await conn.ExecuteAsync(new CommandDefinition(RefuseSql, new
                {
                    row.Id, Now = now, StaffId = http.User.StaffId(), Reason = request.Reason!.Trim(),
                }, tx, cancellationToken: ct)) != 1)
            {
                return NotSubmitted(row);
            }

            await Cases.RecordAsync(conn, tx, http, now, row, "refuse", row.Status, CaseRules.Refused, request.Reason!.Trim(),
                new { late = row.DecideBy <= now }, ct);
            return null;
        });
    }

    private static ProblemHttpResult NotSubmitted(Cases.Row row) =>
        Problems.Create(409, "legal_case.not_submitted", "Only a submitted application can be accepted or refused.",
            $"The case is {row.Status}.");
}

/// <summary>The frame of every change to a case: find it for the caller (404), change it in one transaction, answer the new view.</summary>
internal static class Transition
{
    public static async Task<Results<Ok<Cases.Case>, ProblemHttpResult>> RunAsync(string id, Cases.Viewer viewer, HttpContext http,
        MySqlDataSource db, PiiProtector pii, TimeProvider clock, CancellationToken ct,
        Func<DbConnection, DbTransaction, Cases.Row, DateTime, Task<ProblemHttpResult?>> change)
    {
        if (OrgScope.ParseId(id) is not { } caseId)
        {
            return Problems.NotFound("case");
        }

        var now = clock.GetUtcNow().UtcDateTime;
        await using var conn = await db.OpenConnectionAsync(ct);
        await using var tx = await conn.BeginTransactionAsync(ct);
        var row = await Cases.FindAsync(conn, tx, http, viewer, caseId, ct);
        if (row is null)
        {
            await tx.RollbackAsync(ct);
            return Problems.NotFound("case");
        }

        if (await change(conn, tx, row, now) is { } problem)
        {
            await tx.RollbackAsync(ct);
            return problem;
        }

        var after = (await Cases.FindAsync(conn, tx, http, viewer, caseId, ct))!;
        var view = await Cases.DetailAsync(conn, tx, after, pii, now, ct);
        await tx.CommitAsync(ct);
        return TypedResults.Ok(view);
    }

    /// <summary>The answer when a change needs an open case and the case is not (closed and refused cases are archived).</summary>
    public static ProblemHttpResult NotOpen(string status) => status is CaseRules.Closed or CaseRules.Refused
        ? Problems.Create(409, "legal_case.archived", "The case is archived and can no longer change.", $"The case is {status}.")
        : Problems.Create(409, "legal_case.not_open", "The case has not been accepted yet.", $"The case is {status}.");
}

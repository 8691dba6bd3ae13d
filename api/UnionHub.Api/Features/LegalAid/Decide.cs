using System.Data.Common;
using Microsoft.AspNetCore.Http.HttpResults;
using MySqlConnector;
using UnionHub.Api.Platform;

namespace UnionHub.Api.Features.LegalAid;

/// <summary>
/// POST /admin/legal-aid/cases/{id}/accept and /refuse: staff answer a submitted application. Each is a conditional
/// UPDATE on status = 'submitted' (0 rows: someone answered first, 409) with history, audit and notification rows.
/// </summary>
public static class Decide
{
    public sealed record RefuseRequest(string? Reason);

    internal static ProblemHttpResult NotSubmitted(Cases.Row row) =>
        Problems.Create(409, LegalAidProblems.LegalCaseNotSubmitted, "Only a submitted application can be accepted or refused.",
            $"The case is {row.Status}.");
}

/// <summary>
/// The frame of every change to a case: find it for the caller (404), change it in one transaction, answer the new view
/// (stored with the change under the call's Idempotency-Key when the route takes one).
/// </summary>
internal static class Transition
{
    public static async Task<Results<Ok<Cases.Case>, ProblemHttpResult>> RunAsync(string id, HttpContext http,
        Transactions transactions, PiiProtector pii, TimeProvider clock, CancellationToken ct,
        Func<DbConnection, DbTransaction, Cases.Row, DateTime, Task<ProblemHttpResult?>> change, IdempotencyScope? idem = null)
    {
        if (Ids.Parse(id) is not { } caseId)
        {
            return Problems.NotFound("case");
        }

        var now = clock.GetUtcNow().UtcDateTime;
        return await transactions.RunAsync<Results<Ok<Cases.Case>, ProblemHttpResult>>(async (conn, tx) =>
        {
            var scope = await Scope.OfAsync(conn, tx, http.User, ct);
            var row = await Cases.FindVisibleAsync(conn, tx, scope, caseId, ct);
            if (row is null)
            {
                return Problems.NotFound("case");
            }

            if (await change(conn, tx, row, now) is { } problem)
            {
                return problem;
            }

            var after = (await Cases.FindVisibleAsync(conn, tx, scope, caseId, ct))!;
            var view = await Cases.DetailAsync(conn, tx, after, pii, now, ct);
            if (idem is not null)
            {
                await idem.CompleteAsync(conn, tx, StatusCodes.Status200OK, view, ct);
            }

            return TypedResults.Ok(view);
        }, ct);
    }

    /// <summary>The answer when a change needs an open case and the case is not (closed and refused cases are archived).</summary>
    public static ProblemHttpResult NotOpen(string status) => status is LegalAidRules.Closed or LegalAidRules.Refused
        ? Problems.Create(409, LegalAidProblems.LegalCaseArchived, "The case is archived and can no longer change.", $"The case is {status}.")
        : Problems.Create(409, LegalAidProblems.LegalCaseNotOpen, "The case has not been accepted yet.", $"The case is {status}.");
}

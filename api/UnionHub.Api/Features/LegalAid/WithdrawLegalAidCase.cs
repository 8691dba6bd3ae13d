using Dapper;
using Microsoft.AspNetCore.Http.HttpResults;
using MySqlConnector;
using UnionHub.Api.Platform;

namespace UnionHub.Api.Features.LegalAid;

/// <summary>
/// POST /me/legal-aid/cases/{id}/withdraw: the member withdraws their application before staff accept it. The case closes
/// with the outcome <c>withdrawn</c> (as when an account is deleted), so it no longer counts as open and is archived.
/// Idempotent: withdrawing a case the member already withdrew answers the case again (no second history row).
/// Once accepted it is 409 <c>legal_case.already_accepted</c> (the member asks their lawyer or the union to close it);
/// a refused case is 409 <c>legal_case.archived</c>. The row is locked first, so a withdrawal and an acceptance racing
/// each other end one way: the loser gets 409.
/// </summary>
public static class WithdrawLegalAidCase
{
    private sealed record State(string Status, string? Outcome, DateTime? AcceptedAt);

    private const string Lock = "SELECT status, outcome, accepted_at AS AcceptedAt FROM legal_case WHERE id = @Id FOR UPDATE";

    private const string Withdraw = """
        UPDATE legal_case SET status = 'closed', outcome = 'withdrawn', closed_at = @Now, updated_at = @Now
        WHERE id = @Id AND status = 'submitted'
        """;

    public static Task<Results<Ok<Cases.Case>, ProblemHttpResult>> Handle(
        string id, HttpContext http, Transactions transactions, PiiProtector pii, TimeProvider clock, CancellationToken ct) =>
        Transition.RunAsync(id, http, transactions, pii, clock, ct, async (conn, tx, row, now) =>
        {
            var state = await conn.QuerySingleAsync<State>(new CommandDefinition(Lock, new { row.Id }, tx, cancellationToken: ct));
            if (state.AcceptedAt is not null)
            {
                return Problems.Create(409, LegalAidProblems.LegalCaseAlreadyAccepted,
                    "The union has accepted the case: it can no longer be withdrawn here. Ask the lawyer or the union to close it.",
                    $"The case is {state.Status}.");
            }

            if (state is { Status: LegalAidRules.Closed, Outcome: "withdrawn" })
            {
                return null; // withdrawn already: the same answer again
            }

            if (state.Status != LegalAidRules.Submitted)
            {
                return Transition.NotOpen(state.Status);
            }

            await conn.ExecuteAsync(new CommandDefinition(Withdraw, new { row.Id, Now = now }, tx, cancellationToken: ct));
            await Cases.RecordAsync(conn, tx, http, now, row, "withdraw", LegalAidRules.Submitted, LegalAidRules.Closed, null, null, ct);
            return null;
        });
}

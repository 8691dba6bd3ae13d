using Dapper;
using Microsoft.AspNetCore.Http.HttpResults;
using MySqlConnector;
using UnionHub.Api.Platform;
using static UnionHub.Api.Features.LegalAid.Decide;

namespace UnionHub.Api.Features.LegalAid;

public static class AcceptLegalAidCase
{
    private const string AcceptSql = """
        UPDATE legal_case SET status = 'consultation', decided_at = @Now, decided_by = @StaffId, accepted_at = @Now, updated_at = @Now
        WHERE id = @Id AND status = 'submitted'
        """;

    public static Task<Results<Ok<Cases.Case>, ProblemHttpResult>> Handle(
        string id, HttpContext http, Transactions transactions, PiiProtector pii, TimeProvider clock, CancellationToken ct) =>
        Transition.RunAsync(id, http, transactions, pii, clock, ct, async (conn, tx, row, now) =>
        {
            if (await conn.ExecuteAsync(new CommandDefinition(AcceptSql, new { row.Id, Now = now, StaffId = http.User.StaffId() }, tx,
                    cancellationToken: ct)) != 1)
            {
                return NotSubmitted(row);
            }

            await Cases.RecordAsync(conn, tx, http, now, row, "accept", row.Status, LegalAidRules.Consultation, null,
                new { late = row.DecideBy <= now }, ct);
            return null;
        });
}

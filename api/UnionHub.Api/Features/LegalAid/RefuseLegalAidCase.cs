using Dapper;
using Microsoft.AspNetCore.Http.HttpResults;
using MySqlConnector;
using UnionHub.Api.Platform;
using static UnionHub.Api.Features.LegalAid.Decide;

namespace UnionHub.Api.Features.LegalAid;

public static class RefuseLegalAidCase
{
    private const string RefuseSql = """
        UPDATE legal_case SET status = 'refused', decided_at = @Now, decided_by = @StaffId, refusal_reason_enc = @Reason, updated_at = @Now
        WHERE id = @Id AND status = 'submitted'
        """;

    public static async Task<Results<Ok<Cases.Case>, ProblemHttpResult>> Handle(
        string id, RefuseRequest request, HttpContext http, Transactions transactions, PiiProtector pii, TimeProvider clock, CancellationToken ct)
    {
        var v = new Validator().Required(request.Reason, "reason", 1000);
        if (!v.IsValid)
        {
            return v.Problem();
        }

        return await Transition.RunAsync(id, http, transactions, pii, clock, ct, async (conn, tx, row, now) =>
        {
            if (await conn.ExecuteAsync(new CommandDefinition(RefuseSql, new
                {
                    row.Id, Now = now, StaffId = http.User.StaffId(), Reason = pii.Encrypt(request.Reason!.Trim()),
                }, tx, cancellationToken: ct)) != 1)
            {
                return NotSubmitted(row);
            }

            await Cases.RecordAsync(conn, tx, http, now, row, "refuse", row.Status, LegalAidRules.Refused, request.Reason!.Trim(),
                new { late = row.DecideBy <= now }, ct);
            return null;
        });
    }
}

using Dapper;
using Microsoft.AspNetCore.Http.HttpResults;
using MySqlConnector;
using UnionHub.Api.Platform;
using static UnionHub.Api.Features.LegalAid.Assign;

namespace UnionHub.Api.Features.LegalAid;

public static class AssignLegalAidLawyer
{
    private const string AssignSql = """
        UPDATE legal_case SET lawyer_id = @LawyerId, assigned_at = @Now, updated_at = @Now
        WHERE id = @Id AND status = @Status
        """;

    public static async Task<Results<Ok<Cases.Case>, ProblemHttpResult>> Handle(
        string id, Request request, HttpContext http, Transactions transactions, PiiProtector pii, TimeProvider clock, CancellationToken ct)
    {
        var lawyerId = Ids.Parse(request.LawyerId);
        if (lawyerId is null)
        {
            return Problems.Validation(new Dictionary<string, string[]> { ["lawyerId"] = ["is required"] });
        }

        return await Transition.RunAsync(id, http, transactions, pii, clock, ct, async (conn, tx, row, now) =>
        {
            if (!LegalAidRules.IsOpen(row.Status))
            {
                return Transition.NotOpen(row.Status);
            }

            if (row.LawyerId == lawyerId)
            {
                return Problems.Create(409, LegalAidProblems.LegalCaseAlreadyAssigned, "The case is already assigned to this lawyer.");
            }

            if (!await conn.ExecuteScalarAsync<bool>(new CommandDefinition("SELECT EXISTS (SELECT 1 FROM legal_lawyer WHERE id = @lawyerId)",
                    new { lawyerId }, tx, cancellationToken: ct)))
            {
                return Problems.NotFound("lawyer");
            }

            if (await conn.ExecuteAsync(new CommandDefinition(AssignSql, new { row.Id, LawyerId = lawyerId, Now = now, row.Status }, tx,
                    cancellationToken: ct)) != 1)
            {
                return Problems.Create(409, LegalAidProblems.LegalCaseChanged, "The case changed meanwhile; read it again.");
            }

            var note = row.LawyerId is { } previous ? $"lawyer {LegalAidRules.Id(previous)} -> {LegalAidRules.Id(lawyerId.Value)}" : $"lawyer {LegalAidRules.Id(lawyerId.Value)}";
            await Cases.RecordAsync(conn, tx, http, now, row, "assign", row.Status, row.Status, note,
                new { lawyerId = LegalAidRules.Id(lawyerId.Value), previousLawyerId = row.LawyerId is { } p ? LegalAidRules.Id(p) : null }, ct);
            return null;
        });
    }
}

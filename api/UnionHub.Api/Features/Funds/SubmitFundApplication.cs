using Dapper;
using Microsoft.AspNetCore.Http.HttpResults;
using MySqlConnector;
using UnionHub.Api.Platform;
using static UnionHub.Api.Features.Funds.MemberTransitions;

namespace UnionHub.Api.Features.Funds;

public static class SubmitFundApplication
{
    private const string SubmitSql = """
        UPDATE fund_application SET status = 'submitted', submitted_at = @Now, updated_at = @Now
        WHERE id = @Id AND status = 'draft'
        """;

    public static async Task<Results<Ok<Applications.Application>, ProblemHttpResult>> Handle(
        string id, HttpContext http, Transactions transactions, PiiProtector pii, TimeProvider clock, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        return await TransitionAsync(id, http, transactions, pii, ct, FundRules.Submitted, async (conn, tx, app) =>
        {
            if (app.Status != FundRules.Draft)
            {
                return Problems.Create(409, FundProblems.ApplicationNotDraft, "Only a draft can be submitted.", $"The application is {app.Status}.");
            }

            if (!FundRules.IsOpen(app.OpensAt, app.ClosesAt, now))
            {
                return Problems.Create(409, FundProblems.FundClosed, "The fund is not open for applications.");
            }

            // a draft left on a mutual_aid fund from before such funds refused applications: it never opens (the route's 409)
            if (!FundRules.TakesReliefCases(app.FundKind))
            {
                return Problems.Create(409, FundProblems.FundClosed, "The fund is not open for applications.",
                    "This fund pays mutual-aid claims only; withdraw the draft and apply to a relief fund.");
            }

            return await conn.ExecuteAsync(new CommandDefinition(SubmitSql, new { app.Id, Now = now }, tx, cancellationToken: ct)) == 1
                ? null
                : Problems.Create(409, FundProblems.ApplicationNotDraft, "Only a draft can be submitted.");
        }, now, null);
    }
}

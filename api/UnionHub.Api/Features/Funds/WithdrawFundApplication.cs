using Dapper;
using Microsoft.AspNetCore.Http.HttpResults;
using MySqlConnector;
using UnionHub.Api.Platform;
using static UnionHub.Api.Features.Funds.MemberTransitions;

namespace UnionHub.Api.Features.Funds;

public static class WithdrawFundApplication
{
    private const string WithdrawSql = """
        UPDATE fund_application SET status = 'withdrawn', open_key = NULL, updated_at = @Now
        WHERE id = @Id AND status IN ('draft', 'submitted', 'returned')
        """;

    public static async Task<Results<Ok<Applications.Application>, ProblemHttpResult>> Handle(
        string id, HttpContext http, Transactions transactions, PiiProtector pii, TimeProvider clock, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        return await TransitionAsync(id, http, transactions, pii, ct, FundRules.Withdrawn, async (conn, tx, app) =>
            await conn.ExecuteAsync(new CommandDefinition(WithdrawSql, new { app.Id, Now = now }, tx, cancellationToken: ct)) == 1
                ? null
                : Problems.Create(409, FundProblems.ApplicationNotWithdrawable, "The application can no longer be withdrawn.",
                    $"The application is {app.Status}."), now, null);
    }
}

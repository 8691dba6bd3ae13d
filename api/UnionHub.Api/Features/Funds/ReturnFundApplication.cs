using Dapper;
using Microsoft.AspNetCore.Http.HttpResults;
using MySqlConnector;
using UnionHub.Api.Platform;
using static UnionHub.Api.Features.Funds.ReturnApplication;

namespace UnionHub.Api.Features.Funds;

public static class ReturnFundApplication
{
    private const string ReturnSql = """
        UPDATE fund_application SET status = 'returned', updated_at = @Now WHERE id = @Id AND status = 'submitted'
        """;

    public static async Task<Results<Ok<Applications.Application>, ProblemHttpResult>> Handle(
        string id, Request request, HttpContext http, Transactions transactions, PiiProtector pii, TimeProvider clock, CancellationToken ct)
    {
        if (Ids.Parse(id) is not { } appId)
        {
            return Problems.NotFound("application");
        }

        var v = new Validator().Required(request.Note, "note", 2000);
        if (!v.IsValid)
        {
            return v.Problem();
        }

        var now = clock.GetUtcNow().UtcDateTime;
        return await transactions.RunAsync<Results<Ok<Applications.Application>, ProblemHttpResult>>(async (conn, tx) =>
        {
            var app = await MemberTransitions.LockAsync(conn, tx, appId, null, ct);
            var scope = await Scope.OfAsync(conn, tx, http.User, ct);
            if (app is null || !await FundRules.IsUsableAsync(conn, tx, scope, app.FundId, ct))
            {
                return Problems.NotFound("application");
            }

            if (await conn.ExecuteAsync(new CommandDefinition(ReturnSql, new { Id = appId, Now = now }, tx, cancellationToken: ct)) != 1)
            {
                return Problems.Create(409, FundProblems.ApplicationNotReturnable, "Only a submitted application can be returned.",
                    $"The application is {app.Status}.");
            }

            await FundRules.HistoryAsync(conn, tx, appId, now, http, app.Status, FundRules.Returned, request.Note!.Trim(), ct);
            await Audit.WriteAsync(conn, tx, http, "fund_application.return", "fund_application", FundRules.Id(appId),
                new { from = app.Status, to = FundRules.Returned }, ct);
            var view = (await Applications.LoadAsync(conn, tx, appId, null, scope, pii, ct))!;
            return TypedResults.Ok(view);
        }, ct);
    }
}

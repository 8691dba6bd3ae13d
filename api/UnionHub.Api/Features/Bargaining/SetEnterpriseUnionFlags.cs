using Dapper;
using Microsoft.AspNetCore.Http.HttpResults;
using MySqlConnector;
using UnionHub.Api.Platform;
using static UnionHub.Api.Features.Bargaining.UnionFlags;

namespace UnionHub.Api.Features.Bargaining;

public static class SetEnterpriseUnionFlags
{
    private const string Update = """
        UPDATE enterprise SET is_unionised = COALESCE(@IsUnionised, is_unionised),
                              has_workers_congress = COALESCE(@HasWorkersCongress, has_workers_congress),
                              headcount = COALESCE(@Headcount, headcount)
        WHERE id = @Id
        """;

    public static async Task<Results<Ok<Response>, ProblemHttpResult>> Handle(
        string id, Request request, HttpContext http, Transactions transactions, CancellationToken ct)
    {
        var v = new Validator().Check(request.IsUnionised is not null || request.HasWorkersCongress is not null || request.Headcount is not null,
                "isUnionised", "set isUnionised, hasWorkersCongress, headcount or several")
            .Check(request.Headcount is null or >= 0 and <= 10_000_000, "headcount", "must be between 0 and 10000000");
        if (!v.IsValid)
        {
            return v.Problem();
        }

        return await transactions.RunAsync<Results<Ok<Response>, ProblemHttpResult>>(async (conn, tx) =>
        {
            var scope = await Scope.OfAsync(conn, tx, http.User, ct);
            var enterprise = await BargainingRules.FindVisibleAsync(conn, tx, scope, Ids.Parse(id), ct);
            if (enterprise is null)
            {
                return Problems.NotFound("enterprise");
            }

            await conn.ExecuteAsync(new CommandDefinition(Update, new { enterprise.Id, request.IsUnionised, request.HasWorkersCongress, request.Headcount }, tx,
                cancellationToken: ct));
            var now = await BargainingRules.LockAsync(conn, tx, enterprise.Id, ct);
            await Audit.WriteAsync(conn, tx, http, "enterprise.union_flags", "enterprise", enterprise.Id.Text(),
                new { now.IsUnionised, now.HasWorkersCongress, now.Headcount }, ct);
            return TypedResults.Ok(new Response(enterprise.Id.Text(), now.IsUnionised, now.HasWorkersCongress, now.Headcount));
        }, ct);
    }
}

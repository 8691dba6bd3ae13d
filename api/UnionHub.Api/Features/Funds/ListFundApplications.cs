using Dapper;
using Microsoft.AspNetCore.Http.HttpResults;
using MySqlConnector;
using UnionHub.Api.Platform;

namespace UnionHub.Api.Features.Funds;

public static class ListFundApplications
{
    public static async Task<Results<Ok<Page<Applications.Application>>, ProblemHttpResult>> Handle(
        HttpContext http, MySqlDataSource db, PiiProtector pii, CancellationToken ct, string? fundId = null, string? status = null, int? limit = null,
        string? cursor = null)
    {
        if (Paging.Read(limit, cursor, out var paging) is { } badCursor)
        {
            return badCursor;
        }

        var fund = Ids.Parse(fundId);
        var v = new Validator()
            .Check(fundId is null || fund is not null, "fundId", "is not a valid id")
            .Check(status is null || FundRules.Statuses.Contains(status), "status", $"must be one of: {FundRules.Join(FundRules.Statuses)}");
        if (!v.IsValid)
        {
            return v.Problem();
        }

        await using var conn = await db.OpenConnectionAsync(ct);
        var scope = await Scope.OfAsync(conn, null, http.User, ct);
        var rows = (await conn.QueryAsync<Applications.Row>(new CommandDefinition(Applications.Select + $"""
             WHERE a.id < @After AND (@FundId IS NULL OR a.fund_id = @FundId) AND (@Status IS NULL OR a.status = @Status)
               AND {FundRules.InScopeSql}
            ORDER BY a.id DESC LIMIT @Take
            """, new { After = paging.After, FundId = fund, Status = status, Take = paging.Fetch, ScopePath = scope.Path },
            cancellationToken: ct))).ToList();
        var page = paging.Build(rows, r => r.Id);
        return TypedResults.Ok(new Page<Applications.Application>(page.Items.Select(r => Applications.ToView(r, pii)).ToList(), page.NextCursor));
    }
}

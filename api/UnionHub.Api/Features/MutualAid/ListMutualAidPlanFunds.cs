using Dapper;
using Microsoft.AspNetCore.Http.HttpResults;
using MySqlConnector;
using UnionHub.Api.Features.Funds;
using UnionHub.Api.Platform;

namespace UnionHub.Api.Features.MutualAid;

/// <summary>
/// GET /admin/mutual-aid/funds: the funds the caller may name as a plan's paying fund (the console's picker for org_admin, who cannot
/// list funds at /admin/funds): the <c>mutual_aid</c> funds inside the caller's scope (a plan is paid from no other kind), newest first, with their figures (budget, granted, remaining).
/// Whether one fits a given plan's organisation is checked when the plan is created (<see cref="MutualAidRules.FundFitsPlanAsync"/>).
/// </summary>
public static class ListMutualAidPlanFunds
{
    public static async Task<Results<Ok<Page<FundFigures.Fund>>, ProblemHttpResult>> Handle(
        HttpContext http, MySqlDataSource db, TimeProvider clock, CancellationToken ct, int? limit = null, string? cursor = null)
    {
        if (Paging.Read(limit, cursor, out var paging) is { } badCursor)
        {
            return badCursor;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        await using var conn = await db.OpenConnectionAsync(ct);
        var scope = await Scope.OfAsync(conn, null, http.User, ct);
        var rows = (await conn.QueryAsync<FundFigures.Row>(new CommandDefinition(
            $"SELECT {FundFigures.Columns} FROM fund f WHERE id < @After AND f.kind = '{FundRules.MutualAid}' AND {FundRules.InScopeSql} ORDER BY id DESC LIMIT @Take",
            new { After = paging.After, Take = paging.Fetch, ScopePath = scope.Path }, cancellationToken: ct))).ToList();
        var page = paging.Build(rows, r => r.Id);
        return TypedResults.Ok(new Page<FundFigures.Fund>(
            page.Items.Select(r => FundFigures.ToFund(r, now, new Dictionary<string, int>(StringComparer.Ordinal))).ToList(), page.NextCursor));
    }
}

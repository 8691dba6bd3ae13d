using Dapper;
using Microsoft.AspNetCore.Http.HttpResults;
using MySqlConnector;
using UnionHub.Api.Platform;
using static UnionHub.Api.Features.Hardship.Rounds;

namespace UnionHub.Api.Features.Hardship;

public static class ListHardshipRoundsForStaff
{
    /// <summary>GET /admin/hardship/rounds: the rounds of the caller's subtree, newest first.</summary>
    public static async Task<Results<Ok<Page<RoundSummary>>, ProblemHttpResult>> Handle(
        int? limit, string? cursor, HttpContext http, MySqlDataSource db, CancellationToken ct)
    {
        if (Paging.Read(limit, cursor, out var paging) is { } badCursor)
        {
            return badCursor;
        }

        await using var conn = await db.OpenConnectionAsync(ct);
        var scope = await Scope.OfAsync(conn, null, http.User, ct);
        var rows = (await conn.QueryAsync<Row>(new CommandDefinition(Select + $"""
             WHERE {Scope.Sql("org_path")} AND id < @after ORDER BY id DESC LIMIT @take
            """, new { ScopePath = scope.Path, after = paging.After, take = paging.Fetch }, cancellationToken: ct))).ToList();
        var page = paging.Build(rows, r => r.Id);
        return TypedResults.Ok(new Page<RoundSummary>(page.Items.Select(r => new RoundSummary(r.Id.Text(), r.OrgId.Text(), r.Title, r.Kind,
            r.FundId.Text(), r.OpensAt.ToChina(), r.ClosesAt.ToChina(), r.NoticeWorkingDays, r.SurveyStatus)).ToList(), page.NextCursor));
    }
}

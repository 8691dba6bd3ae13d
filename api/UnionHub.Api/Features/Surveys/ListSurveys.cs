using Dapper;
using Microsoft.AspNetCore.Http.HttpResults;
using MySqlConnector;
using UnionHub.Api.Platform;

namespace UnionHub.Api.Features.Surveys;

public static class ListSurveys
{
    private static readonly string SelectPage = SurveyViews.SurveyColumns + $"""
         WHERE s.id < @After AND {Scope.Sql("o.path")} AND (@Status IS NULL OR s.status = @Status) ORDER BY s.id DESC LIMIT @Take
        """;

    /// <summary>GET /admin/surveys: surveys of the caller's subtree, newest first, optionally of one status (draft | open | closed).</summary>
    public static async Task<Results<Ok<Page<SurveyViews.SurveyResponse>>, ProblemHttpResult>> Handle(
        HttpContext http, MySqlDataSource db, TimeProvider clock, CancellationToken ct, string? status = null, int? limit = null, string? cursor = null)
    {
        if (Paging.Read(limit, cursor, out var paging) is { } badCursor)
        {
            return badCursor;
        }

        if (status is not null and not (SurveyViews.Draft or SurveyViews.Open or SurveyViews.Closed))
        {
            return new Validator().Check(false, "status", "must be draft, open or closed").Problem();
        }

        var now = clock.GetUtcNow().UtcDateTime;
        await using var conn = await db.OpenConnectionAsync(ct);
        var scope = await Scope.OfAsync(conn, null, http.User, ct);
        if (scope.Path is null)
        {
            return TypedResults.Ok(new Page<SurveyViews.SurveyResponse>([], null));
        }

        var rows = (await conn.QueryAsync<SurveyViews.SurveyRow>(new CommandDefinition(SelectPage,
            new { After = paging.After, ScopePath = scope.Path, Status = status, Take = paging.Fetch }, cancellationToken: ct))).ToList();
        var page = paging.Build(rows, r => r.Id);
        var items = new List<SurveyViews.SurveyResponse>(page.Items.Count);
        foreach (var row in page.Items)
        {
            items.Add(await SurveyViews.LoadAsync(conn, null, row, now, ct));
        }

        return TypedResults.Ok(new Page<SurveyViews.SurveyResponse>(items, page.NextCursor));
    }
}

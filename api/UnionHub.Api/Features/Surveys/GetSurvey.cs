using Microsoft.AspNetCore.Http.HttpResults;
using MySqlConnector;
using UnionHub.Api.Platform;

namespace UnionHub.Api.Features.Surveys;

public static class GetSurvey
{
    /// <summary>GET /admin/surveys/{id}: the survey with its questions and response count (404 outside the caller's subtree).</summary>
    public static async Task<Results<Ok<SurveyViews.SurveyResponse>, ProblemHttpResult>> Handle(
        string id, HttpContext http, MySqlDataSource db, TimeProvider clock, CancellationToken ct)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        var scope = await Scope.OfAsync(conn, null, http.User, ct);
        return await SurveyViews.FindVisibleAsync(conn, null, scope, id, ct) is { } row
            ? TypedResults.Ok(await SurveyViews.LoadAsync(conn, null, row, clock.GetUtcNow().UtcDateTime, ct))
            : Problems.NotFound("survey");
    }
}

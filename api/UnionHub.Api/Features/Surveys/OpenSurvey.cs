using Dapper;
using Microsoft.AspNetCore.Http.HttpResults;
using UnionHub.Api.Platform;

namespace UnionHub.Api.Features.Surveys;

/// <summary>
/// POST /admin/surveys/{id}/open: a draft becomes open (members of the subtree see it and answer within its window). Once
/// only (409 <c>survey.not_draft</c>); not when its closing time has passed (409 <c>survey.window_passed</c>).
/// </summary>
public static class OpenSurvey
{
    private const string Open = """
        UPDATE survey SET status = 'open', opened_at = @now, opened_by = @by, updated_at = @now WHERE id = @id AND status = 'draft'
        """;

    public static async Task<Results<Ok<SurveyViews.SurveyResponse>, ProblemHttpResult>> Handle(
        string id, HttpContext http, Transactions transactions, TimeProvider clock, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        return await transactions.RunAsync<Results<Ok<SurveyViews.SurveyResponse>, ProblemHttpResult>>(async (conn, tx) =>
        {
            var scope = await Scope.OfAsync(conn, tx, http.User, ct);
            if (await SurveyViews.FindVisibleAsync(conn, tx, scope, id, ct) is not { } row)
            {
                return Problems.NotFound("survey");
            }

            if (row.Status == SurveyViews.Draft && now >= row.ClosesAt)
            {
                return Problems.Create(409, SurveyProblems.SurveyWindowPassed, "The survey's closing time has passed; change its dates first.");
            }

            if (await conn.ExecuteAsync(new CommandDefinition(Open, new { now, by = http.User.StaffId(), id = row.Id }, tx, cancellationToken: ct)) == 0)
            {
                return Problems.Create(409, SurveyProblems.SurveyNotDraft, "This survey has already been opened.");
            }

            await Audit.WriteAsync(conn, tx, http, "survey.open", "survey", row.Id.Text(), null, ct);
            var opened = await SurveyViews.LoadRowAsync(conn, tx, row.Id, ct);
            return TypedResults.Ok(await SurveyViews.LoadAsync(conn, tx, opened!, now, ct));
        }, ct);
    }
}

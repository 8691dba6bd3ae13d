using Dapper;
using Microsoft.AspNetCore.Http.HttpResults;
using UnionHub.Api.Platform;

namespace UnionHub.Api.Features.Surveys;

/// <summary>
/// POST /admin/surveys/{id}/close: an open survey takes no more online answers (before or after its closing time). Once only
/// (409 <c>survey.already_closed</c>); a draft cannot be closed (409 <c>survey.not_open</c>). Paper answers may still be entered.
/// </summary>
public static class CloseSurvey
{
    private const string Close = """
        UPDATE survey SET status = 'closed', closed_at = @now, closed_by = @by, updated_at = @now WHERE id = @id AND status = 'open'
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

            if (row.Status == SurveyViews.Draft)
            {
                return Problems.Create(409, SurveyProblems.SurveyNotOpen, "This survey is still a draft; open it first.");
            }

            if (await conn.ExecuteAsync(new CommandDefinition(Close, new { now, by = http.User.StaffId(), id = row.Id }, tx, cancellationToken: ct)) == 0)
            {
                return Problems.Create(409, SurveyProblems.SurveyAlreadyClosed, "This survey is already closed.");
            }

            await Audit.WriteAsync(conn, tx, http, "survey.close", "survey", row.Id.Text(), null, ct);
            var closed = await SurveyViews.LoadRowAsync(conn, tx, row.Id, ct);
            return TypedResults.Ok(await SurveyViews.LoadAsync(conn, tx, closed!, now, ct));
        }, ct);
    }
}

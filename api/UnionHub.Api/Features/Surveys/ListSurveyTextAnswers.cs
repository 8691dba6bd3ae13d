using Dapper;
using Microsoft.AspNetCore.Http.HttpResults;
using MySqlConnector;
using UnionHub.Api.Platform;

namespace UnionHub.Api.Features.Surveys;

/// <summary>
/// GET /admin/surveys/{id}/text-answers?questionId=&amp;reason=: the free-text answers (personal data: a staff read needs a reason
/// and is audited), newest first, paged; optionally of one question. Each with its question, source and time, never who wrote
/// it; ID numbers and mobile numbers inside the text are masked.
/// </summary>
public static class ListSurveyTextAnswers
{
    public sealed record TextAnswer(string Id, string QuestionId, string Source, string Text, DateTimeOffset AnsweredAt);

    private sealed record Row(long Id, long QuestionId, string Source, byte[] BodyEnc, DateTime AnsweredAt);

    private const string Select = """
        SELECT t.id, t.question_id AS QuestionId, r.source, t.body_enc AS BodyEnc, r.created_at AS AnsweredAt
        FROM survey_response_text t JOIN survey_response r ON r.id = t.response_id
        WHERE t.survey_id = @SurveyId AND t.id < @After AND (@QuestionId IS NULL OR t.question_id = @QuestionId)
        ORDER BY t.id DESC LIMIT @Take
        """;

    public static async Task<Results<Ok<Page<TextAnswer>>, ProblemHttpResult>> Handle(
        string id, HttpContext http, MySqlDataSource db, PiiProtector pii, CancellationToken ct, string? questionId = null, int? limit = null,
        string? cursor = null)
    {
        if (Paging.Read(limit, cursor, out var paging) is { } badCursor)
        {
            return badCursor;
        }

        var question = questionId is null ? null : Ids.Parse(questionId);
        if (questionId is not null && question is null)
        {
            return new Validator().Check(false, "questionId", "is not a valid id").Problem();
        }

        await using var conn = await db.OpenConnectionAsync(ct);
        var scope = await Scope.OfAsync(conn, null, http.User, ct);
        if (await SurveyViews.FindVisibleAsync(conn, null, scope, id, ct) is not { } survey)
        {
            return Problems.NotFound("survey");
        }

        var rows = (await conn.QueryAsync<Row>(new CommandDefinition(Select,
            new { SurveyId = survey.Id, After = paging.After, QuestionId = question, Take = paging.Fetch }, cancellationToken: ct))).ToList();
        var page = paging.Build(rows, r => r.Id);
        StaffReads.AddDetail(http, "questionId", question?.Text());
        StaffReads.AddDetail(http, "count", page.Items.Count);
        return TypedResults.Ok(new Page<TextAnswer>(page.Items.Select(r => new TextAnswer(r.Id.Text(), r.QuestionId.Text(), r.Source,
            Mask.InText(pii.Decrypt(r.BodyEnc)), r.AnsweredAt.ToChina())).ToList(), page.NextCursor));
    }
}

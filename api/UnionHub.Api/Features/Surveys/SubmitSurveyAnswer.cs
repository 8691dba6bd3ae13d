using Microsoft.AspNetCore.Http.HttpResults;
using UnionHub.Api.Platform;
using static UnionHub.Api.Features.Surveys.SurveyRules;

namespace UnionHub.Api.Features.Surveys;

/// <summary>
/// POST /surveys/{id}/answers: the member answers an open survey of their organisations within its window. One response per
/// member: a second submit, also one racing the first, stores nothing and answers 409 <c>survey.already_answered</c> (the
/// UNIQUE key decides; a retry with the first submit's Idempotency-Key gets the first 201 again). Refusals: 404 (not the
/// member's survey, or a draft), 409 <c>survey.not_yet_open</c> / <c>survey.closed</c>, 422 <c>survey.answer_invalid</c> naming
/// each question. Free-text answers are stored encrypted.
/// </summary>
public static class SubmitSurveyAnswer
{
    public sealed record Request(IReadOnlyList<AnswerItem>? Answers);

    public static async Task<Results<Created<SurveyViews.AnswerReceipt>, ProblemHttpResult>> Handle(
        string id, Request request, HttpContext http, Transactions transactions, IdempotencyScope idem, PiiProtector pii, TimeProvider clock,
        CancellationToken ct)
    {
        var memberId = http.User.MemberId()!.Value;
        var now = clock.GetUtcNow().UtcDateTime;
        return await transactions.RunAsync<Results<Created<SurveyViews.AnswerReceipt>, ProblemHttpResult>>(async (conn, tx) =>
        {
            if (await SurveyViews.FindForMemberAsync(conn, tx, memberId, id, ct) is not { } survey)
            {
                return Problems.NotFound("survey");
            }

            if (RefuseOnline(survey, now) is { } refusal)
            {
                return refusal;
            }

            var (answers, invalid) = CheckAnswers(await SurveyViews.QuestionsAsync(conn, tx, survey.Id, ct), request.Answers);
            if (invalid is not null)
            {
                return invalid;
            }

            if (await StoreAsync(conn, tx, survey.Id, memberId, SurveyViews.Online, null, answers, pii, now, ct) is not { } responseId)
            {
                return AlreadyAnswered();
            }

            await Audit.WriteAsync(conn, tx, http, "survey.answer", "survey_response", responseId.Text(),
                new { surveyId = survey.Id, source = SurveyViews.Online, answered = answers.Count }, ct);
            var receipt = Receipt(responseId, survey.Id, memberId, SurveyViews.Online, null, answers.Count, now);
            await idem.CompleteAsync(conn, tx, StatusCodes.Status201Created, receipt, ct);
            return TypedResults.Created($"/api/v1/surveys/{survey.Id.Text()}", receipt);
        }, ct);
    }
}

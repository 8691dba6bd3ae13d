using Microsoft.AspNetCore.Http.HttpResults;
using UnionHub.Api.Platform;
using static UnionHub.Api.Features.Surveys.SurveyRules;

namespace UnionHub.Api.Features.Surveys;

/// <summary>
/// POST /admin/surveys/{id}/paper-answers: staff enter a questionnaire collected on paper. Stored with source <c>paper</c>
/// and the staff user who entered it; optionally linked to a member (of the survey's subtree and the caller's, else 404), who
/// then counts as having answered (a member who already answered: 409 <c>survey.already_answered</c>). Paper answers are taken
/// while the survey is open and after it closed (late forms), not for a draft (409 <c>survey.not_open</c>); the same
/// per-question rules as online answers (422 <c>survey.answer_invalid</c>), required questions included.
/// </summary>
public static class AddSurveyPaperAnswer
{
    public sealed record Request(string? MemberId, IReadOnlyList<AnswerItem>? Answers);

    public static async Task<Results<Created<SurveyViews.AnswerReceipt>, ProblemHttpResult>> Handle(
        string id, Request request, HttpContext http, Transactions transactions, IdempotencyScope idem, PiiProtector pii, TimeProvider clock,
        CancellationToken ct)
    {
        var memberId = request.MemberId is null ? null : Ids.Parse(request.MemberId);
        if (request.MemberId is not null && memberId is null)
        {
            return new Validator().Check(false, "memberId", "is not a valid id").Problem();
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var staffId = http.User.StaffId();
        return await transactions.RunAsync<Results<Created<SurveyViews.AnswerReceipt>, ProblemHttpResult>>(async (conn, tx) =>
        {
            var scope = await Scope.OfAsync(conn, tx, http.User, ct);
            if (await SurveyViews.FindVisibleAsync(conn, tx, scope, id, ct) is not { } survey)
            {
                return Problems.NotFound("survey");
            }

            if (memberId is { } m && (await SurveyViews.MemberOrgPathAsync(conn, tx, m, ct) is not { } path || !scope.Contains(path)
                || !Scope.IsInside(path, survey.OrgPath)))
            {
                return Problems.NotFound("member");
            }

            if (survey.Status == SurveyViews.Draft)
            {
                return Problems.Create(409, SurveyProblems.SurveyNotOpen, "This survey is still a draft; open it before entering answers.");
            }

            var (answers, invalid) = CheckAnswers(await SurveyViews.QuestionsAsync(conn, tx, survey.Id, ct), request.Answers);
            if (invalid is not null)
            {
                return invalid;
            }

            if (await StoreAsync(conn, tx, survey.Id, memberId, SurveyViews.Paper, staffId, answers, pii, now, ct) is not { } responseId)
            {
                return AlreadyAnswered();
            }

            await Audit.WriteAsync(conn, tx, http, "survey.paper_answer", "survey_response", responseId.Text(),
                new { surveyId = survey.Id, memberId, answered = answers.Count }, ct);
            var receipt = Receipt(responseId, survey.Id, memberId, SurveyViews.Paper, staffId, answers.Count, now);
            await idem.CompleteAsync(conn, tx, StatusCodes.Status201Created, receipt, ct);
            return TypedResults.Created($"/api/v1/admin/surveys/{survey.Id.Text()}/results", receipt);
        }, ct);
    }
}

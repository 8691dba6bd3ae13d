using UnionHub.Api.Platform;

namespace UnionHub.Api.Features.Surveys;

/// <summary>Member surveys: staff write, open and close surveys and enter paper answers; members of the subtree answer once.</summary>
public static class SurveysApi
{
    public static IEndpointRouteBuilder MapSurveys(this IEndpointRouteBuilder app)
    {
        var admin = app.MapGroup("/api/v1/admin/surveys").WithTags("Surveys (staff)").RequireAuthorization(Policies.OrgAdmin);
        admin.MapPost("", CreateSurvey.Handle).WithIdempotency(IdempotentCaller.Staff)
            .WithName("CreateSurvey").WithSummary("Write a survey as a draft: questions (single, multiple, text), the answer window, the organisation whose subtree is asked")
            .ProducesProblem(404).ProducesProblem(422);
        admin.MapGet("", ListSurveys.Handle)
            .WithName("ListSurveys").WithSummary("Surveys of the caller's subtree, newest first, optionally of one status")
            .ProducesProblem(400).ProducesProblem(422);
        admin.MapGet("/{id}", GetSurvey.Handle)
            .WithName("GetSurvey").WithSummary("One survey with its questions and response count")
            .ProducesProblem(404);
        admin.MapPut("/{id}", UpdateSurvey.Handle)
            .WithName("UpdateSurvey").WithSummary("Replace a draft's definition (only while a draft)")
            .ProducesProblem(404).ProducesProblem(409).ProducesProblem(422);
        admin.MapPost("/{id}/open", OpenSurvey.Handle)
            .WithName("OpenSurvey").WithSummary("Open a draft: members of the subtree answer within its window")
            .ProducesProblem(404).ProducesProblem(409);
        admin.MapPost("/{id}/close", CloseSurvey.Handle)
            .WithName("CloseSurvey").WithSummary("Close an open survey: no more online answers")
            .ProducesProblem(404).ProducesProblem(409);
        admin.MapPost("/{id}/paper-answers", AddSurveyPaperAnswer.Handle).WithIdempotency(IdempotentCaller.Staff)
            .WithName("AddSurveyPaperAnswer").WithSummary("Enter a questionnaire answered on paper (source paper, entered by the caller, optionally a member's)")
            .ProducesProblem(404).ProducesProblem(409).ProducesProblem(422);
        admin.MapGet("/{id}/results", GetSurveyResults.Handle)
            .WithName("GetSurveyResults").WithSummary("Responses by source and per question counts and percentages; Accept: text/csv for a spreadsheet")
            .Produces(200, contentType: "text/csv").ProducesProblem(404);
        admin.MapGet("/{id}/text-answers", ListSurveyTextAnswers.Handle).WithStaffReadAudit("survey_text_answers")
            .WithName("ListSurveyTextAnswers").WithSummary("Free-text answers, newest first, optionally of one question (personal data: needs a reason)")
            .ProducesProblem(400).ProducesProblem(404).ProducesProblem(422);

        var member = app.MapGroup("/api/v1/surveys").WithTags("Surveys").RequireAuthorization(Policies.Member);
        member.MapGet("", ListMemberSurveys.Handle)
            .WithName("ListMemberSurveys").WithSummary("Opened surveys of the member's organisations, newest first, with when the member answered")
            .ProducesProblem(400);
        member.MapGet("/{id}", GetMemberSurvey.Handle)
            .WithName("GetMemberSurvey").WithSummary("One survey of the member's organisations with its questions")
            .ProducesProblem(404);
        member.MapPost("/{id}/answers", SubmitSurveyAnswer.Handle).WithIdempotency(IdempotentCaller.Member)
            .WithName("SubmitSurveyAnswer").WithSummary("Answer a survey, once (a second submit: 409 survey.already_answered)")
            .ProducesProblem(404).ProducesProblem(409).ProducesProblem(422);
        return app;
    }
}

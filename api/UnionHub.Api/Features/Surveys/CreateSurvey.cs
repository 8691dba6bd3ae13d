using Dapper;
using Microsoft.AspNetCore.Http.HttpResults;
using UnionHub.Api.Features.Members;
using UnionHub.Api.Platform;
using static UnionHub.Api.Features.Surveys.SurveyRules;

namespace UnionHub.Api.Features.Surveys;

/// <summary>
/// POST /admin/surveys: staff (org_admin for an organisation of their subtree, default their own; super_admin) write a survey
/// as a draft: title, description, the answer window and the questions. Members see it once it is opened.
/// </summary>
public static class CreateSurvey
{
    private const string Insert = """
        INSERT INTO survey (org_id, title, description, opens_at, closes_at, status, created_by, created_at, updated_at)
        VALUES (@OrgId, @Title, @Description, @OpensAt, @ClosesAt, 'draft', @By, @Now, @Now);
        SELECT LAST_INSERT_ID();
        """;

    public static async Task<Results<Created<SurveyViews.SurveyResponse>, ProblemHttpResult>> Handle(
        DefinitionRequest request, HttpContext http, Transactions transactions, IdempotencyScope idem, TimeProvider clock, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var orgId = request.OrgId is null ? http.User.OrgId() : Ids.Parse(request.OrgId);
        var v = CheckDefinition(request, orgId, now);
        if (!v.IsValid)
        {
            return v.Problem();
        }

        return await transactions.RunAsync<Results<Created<SurveyViews.SurveyResponse>, ProblemHttpResult>>(async (conn, tx) =>
        {
            var scope = await Scope.OfAsync(conn, tx, http.User, ct);
            if (await Orgs.FindVisibleAsync(conn, tx, scope, orgId, ct) is null)
            {
                return Problems.NotFound("organisation");
            }

            var id = await conn.ExecuteScalarAsync<long>(new CommandDefinition(Insert, new
            {
                OrgId = orgId, Title = request.Title!.Trim(), request.Description, OpensAt = request.OpensAt!.Value.UtcDateTime,
                ClosesAt = request.ClosesAt!.Value.UtcDateTime, By = http.User.StaffId(), Now = now.UtcDateTime,
            }, tx, cancellationToken: ct));
            await WriteQuestionsAsync(conn, tx, id, request.Questions!, ct);
            await Audit.WriteAsync(conn, tx, http, "survey.create", "survey", id.Text(),
                new { request.Title, orgId, request.OpensAt, request.ClosesAt, questions = request.Questions!.Count }, ct);
            var row = await SurveyViews.LoadRowAsync(conn, tx, id, ct);
            var response = await SurveyViews.LoadAsync(conn, tx, row!, now.UtcDateTime, ct);
            await idem.CompleteAsync(conn, tx, StatusCodes.Status201Created, response, ct);
            return TypedResults.Created($"/api/v1/admin/surveys/{id.Text()}", response);
        }, ct);
    }
}

using Dapper;
using Microsoft.AspNetCore.Http.HttpResults;
using UnionHub.Api.Features.Members;
using UnionHub.Api.Platform;
using static UnionHub.Api.Features.Surveys.SurveyRules;

namespace UnionHub.Api.Features.Surveys;

/// <summary>
/// PUT /admin/surveys/{id}: replaces a draft's whole definition (title, description, organisation, window, questions; the
/// questions and options get new ids). Once opened a survey is no longer edited: 409 <c>survey.not_draft</c>.
/// </summary>
public static class UpdateSurvey
{
    private const string Update = """
        UPDATE survey SET org_id = @OrgId, title = @Title, description = @Description, opens_at = @OpensAt, closes_at = @ClosesAt, updated_at = @Now
        WHERE id = @Id AND status = 'draft'
        """;

    public static async Task<Results<Ok<SurveyViews.SurveyResponse>, ProblemHttpResult>> Handle(
        string id, DefinitionRequest request, HttpContext http, Transactions transactions, TimeProvider clock, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var orgId = request.OrgId is null ? http.User.OrgId() : Ids.Parse(request.OrgId);
        var v = CheckDefinition(request, orgId, now);
        if (!v.IsValid)
        {
            return v.Problem();
        }

        return await transactions.RunAsync<Results<Ok<SurveyViews.SurveyResponse>, ProblemHttpResult>>(async (conn, tx) =>
        {
            var scope = await Scope.OfAsync(conn, tx, http.User, ct);
            if (await SurveyViews.FindVisibleAsync(conn, tx, scope, id, ct) is not { } row)
            {
                return Problems.NotFound("survey");
            }

            if (await Orgs.FindVisibleAsync(conn, tx, scope, orgId, ct) is null)
            {
                return Problems.NotFound("organisation");
            }

            if (await conn.ExecuteAsync(new CommandDefinition(Update, new
            {
                row.Id, OrgId = orgId, Title = request.Title!.Trim(), request.Description, OpensAt = request.OpensAt!.Value.UtcDateTime,
                ClosesAt = request.ClosesAt!.Value.UtcDateTime, Now = now.UtcDateTime,
            }, tx, cancellationToken: ct)) == 0)
            {
                return Problems.Create(409, SurveyProblems.SurveyNotDraft, "This survey has been opened; it can no longer be edited.");
            }

            await WriteQuestionsAsync(conn, tx, row.Id, request.Questions!, ct);
            await Audit.WriteAsync(conn, tx, http, "survey.update", "survey", row.Id.Text(),
                new { request.Title, orgId, request.OpensAt, request.ClosesAt, questions = request.Questions!.Count }, ct);
            var updated = await SurveyViews.LoadRowAsync(conn, tx, row.Id, ct);
            return TypedResults.Ok(await SurveyViews.LoadAsync(conn, tx, updated!, now.UtcDateTime, ct));
        }, ct);
    }
}

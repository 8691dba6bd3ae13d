using Microsoft.AspNetCore.Http.HttpResults;
using MySqlConnector;
using UnionHub.Api.Platform;

namespace UnionHub.Api.Features.Surveys;

public static class GetMemberSurvey
{
    /// <summary>GET /surveys/{id}: an opened survey of the member's organisations with its questions (404 otherwise, drafts included).</summary>
    public static async Task<Results<Ok<SurveyViews.MemberSurveyResponse>, ProblemHttpResult>> Handle(
        string id, HttpContext http, MySqlDataSource db, TimeProvider clock, CancellationToken ct)
    {
        var memberId = http.User.MemberId()!.Value;
        await using var conn = await db.OpenConnectionAsync(ct);
        return await SurveyViews.FindForMemberAsync(conn, null, memberId, id, ct) is { } row
            ? TypedResults.Ok(await SurveyViews.LoadForMemberAsync(conn, null, row, memberId, clock.GetUtcNow().UtcDateTime, ct))
            : Problems.NotFound("survey");
    }
}

using Dapper;
using Microsoft.AspNetCore.Http.HttpResults;
using MySqlConnector;
using UnionHub.Api.Platform;

namespace UnionHub.Api.Features.Surveys;

public static class ListMemberSurveys
{
    /// <summary>
    /// The opened surveys of <paramref name="orgs"/> organisations, the member's and those above it (<see cref="OrgAncestors.PageSql"/>;
    /// the index (org_id, id) answers each).
    /// </summary>
    internal static string SelectPage(int orgs) => OrgAncestors.PageSql(SurveyViews.SurveyColumns, "s", org => $"""
        SELECT s.id FROM survey s FORCE INDEX (ix_survey_org_id) WHERE s.org_id {org} AND s.id < @After AND s.status <> 'draft' ORDER BY s.id DESC LIMIT @Take
        """, "id", orgs);

    /// <summary>GET /surveys: the opened (open or closed) surveys of the member's organisations, newest first, with when they answered.</summary>
    public static async Task<Results<Ok<Page<SurveyViews.MemberSurveyResponse>>, ProblemHttpResult>> Handle(
        HttpContext http, MySqlDataSource db, TimeProvider clock, CancellationToken ct, int? limit = null, string? cursor = null)
    {
        if (Paging.Read(limit, cursor, out var paging) is { } badCursor)
        {
            return badCursor;
        }

        var memberId = http.User.MemberId()!.Value;
        var now = clock.GetUtcNow().UtcDateTime;
        await using var conn = await db.OpenConnectionAsync(ct);
        if (await SurveyViews.MemberOrgPathAsync(conn, null, memberId, ct) is not { } path)
        {
            return TypedResults.Ok(new Page<SurveyViews.MemberSurveyResponse>([], null));
        }

        var orgIds = OrgAncestors.Of(path);
        var rows = (await conn.QueryAsync<SurveyViews.SurveyRow>(new CommandDefinition(SelectPage(orgIds.Length),
            OrgAncestors.Bind(new { After = paging.After, Take = paging.Fetch }, orgIds), cancellationToken: ct))).ToList();
        var page = paging.Build(rows, r => r.Id);
        var items = new List<SurveyViews.MemberSurveyResponse>(page.Items.Count);
        foreach (var row in page.Items)
        {
            items.Add(await SurveyViews.LoadForMemberAsync(conn, null, row, memberId, now, ct));
        }

        return TypedResults.Ok(new Page<SurveyViews.MemberSurveyResponse>(items, page.NextCursor));
    }
}

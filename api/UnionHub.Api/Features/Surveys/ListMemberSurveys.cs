using Dapper;
using Microsoft.AspNetCore.Http.HttpResults;
using MySqlConnector;
using UnionHub.Api.Platform;

namespace UnionHub.Api.Features.Surveys;

public static class ListMemberSurveys
{
    // the survey targets the member's organisation or one above it (OrgAncestors; the index (org_id, id) serves it)
    internal static readonly string SelectPage = SurveyViews.SurveyColumns + """
         WHERE s.id < @After AND s.status <> 'draft' AND s.org_id IN @OrgIds ORDER BY s.id DESC LIMIT @Take
        """;

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

        var rows = (await conn.QueryAsync<SurveyViews.SurveyRow>(new CommandDefinition(SelectPage,
            new { After = paging.After, OrgIds = OrgAncestors.Of(path), Take = paging.Fetch }, cancellationToken: ct))).ToList();
        var page = paging.Build(rows, r => r.Id);
        var items = new List<SurveyViews.MemberSurveyResponse>(page.Items.Count);
        foreach (var row in page.Items)
        {
            items.Add(await SurveyViews.LoadForMemberAsync(conn, null, row, memberId, now, ct));
        }

        return TypedResults.Ok(new Page<SurveyViews.MemberSurveyResponse>(items, page.NextCursor));
    }
}

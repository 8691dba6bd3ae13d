using Dapper;
using Microsoft.AspNetCore.Http.HttpResults;
using MySqlConnector;
using UnionHub.Api.Platform;

namespace UnionHub.Api.Features.Activities;

/// <summary>GET /activities: activities of the caller's organisation and the organisations above it, newest first.</summary>
public static class BrowseActivities
{
    /// <summary>A page over <paramref name="orgs"/> organisations (<see cref="OrgAncestors.PageSql"/>; the index (org_id, id) answers each).</summary>
    internal static string SelectPage(int orgs) => OrgAncestors.PageSql(ActivityRules.ActivityColumns, "a", org => $"""
        SELECT a.id FROM activity a FORCE INDEX (ix_activity_org) WHERE a.org_id {org} AND a.id < @After ORDER BY a.id DESC LIMIT @Take
        """, "id", orgs);

    public static async Task<Results<Ok<Page<ActivityRules.MemberActivityResponse>>, ProblemHttpResult>> Handle(
        HttpContext http, MySqlDataSource db, TimeProvider clock, CancellationToken ct, int? limit = null, string? cursor = null)
    {
        if (Paging.Read(limit, cursor, out var paging) is { } badCursor)
        {
            return badCursor;
        }

        var memberId = http.User.MemberId()!.Value;
        var now = clock.GetUtcNow().UtcDateTime;
        await using var conn = await db.OpenConnectionAsync(ct);
        if (await ActivityRules.MemberAsync(conn, null, memberId, ct) is not { OrgPath: { } path })
        {
            return TypedResults.Ok(new Page<ActivityRules.MemberActivityResponse>([], null));
        }

        var orgIds = OrgAncestors.Of(path);
        var rows = (await conn.QueryAsync<ActivityRules.ActivityRow>(new CommandDefinition(SelectPage(orgIds.Length),
            OrgAncestors.Bind(new { After = paging.After, Take = paging.Fetch }, orgIds), cancellationToken: ct))).ToList();
        var page = paging.Build(rows, r => r.Id);
        var items = new List<ActivityRules.MemberActivityResponse>(page.Items.Count);
        foreach (var row in page.Items)
        {
            items.Add(await ActivityRules.MemberViewAsync(conn, null, row, memberId, now, ct));
        }

        return TypedResults.Ok(new Page<ActivityRules.MemberActivityResponse>(items, page.NextCursor));
    }
}

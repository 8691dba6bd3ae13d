using Dapper;
using Microsoft.AspNetCore.Http.HttpResults;
using MySqlConnector;
using UnionHub.Api.Platform;

namespace UnionHub.Api.Features.Content;

/// <summary>
/// GET /articles: what the member may read (published, its time come, aimed at everyone or at their organisation or one
/// above it), pinned first, then newest; <c>?category=</c>, <c>?q=</c> a part of the title. The cursor carries the feed key
/// (<see cref="ContentRules.FeedKeyUpdate"/>), so paging follows that order.
/// </summary>
public static class ListPublishedArticles
{
    /// <summary>
    /// What <see cref="Articles.VisibleToMember"/> lets the member of <paramref name="orgs"/> organisations (theirs and those above
    /// it) read, org by org and the articles aimed at everyone (<see cref="OrgAncestors.PageSql"/>; the index
    /// (org_id, status, feed_key) answers each).
    /// </summary>
    internal static string SelectPage(int orgs) => Page(orgs, "ix_article_org_feed", "");

    /// <summary>
    /// <see cref="SelectPage"/> of one <c>@Category</c>: each branch walks (org_id, status, category, feed_key), so a rare
    /// category reads a page per organisation, not every article of the others in between.
    /// </summary>
    internal static string SelectCategoryPage(int orgs) => Page(orgs, "ix_article_org_category_feed", "AND a.category = @Category");

    private static string Page(int orgs, string index, string category) => OrgAncestors.PageSql(Articles.Columns, "a", org => $"""
        SELECT a.id, a.feed_key FROM article a FORCE INDEX ({index})
         WHERE a.org_id {org} AND {Articles.Published} {category} AND a.feed_key < @After
           AND (@Pattern IS NULL OR a.title LIKE @Pattern)
         ORDER BY a.feed_key DESC LIMIT @Take
        """, "feed_key", orgs, withNoOrg: true);

    public static async Task<Results<Ok<Page<Articles.ArticleSummary>>, ProblemHttpResult>> Handle(
        HttpContext http, MySqlDataSource db, TimeProvider clock, CancellationToken ct, string? category = null, string? q = null,
        int? limit = null, string? cursor = null)
    {
        if (Paging.Read(limit, cursor, out var paging) is { } badCursor)
        {
            return badCursor;
        }

        var v = new Validator()
            .Check(category is null || ContentRules.Categories.Contains(category), "category",
                "must be one of " + string.Join(", ", ContentRules.Categories))
            .Check(q is null || q.Length <= ContentRules.MaxQuery, "q", $"must be at most {ContentRules.MaxQuery} characters");
        if (!v.IsValid)
        {
            return v.Problem();
        }

        await using var conn = await db.OpenConnectionAsync(ct);
        var memberPath = await Articles.MemberPathAsync(conn, null, http.User.MemberId()!.Value, ct);
        var orgIds = OrgAncestors.Of(memberPath);
        var sql = category is null ? SelectPage(orgIds.Length) : SelectCategoryPage(orgIds.Length);
        var rows = (await conn.QueryAsync<Articles.ArticleRow>(new CommandDefinition(sql, OrgAncestors.Bind(new
        {
            paging.After, Category = category, Pattern = ContentRules.TitlePattern(q), Now = clock.GetUtcNow().UtcDateTime, Take = paging.Fetch,
        }, orgIds), cancellationToken: ct))).ToList();
        var page = paging.Build(rows, r => r.FeedKey!.Value);
        return TypedResults.Ok(new Page<Articles.ArticleSummary>(page.Items.Select(Articles.ToSummary).ToList(), page.NextCursor));
    }
}

using System.Data.Common;
using Dapper;
using UnionHub.Api.Platform;

namespace UnionHub.Api.Features.Content;

/// <summary>Shapes and reads shared by the article use cases, and who may see an article.</summary>
public static class Articles
{
    /// <summary>What staff write on create and edit (the whole article; the body is sanitised before it is stored).</summary>
    public sealed record ArticleRequest(string? Category, string? Title, string? Summary, string? BodyHtml, string? CoverImageUrl, string? VideoUrl,
        string? OrgId);

    /// <summary>An article as staff see it: any status, with its target and read count.</summary>
    public sealed record ArticleResponse(string Id, string Category, string Title, string? Summary, string BodyHtml, string? CoverImageUrl,
        string? VideoUrl, string? OrgId, string? OrgName, string Status, DateTimeOffset? PublishAt, bool Pinned, int ReadCount,
        DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt, DateTimeOffset? ArchivedAt);

    /// <summary>A published article in the members' list (no body).</summary>
    public sealed record ArticleSummary(string Id, string Category, string Title, string? Summary, string? CoverImageUrl, string? VideoUrl,
        DateTimeOffset PublishedAt, bool Pinned, int ReadCount);

    /// <summary>A published article as a member reads it.</summary>
    public sealed record ArticleView(string Id, string Category, string Title, string? Summary, string BodyHtml, string? CoverImageUrl,
        string? VideoUrl, DateTimeOffset PublishedAt, bool Pinned, int ReadCount);

    internal sealed record ArticleRow(long Id, string Category, string Title, string? Summary, string BodyHtml, string? CoverImageUrl,
        string? VideoUrl, long? OrgId, string? OrgName, string? OrgPath, string Status, DateTime? PublishAt, bool Pinned, long? FeedKey,
        int ReadCount, DateTime CreatedAt, DateTime UpdatedAt, DateTime? ArchivedAt);

    internal const string Columns = """
        SELECT a.id, a.category, a.title, a.summary, a.body_html AS BodyHtml, a.cover_image_url AS CoverImageUrl, a.video_url AS VideoUrl,
               a.org_id AS OrgId, o.name AS OrgName, o.path AS OrgPath, a.status, a.publish_at AS PublishAt, a.pinned, a.feed_key AS FeedKey,
               a.read_count AS ReadCount, a.created_at AS CreatedAt, a.updated_at AS UpdatedAt, a.archived_at AS ArchivedAt
        FROM article a LEFT JOIN org o ON o.id = a.org_id
        """;

    /// <summary>Published and its time come (a published article whose <c>publish_at</c> is still ahead is scheduled).</summary>
    internal const string Published = "a.status = 'published' AND a.publish_at <= @Now";

    /// <summary>
    /// <see cref="Published"/>, and aimed at everyone or at an organisation at or above the member's (<c>@MemberOrgIds</c>, from
    /// <see cref="OrgAncestors.Of"/>; none for a member with no organisation yet: they see only what is aimed at everyone). The
    /// members' list reads the same rows org by org (<see cref="ListPublishedArticles"/>).
    /// </summary>
    internal const string VisibleToMember = $"{Published} AND (a.org_id IS NULL OR a.org_id IN @MemberOrgIds)";

    internal static Task<ArticleRow?> LoadRowAsync(DbConnection conn, DbTransaction? tx, long id, CancellationToken ct) =>
        conn.QuerySingleOrDefaultAsync<ArticleRow>(new CommandDefinition(Columns + " WHERE a.id = @id", new { id }, tx, cancellationToken: ct));

    /// <summary>
    /// For staff: the article when its target organisation lies inside the caller's subtree (an article aimed at everyone is
    /// the super_admin's); null otherwise (404).
    /// </summary>
    internal static async Task<ArticleRow?> FindVisibleAsync(DbConnection conn, DbTransaction? tx, Scope scope, long? id, CancellationToken ct) =>
        id is { } articleId && await LoadRowAsync(conn, tx, articleId, ct) is { } row && scope.Contains(row.OrgPath) ? row : null;

    /// <summary>The path of the member's organisation; null while they have none (not yet verified).</summary>
    internal static Task<string?> MemberPathAsync(DbConnection conn, DbTransaction? tx, long memberId, CancellationToken ct) =>
        conn.ExecuteScalarAsync<string?>(new CommandDefinition(
            "SELECT o.path FROM member m JOIN org o ON o.id = m.org_id WHERE m.id = @memberId", new { memberId }, tx, cancellationToken: ct));

    internal static ArticleResponse ToResponse(ArticleRow a, DateTime now) => new(a.Id.Text(), a.Category, a.Title, a.Summary, a.BodyHtml,
        a.CoverImageUrl, a.VideoUrl, a.OrgId?.Text(), a.OrgName, ContentRules.Status(a.Status, a.PublishAt, now), a.PublishAt.ToChina(), a.Pinned,
        a.ReadCount, a.CreatedAt.ToChina(), a.UpdatedAt.ToChina(), a.ArchivedAt.ToChina());

    internal static ArticleSummary ToSummary(ArticleRow a) => new(a.Id.Text(), a.Category, a.Title, a.Summary, a.CoverImageUrl, a.VideoUrl,
        a.PublishAt!.Value.ToChina(), a.Pinned, a.ReadCount);

    internal static ArticleView ToView(ArticleRow a, int readCount) => new(a.Id.Text(), a.Category, a.Title, a.Summary, a.BodyHtml,
        a.CoverImageUrl, a.VideoUrl, a.PublishAt!.Value.ToChina(), a.Pinned, readCount);
}

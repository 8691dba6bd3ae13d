using Dapper;
using Microsoft.AspNetCore.Http.HttpResults;
using MySqlConnector;
using UnionHub.Api.Platform;

namespace UnionHub.Api.Features.Content;

/// <summary>
/// GET /admin/articles: the articles the caller manages (org_admin: aimed inside their subtree; super_admin: all), newest
/// first; <c>?status=</c> draft | scheduled | published | archived, <c>?category=</c>, <c>?q=</c> a part of the title.
/// </summary>
public static class ListArticles
{
    // an article aimed at everyone has no o.path: only the super_admin's scope ("/") matches it, as Scope.Contains(null) says
    private static readonly string SelectPage = Articles.Columns + $"""
         WHERE a.id < @After AND {Scope.Sql("o.path")}
           AND (@Status IS NULL
                OR (@Status = 'scheduled' AND a.status = 'published' AND a.publish_at > @Now)
                OR (@Status = 'published' AND a.status = 'published' AND a.publish_at <= @Now)
                OR (@Status IN ('draft', 'archived') AND a.status = @Status))
           AND (@Category IS NULL OR a.category = @Category)
           AND (@Pattern IS NULL OR a.title LIKE @Pattern)
         ORDER BY a.id DESC LIMIT @Take
        """;

    public static async Task<Results<Ok<Page<Articles.ArticleResponse>>, ProblemHttpResult>> Handle(
        HttpContext http, MySqlDataSource db, TimeProvider clock, CancellationToken ct, string? status = null, string? category = null,
        string? q = null, int? limit = null, string? cursor = null)
    {
        if (Paging.Read(limit, cursor, out var paging) is { } badCursor)
        {
            return badCursor;
        }

        var v = new Validator()
            .Check(status is null || ContentRules.Statuses.Contains(status), "status", "must be one of " + string.Join(", ", ContentRules.Statuses))
            .Check(category is null || ContentRules.Categories.Contains(category), "category",
                "must be one of " + string.Join(", ", ContentRules.Categories))
            .Check(q is null || q.Length <= ContentRules.MaxQuery, "q", $"must be at most {ContentRules.MaxQuery} characters");
        if (!v.IsValid)
        {
            return v.Problem();
        }

        var now = clock.GetUtcNow().UtcDateTime;
        await using var conn = await db.OpenConnectionAsync(ct);
        var scope = await Scope.OfAsync(conn, null, http.User, ct);
        if (scope.Path is null)
        {
            return TypedResults.Ok(new Page<Articles.ArticleResponse>([], null));
        }

        var rows = (await conn.QueryAsync<Articles.ArticleRow>(new CommandDefinition(SelectPage, new
        {
            paging.After, ScopePath = scope.Path, Status = status, Category = category, Pattern = ContentRules.TitlePattern(q), Now = now,
            Take = paging.Fetch,
        }, cancellationToken: ct))).ToList();
        var page = paging.Build(rows, r => r.Id);
        return TypedResults.Ok(new Page<Articles.ArticleResponse>(page.Items.Select(r => Articles.ToResponse(r, now)).ToList(), page.NextCursor));
    }
}

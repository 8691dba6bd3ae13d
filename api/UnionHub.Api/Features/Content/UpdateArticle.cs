using Dapper;
using Microsoft.AspNetCore.Http.HttpResults;
using UnionHub.Api.Features.Members;
using UnionHub.Api.Platform;

namespace UnionHub.Api.Features.Content;

/// <summary>
/// PUT /admin/articles/{id}: staff replace an article's fields (a draft, a scheduled or a published article; a published one
/// changes for readers at once). Its status, publish time, pin and read count stay. An archived article is 409; so is a published or
/// scheduled one whose new cover or body shows one of our images that was deleted (<c>content.image_missing</c>, nothing changed).
/// </summary>
public static class UpdateArticle
{
    private const string Update = """
        UPDATE article SET category = @Category, title = @Title, summary = @Summary, body_html = @Body, cover_image_url = @CoverImageUrl,
                           video_url = @VideoUrl, org_id = @OrgId, updated_by = @By, updated_at = @Now
        WHERE id = @Id AND status <> 'archived'
        """;

    public static async Task<Results<Ok<Articles.ArticleResponse>, ProblemHttpResult>> Handle(
        string id, Articles.ArticleRequest request, HttpContext http, Transactions transactions, TimeProvider clock, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var v = ContentRules.Validate(request, out var body);
        if (!v.IsValid)
        {
            return v.Problem();
        }

        return await transactions.RunAsync<Results<Ok<Articles.ArticleResponse>, ProblemHttpResult>>(async (conn, tx) =>
        {
            var scope = await Scope.OfAsync(conn, tx, http.User, ct);
            if (await Articles.FindVisibleAsync(conn, tx, scope, Ids.Parse(id), ct) is not { } row)
            {
                return Problems.NotFound("article");
            }

            var orgId = request.OrgId is null ? (scope.SeesEverything ? null : http.User.OrgId()) : Ids.Parse(request.OrgId);
            if (orgId is not null && await Orgs.FindVisibleAsync(conn, tx, scope, orgId, ct) is null)
            {
                return Problems.NotFound("organisation");
            }

            if (await conn.ExecuteAsync(new CommandDefinition(Update, new
                {
                    row.Id, request.Category, Title = request.Title!.Trim(), Summary = request.Summary?.Trim(), Body = body, request.CoverImageUrl,
                    request.VideoUrl, OrgId = orgId, By = http.User.StaffId(), Now = now,
                }, tx, cancellationToken: ct)) == 0)
            {
                return Problems.Create(409, ContentProblems.ContentArchived, "This article is archived and can no longer change.");
            }

            // a published or scheduled article shows its new images at once: hold them against a concurrent delete (a draft holds none)
            var article = (await Articles.LoadRowAsync(conn, tx, row.Id, ct))!;
            if (article.Status == ContentRules.Published
                && await ContentImages.HoldAsync(conn, tx, article.CoverImageUrl, article.BodyHtml, ct) is { Count: > 0 } missing)
            {
                return ContentImages.Missing(missing); // rolls the edit back
            }

            await Audit.WriteAsync(conn, tx, http, "article.update", "article", row.Id.Text(),
                new { request.Category, Title = request.Title!.Trim(), orgId }, ct);
            return TypedResults.Ok(Articles.ToResponse(article, now));
        }, ct);
    }
}

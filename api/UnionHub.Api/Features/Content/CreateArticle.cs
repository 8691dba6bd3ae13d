using Dapper;
using Microsoft.AspNetCore.Http.HttpResults;
using UnionHub.Api.Features.Members;
using UnionHub.Api.Platform;

namespace UnionHub.Api.Features.Content;

/// <summary>
/// POST /admin/articles: staff write a draft article (org_admin aims it at an organisation in their subtree, by default their
/// own; a super_admin may leave the target empty: everyone). The body is sanitised before it is stored. Publishing is a
/// separate step (<see cref="PublishArticle"/>).
/// </summary>
public static class CreateArticle
{
    private const string Insert = """
        INSERT INTO article (category, title, summary, body_html, cover_image_url, video_url, org_id, status, pinned, read_count,
                             created_by, created_at, updated_by, updated_at)
        VALUES (@Category, @Title, @Summary, @Body, @CoverImageUrl, @VideoUrl, @OrgId, 'draft', 0, 0, @By, @Now, @By, @Now);
        SELECT LAST_INSERT_ID();
        """;

    public static async Task<Results<Created<Articles.ArticleResponse>, ProblemHttpResult>> Handle(
        Articles.ArticleRequest request, HttpContext http, Transactions transactions, IdempotencyScope idem, TimeProvider clock, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var v = ContentRules.Validate(request, out var body);
        if (!v.IsValid)
        {
            return v.Problem();
        }

        return await transactions.RunAsync<Results<Created<Articles.ArticleResponse>, ProblemHttpResult>>(async (conn, tx) =>
        {
            var scope = await Scope.OfAsync(conn, tx, http.User, ct);
            var orgId = request.OrgId is null ? (scope.SeesEverything ? null : http.User.OrgId()) : Ids.Parse(request.OrgId);
            if (orgId is not null && await Orgs.FindVisibleAsync(conn, tx, scope, orgId, ct) is null)
            {
                return Problems.NotFound("organisation");
            }

            var id = await conn.ExecuteScalarAsync<long>(new CommandDefinition(Insert, new
            {
                request.Category, Title = request.Title!.Trim(), Summary = request.Summary?.Trim(), Body = body, request.CoverImageUrl,
                request.VideoUrl, OrgId = orgId, By = http.User.StaffId(), Now = now,
            }, tx, cancellationToken: ct));
            await Audit.WriteAsync(conn, tx, http, "article.create", "article", id.Text(),
                new { request.Category, Title = request.Title!.Trim(), orgId }, ct);
            var response = Articles.ToResponse((await Articles.LoadRowAsync(conn, tx, id, ct))!, now);
            await idem.CompleteAsync(conn, tx, StatusCodes.Status201Created, response, ct);
            return TypedResults.Created($"/api/v1/admin/articles/{id.Text()}", response);
        }, ct);
    }
}

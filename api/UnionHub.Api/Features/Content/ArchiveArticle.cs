using Dapper;
using Microsoft.AspNetCore.Http.HttpResults;
using UnionHub.Api.Platform;

namespace UnionHub.Api.Features.Content;

/// <summary>
/// POST /admin/articles/{id}/archive: take an article down (a draft, a scheduled or a published one). Members no longer see
/// it (404); staff still do, read count kept. Final: an archived article does not change again.
/// </summary>
public static class ArchiveArticle
{
    private const string Archive = """
        UPDATE article SET status = 'archived', archived_at = @Now, updated_by = @By, updated_at = @Now WHERE id = @Id AND status <> 'archived'
        """;

    public static async Task<Results<Ok<Articles.ArticleResponse>, ProblemHttpResult>> Handle(
        string id, HttpContext http, Transactions transactions, TimeProvider clock, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        return await transactions.RunAsync<Results<Ok<Articles.ArticleResponse>, ProblemHttpResult>>(async (conn, tx) =>
        {
            var scope = await Scope.OfAsync(conn, tx, http.User, ct);
            if (await Articles.FindVisibleAsync(conn, tx, scope, Ids.Parse(id), ct) is not { } row)
            {
                return Problems.NotFound("article");
            }

            if (await conn.ExecuteAsync(new CommandDefinition(Archive, new { row.Id, By = http.User.StaffId(), Now = now }, tx,
                    cancellationToken: ct)) == 0)
            {
                return Problems.Create(409, ContentProblems.ContentAlreadyArchived, "This article is already archived.");
            }

            await Audit.WriteAsync(conn, tx, http, "article.archive", "article", row.Id.Text(),
                new { previousStatus = ContentRules.Status(row.Status, row.PublishAt, now) }, ct);
            return TypedResults.Ok(Articles.ToResponse((await Articles.LoadRowAsync(conn, tx, row.Id, ct))!, now));
        }, ct);
    }
}

using Dapper;
using Microsoft.AspNetCore.Http.HttpResults;
using UnionHub.Api.Platform;

namespace UnionHub.Api.Features.Content;

/// <summary>
/// POST /admin/articles/{id}/publish: publish now (<c>{}</c>, no <c>publishAt</c>) or schedule for a later time. A scheduled article
/// stays invisible to members until its time, decided when they read, so nothing has to run then. Publishing a published or
/// scheduled article again moves its publish time (a reschedule). Archived: 409. An article that shows one of our images that was
/// deleted is not published (409 <c>content.image_missing</c>); the images it shows are held against a concurrent delete
/// (<see cref="ContentImages.HoldAsync"/>).
/// </summary>
public static class PublishArticle
{
    /// <summary>How far in the past a requested publish time may lie (clock skew between the editor and the server).</summary>
    public static readonly TimeSpan PastTolerance = TimeSpan.FromMinutes(5);

    public sealed record Request(DateTimeOffset? PublishAt);

    private const string Publish = """
        UPDATE article SET status = 'published', publish_at = @At, updated_by = @By, updated_at = @Now WHERE id = @Id AND status <> 'archived'
        """;

    public static async Task<Results<Ok<Articles.ArticleResponse>, ProblemHttpResult>> Handle(
        string id, Request request, HttpContext http, Transactions transactions, TimeProvider clock, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var requested = request.PublishAt?.UtcDateTime;
        var v = new Validator().Check(requested is null || requested >= now - PastTolerance, "publishAt",
            "must not lie in the past (leave it out to publish now)");
        if (!v.IsValid)
        {
            return v.Problem();
        }

        var at = requested is { } r && r > now ? r : now;
        return await transactions.RunAsync<Results<Ok<Articles.ArticleResponse>, ProblemHttpResult>>(async (conn, tx) =>
        {
            var scope = await Scope.OfAsync(conn, tx, http.User, ct);
            if (await Articles.FindVisibleAsync(conn, tx, scope, Ids.Parse(id), ct) is not { } row)
            {
                return Problems.NotFound("article");
            }

            if (await conn.ExecuteAsync(new CommandDefinition(Publish, new { row.Id, At = at, By = http.User.StaffId(), Now = now }, tx,
                    cancellationToken: ct)) == 0)
            {
                return Problems.Create(409, ContentProblems.ContentArchived, "This article is archived and can no longer change.");
            }

            // read after the UPDATE (which locked the row): the cover and body as they are now, not as an edit before it left them
            var article = (await Articles.LoadRowAsync(conn, tx, row.Id, ct))!;
            if (await ContentImages.HoldAsync(conn, tx, article.CoverImageUrl, article.BodyHtml, ct) is { Count: > 0 } missing)
            {
                return ContentImages.Missing(missing); // rolls the publish back
            }

            await conn.ExecuteAsync(new CommandDefinition(ContentRules.FeedKeyUpdate, new { row.Id }, tx, cancellationToken: ct));
            await Audit.WriteAsync(conn, tx, http, at > now ? "article.schedule" : "article.publish", "article", row.Id.Text(),
                new { publishAt = at, previousStatus = ContentRules.Status(row.Status, row.PublishAt, now) }, ct);
            return TypedResults.Ok(Articles.ToResponse((await Articles.LoadRowAsync(conn, tx, row.Id, ct))!, now));
        }, ct);
    }
}

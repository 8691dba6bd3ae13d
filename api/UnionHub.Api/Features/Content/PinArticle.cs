using Dapper;
using Microsoft.AspNetCore.Http.HttpResults;
using UnionHub.Api.Platform;

namespace UnionHub.Api.Features.Content;

/// <summary>POST /admin/articles/{id}/pin: pin (<c>{"pinned": true}</c>) or unpin an article; pinned articles lead the members' list.</summary>
public static class PinArticle
{
    public sealed record Request(bool? Pinned);

    private const string Pin = """
        UPDATE article SET pinned = @Pinned, updated_by = @By, updated_at = @Now WHERE id = @Id AND status <> 'archived'
        """;

    public static async Task<Results<Ok<Articles.ArticleResponse>, ProblemHttpResult>> Handle(
        string id, Request request, HttpContext http, Transactions transactions, TimeProvider clock, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        if (request.Pinned is not { } pinned)
        {
            return new Validator().Check(false, "pinned", "is required").Problem();
        }

        return await transactions.RunAsync<Results<Ok<Articles.ArticleResponse>, ProblemHttpResult>>(async (conn, tx) =>
        {
            var scope = await Scope.OfAsync(conn, tx, http.User, ct);
            if (await Articles.FindVisibleAsync(conn, tx, scope, Ids.Parse(id), ct) is not { } row)
            {
                return Problems.NotFound("article");
            }

            if (await conn.ExecuteAsync(new CommandDefinition(Pin, new { row.Id, Pinned = pinned, By = http.User.StaffId(), Now = now }, tx,
                    cancellationToken: ct)) == 0)
            {
                return Problems.Create(409, ContentProblems.ContentArchived, "This article is archived and can no longer change.");
            }

            await conn.ExecuteAsync(new CommandDefinition(ContentRules.FeedKeyUpdate, new { row.Id }, tx, cancellationToken: ct));
            await Audit.WriteAsync(conn, tx, http, pinned ? "article.pin" : "article.unpin", "article", row.Id.Text(), null, ct);
            return TypedResults.Ok(Articles.ToResponse((await Articles.LoadRowAsync(conn, tx, row.Id, ct))!, now));
        }, ct);
    }
}

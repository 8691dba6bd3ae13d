using Microsoft.AspNetCore.Http.HttpResults;
using MySqlConnector;
using UnionHub.Api.Platform;

namespace UnionHub.Api.Features.Content;

/// <summary>GET /admin/articles/{id}: one article in any status, for staff who manage it (the editor's preview); not counted as a read.</summary>
public static class GetArticle
{
    public static async Task<Results<Ok<Articles.ArticleResponse>, ProblemHttpResult>> Handle(
        string id, HttpContext http, MySqlDataSource db, TimeProvider clock, CancellationToken ct)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        var scope = await Scope.OfAsync(conn, null, http.User, ct);
        return await Articles.FindVisibleAsync(conn, null, scope, Ids.Parse(id), ct) is { } row
            ? TypedResults.Ok(Articles.ToResponse(row, clock.GetUtcNow().UtcDateTime))
            : Problems.NotFound("article");
    }
}

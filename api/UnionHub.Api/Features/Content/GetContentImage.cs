using Dapper;
using Microsoft.AspNetCore.Http.HttpResults;
using MySqlConnector;
using UnionHub.Api.Platform;

namespace UnionHub.Api.Features.Content;

/// <summary>
/// GET /content/images/{id}: an article image, public (an <c>&lt;img&gt;</c> sends no token) and immutable (a new upload gets a
/// new id), so it is cached for a year; served with its sniffed type, <c>X-Content-Type-Options: nosniff</c> and
/// <c>Content-Security-Policy: default-src 'none'</c> (opened on its own, it can run nothing).
/// </summary>
public static class GetContentImage
{
    /// <summary>An image never changes under its id (a new upload is a new id): a year, for browsers and proxies alike.</summary>
    public const string CacheControl = "public, max-age=31536000, immutable";

    private sealed record Row(string ContentType, byte[] Bytes);

    public static async Task<Results<FileContentHttpResult, ProblemHttpResult>> Handle(string id, MySqlDataSource db,
        CancellationToken ct)
    {
        if (Ids.Parse(id) is not { } imageId)
        {
            return Problems.NotFound("image");
        }

        await using var conn = await db.OpenConnectionAsync(ct);
        var row = await conn.QuerySingleOrDefaultAsync<Row>(new CommandDefinition(
            "SELECT content_type AS ContentType, bytes FROM content_image WHERE id = @imageId", new { imageId }, cancellationToken: ct));
        if (row is null)
        {
            return Problems.NotFound("image");
        }

        // Cache-Control (PublicCache metadata), X-Content-Type-Options: nosniff and Content-Security-Policy: default-src 'none'
        // are set for every API answer by SecurityHeadersMiddleware, after this handler
        return TypedResults.File(row.Bytes, row.ContentType);
    }
}

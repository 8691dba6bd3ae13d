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
    private sealed record Row(string ContentType, byte[] Bytes);

    public static async Task<Results<FileContentHttpResult, ProblemHttpResult>> Handle(string id, HttpContext http, MySqlDataSource db,
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

        var headers = http.Response.Headers;
        headers.CacheControl = "public, max-age=31536000, immutable";
        headers.XContentTypeOptions = "nosniff";
        headers.ContentSecurityPolicy = "default-src 'none'";
        return TypedResults.File(row.Bytes, row.ContentType);
    }
}

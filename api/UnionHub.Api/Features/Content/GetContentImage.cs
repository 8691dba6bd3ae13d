using Dapper;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Net.Http.Headers;
using MySqlConnector;
using UnionHub.Api.Platform;

namespace UnionHub.Api.Features.Content;

/// <summary>
/// GET /content/images/{id}: an article image, public (an <c>&lt;img&gt;</c> sends no token); served with its sniffed type,
/// <c>X-Content-Type-Options: nosniff</c> and <c>Content-Security-Policy: default-src 'none'</c> (opened on its own, it can run
/// nothing). Its bytes never change under its id, but staff may delete it (for instance a photo that showed a person who asked to
/// be taken down), so it is cached for an hour, not for ever: after a deletion, browsers and proxies stop showing it within the
/// hour. Past the hour a cache revalidates with <c>If-None-Match</c> against the <c>ETag</c> (the SHA-256 of the bytes) and gets
/// 304 without the bytes, which are not even read from the database then.
/// </summary>
public static class GetContentImage
{
    /// <summary>An hour for browsers and proxies alike; then a revalidation (304 while the image exists, 404 once deleted).</summary>
    public const string CacheControl = "public, max-age=3600";

    private sealed record Row(string ContentType, byte[] Sha256, byte[]? Bytes);

    public static async Task<Results<FileContentHttpResult, StatusCodeHttpResult, ProblemHttpResult>> Handle(string id, HttpContext http,
        MySqlDataSource db, CancellationToken ct)
    {
        if (Ids.Parse(id) is not { } imageId)
        {
            return Problems.NotFound("image");
        }

        var ifNoneMatch = http.Request.GetTypedHeaders().IfNoneMatch;
        var known = ifNoneMatch.Select(t => Sha256Of(t.Tag)).FirstOrDefault(b => b is not null); // the tag a cache holds
        await using var conn = await db.OpenConnectionAsync(ct);
        var row = await conn.QuerySingleOrDefaultAsync<Row>(new CommandDefinition(
            "SELECT content_type AS ContentType, sha256 AS Sha256, IF(sha256 = @known, NULL, bytes) AS Bytes FROM content_image WHERE id = @imageId",
            new { imageId, known }, cancellationToken: ct));
        if (row is null)
        {
            return Problems.NotFound("image");
        }

        // Cache-Control (PublicCache metadata, on 200 and 304), X-Content-Type-Options: nosniff and Content-Security-Policy:
        // default-src 'none' are set for every API answer by SecurityHeadersMiddleware, after this handler
        var etag = new EntityTagHeaderValue($"\"{Convert.ToHexStringLower(row.Sha256)}\"");
        if (row.Bytes is null || ifNoneMatch.Any(t => t.Equals(EntityTagHeaderValue.Any) || t.Compare(etag, useStrongComparison: false)))
        {
            http.Response.Headers.ETag = etag.ToString();
            return TypedResults.StatusCode(StatusCodes.Status304NotModified);
        }

        return TypedResults.File(row.Bytes, row.ContentType, entityTag: etag);
    }

    private static byte[]? Sha256Of(Microsoft.Extensions.Primitives.StringSegment tag)
    {
        var hex = tag.Value?.Trim('"');
        if (hex is not { Length: 64 })
        {
            return null;
        }

        try
        {
            return Convert.FromHexString(hex);
        }
        catch (FormatException)
        {
            return null;
        }
    }
}

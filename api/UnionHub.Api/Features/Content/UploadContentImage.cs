using Dapper;
using Microsoft.AspNetCore.Http.HttpResults;
using UnionHub.Api.Platform;

namespace UnionHub.Api.Features.Content;

/// <summary>
/// POST /admin/content/images: staff upload an image for an article (cover or body), PNG, JPEG, WebP or GIF, as multipart
/// field <c>file</c> or the raw body, at most <c>Content:MaxImageBytes</c>. Answers its public URL (relative), which an
/// article's <c>coverImageUrl</c> or an <c>&lt;img src&gt;</c> in its body may use. 413 <c>content.image_too_large</c>,
/// 422 <c>content.image_unsupported</c> (not an image whatever its name says). Audited.
/// </summary>
public static class UploadContentImage
{
    public sealed record Response(string Id, string Url, string ContentType, int Width, int Height, int SizeBytes);

    private const string Insert = """
        INSERT INTO content_image (id, content_type, bytes, size_bytes, width, height, sha256, org_id, created_by, created_at)
        VALUES (@Id, @ContentType, @Bytes, @Size, @Width, @Height, @Sha256, @OrgId, @By, @Now)
        """;

    public static async Task<Results<Created<Response>, ProblemHttpResult>> Handle(
        ImageUpload upload, HttpContext http, Transactions transactions, IdempotencyScope idem, TimeProvider clock, CancellationToken ct)
    {
        if (upload.Problem is { } refused)
        {
            return refused;
        }

        var image = upload.Accepted!;
        var id = ContentImages.NewId();
        var now = clock.GetUtcNow().UtcDateTime;
        return await transactions.RunAsync<Results<Created<Response>, ProblemHttpResult>>(async (conn, tx) =>
        {
            await conn.ExecuteAsync(new CommandDefinition(Insert, new
            {
                Id = id, image.ContentType, image.Bytes, Size = image.Bytes.Length, image.Width, image.Height, image.Sha256,
                OrgId = http.User.OrgId() ?? 0, By = http.User.StaffId(), Now = now,
            }, tx, cancellationToken: ct));
            await Audit.WriteAsync(conn, tx, http, "content.image_upload", "content_image", id.Text(),
                new { image.ContentType, size = image.Bytes.Length, image.Width, image.Height }, ct);
            var url = ContentImages.PathPrefix + id.Text();
            var response = new Response(id.Text(), url, image.ContentType, image.Width, image.Height, image.Bytes.Length);
            await idem.CompleteAsync(conn, tx, StatusCodes.Status201Created, response, ct);
            return TypedResults.Created(url, response);
        }, ct);
    }
}

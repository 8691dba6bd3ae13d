using Microsoft.AspNetCore.Http.HttpResults;

namespace UnionHub.Api.Platform;

/// <summary>The bytes of an upload and what they really are, or the problem to answer instead.</summary>
public sealed record UploadedFile(byte[] Data, string ContentType);

/// <summary>
/// Private document uploads kept in the database (fund evidence, bargaining documents): JPEG, PNG or PDF, recognised by
/// their first bytes (never by name or declared type), read from a multipart field <c>file</c> or the raw body, never
/// more than the given size (the read stops as soon as it is exceeded).
/// </summary>
public static class FileUploads
{
    /// <summary>The kinds of document accepted and served back (what <see cref="Sniff"/> recognises).</summary>
    public static readonly string[] AcceptedTypes = ["image/jpeg", "image/png", "application/pdf"];

    /// <summary>The content type the bytes really are, or null when they are none of the accepted kinds.</summary>
    public static string? Sniff(ReadOnlySpan<byte> data) => data switch
    {
        [0xFF, 0xD8, 0xFF, ..] => "image/jpeg",
        [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, ..] => "image/png",
        [0x25, 0x50, 0x44, 0x46, 0x2D, ..] => "application/pdf", // %PDF-
        _ => null,
    };

    public static string Extension(string contentType) => contentType switch { "image/jpeg" => "jpg", "image/png" => "png", _ => "pdf" };

    /// <summary>
    /// Answers a stored private document: its sniffed type, never sniffed again by the browser, never cached, named
    /// <paramref name="baseName"/> plus the type's extension.
    /// </summary>
    public static FileContentHttpResult Serve(HttpContext http, byte[] data, string contentType, string baseName)
    {
        http.Response.Headers.XContentTypeOptions = "nosniff";
        http.Response.Headers.CacheControl = "private, no-store";
        return TypedResults.File(data, contentType, $"{baseName}.{Extension(contentType)}");
    }

    /// <summary>
    /// Reads and checks one upload. Problems: 422 <c>validation.failed</c> (no file, empty), 413 <paramref name="codes"/>.TooLarge (e.g. <c>evidence.too_large</c>),
    /// 422 <paramref name="codes"/>.UnsupportedType (e.g. <c>evidence.unsupported_type</c>): the feature's Problems constants.
    /// </summary>
    public static async Task<(UploadedFile? File, ProblemHttpResult? Problem)> ReadAsync(HttpRequest request, int maxBytes, (string TooLarge, string UnsupportedType) codes,
        string noun, CancellationToken ct)
    {
        byte[]? data;
        if (request.HasFormContentType)
        {
            var form = await request.ReadFormAsync(ct);
            var file = form.Files.GetFile("file") ?? form.Files.FirstOrDefault();
            if (file is null)
            {
                return (null, Problems.Validation(new Dictionary<string, string[]> { ["file"] = ["is required"] }));
            }

            if (file.Length > maxBytes)
            {
                return (null, TooLarge(maxBytes, codes.TooLarge, noun));
            }

            await using var stream = file.OpenReadStream();
            data = await ReadAtMostAsync(stream, maxBytes, ct);
        }
        else
        {
            data = await ReadAtMostAsync(request.Body, maxBytes, ct);
        }

        if (data is null)
        {
            return (null, TooLarge(maxBytes, codes.TooLarge, noun));
        }

        if (data.Length == 0)
        {
            return (null, Problems.Validation(new Dictionary<string, string[]> { ["file"] = ["is empty"] }));
        }

        if (Sniff(data) is not { } contentType)
        {
            return (null, Problems.Create(422, codes.UnsupportedType, $"{noun} must be a JPEG or PNG image or a PDF document.",
                "The file's content is none of these, whatever its name says."));
        }

        return (new UploadedFile(data, contentType), null);
    }

    private static ProblemHttpResult TooLarge(int maxBytes, string code, string noun) =>
        Problems.Create(413, code, $"{noun} may be at most {maxBytes / 1024 / 1024} MiB per file.");

    /// <summary>The whole stream, or null when it holds more than <paramref name="maxBytes"/>.</summary>
    private static async Task<byte[]?> ReadAtMostAsync(Stream stream, int maxBytes, CancellationToken ct)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int n;
        while ((n = await stream.ReadAsync(chunk, ct)) > 0)
        {
            if (buffer.Length + n > maxBytes)
            {
                return null;
            }

            buffer.Write(chunk, 0, n);
        }

        return buffer.ToArray();
    }
}

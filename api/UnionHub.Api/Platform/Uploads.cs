using Microsoft.AspNetCore.Http.HttpResults;

namespace UnionHub.Api.Platform;

/// <summary>
/// Reading an uploaded document (a multipart field <c>file</c> or the raw body) with a size cap, and telling its real
/// type from its first bytes (never from its name or declared type). Shared by fund evidence and legal aid documents.
/// </summary>
public static class Uploads
{
    /// <summary>The content type the bytes really are (JPEG, PNG or PDF), or null when they are none of these.</summary>
    public static string? Sniff(ReadOnlySpan<byte> data) => data switch
    {
        [0xFF, 0xD8, 0xFF, ..] => "image/jpeg",
        [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, ..] => "image/png",
        [0x25, 0x50, 0x44, 0x46, 0x2D, ..] => "application/pdf", // %PDF-
        _ => null,
    };

    public static string Extension(string contentType) => contentType switch { "image/jpeg" => "jpg", "image/png" => "png", _ => "pdf" };

    /// <summary>The uploaded file and its sniffed type, or the problem to answer (413 too large, 422 missing, empty or unsupported).</summary>
    /// <param name="code">Prefix of the problem codes, e.g. "evidence" gives evidence.too_large and evidence.unsupported_type.</param>
    public static async Task<(byte[] Data, string ContentType, ProblemHttpResult? Problem)> ReadAsync(
        HttpRequest request, int maxBytes, string code, CancellationToken ct)
    {
        byte[]? data;
        if (request.HasFormContentType)
        {
            var form = await request.ReadFormAsync(ct);
            var file = form.Files.GetFile("file") ?? form.Files.FirstOrDefault();
            if (file is null)
            {
                return ([], "", Problems.Validation(new Dictionary<string, string[]> { ["file"] = ["is required"] }));
            }

            if (file.Length > maxBytes)
            {
                return ([], "", TooLarge(maxBytes, code));
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
            return ([], "", TooLarge(maxBytes, code));
        }

        if (data.Length == 0)
        {
            return ([], "", Problems.Validation(new Dictionary<string, string[]> { ["file"] = ["is empty"] }));
        }

        return Sniff(data) is { } contentType
            ? (data, contentType, null)
            : ([], "", Problems.Create(422, $"{code}.unsupported_type", "The file must be a JPEG or PNG image or a PDF document.",
                "The file's content is none of these, whatever its name says."));
    }

    private static ProblemHttpResult TooLarge(int maxBytes, string code) =>
        Problems.Create(413, $"{code}.too_large", $"A file may be at most {maxBytes / 1024 / 1024} MiB.");

    /// <summary>The whole stream, or null when it holds more than <paramref name="maxBytes"/>.</summary>
    public static async Task<byte[]?> ReadAtMostAsync(Stream stream, int maxBytes, CancellationToken ct)
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

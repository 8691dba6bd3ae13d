using Microsoft.AspNetCore.Http.HttpResults;

namespace UnionHub.Api.Platform;

/// <summary>
/// Reading one uploaded evidence file (multipart field 'file', or the raw body): JPEG, PNG or PDF recognised by its
/// first bytes (never by name or declared type), at most <see cref="MaxFileBytes"/>. Shared by fund evidence and
/// hardship case files; each feature keeps its own table, count limit and who may read.
/// </summary>
public static class EvidenceUpload
{
    public const int MaxFileBytes = 5 * 1024 * 1024;
    /// <summary>The route's body cap: one file plus room for multipart framing.</summary>
    public const long RouteBodyLimit = MaxFileBytes + 64 * 1024;

    public sealed record File(byte[] Data, string ContentType);

    /// <summary>The content type the bytes really are, or null when they are none of the accepted kinds.</summary>
    public static string? Sniff(ReadOnlySpan<byte> data) => data switch
    {
        [0xFF, 0xD8, 0xFF, ..] => "image/jpeg",
        [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, ..] => "image/png",
        [0x25, 0x50, 0x44, 0x46, 0x2D, ..] => "application/pdf", // %PDF-
        _ => null,
    };

    /// <summary>The uploaded file, or the problem to answer (422 missing/empty/unsupported, 413 too large).</summary>
    public static async Task<(File? File, ProblemHttpResult? Problem)> ReadAsync(HttpRequest request, CancellationToken ct)
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

            if (file.Length > MaxFileBytes)
            {
                return (null, TooLarge());
            }

            await using var stream = file.OpenReadStream();
            data = await ReadAtMostAsync(stream, ct);
        }
        else
        {
            data = await ReadAtMostAsync(request.Body, ct);
        }

        if (data is null)
        {
            return (null, TooLarge());
        }

        if (data.Length == 0)
        {
            return (null, Problems.Validation(new Dictionary<string, string[]> { ["file"] = ["is empty"] }));
        }

        return Sniff(data) is { } contentType
            ? (new File(data, contentType), null)
            : (null, Problems.Create(422, "evidence.unsupported_type", "Evidence must be a JPEG or PNG image or a PDF document.",
                "The file's content is none of these, whatever its name says."));
    }

    /// <summary>File name extension for a sniffed content type.</summary>
    public static string Extension(string contentType) => contentType switch { "image/jpeg" => "jpg", "image/png" => "png", _ => "pdf" };

    private static ProblemHttpResult TooLarge() =>
        Problems.Create(413, "evidence.too_large", $"An evidence file may be at most {MaxFileBytes / 1024 / 1024} MiB.");

    /// <summary>The whole stream, or null when it holds more than <see cref="MaxFileBytes"/>.</summary>
    private static async Task<byte[]?> ReadAtMostAsync(Stream stream, CancellationToken ct)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int n;
        while ((n = await stream.ReadAsync(chunk, ct)) > 0)
        {
            if (buffer.Length + n > MaxFileBytes)
            {
                return null;
            }

            buffer.Write(chunk, 0, n);
        }

        return buffer.ToArray();
    }
}

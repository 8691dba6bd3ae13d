using System.Security.Cryptography;
using Microsoft.AspNetCore.Http.HttpResults;
using SkiaSharp;
using UnionHub.Api.Platform;

namespace UnionHub.Api.Features.Content;

/// <summary>Settings of the article image store (section <c>Content</c>).</summary>
public sealed class ContentImageOptions
{
    public const string Section = "Content";

    /// <summary>The largest image staff may upload, in bytes (default 5 MiB).</summary>
    public int MaxImageBytes { get; set; } = 5 * 1024 * 1024;
}

/// <summary>
/// An image upload for an article, read whole (at most the configured size) before the handler opens a transaction: the
/// bytes' own signature decides the type (PNG, JPEG, WebP, GIF), never the name or declared type; SkiaSharp (already used
/// for PDF text) must decode it; PNG, JPEG and WebP are re-encoded so that what is stored and served is pixels only
/// (metadata such as EXIF locations, comments and anything appended after the image are gone). A GIF is kept as uploaded
/// (SkiaSharp cannot write GIF and re-encoding would stop its animation) once it decodes.
/// </summary>
public sealed class ImageUpload : IIdempotentRequestPart
{
    public sealed record Image(byte[] Bytes, string ContentType, int Width, int Height, byte[] Sha256);

    private ImageUpload(Image? image, ProblemHttpResult? problem)
    {
        Accepted = image;
        Problem = problem;
    }

    public Image? Accepted { get; }

    public ProblemHttpResult? Problem { get; }

    object? IIdempotentRequestPart.Fingerprint => Accepted is null ? null : new { sha256 = Convert.ToHexString(Accepted.Sha256) };

    public static async ValueTask<ImageUpload?> BindAsync(HttpContext http)
    {
        var max = http.RequestServices.GetRequiredService<Microsoft.Extensions.Options.IOptions<ContentImageOptions>>().Value.MaxImageBytes;
        var request = http.Request;
        var body = request.Body;
        IFormFile? file = null;
        if (request.HasFormContentType)
        {
            var form = await request.ReadFormAsync(http.RequestAborted);
            file = form.Files.GetFile("file") ?? form.Files.FirstOrDefault();
            if (file is null)
            {
                return new ImageUpload(null, Problems.Validation(new Dictionary<string, string[]> { ["file"] = ["is required"] }));
            }

            if (file.Length > max)
            {
                return new ImageUpload(null, TooLarge(max));
            }

            body = file.OpenReadStream();
        }

        await using var _ = file is null ? null : body;
        using var buffer = new MemoryStream();
        var chunk = new byte[64 * 1024];
        int read;
        while ((read = await body.ReadAsync(chunk, http.RequestAborted)) > 0)
        {
            if (buffer.Length + read > max)
            {
                return new ImageUpload(null, TooLarge(max)); // stop reading as soon as the limit is passed
            }

            buffer.Write(chunk, 0, read);
        }

        if (buffer.Length == 0)
        {
            return new ImageUpload(null, Problems.Validation(new Dictionary<string, string[]> { ["file"] = ["is empty"] }));
        }

        return ContentImages.Check(buffer.ToArray()) is { } image
            ? new ImageUpload(image, null)
            : new ImageUpload(null, Problems.Create(422, ContentProblems.ContentImageUnsupported, "The file is not a PNG, JPEG, WebP or GIF image.",
                "The file's content decides, whatever its name or declared type says."));
    }

    private static ProblemHttpResult TooLarge(int max) =>
        Problems.Create(413, ContentProblems.ContentImageTooLarge, TooLargeTitle(max), null, new Dictionary<string, object?> { ["maxBytes"] = max });

    /// <summary>The 413 title, with the limit (also in <c>maxBytes</c>).</summary>
    public static string TooLargeTitle(long max) => $"An image may be at most {max / 1024} KiB ({max} bytes).";

    /// <summary>The same 413 for a body the size check refuses before the endpoint runs (its length alone is over the limit).</summary>
    public static TooLargeProblem TooLargeMetadata(int max) => new(ContentProblems.ContentImageTooLarge, TooLargeTitle(max), max);
}

/// <summary>The rules of the public article image store (table <c>content_image</c>).</summary>
public static class ContentImages
{
    /// <summary>The path an image is served at; article covers and bodies may point at it (relative or on our https origin).</summary>
    public const string PathPrefix = "/api/v1/content/images/";

    /// <summary>The largest width or height accepted (a decoded image of 10,000 x 10,000 is 400 MB of pixels).</summary>
    public const int MaxSide = 8000;

    /// <summary>The type the bytes really are: PNG, JPEG, WebP (RIFF....WEBP) or GIF (GIF87a/GIF89a); null for anything else.</summary>
    public static string? Sniff(ReadOnlySpan<byte> data) => data switch
    {
        [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, ..] => "image/png",
        [0xFF, 0xD8, 0xFF, ..] => "image/jpeg",
        [0x52, 0x49, 0x46, 0x46, _, _, _, _, 0x57, 0x45, 0x42, 0x50, ..] => "image/webp",
        [0x47, 0x49, 0x46, 0x38, 0x37 or 0x39, 0x61, ..] => "image/gif",
        _ => null,
    };

    /// <summary>The image as it will be stored (re-encoded, but a GIF), or null when the bytes are not an image we take.</summary>
    public static ImageUpload.Image? Check(byte[] data)
    {
        if (Sniff(data) is not { } type)
        {
            return null;
        }

        using var codec = SKCodec.Create(new SKMemoryStream(data));
        if (codec is null || codec.Info.Width is < 1 or > MaxSide || codec.Info.Height is < 1 or > MaxSide
            || (type, codec.EncodedFormat) is not (("image/png", SKEncodedImageFormat.Png) or ("image/jpeg", SKEncodedImageFormat.Jpeg)
                or ("image/webp", SKEncodedImageFormat.Webp) or ("image/gif", SKEncodedImageFormat.Gif)))
        {
            return null;
        }

        using var bitmap = SKBitmap.Decode(codec);
        if (bitmap is null)
        {
            return null; // the header looked right but the pixels do not decode
        }

        byte[] stored;
        if (type == "image/gif")
        {
            stored = data;
        }
        else
        {
            using var image = SKImage.FromBitmap(bitmap);
            var (format, quality) = type switch
            {
                "image/png" => (SKEncodedImageFormat.Png, 100),
                "image/webp" => (SKEncodedImageFormat.Webp, 90),
                _ => (SKEncodedImageFormat.Jpeg, 90),
            };
            using var encoded = image.Encode(format, quality);
            if (encoded is null)
            {
                return null;
            }

            stored = encoded.ToArray();
        }

        return new ImageUpload.Image(stored, type, bitmap.Width, bitmap.Height, SHA256.HashData(stored));
    }

    /// <summary>A random positive id: image URLs of drafts cannot be found by counting.</summary>
    public static long NewId()
    {
        Span<byte> bytes = stackalloc byte[8];
        RandomNumberGenerator.Fill(bytes);
        return (long)(BitConverter.ToUInt64(bytes) >> 11) + 1; // 53 bits: also exact as a JavaScript number
    }

    /// <summary>Whether <paramref name="url"/> is one of our image URLs, relative (<c>/api/v1/content/images/{id}</c>).</summary>
    public static bool IsOwnImagePath(string? url) =>
        url is not null && url.StartsWith(PathPrefix, StringComparison.Ordinal) && Ids.Parse(url[PathPrefix.Length..]) is not null;
}

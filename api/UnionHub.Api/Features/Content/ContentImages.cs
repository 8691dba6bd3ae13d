using System.Data.Common;
using System.Globalization;
using System.Security.Cryptography;
using System.Text.RegularExpressions;
using Dapper;
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
public static partial class ContentImages
{
    /// <summary>The path an image is served at; article covers and bodies point at it by this relative path (the upload's <c>url</c>), the only form
    /// <see cref="MentionedIds"/> takes for ours (an absolute URL, even to our own host, is external: there is no configured public base URL).</summary>
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

    // Our own reference only: the relative path (how covers and body images point at the store: ContentRules accepts no other form
    // of our URLs, and there is no configured public base URL), starting the text, an attribute value or a word, so an external URL
    // that merely contains the path (https://other.example/api/v1/content/images/5, or ...?u=/api/v1/...) is not ours; and the whole
    // id (not a longer id that starts with the same digits).
    [GeneratedRegex("""(?<=^|["'\s>(])/api/v1/content/images/([0-9]{1,19})(?![0-9])""", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex ImagePath();

    /// <summary>
    /// The ids of our images that an article's cover or body refers to (our own relative image path, not an external URL that contains
    /// it), ascending and distinct: the one matcher of the publish's hold (<see cref="HoldAsync"/>) and the delete's in-use check
    /// (<see cref="DeleteContentImage"/>).
    /// </summary>
    public static IReadOnlyList<long> MentionedIds(string? coverImageUrl, string? bodyHtml) =>
        new[] { coverImageUrl, bodyHtml }.Where(t => t is not null).SelectMany(t => ImagePath().Matches(t!))
            .Select(m => long.TryParse(m.Groups[1].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : 0)
            .Where(id => id > 0).Distinct().Order().ToList();

    private const string Hold = "UPDATE content_image SET shown_version = shown_version + 1 WHERE id IN @Ids";

    private const string SelectExisting = "SELECT id FROM content_image WHERE id IN @Ids FOR UPDATE";

    /// <summary>
    /// An article members see (published or scheduled) starts or goes on showing these images: writes each image's row in the
    /// caller's transaction (ascending ids, so two publishes lock them in one order), the row <see cref="DeleteContentImage"/> locks
    /// and deletes. The two therefore run one after the other, also on a cluster (DESIGN 12), and the delete, which reads the
    /// articles only once it holds the row, sees this article when it comes second. Returns the ids that no longer exist (deleted
    /// before, or by a delete that committed first): the caller refuses with <see cref="ContentProblems.ContentImageMissing"/> and
    /// its transaction rolls back.
    /// </summary>
    public static async Task<IReadOnlyList<long>> HoldAsync(DbConnection conn, DbTransaction tx, string? coverImageUrl, string? bodyHtml,
        CancellationToken ct)
    {
        var ids = MentionedIds(coverImageUrl, bodyHtml);
        if (ids.Count == 0 || await conn.ExecuteAsync(new CommandDefinition(Hold, new { Ids = ids }, tx, cancellationToken: ct)) == ids.Count)
        {
            return [];
        }

        // a locking read sees the latest rows (not the transaction's snapshot): which ids are gone
        var existing = (await conn.QueryAsync<long>(new CommandDefinition(SelectExisting, new { Ids = ids }, tx, cancellationToken: ct))).ToHashSet();
        return ids.Where(id => !existing.Contains(id)).ToList();
    }

    /// <summary>409 <c>content.image_missing</c>: the article would show images that were deleted (<c>imageIds</c>).</summary>
    public static ProblemHttpResult Missing(IReadOnlyList<long> ids) =>
        Problems.Create(409, ContentProblems.ContentImageMissing, "The article shows an image that was deleted.",
            "Upload the image again, or take it out of the article's cover and body.",
            new Dictionary<string, object?> { ["imageIds"] = ids.Select(id => id.Text()).ToList() });

    /// <summary>Whether <paramref name="url"/> is one of our image URLs, relative (<c>/api/v1/content/images/{id}</c>).</summary>
    public static bool IsOwnImagePath(string? url) =>
        url is not null && url.StartsWith(PathPrefix, StringComparison.Ordinal) && Ids.Parse(url[PathPrefix.Length..]) is not null;
}

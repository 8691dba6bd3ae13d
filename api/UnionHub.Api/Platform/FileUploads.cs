using System.Security.Cryptography;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace UnionHub.Api.Platform;

/// <summary>
/// An accepted upload: <paramref name="Data"/> is its stored form (encrypted, <see cref="FileEncryptor"/>), never the plain
/// bytes; <paramref name="Size"/> and <paramref name="Sha256"/> are of the plain file.
/// </summary>
public sealed record UploadedFile(byte[] Data, string ContentType, int Size, byte[] Sha256);

/// <summary>The limits and error codes of one upload route, set by <see cref="FileUploads.AcceptsDocument"/>.</summary>
public sealed record UploadRules(int MaxBytes, string TooLarge, string UnsupportedType, string Noun);

/// <summary>
/// The one way a handler takes an uploaded document: a parameter of this type on a route mapped
/// <see cref="FileUploads.AcceptsDocument"/>. It binds before any filter or handler code runs, by reading, checking, scanning
/// and encrypting the whole body (<see cref="FileUploads.ReadAsync"/>), so a slowly trickling upload holds no database
/// connection (the handler opens its transaction only once the file is in memory, encrypted), a transaction the runner
/// re-runs sees the same file, and the idempotency filter keys the request by the file's hash. A refused file is
/// <see cref="Problem"/>, for the handler to return.
/// </summary>
public sealed class DocumentUpload : IIdempotentRequestPart
{
    private DocumentUpload(UploadedFile? file, ProblemHttpResult? problem)
    {
        File = file;
        Problem = problem;
    }

    /// <summary>The accepted file (encrypted); null when it was refused.</summary>
    public UploadedFile? File { get; }

    /// <summary>Why the file was refused (413, 422, 503); null when it was accepted.</summary>
    public ProblemHttpResult? Problem { get; }

    public static async ValueTask<DocumentUpload?> BindAsync(HttpContext http)
    {
        var rules = http.GetEndpoint()?.Metadata.GetMetadata<UploadRules>()
            ?? throw new InvalidOperationException("A route that takes a DocumentUpload must be mapped .AcceptsDocument(...).");
        var (file, problem) = await FileUploads.ReadAsync(http.Request, rules.MaxBytes, (rules.TooLarge, rules.UnsupportedType), rules.Noun,
            http.RequestAborted);
        return new DocumentUpload(file, problem);
    }

    object? IIdempotentRequestPart.Fingerprint => File is null ? null : new { sha256 = Convert.ToHexString(File.Sha256), File.ContentType };
}

/// <summary>
/// Private document uploads kept in the database (fund evidence, bargaining documents): JPEG, PNG or PDF, recognised by
/// their first bytes (never by name or declared type), read from a multipart field <c>file</c> or the raw body, never
/// more than the given size (the read stops as soon as it is exceeded), and scanned for malware by clamd when
/// <c>Uploads:ClamdAddress</c> is set (<see cref="VirusScanner"/>): never accepted unscanned while a scanner is configured.
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

    /// <summary>
    /// Maps an upload route: a JPEG, PNG or PDF of at most <paramref name="maxBytes"/>, as multipart field <c>file</c> or the raw
    /// body, refused with the feature's <paramref name="codes"/>; the handler takes it as a <see cref="DocumentUpload"/>.
    /// </summary>
    public static RouteHandlerBuilder AcceptsDocument(this RouteHandlerBuilder route, int maxBytes, (string TooLarge, string UnsupportedType) codes,
        string noun) =>
        route.Accepts<IFormFile>("multipart/form-data", "image/jpeg", "image/png", "application/pdf", "application/octet-stream")
            .WithMetadata(new RequestSizeLimitAttribute(maxBytes + MultipartOverhead))
            .WithMetadata(new UploadRules(maxBytes, codes.TooLarge, codes.UnsupportedType, noun));

    /// <summary>Room for multipart boundaries and headers around a file of the largest size.</summary>
    public const int MultipartOverhead = 64 * 1024;

    public static string Extension(string contentType) => contentType switch { "image/jpeg" => "jpg", "image/png" => "png", _ => "pdf" };

    /// <summary>
    /// Answers a stored private document (decrypted; a file stored before encryption as it is): its sniffed type, never
    /// sniffed again by the browser, never cached, named <paramref name="baseName"/> plus the type's extension.
    /// </summary>
    public static FileContentHttpResult Serve(HttpContext http, byte[] stored, string contentType, string baseName)
    {
        http.Response.Headers.XContentTypeOptions = "nosniff";
        http.Response.Headers.CacheControl = "private, no-store";
        var data = http.RequestServices.GetRequiredService<PiiProtector>().DecryptFile(stored);
        return TypedResults.File(data, contentType, $"{baseName}.{Extension(contentType)}");
    }

    /// <summary>
    /// Reads, checks, scans and encrypts one upload, 64 KiB at a time: each chunk goes to the virus scanner and through
    /// the encryption as it is read, so the plain file is never held whole. Problems: 422 <c>validation.failed</c> (no
    /// file, empty), 413 <paramref name="codes"/>.TooLarge, 422 <paramref name="codes"/>.UnsupportedType (the feature's Problems constants), 422 <c>upload.infected</c>,
    /// 503 <c>upload.scan_unavailable</c>.
    /// </summary>
    internal static async Task<(UploadedFile? File, ProblemHttpResult? Problem)> ReadAsync(HttpRequest request, int maxBytes,
        (string TooLarge, string UnsupportedType) codes, string noun, CancellationToken ct)
    {
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
            return await ProtectAsync(request.HttpContext.RequestServices, stream, maxBytes, codes, noun, ct);
        }

        return await ProtectAsync(request.HttpContext.RequestServices, request.Body, maxBytes, codes, noun, ct);
    }

    private static async Task<(UploadedFile? File, ProblemHttpResult? Problem)> ProtectAsync(IServiceProvider services, Stream stream, int maxBytes,
        (string TooLarge, string UnsupportedType) codes, string noun, CancellationToken ct)
    {
        // one chunk of look-ahead: a chunk is encrypted once it is known whether another follows (the last one is marked)
        var current = new byte[FileEncryptor.ChunkBytes];
        var next = new byte[FileEncryptor.ChunkBytes];
        var filled = await stream.ReadAtLeastAsync(current, current.Length, throwOnEndOfStream: false, ct);
        if (filled == 0)
        {
            return (null, Problems.Validation(new Dictionary<string, string[]> { ["file"] = ["is empty"] }));
        }

        if (Sniff(current.AsSpan(0, filled)) is not { } contentType)
        {
            return (null, Problems.Create(422, codes.UnsupportedType, $"{noun} must be a JPEG or PNG image or a PDF document.",
                "The file's content is none of these, whatever its name says."));
        }

        using var scan = await services.GetRequiredService<VirusScanner>().StartAsync(ct);
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        using var encryptor = services.GetRequiredService<PiiProtector>().StartFile();
        var total = filled;
        while (true)
        {
            var nextFilled = filled == current.Length ? await stream.ReadAtLeastAsync(next, next.Length, throwOnEndOfStream: false, ct) : 0;
            total += nextFilled;
            if (total > maxBytes)
            {
                return (null, TooLarge(maxBytes, codes.TooLarge, noun));
            }

            var chunk = current.AsMemory(0, filled);
            await scan.WriteAsync(chunk);
            sha.AppendData(chunk.Span);
            encryptor.Append(chunk.Span, last: nextFilled == 0);
            if (nextFilled == 0)
            {
                break;
            }

            (current, next, filled) = (next, current, nextFilled);
        }

        CryptographicOperations.ZeroMemory(current);
        CryptographicOperations.ZeroMemory(next);
        var (verdict, _) = await scan.VerdictAsync();
        return verdict switch
        {
            ScanVerdict.Infected => (null, Problems.Create(422, PlatformProblems.UploadInfected, $"{noun} was refused: the virus scanner found malware in it.")),
            ScanVerdict.Unavailable => (null, Problems.Create(503, PlatformProblems.UploadScanUnavailable,
                "The file could not be scanned for malware, so it was not accepted; try again shortly.")),
            _ => (new UploadedFile(encryptor.ToArray(), contentType, total, sha.GetHashAndReset()), null),
        };
    }

    private static ProblemHttpResult TooLarge(int maxBytes, string code, string noun) =>
        Problems.Create(413, code, $"{noun} may be at most {maxBytes / 1024 / 1024} MiB per file.");
}

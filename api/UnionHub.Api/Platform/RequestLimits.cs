using Microsoft.AspNetCore.Http.Metadata;

namespace UnionHub.Api.Platform;

/// <summary>
/// Caps request bodies at 1 MiB unless an endpoint declares its own limit with
/// <c>.WithMetadata(new RequestSizeLimitAttribute(n))</c> (roster uploads). Enforced here rather than only
/// in Kestrel so that the same rule holds in every host, the test host included.
/// </summary>
public sealed class RequestBodyLimitMiddleware(RequestDelegate next)
{
    public const long DefaultLimit = 1024 * 1024;

    public Task InvokeAsync(HttpContext context)
    {
        var limit = context.GetEndpoint()?.Metadata.GetMetadata<IRequestSizeLimitMetadata>()?.MaxRequestBodySize ?? DefaultLimit;
        if (context.Request.ContentLength > limit)
        {
            throw new BadHttpRequestException("Request body too large.", StatusCodes.Status413PayloadTooLarge);
        }

        if (context.Request.ContentLength is null && HttpMethods.IsGet(context.Request.Method) is false)
        {
            context.Request.Body = new LengthLimitedStream(context.Request.Body, limit);
        }

        return next(context);
    }
}

/// <summary>
/// Endpoint metadata: the route's own 413 answer (code, title, <c>maxBytes</c>) for a body refused by the size check before
/// the endpoint runs, so the client sees the same problem whether the size is found out before or while the body is read.
/// Without it a 413 is <c>request.too_large</c> with the route's limit as <c>maxBytes</c>.
/// </summary>
public sealed record TooLargeProblem(string Code, string Title, long MaxBytes);

/// <summary>A read-only wrapper that fails with 413 once more than <paramref name="limit"/> bytes were read.</summary>
internal sealed class LengthLimitedStream(Stream inner, long limit) : Stream
{
    private long _read;

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => _read; set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count) => Count(inner.Read(buffer, offset, count));

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
        Count(await inner.ReadAsync(buffer, cancellationToken));

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    private int Count(int n)
    {
        _read += n;
        if (_read > limit)
        {
            throw new BadHttpRequestException("Request body too large.", StatusCodes.Status413PayloadTooLarge);
        }

        return n;
    }

    public override void Flush() { }
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}

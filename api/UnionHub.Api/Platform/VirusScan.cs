using System.Buffers.Binary;
using System.Net.Sockets;
using System.Text;
using Microsoft.Extensions.Options;

namespace UnionHub.Api.Platform;

public sealed class UploadOptions
{
    public const string Section = "Uploads";

    /// <summary>host:port of a ClamAV clamd that scans every uploaded file before it is accepted; unset: no scanning.</summary>
    public string? ClamdAddress { get; set; }

    /// <summary>How long one scan (connect, send, verdict) may take before the upload is refused as unscanned (503).</summary>
    public int ClamdTimeoutSeconds { get; set; } = 30;
}

public enum ScanVerdict
{
    /// <summary>Scanned, nothing found.</summary>
    Clean,

    /// <summary>Scanned, a signature matched: refuse the file.</summary>
    Infected,

    /// <summary>A scanner is configured but gave no verdict (down, timed out, error): refuse the file, never accept it unscanned.</summary>
    Unavailable,

    /// <summary>No scanner is configured (the Development default).</summary>
    NotScanned,
}

/// <summary>
/// Scans uploaded files with ClamAV's clamd over TCP (the INSTREAM command: <c>zINSTREAM\0</c>, chunks each prefixed with
/// their length as a 4-byte big-endian integer, a zero length to end; the answer is <c>stream: OK\0</c> or
/// <c>stream: &lt;signature&gt; FOUND\0</c>, anything else is an error). One connection per file, so a scan never waits for
/// another's.
/// </summary>
public sealed partial class VirusScanner(IOptions<UploadOptions> options, ILogger<VirusScanner> logger)
{
    private const int ChunkBytes = 64 * 1024;

    public bool Enabled => !string.IsNullOrWhiteSpace(options.Value.ClamdAddress);

    public async Task<(ScanVerdict Verdict, string? Signature)> ScanAsync(ReadOnlyMemory<byte> data, CancellationToken ct)
    {
        if (options.Value.ClamdAddress is not { Length: > 0 } address)
        {
            return (ScanVerdict.NotScanned, null);
        }

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(TimeSpan.FromSeconds(options.Value.ClamdTimeoutSeconds));
        string answer;
        try
        {
            var colon = address.LastIndexOf(':');
            using var client = new TcpClient();
            await client.ConnectAsync(address[..colon], int.Parse(address[(colon + 1)..], System.Globalization.CultureInfo.InvariantCulture),
                timeout.Token);
            await using var stream = client.GetStream();
            await stream.WriteAsync("zINSTREAM\0"u8.ToArray(), timeout.Token);
            var length = new byte[4];
            for (var offset = 0; offset < data.Length; offset += ChunkBytes)
            {
                var chunk = data.Slice(offset, Math.Min(ChunkBytes, data.Length - offset));
                BinaryPrimitives.WriteUInt32BigEndian(length, (uint)chunk.Length);
                await stream.WriteAsync(length, timeout.Token);
                await stream.WriteAsync(chunk, timeout.Token);
            }

            BinaryPrimitives.WriteUInt32BigEndian(length, 0);
            await stream.WriteAsync(length, timeout.Token);
            await stream.FlushAsync(timeout.Token);
            answer = await ReadAnswerAsync(stream, timeout.Token);
        }
        catch (Exception ex) when (ex is SocketException or IOException or FormatException or ArgumentOutOfRangeException
                                       || (ex is OperationCanceledException && !ct.IsCancellationRequested))
        {
            LogUnavailable(logger, ex.GetType().Name);
            return (ScanVerdict.Unavailable, null);
        }

        if (answer.EndsWith(" FOUND", StringComparison.Ordinal))
        {
            var signature = answer["stream: ".Length..^" FOUND".Length].Trim();
            LogInfected(logger, signature);
            return (ScanVerdict.Infected, signature);
        }

        if (answer == "stream: OK")
        {
            return (ScanVerdict.Clean, null);
        }

        LogUnavailable(logger, answer.Length > 200 ? answer[..200] : answer);
        return (ScanVerdict.Unavailable, null);
    }

    /// <summary>The answer up to its terminating NUL (or the end of the connection), at most 4 KiB.</summary>
    private static async Task<string> ReadAnswerAsync(NetworkStream stream, CancellationToken ct)
    {
        var answer = new List<byte>();
        var buffer = new byte[512];
        while (answer.Count < 4096)
        {
            var n = await stream.ReadAsync(buffer, ct);
            if (n == 0)
            {
                break;
            }

            var nul = Array.IndexOf(buffer, (byte)0, 0, n);
            answer.AddRange(buffer.AsSpan(0, nul < 0 ? n : nul).ToArray());
            if (nul >= 0)
            {
                break;
            }
        }

        return Encoding.ASCII.GetString(answer.ToArray()).Trim();
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "An upload was refused: the virus scanner found {Signature}")]
    private static partial void LogInfected(ILogger logger, string signature);

    [LoggerMessage(Level = LogLevel.Error, Message = "The virus scanner gave no verdict ({Reason}); the upload was refused")]
    private static partial void LogUnavailable(ILogger logger, string reason);
}

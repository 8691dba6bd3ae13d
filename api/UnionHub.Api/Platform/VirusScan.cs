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

    private ILogger Logger => logger;

    /// <summary>
    /// Starts scanning one file: connects to clamd and sends INSTREAM. Feed the file with <see cref="ScanSession.WriteAsync"/>
    /// as it is read, then ask <see cref="ScanSession.VerdictAsync"/>. Without a configured scanner the verdict is
    /// <see cref="ScanVerdict.NotScanned"/>; a scanner that fails at any step gives <see cref="ScanVerdict.Unavailable"/>.
    /// </summary>
    public async Task<ScanSession> StartAsync(CancellationToken ct)
    {
        if (options.Value.ClamdAddress is not { Length: > 0 } address)
        {
            return new ScanSession(this, null, null, ct);
        }

        var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(TimeSpan.FromSeconds(options.Value.ClamdTimeoutSeconds));
        var session = new ScanSession(this, new TcpClient(), timeout, ct);
        await session.RunAsync(async (client, token) =>
        {
            var colon = address.LastIndexOf(':');
            await client.ConnectAsync(address[..colon], int.Parse(address[(colon + 1)..], System.Globalization.CultureInfo.InvariantCulture), token);
            await client.GetStream().WriteAsync("zINSTREAM\0"u8.ToArray(), token);
        });
        return session;
    }

    /// <summary>One file's scan: one clamd connection.</summary>
    public sealed class ScanSession : IDisposable
    {
        private readonly VirusScanner _scanner;
        private readonly TcpClient? _client;
        private readonly CancellationTokenSource? _timeout;
        private readonly CancellationToken _request;
        private readonly byte[] _length = new byte[4];
        private string? _failure;

        internal ScanSession(VirusScanner scanner, TcpClient? client, CancellationTokenSource? timeout, CancellationToken request)
        {
            (_scanner, _client, _timeout, _request) = (scanner, client, timeout, request);
        }

        internal async Task RunAsync(Func<TcpClient, CancellationToken, Task> step)
        {
            if (_client is null || _failure is not null)
            {
                return;
            }

            try
            {
                await step(_client, _timeout!.Token);
            }
            catch (Exception ex) when (ex is SocketException or IOException or FormatException or ArgumentOutOfRangeException or ObjectDisposedException
                                           || (ex is OperationCanceledException && !_request.IsCancellationRequested))
            {
                _failure = ex.GetType().Name;
            }
        }

        /// <summary>Sends the next part of the file (in chunks of at most 64 KiB).</summary>
        public Task WriteAsync(ReadOnlyMemory<byte> data) => RunAsync(async (client, token) =>
        {
            var stream = client.GetStream();
            for (var offset = 0; offset < data.Length; offset += ChunkBytes)
            {
                var chunk = data.Slice(offset, Math.Min(ChunkBytes, data.Length - offset));
                BinaryPrimitives.WriteUInt32BigEndian(_length, (uint)chunk.Length);
                await stream.WriteAsync(_length, token);
                await stream.WriteAsync(chunk, token);
            }
        });

        /// <summary>Ends the stream and reads clamd's answer.</summary>
        public async Task<(ScanVerdict Verdict, string? Signature)> VerdictAsync()
        {
            if (_client is null)
            {
                return (ScanVerdict.NotScanned, null);
            }

            var answer = "";
            await RunAsync(async (client, token) =>
            {
                var stream = client.GetStream();
                BinaryPrimitives.WriteUInt32BigEndian(_length, 0);
                await stream.WriteAsync(_length, token);
                await stream.FlushAsync(token);
                answer = await ReadAnswerAsync(stream, token);
            });
            if (_failure is not null)
            {
                LogUnavailable(_scanner.Logger, _failure);
                return (ScanVerdict.Unavailable, null);
            }

            if (answer.StartsWith("stream: ", StringComparison.Ordinal) && answer.EndsWith(" FOUND", StringComparison.Ordinal))
            {
                var signature = answer["stream: ".Length..^" FOUND".Length].Trim();
                LogInfected(_scanner.Logger, signature);
                return (ScanVerdict.Infected, signature);
            }

            if (answer == "stream: OK")
            {
                return (ScanVerdict.Clean, null);
            }

            LogUnavailable(_scanner.Logger, answer.Length > 200 ? answer[..200] : answer);
            return (ScanVerdict.Unavailable, null);
        }

        public void Dispose()
        {
            _client?.Dispose();
            _timeout?.Dispose();
        }
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

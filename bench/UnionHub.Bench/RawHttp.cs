using System.Net;
using System.Net.Sockets;
using System.Text;

namespace UnionHub.Bench;

/// <summary>An answer: status (0 when none came), the body as text, and Retry-After in seconds when sent.</summary>
public readonly record struct Answer(int Status, string Body, int? RetryAfterSeconds);

/// <summary>
/// One keep-alive HTTP/1.1 connection, one request at a time, as lean as wrk (a general client such as HttpClient costs
/// the 2-core machine a large share of what it measures). Reads Content-Length and chunked bodies; reconnects after an
/// error or "Connection: close". Requests are bytes made by <see cref="Request"/>.
/// </summary>
public sealed class RawHttp(EndPoint endpoint) : IDisposable
{
    private static readonly byte[] HeaderEnd = "\r\n\r\n"u8.ToArray();
    private Socket? _socket;
    private byte[] _buffer = new byte[16 * 1024];
    private int _start;
    private int _end;
    private CancellationTokenSource _timeout = new();

    /// <summary>GET or POST (no body) with the given extra headers (each "Name: value").</summary>
    public static byte[] Request(string method, string path, string host, IEnumerable<string> headers)
    {
        var text = new StringBuilder(256).Append(method).Append(' ').Append(path).Append(" HTTP/1.1\r\nHost: ").Append(host).Append("\r\n");
        foreach (var header in headers)
        {
            text.Append(header).Append("\r\n");
        }

        if (method == "POST")
        {
            text.Append("Content-Length: 0\r\n");
        }

        return Encoding.ASCII.GetBytes(text.Append("\r\n").ToString());
    }

    public static async Task<EndPoint> ResolveAsync(Uri url) =>
        new IPEndPoint(IPAddress.TryParse(url.Host, out var ip) ? ip : (await Dns.GetHostAddressesAsync(url.Host))[0], url.Port);

    /// <summary>Sends and reads the answer; throws <see cref="IOException"/> or <see cref="OperationCanceledException"/> (10 s) when none came.</summary>
    public async Task<Answer> SendAsync(byte[] request)
    {
        if (!_timeout.TryReset())
        {
            _timeout.Dispose(); // it fired: the last request timed out
            _timeout = new CancellationTokenSource();
        }

        _timeout.CancelAfter(TimeSpan.FromSeconds(10));
        try
        {
            if (_socket is null)
            {
                _socket = new Socket(endpoint.AddressFamily, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
                await _socket.ConnectAsync(endpoint, _timeout.Token);
                _start = _end = 0;
            }

            await _socket.SendAsync(request, SocketFlags.None, _timeout.Token);
            return await ReadAsync(_timeout.Token);
        }
        catch
        {
            Close();
            throw;
        }
    }

    private async Task<Answer> ReadAsync(CancellationToken ct)
    {
        int headerEnd;
        while ((headerEnd = _buffer.AsSpan(_start, _end - _start).IndexOf(HeaderEnd)) < 0)
        {
            await FillAsync(ct);
        }

        var head = Encoding.ASCII.GetString(_buffer, _start, headerEnd);
        _start += headerEnd + HeaderEnd.Length;
        var status = int.Parse(head.AsSpan(9, 3), provider: System.Globalization.CultureInfo.InvariantCulture);
        long? length = null;
        var chunked = false;
        var close = false;
        int? retryAfter = null;
        foreach (var line in head.Split("\r\n").Skip(1))
        {
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon < 0)
            {
                continue;
            }

            var name = line.AsSpan(0, colon).Trim();
            var value = line.AsSpan(colon + 1).Trim();
            if (name.Equals("Content-Length", StringComparison.OrdinalIgnoreCase))
            {
                length = long.Parse(value, provider: System.Globalization.CultureInfo.InvariantCulture);
            }
            else if (name.Equals("Transfer-Encoding", StringComparison.OrdinalIgnoreCase))
            {
                chunked = value.Contains("chunked", StringComparison.OrdinalIgnoreCase);
            }
            else if (name.Equals("Connection", StringComparison.OrdinalIgnoreCase))
            {
                close = value.Equals("close", StringComparison.OrdinalIgnoreCase);
            }
            else if (name.Equals("Retry-After", StringComparison.OrdinalIgnoreCase) && int.TryParse(value, out var seconds))
            {
                retryAfter = seconds;
            }
        }

        string body;
        if (chunked)
        {
            var text = new StringBuilder();
            while (true)
            {
                var line = await ReadLineAsync(ct);
                var size = Convert.ToInt32(line.Split(';')[0].Trim(), 16);
                if (size == 0)
                {
                    while ((await ReadLineAsync(ct)).Length > 0)
                    {
                        // trailers: none expected
                    }

                    break;
                }

                await EnsureAsync(size + 2, ct);
                text.Append(Encoding.UTF8.GetString(_buffer, _start, size));
                _start += size + 2;
            }

            body = text.ToString();
        }
        else
        {
            var size = (int)(length ?? 0);
            await EnsureAsync(size, ct);
            body = Encoding.UTF8.GetString(_buffer, _start, size);
            _start += size;
        }

        if (close)
        {
            Close();
        }

        return new Answer(status, body, retryAfter);
    }

    private async Task<string> ReadLineAsync(CancellationToken ct)
    {
        int end;
        while ((end = _buffer.AsSpan(_start, _end - _start).IndexOf("\r\n"u8)) < 0)
        {
            await FillAsync(ct);
        }

        var line = Encoding.ASCII.GetString(_buffer, _start, end);
        _start += end + 2;
        return line;
    }

    private async Task EnsureAsync(int count, CancellationToken ct)
    {
        while (_end - _start < count)
        {
            await FillAsync(ct);
        }
    }

    /// <summary>Reads more bytes after the unread ones, compacting or growing the buffer first.</summary>
    private async Task FillAsync(CancellationToken ct)
    {
        if (_start > 0)
        {
            Buffer.BlockCopy(_buffer, _start, _buffer, 0, _end - _start);
            _end -= _start;
            _start = 0;
        }

        if (_end == _buffer.Length)
        {
            Array.Resize(ref _buffer, _buffer.Length * 2);
        }

        var read = await _socket!.ReceiveAsync(_buffer.AsMemory(_end), SocketFlags.None, ct);
        if (read == 0)
        {
            throw new IOException("the server closed the connection");
        }

        _end += read;
    }

    private void Close()
    {
        _socket?.Dispose();
        _socket = null;
        _start = _end = 0;
    }

    public void Dispose()
    {
        Close();
        _timeout.Dispose();
    }
}

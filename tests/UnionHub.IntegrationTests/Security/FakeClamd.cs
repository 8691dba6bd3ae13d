using System.Buffers.Binary;
using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace UnionHub.IntegrationTests.Security;

/// <summary>
/// A scripted ClamAV clamd on 127.0.0.1 speaking INSTREAM (<c>zINSTREAM\0</c>, length-prefixed chunks, a zero length to end):
/// answers <c>stream: Eicar-Test-Signature FOUND\0</c> when the stream holds the EICAR test string, <c>stream: OK\0</c>
/// otherwise, an error line when <see cref="Fail"/> is set, and stops listening on <see cref="Stop"/> (scanner down).
/// Every stream it received is kept in <see cref="Streams"/>.
/// </summary>
public sealed class FakeClamd : IAsyncDisposable
{
    public const string Eicar = @"X5O!P%@AP[4\PZX54(P^)7CC)7}$EICAR-STANDARD-ANTIVIRUS-TEST-FILE!$H+H*";

    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;

    public FakeClamd()
    {
        _listener.Start();
        Address = $"127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}";
        _loop = Task.Run(AcceptAsync);
    }

    public string Address { get; }

    /// <summary>Answer the next streams with an error instead of a verdict.</summary>
    public bool Fail { get; set; }

    /// <summary>The streams received, in full, in order.</summary>
    public ConcurrentQueue<byte[]> Streams { get; } = new();

    /// <summary>Closes the listening socket: connections are refused from now on.</summary>
    public void Stop()
    {
        _stop.Cancel();
        _listener.Stop();
    }

    private async Task AcceptAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await _listener.AcceptTcpClientAsync(_stop.Token);
            }
            catch (Exception) when (_stop.IsCancellationRequested)
            {
                return;
            }

            _ = Task.Run(() => ServeAsync(client));
        }
    }

    private async Task ServeAsync(TcpClient client)
    {
        using var _ = client;
        await using var stream = client.GetStream();
        var command = new byte[10];
        await stream.ReadExactlyAsync(command);
        if (Encoding.ASCII.GetString(command) != "zINSTREAM\0")
        {
            await stream.WriteAsync("UNKNOWN COMMAND\0"u8.ToArray());
            return;
        }

        using var received = new MemoryStream();
        var length = new byte[4];
        while (true)
        {
            await stream.ReadExactlyAsync(length);
            var n = (int)BinaryPrimitives.ReadUInt32BigEndian(length);
            if (n == 0)
            {
                break;
            }

            var chunk = new byte[n];
            await stream.ReadExactlyAsync(chunk);
            received.Write(chunk);
        }

        Streams.Enqueue(received.ToArray());
        var answer = Fail ? "INSTREAM size limit exceeded. ERROR\0"
            : Encoding.ASCII.GetString(received.ToArray()).Contains(Eicar, StringComparison.Ordinal) ? "stream: Eicar-Test-Signature FOUND\0"
            : "stream: OK\0";
        await stream.WriteAsync(Encoding.ASCII.GetBytes(answer));
    }

    public async ValueTask DisposeAsync()
    {
        if (!_stop.IsCancellationRequested)
        {
            Stop();
        }

        await _loop;
        _stop.Dispose();
    }
}

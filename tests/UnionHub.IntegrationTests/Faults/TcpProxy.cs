using System.Net;
using System.Net.Sockets;

namespace UnionHub.IntegrationTests.Faults;

/// <summary>
/// A loopback TCP proxy in front of MariaDB that a test controls. When armed, it forwards the next
/// <c>COMMIT</c> the application sends, gives the server a moment to apply it, then cuts that connection
/// before the server's OK reaches the application: the commit happened, but the caller cannot know.
/// </summary>
public sealed class TcpProxy : IAsyncDisposable
{
    private static readonly byte[] CommitPacket = [0x03, (byte)'C', (byte)'O', (byte)'M', (byte)'M', (byte)'I', (byte)'T'];
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly IPEndPoint _target;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _accepting;
    private int _armed;

    public TcpProxy(string host, int port)
    {
        _target = new IPEndPoint(IPAddress.Parse(host == "localhost" ? "127.0.0.1" : host), port);
        _listener.Start();
        _accepting = AcceptLoopAsync();
    }

    public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

    /// <summary>How many commits were cut so far.</summary>
    public int CommitsCut { get; private set; }

    public void CutNextCommit() => Interlocked.Exchange(ref _armed, 1);

    private async Task AcceptLoopAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await _listener.AcceptTcpClientAsync(_stop.Token);
            }
            catch (OperationCanceledException)
            {
                return;
            }

            _ = Task.Run(() => RelayAsync(client));
        }
    }

    private async Task RelayAsync(TcpClient client)
    {
        using var server = new TcpClient();
        using var cut = CancellationTokenSource.CreateLinkedTokenSource(_stop.Token);
        try
        {
            await server.ConnectAsync(_target, cut.Token);
            var up = PumpAsync(client.GetStream(), server.GetStream(), inspect: true, cut);
            var down = PumpAsync(server.GetStream(), client.GetStream(), inspect: false, cut);
            await Task.WhenAny(up, down);
        }
        catch (Exception ex) when (ex is IOException or SocketException or OperationCanceledException)
        {
            // a cut or a closed side ends the relay
        }
        finally
        {
            await cut.CancelAsync();
            client.Dispose();
        }
    }

    private async Task PumpAsync(NetworkStream from, NetworkStream to, bool inspect, CancellationTokenSource cut)
    {
        var buffer = new byte[64 * 1024];
        while (true)
        {
            var n = await from.ReadAsync(buffer, cut.Token);
            if (n == 0)
            {
                return;
            }

            await to.WriteAsync(buffer.AsMemory(0, n), cut.Token);
            if (inspect && Volatile.Read(ref _armed) == 1 && buffer.AsSpan(0, n).IndexOf(CommitPacket) >= 0
                && Interlocked.Exchange(ref _armed, 0) == 1)
            {
                await Task.Delay(200); // let the server apply the commit
                CommitsCut++;
                await cut.CancelAsync(); // and drop the connection before its OK is relayed
                return;
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        try
        {
            await _accepting;
        }
        catch (OperationCanceledException)
        {
        }

        _stop.Dispose();
    }
}

using System.Net;
using System.Net.Sockets;
using System.Text;

namespace UnionHub.IntegrationTests.Faults;

/// <summary>
/// A TCP proxy in front of MariaDB that reads the client's MySQL protocol packets and, once armed, cuts a connection at the
/// worst moment for the client: the COMMIT of a transaction that ran a statement containing a marker (e.g. "INSERT INTO
/// redemption") is forwarded, the server's answer to it is read but not relayed, and both sockets are closed. The server has
/// committed; the client only sees a dropped connection. Use it with SslMode=None (MySqlConnector would otherwise switch to
/// TLS and the proxy would see ciphertext).
/// </summary>
public sealed class CommitCuttingProxy : IAsyncDisposable
{
    private const byte ComQuery = 0x03;
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly int _targetPort;
    private readonly CancellationTokenSource _stop = new();
    private readonly List<Task> _tasks = [];
    private string? _marker;
    private TaskCompletionSource _cut = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public CommitCuttingProxy(int targetPort)
    {
        _targetPort = targetPort;
        _listener.Start();
        _tasks.Add(AcceptLoopAsync());
    }

    public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

    /// <summary>COMMITs forwarded whose answer was swallowed and whose connection was cut.</summary>
    public int Cuts { get; private set; }

    /// <summary>Every COM_QUERY text seen (for diagnostics when a test fails).</summary>
    public List<string> Seen { get; } = [];

    /// <summary>Cuts the next COMMIT of a transaction that sent a statement containing <paramref name="marker"/>; the task ends after the cut.</summary>
    public Task Arm(string marker)
    {
        _cut = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        Volatile.Write(ref _marker, marker);
        return _cut.Task;
    }

    private async Task AcceptLoopAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            Socket client;
            try
            {
                client = await _listener.AcceptSocketAsync(_stop.Token);
            }
            catch (Exception ex) when (ex is OperationCanceledException or SocketException or ObjectDisposedException)
            {
                return;
            }

            var server = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            client.NoDelay = true;
            try
            {
                await server.ConnectAsync(IPAddress.Loopback, _targetPort, _stop.Token);
            }
            catch (Exception ex) when (ex is SocketException or OperationCanceledException)
            {
                client.Dispose();
                server.Dispose();
                continue;
            }

            var link = new Link(client, server);
            lock (_tasks)
            {
                _tasks.Add(Task.Run(() => ClientToServerAsync(link)));
                _tasks.Add(Task.Run(() => ServerToClientAsync(link)));
            }
        }
    }

    private sealed class Link(Socket client, Socket server)
    {
        public Socket Client { get; } = client;
        public Socket Server { get; } = server;
        public bool Marked { get; set; }
        public volatile bool CutOnServerReply;

        public void Close()
        {
            Client.Dispose();
            Server.Dispose();
        }
    }

    /// <summary>Forwards the client's bytes packet by packet, looking at each COM_QUERY.</summary>
    private async Task ClientToServerAsync(Link link)
    {
        var pending = new List<byte>();
        var buffer = new byte[64 * 1024];
        try
        {
            while (true)
            {
                var n = await link.Client.ReceiveAsync(buffer, SocketFlags.None, _stop.Token);
                if (n == 0)
                {
                    break;
                }

                pending.AddRange(buffer.AsSpan(0, n));
                while (pending.Count >= 4)
                {
                    var length = pending[0] | (pending[1] << 8) | (pending[2] << 16);
                    if (pending.Count < 4 + length)
                    {
                        break;
                    }

                    var packet = pending.GetRange(0, 4 + length).ToArray();
                    pending.RemoveRange(0, 4 + length);
                    Inspect(link, packet);
                    await link.Server.SendAsync(packet, SocketFlags.None, _stop.Token);
                }
            }
        }
        catch (Exception ex) when (ex is SocketException or ObjectDisposedException or OperationCanceledException)
        {
        }

        link.Close();
    }

    private void Inspect(Link link, byte[] packet)
    {
        if (packet.Length < 5 || packet[4] != ComQuery)
        {
            return;
        }

        var text = Encoding.UTF8.GetString(packet, 5, packet.Length - 5).Trim().TrimEnd(';').Trim();
        lock (Seen)
        {
            Seen.Add(text.Length > 120 ? text[..120] : text);
        }

        var marker = Volatile.Read(ref _marker);
        if (marker is null)
        {
            return;
        }

        if (text.Contains(marker, StringComparison.OrdinalIgnoreCase))
        {
            link.Marked = true;
        }
        else if (text.StartsWith("rollback", StringComparison.OrdinalIgnoreCase))
        {
            link.Marked = false;
        }
        else if (link.Marked && text.Equals("commit", StringComparison.OrdinalIgnoreCase)
                 && Interlocked.CompareExchange(ref _marker, null, marker) == marker)
        {
            link.CutOnServerReply = true; // set before the COMMIT goes out: the next bytes from the server are its answer
        }
    }

    private async Task ServerToClientAsync(Link link)
    {
        var buffer = new byte[64 * 1024];
        try
        {
            while (true)
            {
                var n = await link.Server.ReceiveAsync(buffer, SocketFlags.None, _stop.Token);
                if (n == 0)
                {
                    break;
                }

                if (link.CutOnServerReply)
                {
                    // the server answered the COMMIT (so it is durable); the client never hears it
                    Cuts++;
                    link.Close();
                    _cut.TrySetResult();
                    return;
                }

                await link.Client.SendAsync(buffer.AsMemory(0, n), SocketFlags.None, _stop.Token);
            }
        }
        catch (Exception ex) when (ex is SocketException or ObjectDisposedException or OperationCanceledException)
        {
        }

        link.Close();
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        Task[] tasks;
        lock (_tasks)
        {
            tasks = [.. _tasks];
        }

        await Task.WhenAll(tasks.Select(t => t.ContinueWith(_ => { }, TaskScheduler.Default)));
        _stop.Dispose();
    }
}

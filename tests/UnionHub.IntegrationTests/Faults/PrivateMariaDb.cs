using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace UnionHub.IntegrationTests.Faults;

/// <summary>
/// A MariaDB server of the test's own (temp datadir, socket, free port), started the way ./dev's db_start does, so a
/// fault test can kill and restart it without touching the database every other test shares.
/// </summary>
public sealed class PrivateMariaDb : IAsyncDisposable
{
    private const string User = "unionhub";
    private const string Password = "unionhub-fault";
    private const string Database = "unionhub_fault";
    private readonly string _dir;
    private Process? _server;

    private PrivateMariaDb(string dir, int port)
    {
        _dir = dir;
        Port = port;
    }

    public int Port { get; }

    public string ConnectionString =>
        $"Server=127.0.0.1;Port={Port};Database={Database};User ID={User};Password={Password};Maximum Pool Size=200";

    private string Socket => Path.Combine(_dir, "mysqld.sock");

    public static async Task<PrivateMariaDb> StartAsync()
    {
        var dir = Directory.CreateTempSubdirectory("uh-fault-db-").FullName;
        var db = new PrivateMariaDb(dir, FreePort());
        await RunAsync("mariadb-install-db", $"--no-defaults --datadir={dir}/data --user={Environment.UserName} " +
            "--auth-root-authentication-method=socket --skip-test-db");
        await db.StartServerAsync();
        await db.SqlAsync($"""
            CREATE DATABASE {Database} CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
            CREATE USER '{User}'@'127.0.0.1' IDENTIFIED BY '{Password}';
            GRANT ALL PRIVILEGES ON {Database}.* TO '{User}'@'127.0.0.1';
            """);
        return db;
    }

    /// <summary>Starts mariadbd on the datadir and port, and waits until it answers.</summary>
    public async Task StartServerAsync()
    {
        var mariadbd = File.Exists("/usr/sbin/mariadbd") ? "/usr/sbin/mariadbd" : "mariadbd";
        _server = Process.Start(new ProcessStartInfo(mariadbd,
            $"--no-defaults --datadir={_dir}/data --socket={Socket} --port={Port} --bind-address=127.0.0.1 " +
            $"--pid-file={_dir}/mysqld.pid --log-error={_dir}/error.log --user={Environment.UserName} " +
            "--character-set-server=utf8mb4 --collation-server=utf8mb4_unicode_ci --skip-name-resolve --max-connections=500 " +
            "--innodb-buffer-pool-size=64M --innodb-log-file-size=16M --innodb-flush-log-at-trx-commit=2 --skip-log-bin")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        })!;
        _server.BeginOutputReadLine(); // drained so the server never blocks on a full pipe
        _server.BeginErrorReadLine();
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < TimeSpan.FromSeconds(60))
        {
            if (_server.HasExited)
            {
                throw new InvalidOperationException("mariadbd exited: " + await ErrorLogAsync());
            }

            if (await TryRunAsync("mariadb-admin", $"--socket={Socket} -u{Environment.UserName} ping"))
            {
                return;
            }

            await Task.Delay(200);
        }

        throw new TimeoutException("mariadbd did not answer within 60 s: " + await ErrorLogAsync());
    }

    /// <summary>SIGKILL: no shutdown, no flush, connections cut as by a crash.</summary>
    public void Kill()
    {
        _server?.Kill();
        _server?.WaitForExit();
    }

    public Task SqlAsync(string sql) => RunAsync("mariadb", $"--socket={Socket} -u{Environment.UserName}", sql);

    public Task DatabaseSqlAsync(string sql) => RunAsync("mariadb", $"--socket={Socket} -u{Environment.UserName} {Database}", sql);

    private async Task<string> ErrorLogAsync()
    {
        var log = Path.Combine(_dir, "error.log");
        return File.Exists(log) ? string.Join('\n', (await File.ReadAllLinesAsync(log)).TakeLast(15)) : "(no error log)";
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static async Task<bool> TryRunAsync(string file, string args)
    {
        using var p = Process.Start(new ProcessStartInfo(file, args)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        })!;
        await p.WaitForExitAsync();
        return p.ExitCode == 0;
    }

    private static async Task RunAsync(string file, string args, string? stdin = null)
    {
        using var p = Process.Start(new ProcessStartInfo(file, args)
        {
            RedirectStandardInput = stdin is not null,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        })!;
        if (stdin is not null)
        {
            await p.StandardInput.WriteAsync(stdin);
            p.StandardInput.Close();
        }

        var output = p.StandardOutput.ReadToEndAsync();
        var error = p.StandardError.ReadToEndAsync();
        await p.WaitForExitAsync();
        if (p.ExitCode != 0)
        {
            throw new InvalidOperationException($"{file} failed ({p.ExitCode}): {await error} {await output}");
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_server is { HasExited: false })
        {
            _server.Kill();
            await _server.WaitForExitAsync();
        }

        _server?.Dispose();
        try
        {
            Directory.Delete(_dir, recursive: true);
        }
        catch (IOException)
        {
            // a leftover temp dir is harmless
        }
    }
}

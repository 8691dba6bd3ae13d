using System.Data.Common;
using EvolveDb;
using MySqlConnector;

namespace UnionHub.Api.Platform;

public sealed class DatabaseOptions
{
    public const string Section = "Database";

    /// <summary>Apply db-migrations/ at start-up. Production may turn this off and migrate in its pipeline.</summary>
    public bool MigrateOnStartup { get; set; } = true;

    /// <summary>Folder holding V###__name.sql files; defaults to the copy beside the binary.</summary>
    public string? MigrationsPath { get; set; }

    /// <summary>How long an instance waits for another instance's migrations to finish before it gives up starting.</summary>
    public int MigrationWaitSeconds { get; set; } = 600;

    public string ResolveMigrationsPath() =>
        string.IsNullOrWhiteSpace(MigrationsPath) ? Path.Combine(AppContext.BaseDirectory, "db-migrations") : MigrationsPath;
}

public static class DatabaseSetup
{
    public const string ConnectionName = "UnionHub";

    public static WebApplicationBuilder AddDatabase(this WebApplicationBuilder builder)
    {
        var connectionString = builder.Configuration.GetConnectionString(ConnectionName);
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            throw new InvalidOperationException(
                "ConnectionStrings:UnionHub is not set. Run `./dev run`, or set ConnectionStrings__UnionHub in the environment.");
        }

        builder.Services.Configure<DatabaseOptions>(builder.Configuration.GetSection(DatabaseOptions.Section));
        // DATETIME columns hold UTC; read them back as such.
        var csb = new MySqlConnectionStringBuilder(connectionString) { DateTimeKind = MySqlDateTimeKind.Utc };
        // fail fast when the database is down: callers get 503 within seconds, not after the 15 s default
        csb.ConnectionTimeout = Math.Min(csb.ConnectionTimeout, builder.Configuration.GetValue<uint>("Database:ConnectTimeoutSeconds", 3));
        builder.Services.AddSingleton(_ => new MySqlDataSourceBuilder(csb.ConnectionString).Build());
        builder.Services.AddSingleton<DbDataSource>(sp => sp.GetRequiredService<MySqlDataSource>());
        builder.Services.AddSingleton<Migrator>();
        builder.Services.AddSingleton<IdempotencyGate>();
        builder.Services.AddSingleton<Causality>();
        builder.Services.AddSingleton<Transactions>();
        builder.Services.AddSingleton<RateCounter>();
        builder.Services.AddSingleton<SharedRateCounter>();
        builder.Services.AddSingleton<Leases>();
        return builder;
    }
}

/// <summary>
/// Applies the plain-SQL migrations with Evolve and tells whether all of them are applied. Instances that start at once
/// migrate one at a time under the <see cref="LeaseName"/> database lease (Evolve's own GET_LOCK is node-local on a Galera
/// cluster): the first applies what is pending, the others wait for the lease and then find nothing left to apply.
/// </summary>
public sealed partial class Migrator(MySqlDataSource dataSource, Leases leases, Microsoft.Extensions.Options.IOptions<DatabaseOptions> options,
    ILogger<Migrator> logger)
{
    public const string MetadataTable = "schema_changelog";
    public const string LeaseName = "migrations";
    private static readonly TimeSpan LeaseTime = TimeSpan.FromSeconds(60);

    public string MigrationsPath => options.Value.ResolveMigrationsPath();

    public async Task MigrateAsync(CancellationToken ct = default)
    {
        if (!Directory.Exists(MigrationsPath))
        {
            throw new InvalidOperationException($"Migrations folder not found: {MigrationsPath}");
        }

        await using (var connection = await dataSource.OpenConnectionAsync(ct))
        {
            await using var create = new MySqlCommand(Leases.CreateTable, connection);
            await create.ExecuteNonQueryAsync(ct);
        }

        var waiting = System.Diagnostics.Stopwatch.StartNew();
        var logged = false;
        while (!await leases.TryAcquireAsync(LeaseName, LeaseTime, ct))
        {
            if (waiting.Elapsed.TotalSeconds > options.Value.MigrationWaitSeconds)
            {
                throw new InvalidOperationException(
                    $"Another instance has held the migrations lease for over {options.Value.MigrationWaitSeconds} s; not starting.");
            }

            if (!logged)
            {
                LogWaiting(logger);
                logged = true;
            }

            await Task.Delay(TimeSpan.FromSeconds(1), ct);
        }

        using var renewing = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var renewal = RenewAsync(renewing.Token);
        try
        {
            await RunEvolveAsync(ct);
        }
        finally
        {
            await renewing.CancelAsync();
            await renewal;
            try
            {
                await leases.ReleaseAsync(LeaseName, CancellationToken.None);
            }
            catch (Exception ex) when (ex is MySqlException or DatabaseUnavailableException)
            {
                LogReleaseFailed(logger, ex); // the others wait until it runs out (a minute), then find nothing pending
            }
        }
    }

    /// <summary>Keeps the lease while a long migration (DDL on a big table) runs.</summary>
    private async Task RenewAsync(CancellationToken ct)
    {
        try
        {
            while (true)
            {
                await Task.Delay(LeaseTime / 3, ct);
                await leases.TryAcquireAsync(LeaseName, LeaseTime, ct);
            }
        }
        catch (OperationCanceledException)
        {
            // migrations finished
        }
        catch (Exception ex) when (ex is MySqlException or DatabaseUnavailableException)
        {
            LogRenewFailed(logger, ex);
        }
    }

    private async Task RunEvolveAsync(CancellationToken ct)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        var evolve = new Evolve(connection, msg => logger.LogInformation("evolve: {Message}", msg))
        {
            Locations = [MigrationsPath],
            MetadataTableName = MetadataTable,
            IsEraseDisabled = true,
            EnableClusterMode = false, // its GET_LOCK is node-local on Galera; the migrations lease serialises instead
            OutOfOrder = false,
            MustEraseOnValidationError = false,
        };
        // Evolve is synchronous; keep it off the caller's thread.
        await Task.Run(evolve.Migrate, ct);
        logger.LogInformation("Database migrations applied ({Count} total)", evolve.NbMigration);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Another instance is migrating the database; waiting for it to finish")]
    private static partial void LogWaiting(ILogger logger);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not hand back the migrations lease; it runs out by itself")]
    private static partial void LogReleaseFailed(ILogger logger, Exception ex);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not renew the migrations lease")]
    private static partial void LogRenewFailed(ILogger logger, Exception ex);

    /// <summary>Names of migration files not yet applied successfully.</summary>
    public async Task<IReadOnlyList<string>> PendingAsync(CancellationToken ct = default)
    {
        var files = Directory.Exists(MigrationsPath)
            ? Directory.GetFiles(MigrationsPath, "V*__*.sql").Select(Path.GetFileName).OfType<string>().ToList()
            : [];
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        var applied = new HashSet<string>(StringComparer.Ordinal);
        try
        {
            await using var cmd = new MySqlCommand($"SELECT name FROM {MetadataTable} WHERE success = 1", connection);
            await using var reader = await cmd.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                applied.Add(reader.GetString(0));
            }
        }
        catch (MySqlException ex) when (ex.ErrorCode == MySqlErrorCode.NoSuchTable)
        {
            // nothing applied yet
        }

        return files.Where(f => !applied.Contains(f)).Order(StringComparer.Ordinal).ToList();
    }
}

/// <summary>Start-up work that must finish before the server takes requests: migrations, then bootstrap tasks.</summary>
public interface IStartupTask
{
    int Order { get; }
    Task RunAsync(CancellationToken ct);
}

public sealed class MigrateOnStartup(Migrator migrator, Microsoft.Extensions.Options.IOptions<DatabaseOptions> options) : IStartupTask
{
    public int Order => 0;

    public Task RunAsync(CancellationToken ct) => options.Value.MigrateOnStartup ? migrator.MigrateAsync(ct) : Task.CompletedTask;
}

public sealed class StartupTasks(IEnumerable<IStartupTask> tasks) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        foreach (var task in tasks.OrderBy(t => t.Order))
        {
            await task.RunAsync(cancellationToken);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}

public static class DbErrors
{
    public static bool IsDuplicateKey(this MySqlException ex) => ex.ErrorCode == MySqlErrorCode.DuplicateKeyEntry;

    /// <summary>
    /// The database could not be reached or the connection broke (server down, killed, restarting, network cut): the request
    /// is answered 503 service.unavailable with Retry-After, never 500. 2006/2013 are the client codes for "server gone" /
    /// "lost connection".
    /// </summary>
    public static bool IsUnavailable(this MySqlException ex) =>
        ex.IsTransient
        || ex.ErrorCode is MySqlErrorCode.UnableToConnectToHost or MySqlErrorCode.ConnectionCountError or (MySqlErrorCode)2006 or (MySqlErrorCode)2013
        || ex.ErrorCode is MySqlErrorCode.UnknownCommand // 1047: a Galera node outside the primary component ("WSREP has not yet prepared node")
        || ex.InnerException is IOException or System.Net.Sockets.SocketException or EndOfStreamException;
}

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
        builder.Services.AddSingleton<Transactions>();
        builder.Services.AddSingleton<RateCounter>();
        builder.Services.AddSingleton<SharedRateCounter>();
        return builder;
    }
}

/// <summary>Applies the plain-SQL migrations with Evolve and tells whether all of them are applied.</summary>
public sealed class Migrator(MySqlDataSource dataSource, Microsoft.Extensions.Options.IOptions<DatabaseOptions> options, ILogger<Migrator> logger)
{
    public const string MetadataTable = "schema_changelog";

    public string MigrationsPath => options.Value.ResolveMigrationsPath();

    public async Task MigrateAsync(CancellationToken ct = default)
    {
        if (!Directory.Exists(MigrationsPath))
        {
            throw new InvalidOperationException($"Migrations folder not found: {MigrationsPath}");
        }

        await using var connection = await dataSource.OpenConnectionAsync(ct);
        var evolve = new Evolve(connection, msg => logger.LogInformation("evolve: {Message}", msg))
        {
            Locations = [MigrationsPath],
            MetadataTableName = MetadataTable,
            IsEraseDisabled = true,
            EnableClusterMode = true,
            OutOfOrder = false,
            MustEraseOnValidationError = false,
        };
        // Evolve is synchronous; keep it off the caller's thread.
        await Task.Run(evolve.Migrate, ct);
        logger.LogInformation("Database migrations applied ({Count} total)", evolve.NbMigration);
    }

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

using Dapper;
using MySqlConnector;

namespace UnionHub.Api.Platform;

/// <summary>
/// Named leases in the database: "at most one API instance does this at a time", across instances AND across the nodes of a
/// multi-primary cluster (Galera), where <c>GET_LOCK</c> and <c>FOR UPDATE</c> on an unwritten row are node-local. Taking or
/// renewing a lease is a real write to its row (<c>lease</c>), so two instances racing on different nodes conflict at
/// certification: one commits, the other's transaction is rolled back (1213), re-run by <see cref="Transactions"/>, and then
/// sees the row held. Expiry uses the database's clock, so instance clocks do not matter. A holder that dies leaves its lease
/// to run out; one that stops releases it.
/// </summary>
public sealed class Leases(Transactions transactions)
{
    /// <summary>Created by the migrator before any migration runs (the migrations lease lives in it), so not a migration itself.</summary>
    public const string CreateTable = """
        CREATE TABLE IF NOT EXISTS lease (
          name        VARCHAR(64)  NOT NULL PRIMARY KEY,
          holder      VARCHAR(100) NOT NULL,
          acquired_at DATETIME(6)  NOT NULL,
          expires_at  DATETIME(6)  NOT NULL
        ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci
        """;

    private const string Seed =
        "INSERT IGNORE INTO lease (name, holder, acquired_at, expires_at) VALUES (@Name, '', UTC_TIMESTAMP(6), UTC_TIMESTAMP(6) - INTERVAL 1 SECOND)";

    // SET is evaluated left to right: acquired_at reads the old holder before holder changes
    private const string Take = """
        UPDATE lease SET acquired_at = IF(holder = @Holder, acquired_at, UTC_TIMESTAMP(6)), holder = @Holder,
            expires_at = UTC_TIMESTAMP(6) + INTERVAL @Seconds SECOND
        WHERE name = @Name AND (holder = @Holder OR expires_at < UTC_TIMESTAMP(6))
        """;

    private const string Give = "UPDATE lease SET expires_at = UTC_TIMESTAMP(6) - INTERVAL 1 SECOND WHERE name = @Name AND holder = @Holder";

    /// <summary>This process's (host's) name in the lease table: machine, process and a random part, so two hosts in one process differ.</summary>
    public string Holder { get; } = $"{Environment.MachineName[..Math.Min(50, Environment.MachineName.Length)]}:{Environment.ProcessId}:{Guid.NewGuid():N}";

    /// <summary>Takes the lease, or renews it when this holder has it already. False while another holder's lease runs.</summary>
    public Task<bool> TryAcquireAsync(string name, TimeSpan duration, CancellationToken ct) =>
        transactions.RunAsync(async (conn, tx) =>
        {
            await conn.ExecuteAsync(new CommandDefinition(Seed, new { Name = name }, tx, cancellationToken: ct));
            return await conn.ExecuteAsync(new CommandDefinition(Take,
                new { Name = name, Holder, Seconds = Math.Max(1, (int)Math.Ceiling(duration.TotalSeconds)) }, tx, cancellationToken: ct)) == 1;
        }, ct);

    /// <summary>Ends this holder's lease at once (a no-op when another holder has it).</summary>
    public Task ReleaseAsync(string name, CancellationToken ct) =>
        transactions.RunAsync((conn, tx) => conn.ExecuteAsync(new CommandDefinition(Give, new { Name = name, Holder }, tx, cancellationToken: ct)), ct);

    /// <summary>
    /// Runs <paramref name="work"/> only if this holder gets the lease; returns false (without running it) while another
    /// holder has it. Work longer than the lease must renew it (<see cref="TryAcquireAsync"/>) as it goes.
    /// </summary>
    public async Task<bool> RunIfLeaderAsync(string name, TimeSpan duration, Func<CancellationToken, Task> work, CancellationToken ct)
    {
        if (!await TryAcquireAsync(name, duration, ct))
        {
            return false;
        }

        await work(ct);
        return true;
    }
}

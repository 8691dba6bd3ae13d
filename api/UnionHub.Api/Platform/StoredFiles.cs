using Dapper;
using MySqlConnector;

namespace UnionHub.Api.Platform;

/// <summary>
/// The one-off step that brings files stored before encryption at rest under it: at start-up, after the migrations, every
/// stored file that is not yet in the <see cref="FileEncryptor"/> format is encrypted under the active key, a batch at a
/// time. Each row is rewritten by a conditional UPDATE (only while it is still plain), so instances starting together
/// cannot encrypt a file twice, and a crash half-way simply leaves the rest for the next start.
/// </summary>
public sealed partial class EncryptStoredFiles(MySqlDataSource db, PiiProtector pii, ILogger<EncryptStoredFiles> logger) : IStartupTask
{
    /// <summary>Every table that keeps uploaded files in a <c>data</c> column.</summary>
    public static readonly string[] Tables = ["fund_evidence", "hardship_document", "legal_case_document", "bargaining_document"];

    private const int Batch = 50;

    public int Order => 5;

    public async Task RunAsync(CancellationToken ct)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        foreach (var table in Tables)
        {
            var done = 0;
            while (true)
            {
                var rows = (await conn.QueryAsync<(long Id, byte[] Data)>(new CommandDefinition(
                    $"SELECT id, data FROM {table} WHERE LEFT(data, 4) <> 'UHF1' ORDER BY id LIMIT {Batch}", cancellationToken: ct))).ToList();
                foreach (var (id, data) in rows)
                {
                    done += await conn.ExecuteAsync(new CommandDefinition(
                        $"UPDATE {table} SET data = @Stored WHERE id = @Id AND LEFT(data, 4) <> 'UHF1'", new { Id = id, Stored = pii.EncryptFile(data) },
                        cancellationToken: ct));
                }

                if (rows.Count < Batch)
                {
                    break;
                }
            }

            if (done > 0)
            {
                LogEncrypted(logger, done, table);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Encrypted {Count} stored files of {Table} that were kept plain")]
    private static partial void LogEncrypted(ILogger logger, int count, string table);
}

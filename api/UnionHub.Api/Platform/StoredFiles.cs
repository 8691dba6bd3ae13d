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
    public static readonly string[] Tables = ["fund_evidence", "hardship_document", "hardship_declaration_document", "legal_case_document", "bargaining_document"];

    public int Order => 5;

    public async Task RunAsync(CancellationToken ct)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        foreach (var table in Tables)
        {
            var done = await PlainRows.RewriteAsync<byte[]>(conn, table, "data", "LEFT(data, 4) <> 'UHF1'", "data = @Stored",
                data => pii.EncryptFile(data), ct);
            if (done > 0)
            {
                LogEncrypted(logger, done, table);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Encrypted {Count} stored files of {Table} that were kept plain")]
    private static partial void LogEncrypted(ILogger logger, int count, string table);
}

/// <summary>
/// The one-off step that brings free text stored before encryption at rest under it (V113 added a <c>*_enc</c> column beside
/// each plain one): at start-up, after the migrations, every row whose plain column still holds text gets the text's
/// ciphertext under the active key and its plain column set to NULL, a batch at a time, by a conditional UPDATE (only while
/// the plain column is still set): safe on several instances at once and after a crash half-way.
/// </summary>
public sealed partial class EncryptStoredText(MySqlDataSource db, PiiProtector pii, ILogger<EncryptStoredText> logger) : IStartupTask
{
    /// <summary>Every free-text column about health, disputes or households: table, plain column, ciphertext column.</summary>
    public static readonly (string Table, string Plain, string Encrypted)[] Columns =
    [
        ("fund_application", "reason", "reason_enc"),
        ("fund_application_history", "note", "note_enc"),
        ("review_meeting", "minutes", "minutes_enc"),
        ("review_decision", "note", "note_enc"),
        ("legal_case", "description", "description_enc"),
        ("legal_case", "refusal_reason", "refusal_reason_enc"),
        ("legal_case_history", "note", "note_enc"),
        ("legal_case_note", "body", "body_enc"),
        ("hardship_household_history", "note", "note_enc"),
        ("hardship_declaration", "note", "note_enc"),
        ("hardship_declaration_history", "note", "note_enc"),
        ("hardship_objection", "reason", "reason_enc"),
        ("hardship_objection", "resolution", "resolution_enc"),
    ];

    public int Order => 6;

    public async Task RunAsync(CancellationToken ct)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        foreach (var (table, plain, encrypted) in Columns)
        {
            var done = await PlainRows.RewriteAsync<string>(conn, table, plain, $"{plain} IS NOT NULL",
                $"{encrypted} = @Stored, {plain} = NULL", pii.Encrypt, ct);
            if (done > 0)
            {
                LogEncrypted(logger, done, table, plain);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Encrypted {Count} plain texts of {Table}.{Column}")]
    private static partial void LogEncrypted(ILogger logger, int count, string table, string column);
}

/// <summary>The batch loop of the start-up encryption steps.</summary>
internal static class PlainRows
{
    private const int Batch = 50;

    /// <summary>
    /// Rewrites every row of <paramref name="table"/> matching <paramref name="pending"/>: reads <paramref name="column"/>, sets
    /// <paramref name="set"/> with <c>@Stored</c> = <paramref name="protect"/>(value), only while the row still matches (another
    /// instance may have been first). Returns the rows rewritten.
    /// </summary>
    public static async Task<int> RewriteAsync<T>(MySqlConnection conn, string table, string column, string pending, string set,
        Func<T, byte[]> protect, CancellationToken ct)
    {
        var done = 0;
        while (true)
        {
            var rows = (await conn.QueryAsync<(long Id, T Value)>(new CommandDefinition(
                $"SELECT id, {column} FROM {table} WHERE {pending} ORDER BY id LIMIT {Batch}", cancellationToken: ct))).ToList();
            foreach (var (id, value) in rows)
            {
                done += await conn.ExecuteAsync(new CommandDefinition(
                    $"UPDATE {table} SET {set} WHERE id = @Id AND {pending}", new { Id = id, Stored = protect(value) }, cancellationToken: ct));
            }

            if (rows.Count < Batch)
            {
                return done;
            }
        }
    }
}

using System.Data.Common;
using System.Text;
using MySqlConnector;

namespace UnionHub.Api.Platform;

/// <summary>
/// One multi-row <c>INSERT</c> (one round trip for a whole batch), with every value passed as a parameter:
/// <code>
/// var insert = new MultiRowInsert("voucher", "perk_id", "member_id", "code");
/// insert.Row(perkId, memberId, code);  // once per row
/// await insert.ExecuteAsync(conn, tx, ct);
/// </code>
/// <paramref name="onDuplicate"/> (e.g. <c>"ON DUPLICATE KEY UPDATE id = id"</c>) is appended as is; <c>ignore</c>
/// makes it <c>INSERT IGNORE</c> (rows whose unique key exists are skipped).
/// The values are positional parameters (<c>?</c>) handed to MySqlConnector as they are: a batch's insert has thousands of
/// them (a claim batch's keys, the refusal recorder's 500 rows of 9 columns), and named ones cost a name per value to build,
/// and a name lookup per value when the driver writes the statement. The values are the driver's types (numbers, strings,
/// byte arrays, dates, enums, null), as with Dapper.
/// </summary>
public sealed class MultiRowInsert(string table, params string[] columns)
{
    private readonly StringBuilder _values = new();
    private readonly List<object> _arguments = [];

    public int Count { get; private set; }

    public bool Ignore { get; init; }

    public string? OnDuplicate { get; init; }

    public MultiRowInsert Row(params object?[] values)
    {
        if (values.Length != columns.Length)
        {
            throw new ArgumentException($"{table}: {columns.Length} columns, {values.Length} values", nameof(values));
        }

        _values.Append(Count == 0 ? "(?" : ",(?");
        for (var c = 1; c < values.Length; c++)
        {
            _values.Append(",?");
        }

        _values.Append(')');
        foreach (var value in values)
        {
            _arguments.Add(value ?? DBNull.Value);
        }

        Count++;
        return this;
    }

    public string Sql => $"INSERT {(Ignore ? "IGNORE " : "")}INTO {table} ({string.Join(", ", columns)}) VALUES {_values}"
        + (OnDuplicate is null ? "" : " " + OnDuplicate);

    /// <summary>Runs the insert (nothing when no row was added); returns the rows affected.</summary>
    public async Task<int> ExecuteAsync(DbConnection connection, DbTransaction? transaction, CancellationToken ct)
    {
        if (Count == 0)
        {
            return 0;
        }

        await using var command = new MySqlCommand(Sql, (MySqlConnection)connection, (MySqlTransaction?)transaction);
        foreach (var value in _arguments)
        {
            command.Parameters.Add(new MySqlParameter { Value = value }); // positional: in the order of the ?s
        }

        return await command.ExecuteNonQueryAsync(ct);
    }
}

using System.Data.Common;
using System.Globalization;
using System.Text;
using Dapper;

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
/// </summary>
public sealed class MultiRowInsert(string table, params string[] columns)
{
    private readonly StringBuilder _values = new();
    private readonly DynamicParameters _parameters = new();

    public int Count { get; private set; }

    public bool Ignore { get; init; }

    public string? OnDuplicate { get; init; }

    public MultiRowInsert Row(params object?[] values)
    {
        if (values.Length != columns.Length)
        {
            throw new ArgumentException($"{table}: {columns.Length} columns, {values.Length} values", nameof(values));
        }

        _values.Append(Count == 0 ? "(" : ",(");
        for (var c = 0; c < values.Length; c++)
        {
            var name = string.Create(CultureInfo.InvariantCulture, $"r{Count}c{c}");
            _values.Append(c == 0 ? "@" : ",@").Append(name);
            _parameters.Add(name, values[c]);
        }

        _values.Append(')');
        Count++;
        return this;
    }

    public string Sql => $"INSERT {(Ignore ? "IGNORE " : "")}INTO {table} ({string.Join(", ", columns)}) VALUES {_values}"
        + (OnDuplicate is null ? "" : " " + OnDuplicate);

    /// <summary>Runs the insert (nothing when no row was added); returns the rows affected.</summary>
    public Task<int> ExecuteAsync(DbConnection connection, DbTransaction? transaction, CancellationToken ct) =>
        Count == 0 ? Task.FromResult(0)
            : connection.ExecuteAsync(new CommandDefinition(Sql, _parameters, transaction, cancellationToken: ct));
}

using System.Data.Common;
using Dapper;

namespace UnionHub.Api.Platform;

/// <summary>
/// A row lock that also serialises on a multi-primary cluster (DESIGN 12; ADR 0016, 2026-12-04). On Galera
/// <c>SELECT ... FOR UPDATE</c> and <c>LOCK IN SHARE MODE</c> are node-local: two transactions on different nodes that only
/// lock the same row both commit. Only rows both of them change collide at certification (1213 at COMMIT, re-run whole by
/// <see cref="Transactions"/>), and a no-op <c>UPDATE t SET id = id</c> changes nothing, so MariaDB writes nothing for it.
/// <see cref="WriteAsync(DbConnection, DbTransaction, string, long, CancellationToken)"/> bumps the row's <c>lock_version</c>
/// (V153): an exclusive row lock, as a <c>FOR UPDATE</c> takes on one server (same waits, same answers), that is also a write.
/// Call it where a rule is checked under the lock of a row the transaction would not otherwise write, in the order the row's
/// lock was taken before. Not for hot rows: a drop's stock row is the claim engine's and already written (ADR 0008).
/// </summary>
public static class RowLocks
{
    public const string Fund = "fund";
    public const string StaffUser = "staff_user";
    public const string Enterprise = "enterprise";
    public const string Member = "member";
    public const string Org = "org";
    public const string Lottery = "lottery";
    public const string MutualAidPlan = "mutual_aid_plan";

    /// <summary>The tables with a <c>lock_version</c> column (V153).</summary>
    private static readonly HashSet<string> Tables = [Fund, StaffUser, Enterprise, Member, Org, Lottery, MutualAidPlan];

    /// <summary>Locks the row by writing it; false when there is no such row (nothing was locked).</summary>
    public static async Task<bool> WriteAsync(DbConnection conn, DbTransaction tx, string table, long id, CancellationToken ct) =>
        await conn.ExecuteAsync(new CommandDefinition(Sql(table, "id = @id"), new { id }, tx, cancellationToken: ct)) == 1;

    /// <summary>Locks the rows by writing them, in id order (the primary key's order); how many there were.</summary>
    public static Task<int> WriteAsync(DbConnection conn, DbTransaction tx, string table, IReadOnlyCollection<long> ids, CancellationToken ct) =>
        conn.ExecuteAsync(new CommandDefinition(Sql(table, "id IN @ids") + " ORDER BY id", new { ids }, tx, cancellationToken: ct));

    private static string Sql(string table, string where) => Tables.Contains(table)
        ? $"UPDATE {table} SET lock_version = lock_version + 1 WHERE {where}"
        : throw new ArgumentException($"{table} has no lock_version column (V153)", nameof(table));
}

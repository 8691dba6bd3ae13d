using System.Data.Common;

namespace UnionHub.Api.Platform;

/// <summary>Per-member quotas (open cases, stored bytes, open objections) are counted under the member's row lock.</summary>
public static class MemberQuota
{
    /// <summary>
    /// Locks the member's row for the rest of the transaction by writing it (<see cref="RowLocks"/>: a bare FOR UPDATE, or a no-op
    /// <c>SET id = id</c> as here until 2026-12-04, would not serialise two cluster nodes), so a quota is counted and used by one
    /// request at a time: parallel requests cannot all see room for one more.
    /// Count with a locking read (<c>LOCK IN SHARE MODE</c>): a plain read sees the snapshot of the transaction's first read,
    /// which may predate the lock wait.
    /// </summary>
    public static Task LockAsync(DbConnection conn, DbTransaction tx, long memberId, CancellationToken ct) =>
        RowLocks.WriteAsync(conn, tx, RowLocks.Member, memberId, ct);
}

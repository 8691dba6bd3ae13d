using System.Data.Common;
using System.Globalization;
using System.Security.Claims;
using Dapper;
using UnionHub.Api.Platform;

namespace UnionHub.Api.Features.Members;

/// <summary>
/// Which organisations a caller may act on. Organisations form a tree kept as a materialised path
/// (<c>/1/5/12/</c>): the subtree of an org is every org whose path starts with its path. A super_admin
/// sees every org; an org_admin sees their own org and everything below it; anyone else sees none.
/// Callers outside the scope must answer 404 (never 403), so ids cannot be probed.
/// Reusable by other features: <see cref="CanActOnAsync"/> ("is org X inside the caller's subtree")
/// and <see cref="IsInsideAsync"/> ("is org X inside org Y's subtree").
/// </summary>
public static class OrgScope
{
    public sealed record OrgRow(long Id, long? ParentId, string Name, string Path, int Depth, DateTime CreatedAt);

    private const string SelectOrg = "SELECT id, parent_id AS ParentId, name, path, depth, created_at AS CreatedAt FROM org WHERE id = @Id";

    private const string SelectInside = """
        SELECT EXISTS (
            SELECT 1 FROM org x JOIN org y ON y.id = @AncestorId
            WHERE x.id = @OrgId AND x.path LIKE CONCAT(y.path, '%'))
        """;

    /// <summary>The path prefix of the caller's scope: "/" for super_admin, the own org's path for org_admin, null for none.</summary>
    public static async Task<string?> RootPathAsync(DbConnection conn, DbTransaction? tx, ClaimsPrincipal user, CancellationToken ct)
    {
        if (user.IsInRole(Roles.SuperAdmin))
        {
            return "/";
        }

        if (!user.IsInRole(Roles.OrgAdmin) || user.OrgId() is not { } own)
        {
            return null;
        }

        return await conn.ExecuteScalarAsync<string?>(new CommandDefinition("SELECT path FROM org WHERE id = @own", new { own }, tx, cancellationToken: ct));
    }

    /// <summary>The org when it exists and lies inside the caller's subtree; null otherwise (answer 404).</summary>
    public static async Task<OrgRow?> FindVisibleAsync(DbConnection conn, DbTransaction? tx, ClaimsPrincipal user, long orgId, CancellationToken ct)
    {
        var root = await RootPathAsync(conn, tx, user, ct);
        if (root is null)
        {
            return null;
        }

        var org = await conn.QuerySingleOrDefaultAsync<OrgRow>(new CommandDefinition(SelectOrg, new { Id = orgId }, tx, cancellationToken: ct));
        return org is not null && org.Path.StartsWith(root, StringComparison.Ordinal) ? org : null;
    }

    /// <summary>Is <paramref name="orgId"/> inside the caller's subtree (super_admin: any existing org)?</summary>
    public static async Task<bool> CanActOnAsync(DbConnection conn, DbTransaction? tx, ClaimsPrincipal user, long orgId, CancellationToken ct) =>
        await FindVisibleAsync(conn, tx, user, orgId, ct) is not null;

    /// <summary>Is <paramref name="orgId"/> the org <paramref name="ancestorId"/> or below it? False when either does not exist.</summary>
    public static Task<bool> IsInsideAsync(DbConnection conn, DbTransaction? tx, long orgId, long ancestorId, CancellationToken ct) =>
        conn.ExecuteScalarAsync<bool>(new CommandDefinition(SelectInside, new { OrgId = orgId, AncestorId = ancestorId }, tx, cancellationToken: ct));

    /// <summary>Pure form for callers that already hold both paths.</summary>
    public static bool IsInside(string orgPath, string ancestorPath) => orgPath.StartsWith(ancestorPath, StringComparison.Ordinal);

    /// <summary>Parses an id given as a string in a request (ids are strings on the wire).</summary>
    public static long? ParseId(string? id) =>
        long.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value > 0 ? value : null;

    public static string Text(this long id) => id.ToString(CultureInfo.InvariantCulture);
}

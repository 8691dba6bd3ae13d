using System.Data.Common;
using System.Security.Claims;
using UnionHub.Api.Platform;

namespace UnionHub.Api.Features.Members;

/// <summary>
/// The organisation tree, kept as a materialised path (<c>/1/5/12/</c>): the subtree of an org is every org whose path
/// starts with its path. Who sees which org is <see cref="Scope"/>'s answer.
/// </summary>
public static class Orgs
{
    public sealed record OrgRow(long Id, long? ParentId, string Name, string Path, int Depth, DateTime CreatedAt) : IOrgOwned
    {
        public string OrgPath => Path;
    }

    private const string SelectOrg = "SELECT id, parent_id AS ParentId, name, path, depth, created_at AS CreatedAt FROM org WHERE id = @Id";

    /// <summary>The org when it exists and lies inside the scope; null otherwise (answer 404).</summary>
    public static Task<OrgRow?> FindVisibleAsync(DbConnection conn, DbTransaction? tx, Scope scope, long? id, CancellationToken ct) =>
        scope.FindAsync<OrgRow>(conn, tx, SelectOrg, id, ct);

    /// <summary>
    /// The caller's scope, narrowed to the subtree of <paramref name="orgId"/> when a request names one (an "?orgId=" filter);
    /// <see cref="Scope.None"/> when that org is not visible to the caller.
    /// </summary>
    public static async Task<Scope> ScopeAsync(DbConnection conn, DbTransaction? tx, ClaimsPrincipal user, long? orgId, CancellationToken ct)
    {
        var scope = await Scope.OfAsync(conn, tx, user, ct);
        return orgId is null ? scope : await FindVisibleAsync(conn, tx, scope, orgId, ct) is { } org ? scope.Within(org.Path) : Scope.None;
    }
}

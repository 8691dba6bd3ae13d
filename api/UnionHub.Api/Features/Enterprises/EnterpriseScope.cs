using System.Data.Common;
using System.Security.Claims;
using Dapper;
using UnionHub.Api.Features.Members;

namespace UnionHub.Api.Features.Enterprises;

/// <summary>
/// Which enterprises a staff caller may act on: those whose organisation lies inside the caller's subtree
/// (<see cref="OrgScope"/>; super_admin: all). Outside it the answer is 404, so ids cannot be probed.
/// </summary>
public static class EnterpriseScope
{
    public sealed record EnterpriseRow(long Id, long OrgId, string Name, string CreditCode, string OrgPath, string OrgName);

    private const string Select = """
        SELECT e.id, e.org_id AS OrgId, e.name, e.credit_code AS CreditCode, o.path AS OrgPath, o.name AS OrgName
        FROM enterprise e JOIN org o ON o.id = e.org_id WHERE e.id = @id
        """;

    public static Task<EnterpriseRow?> LoadAsync(DbConnection conn, DbTransaction? tx, long id, CancellationToken ct) =>
        conn.QuerySingleOrDefaultAsync<EnterpriseRow>(new CommandDefinition(Select, new { id }, tx, cancellationToken: ct));

    /// <summary>The enterprise when it exists and its organisation lies inside the caller's subtree; null otherwise (answer 404).</summary>
    public static async Task<EnterpriseRow?> FindVisibleAsync(DbConnection conn, DbTransaction? tx, ClaimsPrincipal user, long id, CancellationToken ct)
    {
        var root = await OrgScope.RootPathAsync(conn, tx, user, ct);
        if (root is null)
        {
            return null;
        }

        var row = await LoadAsync(conn, tx, id, ct);
        return row is not null && OrgScope.IsInside(row.OrgPath, root) ? row : null;
    }
}

using System.Data.Common;
using Dapper;
using UnionHub.Api.Platform;

namespace UnionHub.Api.Features.Enterprises;

/// <summary>An enterprise with its organisation, for the enterprise use cases; who sees it is <see cref="Scope"/>'s answer.</summary>
public static class EnterpriseRows
{
    public sealed record EnterpriseRow(long Id, long OrgId, string Name, string CreditCode, string OrgPath, string OrgName) : IOrgOwned;

    private const string Select = """
        SELECT e.id, e.org_id AS OrgId, e.name, e.credit_code AS CreditCode, o.path AS OrgPath, o.name AS OrgName
        FROM enterprise e JOIN org o ON o.id = e.org_id WHERE e.id = @Id
        """;

    public static Task<EnterpriseRow?> LoadAsync(DbConnection conn, DbTransaction? tx, long id, CancellationToken ct) =>
        conn.QuerySingleOrDefaultAsync<EnterpriseRow>(new CommandDefinition(Select, new { Id = id }, tx, cancellationToken: ct));

    /// <summary>The enterprise when it exists and its organisation lies inside the scope; null otherwise (answer 404).</summary>
    public static Task<EnterpriseRow?> FindVisibleAsync(DbConnection conn, DbTransaction? tx, Scope scope, long? id, CancellationToken ct) =>
        scope.FindAsync<EnterpriseRow>(conn, tx, Select, id, ct);
}

using System.Data.Common;
using System.Security.Claims;
using Dapper;

namespace UnionHub.Api.Platform;

/// <summary>A row that belongs to an organisation: the materialised path of that organisation decides who sees it.</summary>
public interface IOrgOwned
{
    string OrgPath { get; }
}

/// <summary>
/// What the caller may see: the one answer to "may this caller see that row". Organisations form a tree kept as
/// materialised paths (<c>/1/5/12/</c>); the subtree of an org is every org whose path starts with its path.
/// A super_admin sees every organisation (<see cref="Path"/> "/"), an org_admin their own org's subtree, a reviewer (the
/// fund office: its routes are the relief-fund routes and the mutual-aid claim routes) the subtree of the org it is bound to or, bound to none, every
/// organisation; any other caller no organisation (<see cref="Path"/> null). Besides, a member sees their own rows (<see cref="MemberId"/>), an
/// enterprise contact their enterprise's (<see cref="EnterpriseId"/>), a lawyer the cases assigned to them
/// (<see cref="LawyerId"/>). Outside the scope the answer is 404, never 403, so ids cannot be probed.
/// <para>In C#: <see cref="Contains"/> and <see cref="FindAsync{TRow}"/>. In SQL: <see cref="Sql"/> with the parameter
/// <c>ScopePath</c> bound to <see cref="Path"/> (a null path matches no row).</para>
/// </summary>
public sealed record Scope(string? Path, long? MemberId = null, long? EnterpriseId = null, long? LawyerId = null)
{
    /// <summary>Sees nothing.</summary>
    public static readonly Scope None = new((string?)null);

    /// <summary>The caller's scope, from their claims (and, for an org_admin, their org's path).</summary>
    public static async Task<Scope> OfAsync(DbConnection conn, DbTransaction? tx, ClaimsPrincipal user, CancellationToken ct)
    {
        string? path = null;
        if (user.IsInRole(Roles.SuperAdmin))
        {
            path = "/";
        }
        else if ((user.IsInRole(Roles.OrgAdmin) || user.IsInRole(Roles.Reviewer)) && user.OrgId() is { } own)
        {
            path = await conn.ExecuteScalarAsync<string?>(new CommandDefinition("SELECT path FROM org WHERE id = @own", new { own }, tx,
                cancellationToken: ct));
        }
        else if (user.IsInRole(Roles.Reviewer))
        {
            path = "/";
        }

        return new Scope(path, user.MemberId(), user.IsInRole(Roles.EnterpriseContact) ? user.EnterpriseId() : null,
            user.IsInRole(Roles.Lawyer) ? user.StaffId() : null);
    }

    /// <summary>Every organisation.</summary>
    public bool SeesEverything => Path == "/";

    /// <summary>Does the organisation with this path lie inside the caller's subtree? Everything includes rows with no organisation.</summary>
    public bool Contains(string? orgPath) => SeesEverything || (Path is not null && orgPath is not null && IsInside(orgPath, Path));

    /// <summary>
    /// Does the organisation lie inside the scope and strictly below the caller's own organisation? For decisions an
    /// organisation may not take on itself (super_admin: every organisation).
    /// </summary>
    public bool ContainsBelow(string orgPath) => Contains(orgPath) && orgPath != Path;

    /// <summary>The scope narrowed to the subtree of an organisation inside it (for "?orgId=" filters); <see cref="None"/> otherwise.</summary>
    public Scope Within(string orgPath) => Contains(orgPath) ? this with { Path = orgPath } : None;

    /// <summary>
    /// The SQL condition "the organisation whose path is in <paramref name="pathColumn"/> lies inside the scope" (the same
    /// answer as <see cref="Contains"/>); bind <c>ScopePath</c> to <see cref="Path"/>.
    /// </summary>
    public static string Sql(string pathColumn) => $"(@ScopePath = '/' OR {pathColumn} LIKE CONCAT(@ScopePath, '%'))";

    /// <summary>
    /// The row <paramref name="sql"/> selects for <c>@Id</c> when <paramref name="id"/> is an id and the row lies inside the
    /// scope; null otherwise (answer 404).
    /// </summary>
    public async Task<TRow?> FindAsync<TRow>(DbConnection conn, DbTransaction? tx, string sql, long? id, CancellationToken ct)
        where TRow : class, IOrgOwned
    {
        if (Path is null || id is null)
        {
            return null;
        }

        var row = await conn.QuerySingleOrDefaultAsync<TRow>(new CommandDefinition(sql, new { Id = id }, tx, cancellationToken: ct));
        return row is not null && Contains(row.OrgPath) ? row : null;
    }

    /// <summary>Is the organisation with path <paramref name="orgPath"/> the one with <paramref name="ancestorPath"/> or below it?</summary>
    public static bool IsInside(string orgPath, string ancestorPath) => orgPath.StartsWith(ancestorPath, StringComparison.Ordinal);
}

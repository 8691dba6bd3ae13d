using System.Globalization;
using Dapper;

namespace UnionHub.Api.Platform;

/// <summary>
/// The organisations at and above one organisation, read from its materialised path: <c>/1/5/23/</c> is the path of 23 under 5
/// under 1 (an org's path is its parent's path plus its own id, and orgs never move), so its ancestors are 1, 5 and 23.
/// Member lists ("published by my organisation or one above it") read a page with <see cref="PageSql"/>: one query per
/// ancestor, each walking its own (org_id, key) index from the cursor for at most a page, merged; not
/// <c>x.org_id IN @OrgIds ... ORDER BY x.id DESC LIMIT n</c>, which reads and sorts every row of those orgs below the cursor,
/// nor <c>@MemberPath LIKE CONCAT(o.path, '%')</c>, which reads every row of the table.
/// </summary>
public static class OrgAncestors
{
    /// <summary>The ids of the org with <paramref name="path"/> and of every org above it, root first; none for a null path.</summary>
    public static long[] Of(string? path) => path is null
        ? []
        : path.Split('/', StringSplitOptions.RemoveEmptyEntries).Select(id => long.Parse(id, NumberStyles.None, CultureInfo.InvariantCulture)).ToArray();

    /// <summary>
    /// One page of a member list over <paramref name="orgs"/> organisations (bound by <see cref="Bind"/> as <c>@Org0</c>,
    /// <c>@Org1</c>, ...) and, with <paramref name="withNoOrg"/>, the rows aimed at everyone (<c>org_id IS NULL</c>).
    /// <paramref name="keys"/> is the list's query for one of them: given the condition its org_id column must meet
    /// (<c>= @Org0</c>, ..., or <c>IS NULL</c>) it selects the row's <c>id</c> and its sort key <paramref name="key"/> with every
    /// filter of the list, and ends in <c>ORDER BY key DESC LIMIT @Take</c>, which an index (org_id, [columns compared with a
    /// constant,] key) answers by reading at most @Take entries from the cursor on. Name that index with <c>FORCE INDEX</c>
    /// (costing a LIMIT, the planner may otherwise walk another index that gives the order, such as (status, feed_key), and
    /// skip the other orgs' rows one by one), and keep joins out of the branch (a join to a small table through a join buffer
    /// gives up the order and sorts the org's rows): a column of another table is a scalar subquery. The branches are joined by UNION ALL, the
    /// first @Take of them by key kept, and only those rows are read in full: <paramref name="columns"/> (the list's
    /// <c>SELECT ... FROM table alias ...</c>) joined to them by <c>alias.id</c>, in key order. A page thus reads at most
    /// (branches x @Take) index entries whatever the organisations published, and wide columns (bodies, descriptions) only
    /// of the rows it returns. Org ids are distinct, so no row comes twice. Parenthesised <c>SELECT ... ORDER BY ... LIMIT</c>
    /// branches in UNION ALL in a derived table: MariaDB 10.4+, MySQL 8, TiDB.
    /// </summary>
    public static string PageSql(string columns, string alias, Func<string, string> keys, string key, int orgs, bool withNoOrg = false)
    {
        var branches = Enumerable.Range(0, orgs).Select(i => $"= @Org{i}").Concat(withNoOrg ? ["IS NULL"] : [])
            .Select(condition => $"({keys(condition).Trim()})")
            .ToList();
        if (branches.Count == 0)
        {
            throw new ArgumentException("a page over no organisation: answer an empty page without asking the database", nameof(orgs));
        }

        return $"""
            {columns.Trim()}
            JOIN ({string.Join("\nUNION ALL\n", branches)}
                  ORDER BY {key} DESC LIMIT @Take) page ON page.id = {alias}.id
            ORDER BY page.{key} DESC
            """;
    }

    /// <summary>The list's own parameters (<paramref name="args"/>, which must hold <c>Take</c>) and the org ids as <c>@Org0</c>, <c>@Org1</c>, ...</summary>
    public static DynamicParameters Bind(object args, IReadOnlyList<long> orgIds)
    {
        var parameters = new DynamicParameters(args);
        for (var i = 0; i < orgIds.Count; i++)
        {
            parameters.Add(string.Create(CultureInfo.InvariantCulture, $"Org{i}"), orgIds[i]);
        }

        return parameters;
    }
}

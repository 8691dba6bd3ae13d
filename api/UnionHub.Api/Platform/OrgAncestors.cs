using System.Globalization;

namespace UnionHub.Api.Platform;

/// <summary>
/// The organisations at and above one organisation, read from its materialised path: <c>/1/5/23/</c> is the path of 23 under 5
/// under 1 (an org's path is its parent's path plus its own id, and orgs never move), so its ancestors are 1, 5 and 23.
/// Member lists ("published by my organisation or one above it") filter on <c>x.org_id IN @OrgIds</c> with these ids, which an
/// (org_id, id) index serves, instead of <c>@MemberPath LIKE CONCAT(o.path, '%')</c>, which reads every row of the table.
/// </summary>
public static class OrgAncestors
{
    /// <summary>The ids of the org with <paramref name="path"/> and of every org above it, root first; none for a null path.</summary>
    public static long[] Of(string? path) => path is null
        ? []
        : path.Split('/', StringSplitOptions.RemoveEmptyEntries).Select(id => long.Parse(id, NumberStyles.None, CultureInfo.InvariantCulture)).ToArray();
}

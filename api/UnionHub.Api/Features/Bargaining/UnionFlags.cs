namespace UnionHub.Api.Features.Bargaining;

/// <summary>
/// PUT /admin/enterprises/{id}/union-flags: whether the enterprise has a union and a workers' congress, and its headcount (the
/// staff it employs, 0-10,000,000; the yearly report's coverage of enterprises with 100+ staff); omitted: unchanged.
/// </summary>
public static class UnionFlags
{
    public sealed record Request(bool? IsUnionised, bool? HasWorkersCongress, int? Headcount = null);

    public sealed record Response(string EnterpriseId, bool IsUnionised, bool HasWorkersCongress, int? Headcount);
}

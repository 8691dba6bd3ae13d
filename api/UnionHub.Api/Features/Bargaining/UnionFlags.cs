namespace UnionHub.Api.Features.Bargaining;

/// <summary>PUT /admin/enterprises/{id}/union-flags: whether the enterprise has a union and a workers' congress (omitted: unchanged).</summary>
public static class UnionFlags
{
    public sealed record Request(bool? IsUnionised, bool? HasWorkersCongress);

    public sealed record Response(string EnterpriseId, bool IsUnionised, bool HasWorkersCongress);
}

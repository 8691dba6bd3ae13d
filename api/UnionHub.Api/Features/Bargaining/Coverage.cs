namespace UnionHub.Api.Features.Bargaining;

/// <summary>
/// GET /admin/bargaining/coverage?orgId=: for an organisation's subtree (default: the caller's scope) and for each of its
/// direct children, how many enterprises there are, how many are unionised, and of those how many have a signed agreement
/// (step 6 done) and a workers' congress; the shares are of the unionised enterprises (null when there are none).
/// </summary>
public static class Coverage
{
    public sealed record Figures(string? OrgId, string Name, long Enterprises, long Unionised, long Signed, long WithWorkersCongress,
        double? SignedShare, double? WorkersCongressShare);

    public sealed record Response(Figures Total, IReadOnlyList<Figures> Children);
}

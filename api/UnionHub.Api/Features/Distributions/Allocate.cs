namespace UnionHub.Api.Features.Distributions;

/// <summary>
/// POST /admin/distributions/{id}/allocations: allocates quantities to enterprises of the distribution's organisation subtree,
/// by head count (verified members of each enterprise x perHead) or by hand. One allocation per enterprise per distribution.
/// All or nothing: the total is reserved from the perk's stock by ONE conditional update in the same transaction
/// (<c>claimed + n &lt;= stock</c>), so parallel allocations and member claims never take more than the stock together.
/// </summary>
public static class Allocate
{
    public const string HeadCount = "head_count";
    public const string Manual = "manual";
    public const int MaxEnterprises = 500;
    public const int MaxQuantity = 1_000_000;

    public sealed record ManualLine(string? EnterpriseId, int? Quantity);

    public sealed record Request(string? Method, int? PerHead, IReadOnlyList<string>? EnterpriseIds, IReadOnlyList<ManualLine>? Allocations);

    public sealed record Response(IReadOnlyList<DistributionViews.AllocationResponse> Allocations, IReadOnlyList<string> SkippedNoMembers,
        int Total, int PerkRemaining);
}

namespace UnionHub.Api.Features.Distributions;

/// <summary>
/// POST /enterprise/allocations/{id}/handouts: the enterprise contact records goods handed to workers, either by scanning a
/// worker's voucher of the distributed perk (<c>code</c> or signed <c>qrPayload</c>; the voucher is marked redeemed exactly
/// once) or from a list of member ids of the enterprise (<c>memberIds</c>, up to 500). All or nothing. One hand-out per
/// member per allocation (UNIQUE), and the handed-out total never exceeds what was received (one conditional update).
/// </summary>
public static class HandOut
{
    public const int MaxList = 500;

    public sealed record Request(string? Code, string? QrPayload, IReadOnlyList<string>? MemberIds);

    public sealed record HandedOut(string MemberId, string? VoucherId);

    public sealed record Response(IReadOnlyList<HandedOut> HandedOut, DistributionViews.AllocationResponse Allocation);
}

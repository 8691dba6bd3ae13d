namespace UnionHub.Api.Features.Distributions;

/// <summary>
/// POST /enterprise/allocations/{id}/receipts: the enterprise contact confirms goods arriving, with the quantity actually
/// received (it may differ from what was sent; several lots add up) and a note. The received total never exceeds the
/// allocation: one conditional update decides, so parallel confirmations add up exactly.
/// </summary>
public static class ConfirmReceipt
{
    public sealed record Request(int? Quantity, string? Note);
}

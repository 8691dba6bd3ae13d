namespace UnionHub.Api.Features.Funds;

/// <summary>GET /funds: the funds open now, with what a member needs to decide whether to apply.</summary>
public static class OpenFunds
{
    public sealed record Fund(string Id, string Name, string Kind, int Year, long MaxGrantFen, DateTimeOffset? OpensAt,
        DateTimeOffset? ClosesAt, string? EligibilityNotes);
}

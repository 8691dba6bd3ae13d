using Dapper;
using UnionHub.Api.Platform;

namespace UnionHub.Api.Features.Donations;

/// <summary>
/// Reversal of a mistaken donation under dual control: a staff user requests it with a reason
/// (POST /admin/donations/{id}/reversal), a different one approves (POST .../reversal/approve) or anyone in scope rejects or
/// withdraws it (POST .../reversal/reject). The approval locks the fund row (the order review meetings use: fund first),
/// flips the donation with a conditional UPDATE that names the requester, takes the amount off the fund's donated total only
/// while what is granted stays within budget + donations, and appends a <c>donation_reversal</c> ledger row with the negative
/// amount. The donation row and its original ledger row stay.
/// </summary>
public static class Reversals
{
    public sealed record Request(string? Reason);

    internal sealed record State(string Status, long? RequestedBy);

    internal static Task<State> LockedStateAsync(System.Data.Common.DbConnection conn, System.Data.Common.DbTransaction tx, long id, CancellationToken ct) =>
        // a locking read sees the latest committed state (a plain read would see this transaction's snapshot)
        conn.QuerySingleAsync<State>(new CommandDefinition(
            "SELECT status AS Status, reversal_requested_by AS RequestedBy FROM donation WHERE id = @Id FOR UPDATE", new { Id = id }, tx,
            cancellationToken: ct));
}

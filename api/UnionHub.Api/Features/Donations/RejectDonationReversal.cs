using Dapper;
using Microsoft.AspNetCore.Http.HttpResults;
using UnionHub.Api.Platform;

namespace UnionHub.Api.Features.Donations;

/// <summary>POST /admin/donations/{id}/reversal/reject: the requested reversal is dropped (by another user, or withdrawn by the requester); the donation stays recorded.</summary>
public static class RejectDonationReversal
{
    private const string MarkRecorded = """
        UPDATE donation SET status = 'recorded', reversal_reason_enc = NULL, reversal_requested_by = NULL, reversal_requested_at = NULL,
               reversal_decided_by = NULL, reversal_decided_at = NULL
        WHERE id = @Id AND status = 'reversal_requested'
        """;

    public static async Task<Results<Ok<Donations.Donation>, ProblemHttpResult>> Handle(string id, HttpContext http,
        Transactions transactions, PiiProtector pii, CancellationToken ct)
    {
        if (Ids.Parse(id) is not { } donationId)
        {
            return Problems.NotFound("donation");
        }

        return await transactions.RunAsync<Results<Ok<Donations.Donation>, ProblemHttpResult>>(async (conn, tx) =>
        {
            var row = await Donations.FindVisibleAsync(conn, tx, await Scope.OfAsync(conn, tx, http.User, ct), donationId, ct);
            if (row is null)
            {
                return Problems.NotFound("donation");
            }

            if (await conn.ExecuteAsync(new CommandDefinition(MarkRecorded, new { Id = donationId }, tx, cancellationToken: ct)) != 1)
            {
                var state = await Reversals.LockedStateAsync(conn, tx, donationId, ct);
                return Problems.Create(409, DonationProblems.ReversalNotRequested, "Only a requested reversal can be rejected.", $"The donation is {state.Status}.");
            }

            await Audit.WriteAsync(conn, tx, http, "donation.reversal_reject", "donation", DonationRules.Id(donationId),
                new { requestedBy = row.ReversalRequestedBy, withdrawn = row.ReversalRequestedBy == http.User.StaffId() }, ct);
            return TypedResults.Ok(await Donations.LoadAsync(conn, tx, donationId, pii, ct));
        }, ct);
    }
}

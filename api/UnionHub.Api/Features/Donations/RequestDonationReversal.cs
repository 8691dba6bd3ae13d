using Dapper;
using Microsoft.AspNetCore.Http.HttpResults;
using UnionHub.Api.Platform;

namespace UnionHub.Api.Features.Donations;

public static class RequestDonationReversal
{
    private const string MarkRequested = """
        UPDATE donation SET status = 'reversal_requested', reversal_reason_enc = @ReasonEnc, reversal_requested_by = @StaffId,
               reversal_requested_at = @Now, reversal_decided_by = NULL, reversal_decided_at = NULL
        WHERE id = @Id AND status = 'recorded'
        """;

    public static async Task<Results<Ok<Donations.Donation>, ProblemHttpResult>> Handle(string id, Reversals.Request request, HttpContext http,
        Transactions transactions, PiiProtector pii, TimeProvider clock, CancellationToken ct)
    {
        if (Ids.Parse(id) is not { } donationId)
        {
            return Problems.NotFound("donation");
        }

        var v = new Validator().Required(request.Reason, "reason", DonationRules.MaxReasonChars);
        if (!v.IsValid)
        {
            return v.Problem();
        }

        var now = clock.GetUtcNow().UtcDateTime;
        return await transactions.RunAsync<Results<Ok<Donations.Donation>, ProblemHttpResult>>(async (conn, tx) =>
        {
            var row = await Donations.FindVisibleAsync(conn, tx, await Scope.OfAsync(conn, tx, http.User, ct), donationId, ct);
            if (row is null)
            {
                return Problems.NotFound("donation");
            }

            if (await conn.ExecuteAsync(new CommandDefinition(MarkRequested, new
                {
                    Id = donationId, ReasonEnc = pii.Encrypt(request.Reason!.Trim()), StaffId = http.User.StaffId(), Now = now,
                }, tx, cancellationToken: ct)) != 1)
            {
                var state = await Reversals.LockedStateAsync(conn, tx, donationId, ct);
                return Problems.Create(409, DonationProblems.NotReversible, "Only a recorded donation can have a reversal requested.",
                    $"The donation is {state.Status}.");
            }

            await Audit.WriteAsync(conn, tx, http, "donation.reversal_request", "donation", DonationRules.Id(donationId),
                new { fundId = DonationRules.Id(row.FundId), row.AmountFen }, ct);
            return TypedResults.Ok(await Donations.LoadAsync(conn, tx, donationId, pii, ct));
        }, ct);
    }
}

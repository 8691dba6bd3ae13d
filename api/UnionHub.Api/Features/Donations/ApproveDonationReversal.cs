using Dapper;
using Microsoft.AspNetCore.Http.HttpResults;
using UnionHub.Api.Platform;

namespace UnionHub.Api.Features.Donations;

public static class ApproveDonationReversal
{
    private const string MarkReversed = """
        UPDATE donation SET status = 'reversed', reversal_decided_by = @StaffId, reversal_decided_at = @Now
        WHERE id = @Id AND status = 'reversal_requested' AND reversal_requested_by <> @StaffId
        """;

    private const string TakeDonated = """
        UPDATE fund SET donated_fen = donated_fen - @Amount
        WHERE id = @FundId AND donated_fen >= @Amount AND granted_fen <= budget_fen + donated_fen - @Amount
        """;

    public static async Task<Results<Ok<Donations.Donation>, ProblemHttpResult>> Handle(string id, HttpContext http,
        Transactions transactions, PiiProtector pii, TimeProvider clock, CancellationToken ct)
    {
        if (Ids.Parse(id) is not { } donationId)
        {
            return Problems.NotFound("donation");
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var staffId = http.User.StaffId()!.Value;
        return await transactions.RunAsync<Results<Ok<Donations.Donation>, ProblemHttpResult>>(async (conn, tx) =>
        {
            var row = await Donations.FindVisibleAsync(conn, tx, await Scope.OfAsync(conn, tx, http.User, ct), donationId, ct);
            if (row is null)
            {
                return Problems.NotFound("donation");
            }

            // Lock order fund -> donation, as review meetings and payments lock the fund first.
            await conn.ExecuteScalarAsync<long>(new CommandDefinition("SELECT id FROM fund WHERE id = @FundId FOR UPDATE",
                new { row.FundId }, tx, cancellationToken: ct));
            if (await conn.ExecuteAsync(new CommandDefinition(MarkReversed, new { Id = donationId, StaffId = staffId, Now = now }, tx,
                    cancellationToken: ct)) != 1)
            {
                var state = await Reversals.LockedStateAsync(conn, tx, donationId, ct);
                return state.Status != DonationRules.ReversalRequested
                    ? Problems.Create(409, DonationProblems.ReversalNotRequested, "Only a requested reversal can be approved.", $"The donation is {state.Status}.")
                    : Problems.Create(409, DonationProblems.ReversalSameUser,
                        "A reversal must be approved by a different staff user than the one who requested it.");
            }

            if (await conn.ExecuteAsync(new CommandDefinition(TakeDonated, new { row.FundId, Amount = row.AmountFen }, tx, cancellationToken: ct)) != 1)
            {
                var fund = await conn.QuerySingleAsync<(long Budget, long Donated, long Granted)>(new CommandDefinition(
                    "SELECT budget_fen, donated_fen, granted_fen FROM fund WHERE id = @FundId", new { row.FundId }, tx, cancellationToken: ct));
                return Problems.Create(409, DonationProblems.ReversalOverGranted,
                    "Taking this donation out would leave more granted than the fund's budget and donations; nothing was changed.",
                    $"Budget {fund.Budget} fen, donations {fund.Donated} fen, granted {fund.Granted} fen, this donation {row.AmountFen} fen.",
                    new Dictionary<string, object?> { ["shortFen"] = fund.Granted - (fund.Budget + fund.Donated - row.AmountFen) });
            }

            // what is left after the reversal must still cover the published, undrawn grant lotteries' promises, as after a budget cut: the
            // figures and promises read under the fund's lock, at READ COMMITTED (ADR 0018, 2026-12-04 evening)
            var after = await conn.QuerySingleAsync<(long Budget, long Donated, long Granted)>(new CommandDefinition(
                "SELECT budget_fen, donated_fen, granted_fen FROM fund WHERE id = @FundId FOR UPDATE", new { row.FundId }, tx, cancellationToken: ct));
            var promised = await Funds.FundPromises.ReadAsync(conn, tx, row.FundId, ct);
            var headroom = Funds.FundPromises.Headroom(after.Budget, after.Donated, after.Granted, promised.PromisedFen);
            if (promised.PromisedFen > 0 && headroom < 0)
            {
                return Funds.FundPromises.PromisedToLottery(
                    "Taking this donation out would leave the fund short of what its published grant lotteries promise; nothing was changed.",
                    after.Budget, after.Donated + row.AmountFen, after.Granted, promised, row.AmountFen, headroom + row.AmountFen);
            }

            await conn.ExecuteAsync(new CommandDefinition(RecordDonation.InsertLedger, new
            {
                row.FundId, Entry = "donation_reversal", Amount = -row.AmountFen, DonationId = donationId, StaffId = staffId, Now = now,
            }, tx, cancellationToken: ct));
            await Audit.WriteAsync(conn, tx, http, "donation.reversal_approve", "donation", DonationRules.Id(donationId),
                new { fundId = DonationRules.Id(row.FundId), row.AmountFen, requestedBy = row.ReversalRequestedBy }, ct);
            return TypedResults.Ok(await Donations.LoadAsync(conn, tx, donationId, pii, ct));
        }, ct, System.Data.IsolationLevel.ReadCommitted);
    }
}

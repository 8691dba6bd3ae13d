using System.Data;
using System.Data.Common;
using Dapper;
using Microsoft.AspNetCore.Http.HttpResults;
using UnionHub.Api.Features.Perks;
using UnionHub.Api.Platform;

namespace UnionHub.Api.Features.Lotteries;

/// <summary>
/// POST /admin/lotteries/{id}/reoffer-lapsed: staff (org_admin in scope, super_admin) give the places of winners (or promoted members)
/// whose prize voucher expired unused to the published waiting order. Under the lottery row's lock those places are recorded as
/// <c>lapsed</c> in the public record (distinct from <c>declined</c>) and each goes to the next waiting application through the same
/// promotion routine a decline uses (<see cref="LotteryPrizes.PromoteNextAsync"/>): a voucher valid from now and a notice. Running it
/// again (or twice at once) finds nothing more. Audited. Only drawn lotteries (409 <c>lottery.not_drawn</c>); a fund grant does not
/// expire, so a grant lottery has nothing to re-offer. The same work runs by itself on the lease-holding instance
/// (<see cref="LapsedPlaceSweep"/>, ADR 0019 2026-12-04): both call <see cref="ReofferAsync"/> under the lottery row's lock.
/// </summary>
public static class ReofferLapsedLotteryPlaces
{
    /// <param name="Lapsed">Application ids whose place lapsed now, in draw order.</param>
    /// <param name="Promoted">Application ids promoted now, in the order they were promoted (fewer than lapsed when the waiting order ran out).</param>
    public sealed record Response(string LotteryId, IReadOnlyList<string> Lapsed, IReadOnlyList<string> Promoted, LotteryRules.DrawRecord Record);

    // a won place whose voucher is past its validity and not used (stored unused or marked expired), not declined nor lapsed already
    private const string LapsedSql = """
        SELECT r.application_id
        FROM lottery_outcome r JOIN voucher v ON v.id = r.voucher_id
        WHERE r.lottery_id = @LotteryId AND (r.won = 1 OR r.promoted_at IS NOT NULL) AND r.declined_at IS NULL AND r.lapsed_at IS NULL
          AND v.status IN ('unused', 'expired') AND v.valid_until <= @Now
        ORDER BY r.draw_rank
        LIMIT @Limit
        """;

    private const string MarkLapsed = "UPDATE lottery_outcome SET lapsed_at = @Now WHERE application_id = @ApplicationId AND lapsed_at IS NULL";

    public static async Task<Results<Ok<Response>, ProblemHttpResult>> Handle(
        string id, HttpContext http, Transactions transactions, VoucherSigner signer, PiiProtector pii, TimeProvider clock, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        return await transactions.RunAsync<Results<Ok<Response>, ProblemHttpResult>>(async (conn, tx) =>
        {
            var scope = await Scope.OfAsync(conn, tx, http.User, ct);
            if (await LotteryRules.FindVisibleAsync(conn, tx, scope, id, true, ct) is not { } lottery)
            {
                return Problems.NotFound("lottery");
            }

            if (lottery.Status != LotteryRules.Drawn)
            {
                return Problems.Create(409, LotteryProblems.LotteryNotDrawn, "Only a drawn lottery has places to re-offer.");
            }

            var (lapsed, promoted) = await ReofferAsync(conn, tx, lottery, signer, pii, now, int.MaxValue, ct);
            await Audit.WriteAsync(conn, tx, http, "lottery.reoffer_lapsed", "lottery", lottery.Id.Text(), new
            {
                lapsed = lapsed.Select(a => a.Text()), promoted = promoted.Select(a => a.Text()),
            }, ct);
            var record = await LotteryRules.DrawRecordAsync(conn, tx, pii, lottery, now, ct);
            return TypedResults.Ok(new Response(lottery.Id.Text(), lapsed.Select(a => a.Text()).ToList(), promoted.Select(a => a.Text()).ToList(),
                record));
        }, ct, IsolationLevel.ReadCommitted);
    }

    /// <summary>
    /// The one re-offer, for the staff route and the sweep alike: the caller holds the lottery row's lock (a drawn lottery). Up to
    /// <paramref name="limit"/> won (or promoted) places whose prize voucher is past its validity unused are marked lapsed, in draw
    /// order, each by a conditional update (a place lapses once, whoever runs it), and each lapse promotes the next waiting application
    /// through <see cref="LotteryPrizes.PromoteNextAsync"/> (prize and notice; nobody left: the place goes back to the perk's stock).
    /// Returns the lapsed and the promoted application ids.
    /// </summary>
    public static async Task<(List<long> Lapsed, List<long> Promoted)> ReofferAsync(DbConnection conn, DbTransaction tx,
        LotteryRules.LotteryRow lottery, VoucherSigner signer, PiiProtector pii, DateTime now, int limit, CancellationToken ct)
    {
        var candidates = (await conn.QueryAsync<long>(new CommandDefinition(LapsedSql, new { LotteryId = lottery.Id, Now = now, Limit = limit }, tx,
            cancellationToken: ct))).ToList();
        var lapsed = new List<long>(candidates.Count);
        var promoted = new List<long>();
        foreach (var applicationId in candidates)
        {
            if (await conn.ExecuteAsync(new CommandDefinition(MarkLapsed, new { ApplicationId = applicationId, Now = now }, tx, cancellationToken: ct)) != 1)
            {
                continue; // lapsed already: its place was re-offered then
            }

            lapsed.Add(applicationId);
            if (await LotteryPrizes.PromoteNextAsync(conn, tx, lottery, signer, pii, now, ct) is (LotteryPrizes.Promotion.Promoted, { } next))
            {
                promoted.Add(next);
            }
        }

        return (lapsed, promoted);
    }
}

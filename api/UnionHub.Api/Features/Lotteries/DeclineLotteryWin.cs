using System.Data;
using Dapper;
using Microsoft.AspNetCore.Http.HttpResults;
using UnionHub.Api.Features.Funds;
using UnionHub.Api.Features.Perks;
using UnionHub.Api.Platform;

namespace UnionHub.Api.Features.Lotteries;

/// <summary>
/// POST /lotteries/{id}/decline: a winner gives up the place. A perk: their voucher is voided (an unused one only: 409
/// <c>lottery.voucher_used</c> once it was redeemed or expired). A fund grant: the grant is cancelled on the fund's ledger (a
/// <c>grant_reversal</c> row, the granted total down by it) and the application withdrawn, only while no payment of it is proposed or
/// paid (409 <c>lottery.grant_disbursing</c>). The place goes to the published waiting order through the one promotion routine
/// (<see cref="LotteryPrizes.PromoteNextAsync"/>): the first waiting application not yet promoted gets the prize and a notice; a
/// waiting member whose account was deleted is passed over (published as such), so anyone can check that promotions followed the
/// order (tools/verify-lottery.mjs). The lottery row is locked first (then the fund's), so racing declines promote distinct members
/// in order. Declining again answers the view as it stands (no second promotion).
/// </summary>
public static class DeclineLotteryWin
{
    private sealed record Mine(long ApplicationId, bool Won, DateTime? DeclinedAt, DateTime? LapsedAt, DateTime? PromotedAt, long? VoucherId,
        long? FundApplicationId);

    private const string MineSql = """
        SELECT r.application_id AS ApplicationId, r.won, r.declined_at AS DeclinedAt, r.lapsed_at AS LapsedAt, r.promoted_at AS PromotedAt,
               r.voucher_id AS VoucherId, r.fund_application_id AS FundApplicationId
        FROM lottery_application a JOIN lottery_outcome r ON r.application_id = a.id
        WHERE a.lottery_id = @LotteryId AND a.member_id = @MemberId
        """;

    private const string VoidVoucher = """
        UPDATE voucher SET status = 'void' WHERE id = @VoucherId AND status = 'unused' AND valid_until > @Now
        """;

    // no payment proposed or paid: committed_fen counts both (a cancelled proposal released its amount)
    private const string WithdrawGrant = """
        UPDATE fund_application SET status = 'withdrawn', updated_at = @Now
        WHERE id = @Id AND status = 'approved' AND committed_fen = 0 AND paid_fen = 0
        """;

    private const string MarkDeclined = "UPDATE lottery_outcome SET declined_at = @Now WHERE application_id = @ApplicationId AND declined_at IS NULL";

    public static async Task<Results<Ok<LotteryRules.MemberLotteryResponse>, ProblemHttpResult>> Handle(
        string id, HttpContext http, Transactions transactions, VoucherSigner signer, PiiProtector pii, TimeProvider clock, CancellationToken ct)
    {
        var memberId = http.User.MemberId()!.Value;
        var now = clock.GetUtcNow().UtcDateTime;
        return await transactions.RunAsync<Results<Ok<LotteryRules.MemberLotteryResponse>, ProblemHttpResult>>(async (conn, tx) =>
        {
            var member = await LotteryRules.MemberAsync(conn, tx, memberId, ct);
            if (await LotteryRules.FindForMemberAsync(conn, tx, id, member, ct) is not { } found)
            {
                return Problems.NotFound("lottery");
            }

            var lottery = (await LotteryRules.LoadAsync(conn, tx, found.Id, true, ct))!; // locked: declines and promotions in turn
            var mine = await conn.QuerySingleOrDefaultAsync<Mine>(new CommandDefinition(MineSql, new { LotteryId = lottery.Id, MemberId = memberId },
                tx, cancellationToken: ct));
            if (mine is { DeclinedAt: not null })
            {
                return TypedResults.Ok(await LotteryRules.MemberViewAsync(conn, tx, lottery, memberId, now, ct)); // declined already
            }

            if (mine is null || !(mine.Won || mine.PromotedAt is not null) || (mine.VoucherId is null && mine.FundApplicationId is null))
            {
                return Problems.Create(409, LotteryProblems.LotteryNotAWinner, "Only a winner can decline, after the draw.");
            }

            if (mine.LapsedAt is not null)
            {
                return Problems.Create(409, LotteryProblems.LotteryVoucherUsed, "The prize voucher has expired; its place was already re-offered.");
            }

            var promote = true;
            if (mine.VoucherId is { } voucherId)
            {
                if (await conn.ExecuteAsync(new CommandDefinition(VoidVoucher, new { VoucherId = voucherId, Now = now }, tx, cancellationToken: ct)) != 1)
                {
                    return Problems.Create(409, LotteryProblems.LotteryVoucherUsed,
                        "The prize voucher was used or has expired; the place cannot be given back.");
                }
            }
            else
            {
                // the grant: fund row first (the order of review meetings and payment confirmations), then the application. A grant
                // left on a fund that pays mutual-aid claims only is still given back, but its place is not granted again from that fund
                promote = FundRules.TakesReliefCases(await FundGrants.LockKindAsync(conn, tx, lottery.FundId!.Value, ct));
                var applicationId = mine.FundApplicationId!.Value;
                if (await conn.ExecuteAsync(new CommandDefinition(WithdrawGrant, new { Id = applicationId, Now = now }, tx, cancellationToken: ct)) != 1)
                {
                    return Problems.Create(409, LotteryProblems.LotteryGrantDisbursing,
                        "A payment of this grant has been proposed or made; the place can no longer be given back.");
                }

                var granted = await conn.ExecuteScalarAsync<long>(new CommandDefinition("SELECT granted_fen FROM fund_application WHERE id = @Id",
                    new { Id = applicationId }, tx, cancellationToken: ct));
                await FundGrants.ReverseAsync(conn, tx, lottery.FundId.Value, applicationId, granted, lottery.DrawnBy ?? 0, now, ct);
                await FundRules.HistoryAsync(conn, tx, applicationId, now, http, FundRules.Approved, FundRules.Withdrawn,
                    $"lottery {lottery.Id.Text()}: place declined, grant reversed", ct);
            }

            await conn.ExecuteAsync(new CommandDefinition(MarkDeclined, new { mine.ApplicationId, Now = now }, tx, cancellationToken: ct));
            var (outcome, promoted) = promote
                ? await LotteryPrizes.PromoteNextAsync(conn, tx, lottery, signer, pii, now, ct)
                : (LotteryPrizes.Promotion.NobodyLeft, (long?)null);
            if (outcome == LotteryPrizes.Promotion.BudgetShort)
            {
                var remaining = await FundGrants.LockRemainingAsync(conn, tx, lottery.FundId!.Value, ct) ?? 0;
                return LotteryPrizes.BudgetShort(lottery.GrantFen!.Value, remaining);
            }

            await Audit.WriteAsync(conn, tx, http, "lottery.decline", "lottery", lottery.Id.Text(), new
            {
                applicationId = mine.ApplicationId.Text(), voucherId = mine.VoucherId?.Text(), fundApplicationId = mine.FundApplicationId?.Text(),
                promotedApplicationId = promoted?.Text(),
            }, ct);
            return TypedResults.Ok(await LotteryRules.MemberViewAsync(conn, tx, lottery, memberId, now, ct));
        }, ct, IsolationLevel.ReadCommitted);
    }
}

using System.Data;
using Dapper;
using Microsoft.AspNetCore.Http.HttpResults;
using UnionHub.Api.Features.Perks;
using UnionHub.Api.Platform;

namespace UnionHub.Api.Features.Lotteries;

/// <summary>
/// POST /lotteries/{id}/decline: a winner gives up the place. Their voucher is voided (an unused one only: 409
/// <c>lottery.voucher_used</c> once it was redeemed) and the place goes to the published waiting order: the first waiting
/// application not yet promoted is given a voucher of the perk and a notice. A waiting member whose account was deleted is
/// passed over (published as such), so anyone can check that promotions followed the order (tools/verify-lottery.mjs). When the
/// waiting order is used up, the place goes back to the perk's stock. The lottery row is locked first, so racing declines
/// promote distinct members in order. Declining again answers the view as it stands (no second promotion).
/// </summary>
public static class DeclineLotteryWin
{
    private sealed record Mine(long ApplicationId, bool Won, DateTime? DeclinedAt, DateTime? PromotedAt, long? VoucherId);

    private const string MineSql = """
        SELECT r.application_id AS ApplicationId, r.won, r.declined_at AS DeclinedAt, r.promoted_at AS PromotedAt, r.voucher_id AS VoucherId
        FROM lottery_application a JOIN lottery_outcome r ON r.application_id = a.id
        WHERE a.lottery_id = @LotteryId AND a.member_id = @MemberId
        """;

    private const string VoidVoucher = """
        UPDATE voucher SET status = 'void' WHERE id = @VoucherId AND status = 'unused' AND valid_until > @Now
        """;

    private const string MarkDeclined = "UPDATE lottery_outcome SET declined_at = @Now WHERE application_id = @ApplicationId AND declined_at IS NULL";

    private sealed record Waiting(long ApplicationId, long MemberId, int DrawRank, DateTime? DeletedAt);

    private const string NextWaiting = """
        SELECT r.application_id AS ApplicationId, a.member_id AS MemberId, r.draw_rank AS DrawRank, m.deleted_at AS DeletedAt
        FROM lottery_outcome r JOIN lottery_application a ON a.id = r.application_id JOIN member m ON m.id = a.member_id
        WHERE r.lottery_id = @LotteryId AND r.won = 0 AND r.promoted_at IS NULL AND r.passed_over IS NULL
        ORDER BY r.draw_rank LIMIT 20
        """;

    public static async Task<Results<Ok<LotteryRules.MemberLotteryResponse>, ProblemHttpResult>> Handle(
        string id, HttpContext http, Transactions transactions, VoucherSigner signer, TimeProvider clock, CancellationToken ct)
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

            if (mine is not { VoucherId: { } voucherId } || !(mine.Won || mine.PromotedAt is not null))
            {
                return Problems.Create(409, LotteryProblems.LotteryNotAWinner, "Only a winner can decline, after the draw.");
            }

            if (await conn.ExecuteAsync(new CommandDefinition(VoidVoucher, new { VoucherId = voucherId, Now = now }, tx, cancellationToken: ct)) != 1)
            {
                return Problems.Create(409, LotteryProblems.LotteryVoucherUsed, "The prize voucher was used or has expired; the place cannot be given back.");
            }

            await conn.ExecuteAsync(new CommandDefinition(MarkDeclined, new { mine.ApplicationId, Now = now }, tx, cancellationToken: ct));
            var promoted = await PromoteNextAsync(conn, tx, lottery, signer, now, ct);
            await Audit.WriteAsync(conn, tx, http, "lottery.decline", "lottery", lottery.Id.Text(), new
            {
                applicationId = mine.ApplicationId.Text(), voucherId = voucherId.Text(), promotedApplicationId = promoted?.Text(),
            }, ct);
            return TypedResults.Ok(await LotteryRules.MemberViewAsync(conn, tx, lottery, memberId, now, ct));
        }, ct, IsolationLevel.ReadCommitted);
    }

    /// <summary>Gives one place to the waiting order (under the lottery's lock); the promoted application, or null when nobody is left.</summary>
    private static async Task<long?> PromoteNextAsync(System.Data.Common.DbConnection conn, System.Data.Common.DbTransaction tx,
        LotteryRules.LotteryRow lottery, VoucherSigner signer, DateTime now, CancellationToken ct)
    {
        while (true)
        {
            var next = (await conn.QueryAsync<Waiting>(new CommandDefinition(NextWaiting, new { LotteryId = lottery.Id }, tx, cancellationToken: ct)))
                .ToList();
            if (next.Count == 0)
            {
                // nobody left to take it: the place goes back to the perk's stock (the voided voucher no longer counts)
                await conn.ExecuteAsync(new CommandDefinition("UPDATE perk SET claimed = claimed - 1, updated_at = @Now WHERE id = @PerkId AND claimed > 0",
                    new { lottery.PerkId, Now = now }, tx, cancellationToken: ct));
                return null;
            }

            foreach (var w in next)
            {
                if (w.DeletedAt is not null)
                {
                    await conn.ExecuteAsync(new CommandDefinition(
                        "UPDATE lottery_outcome SET passed_over = 'account_deleted' WHERE application_id = @ApplicationId",
                        new { w.ApplicationId }, tx, cancellationToken: ct));
                    continue;
                }

                var voucherOf = await LotteryRules.IssueVouchersAsync(conn, tx, lottery, [w.MemberId], signer, now, ct);
                var voucherId = voucherOf[w.MemberId];
                await conn.ExecuteAsync(new CommandDefinition(
                    "UPDATE lottery_outcome SET promoted_at = @Now, voucher_id = @VoucherId WHERE application_id = @ApplicationId",
                    new { Now = now, VoucherId = voucherId, w.ApplicationId }, tx, cancellationToken: ct));
                await Outbox.EnqueueAsync(conn, tx, now, w.MemberId, NotificationKinds.LotteryDrawn, new
                {
                    lotteryId = lottery.Id.Text(), lotteryTitle = lottery.Title, perkTitle = lottery.PerkTitle, won = true, promoted = true,
                    voucherId = voucherId.Text(), position = (int?)null,
                }, ct);
                return w.ApplicationId;
            }
        }
    }
}

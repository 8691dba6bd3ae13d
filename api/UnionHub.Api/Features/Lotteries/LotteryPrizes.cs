using System.Data.Common;
using Dapper;
using UnionHub.Api.Features.Funds;
using UnionHub.Api.Features.Perks;
using UnionHub.Api.Platform;

namespace UnionHub.Api.Features.Lotteries;

/// <summary>
/// Giving a lottery's prize (ADR 0019, 2026-12-03): vouchers of the perk, or a fund grant through the existing fund flow (an
/// approved application of the fund marked with the lottery, booked by <see cref="FundGrants"/> as a review meeting's grants are,
/// then paid with the dual-control disbursement). And the one promotion routine: a place given up (declined) or left to lapse goes
/// to the next application of the published waiting order, under the lottery row's lock.
/// </summary>
public static class LotteryPrizes
{
    public sealed record Prize(long? VoucherId, long? FundApplicationId);

    /// <summary>
    /// The prize for each of <paramref name="members"/>. A perk: one voucher each (the caller moved the perk's stock). A fund grant:
    /// approved applications of the fund for the lottery's grant, history rows, and the grants booked on the fund's ledger and total
    /// under its budget and beside the other lotteries' promises as <paramref name="promises"/> says (the caller locked the fund row);
    /// when they do not fit, no prizes and why (refuse: nothing may commit).
    /// </summary>
    public static async Task<(Dictionary<long, Prize>? Prizes, FundGrants.Refusal? Refused)> AwardAsync(DbConnection conn, DbTransaction tx,
        LotteryRules.LotteryRow lottery, List<long> members, long staffId, VoucherSigner signer, PiiProtector pii, FundGrants.Promises promises,
        DateTime now, CancellationToken ct)
    {
        if (members.Count == 0)
        {
            return ([], null);
        }

        if (!lottery.IsGrant)
        {
            var vouchers = await LotteryRules.IssueVouchersAsync(conn, tx, lottery, members, signer, now, ct);
            return (vouchers.ToDictionary(v => v.Key, v => new Prize(v.Value, null)), null);
        }

        var fundId = lottery.FundId!.Value;
        var grant = lottery.GrantFen!.Value;
        var applications = new Dictionary<long, long>(members.Count);
        foreach (var part in members.Chunk(LotteryRules.Chunk))
        {
            var phones = (await conn.QueryAsync<(long Id, byte[]? PhoneEnc)>(new CommandDefinition(
                "SELECT id, phone_enc FROM member WHERE id IN @Ids", new { Ids = part }, tx, cancellationToken: ct))).ToDictionary(m => m.Id, m => m.PhoneEnc);
            var insert = new MultiRowInsert("fund_application", "fund_id", "member_id", "category", "requested_fen", "reason_enc", "contact_phone_enc",
                "status", "open_key", "granted_fen", "lottery_id", "created_at", "submitted_at", "decided_at", "updated_at");
            foreach (var memberId in part)
            {
                insert.Row(fundId, memberId, FundGrants.LotteryCategory, grant, pii.Encrypt($"抽签中签：{lottery.Title}（抽签 {lottery.Id.Text()}）"),
                    phones.GetValueOrDefault(memberId) ?? pii.Encrypt(""), FundRules.Approved, null, grant, lottery.Id, now, now, now, now);
            }

            await insert.ExecuteAsync(conn, tx, ct);
            foreach (var (id, memberId) in await conn.QueryAsync<(long, long)>(new CommandDefinition("""
                         SELECT id, member_id FROM fund_application WHERE lottery_id = @LotteryId AND member_id IN @Members AND status = 'approved'
                         """, new { LotteryId = lottery.Id, Members = part }, tx, cancellationToken: ct)))
            {
                applications[memberId] = id;
            }
        }

        if (await FundGrants.BookAsync(conn, tx, fundId, applications.Values.Select(id => new FundGrants.Grant(id, grant)).ToList(), null, staffId,
                now, promises, ct) is { } refused)
        {
            return (null, refused);
        }

        await FundRules.HistoryManyAsync(conn, tx, applications.Values.ToList(), now, "staff", staffId, null, FundRules.Approved,
            $"lottery {lottery.Id.Text()}: drawn place", pii, ct);
        return (applications.ToDictionary(a => a.Key, a => new Prize(null, a.Value)), null);
    }

    /// <summary>The notice payload of a won (or promoted) place.</summary>
    public static object WinNotice(LotteryRules.LotteryRow lottery, Prize prize, bool promoted) => new
    {
        lotteryId = lottery.Id.Text(), lotteryTitle = lottery.Title, perkTitle = lottery.PerkTitle, won = true, promoted,
        voucherId = prize.VoucherId?.Text(), position = (int?)null, grantFen = lottery.GrantFen, fundApplicationId = prize.FundApplicationId?.Text(),
    };

    private sealed record Waiting(long ApplicationId, long MemberId, int DrawRank, DateTime? DeletedAt);

    private const string NextWaiting = """
        SELECT r.application_id AS ApplicationId, a.member_id AS MemberId, r.draw_rank AS DrawRank, m.deleted_at AS DeletedAt
        FROM lottery_outcome r JOIN lottery_application a ON a.id = r.application_id JOIN member m ON m.id = a.member_id
        WHERE r.lottery_id = @LotteryId AND r.won = 0 AND r.promoted_at IS NULL AND r.passed_over IS NULL
        ORDER BY r.draw_rank LIMIT 20
        """;

    public enum Promotion { Promoted, NobodyLeft, BudgetShort }

    /// <summary>
    /// Gives one freed place (declined or lapsed) to the published waiting order, under the lottery row's lock (and, for a grant, the
    /// fund row's, taken by the caller): the first waiting application not yet promoted gets the prize and a notice; a waiting member
    /// whose account was deleted is passed over, in public. When the waiting order is used up, a perk's place goes back to its stock
    /// (a grant's money was released by its reversal). The promoted application id when one was promoted.
    /// </summary>
    public static async Task<(Promotion Outcome, long? ApplicationId)> PromoteNextAsync(DbConnection conn, DbTransaction tx,
        LotteryRules.LotteryRow lottery, VoucherSigner signer, PiiProtector pii, DateTime now, CancellationToken ct)
    {
        while (true)
        {
            var next = (await conn.QueryAsync<Waiting>(new CommandDefinition(NextWaiting, new { LotteryId = lottery.Id }, tx, cancellationToken: ct)))
                .ToList();
            if (next.Count == 0)
            {
                if (!lottery.IsGrant)
                {
                    // nobody left to take it: the place goes back to the perk's stock (the freed voucher no longer counts)
                    await conn.ExecuteAsync(new CommandDefinition(
                        "UPDATE perk SET claimed = claimed - 1, updated_at = @Now WHERE id = @PerkId AND claimed > 0",
                        new { lottery.PerkId, Now = now }, tx, cancellationToken: ct));
                }

                return (Promotion.NobodyLeft, null);
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

                // a grant's place was given back by a reversal of the same amount in this transaction: the new grant takes no money any
                // other lottery was promised (ADR 0018, 2026-12-04 evening), only the budget is checked
                var (prizes, _) = await AwardAsync(conn, tx, lottery, [w.MemberId], lottery.DrawnBy ?? 0, signer, pii,
                    FundGrants.Promises.ReplacingReversedGrant, now, ct);
                if (prizes is null)
                {
                    return (Promotion.BudgetShort, null);
                }

                var prize = prizes[w.MemberId];
                await conn.ExecuteAsync(new CommandDefinition("""
                    UPDATE lottery_outcome SET promoted_at = @Now, voucher_id = @VoucherId, fund_application_id = @FundApplicationId
                    WHERE application_id = @ApplicationId
                    """, new { Now = now, prize.VoucherId, prize.FundApplicationId, w.ApplicationId }, tx, cancellationToken: ct));
                await Outbox.EnqueueAsync(conn, tx, now, w.MemberId, NotificationKinds.LotteryDrawn, WinNotice(lottery, prize, true), ct);
                return (Promotion.Promoted, w.ApplicationId);
            }
        }
    }

    /// <summary>409 <c>lottery.fund_budget_short</c> with the numbers.</summary>
    public static Microsoft.AspNetCore.Http.HttpResults.ProblemHttpResult BudgetShort(long neededFen, long remainingFen) =>
        Problems.Create(409, LotteryProblems.LotteryFundBudgetShort, "The fund's remaining budget does not cover the lottery's grants.",
            $"{neededFen} fen needed, {remainingFen} fen left in the fund's budget: raise the budget or lower the places first.",
            new Dictionary<string, object?> { ["neededFen"] = neededFen, ["remainingFen"] = remainingFen });
}

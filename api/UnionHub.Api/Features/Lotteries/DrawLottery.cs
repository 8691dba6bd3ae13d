using System.Data;
using Dapper;
using Microsoft.AspNetCore.Http.HttpResults;
using MySqlConnector;
using UnionHub.Api.Features.Funds;
using UnionHub.Api.Features.Perks;
using UnionHub.Api.Platform;

namespace UnionHub.Api.Features.Lotteries;

/// <summary>
/// POST /admin/lotteries/{id}/draw: after the window has closed, once. The seed is revealed (given in the body, or the
/// server-held one) and must hash to the commitment (422 <c>lottery.seed_mismatch</c>); the winners are
/// <see cref="LotteryRules.Order(byte[], IEnumerable{ValueTuple{long, int}})"/> of the application ids and their weights. One transaction: the lottery row is locked first (applications
/// hold a shared lock on it while they insert, so the list read next is final), the perk's claimed moves by the winners
/// under its stock (409 <c>lottery.stock_short</c>, nothing written) or, for a fund grant, the fund row is locked and its remaining
/// budget must cover winners x grant (409 <c>lottery.fund_budget_short</c>, nothing written) and each winner gets an approved
/// application of the fund, booked as a review meeting's grants are (<see cref="LotteryPrizes.AwardAsync"/>); winners' prizes and every outcome are multi-row
/// inserts, winners and losers get a notice, and the status moves open -> drawn with that condition. A second draw, or the
/// loser of two racing draws, is 409 <c>lottery.already_drawn</c>; the refused attempt is audited too.
/// </summary>
public static class DrawLottery
{
    /// <param name="Seed">The seed as hex (16-64 bytes); omit it when the server holds the seed.</param>
    public sealed record Request(string? Seed);

    private const int Chunk = LotteryRules.Chunk;

    private const string ClaimStock = """
        UPDATE perk SET claimed = claimed + @Count, updated_at = @Now WHERE id = @PerkId AND claimed + @Count <= stock
        """;

    private const string MarkDrawn = """
        UPDATE lottery SET status = 'drawn', seed = @Seed, seed_enc = NULL, winners = @Winners, applications = @Applications,
               drawn_at = @Now, drawn_by = @By, updated_at = @Now
        WHERE id = @Id AND status = 'open'
        """;

    public static async Task<Results<Ok<LotteryRules.DrawRecord>, ProblemHttpResult>> Handle(
        string id, Request request, HttpContext http, Transactions transactions, PiiProtector pii, VoucherSigner signer,
        TimeProvider clock, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        byte[]? given = null;
        if (request.Seed is not null && (given = LotteryRules.SeedBytes(request.Seed)) is null)
        {
            return new Validator().Check(false, "seed", $"must be {LotteryRules.MinSeedBytes}-{LotteryRules.MaxSeedBytes} bytes as hex").Problem();
        }

        long? refused = null;
        long? drawn = null;
        var result = await transactions.RunAsync<Results<Ok<LotteryRules.DrawRecord>, ProblemHttpResult>>(async (conn, tx) =>
        {
            refused = null;
            drawn = null;
            var scope = await Scope.OfAsync(conn, tx, http.User, ct);
            if (await LotteryRules.FindVisibleAsync(conn, tx, scope, id, true, ct) is not { } lottery)
            {
                return Problems.NotFound("lottery");
            }

            if (lottery.Status == LotteryRules.Drawn)
            {
                refused = lottery.Id;
                return Problems.Create(409, LotteryProblems.LotteryAlreadyDrawn, "This lottery has already been drawn; a draw runs once.",
                    $"Drawn {lottery.DrawnAt.ToChina():yyyy-MM-dd HH:mm}.", new Dictionary<string, object?> { ["drawnAt"] = lottery.DrawnAt.ToChina() });
            }

            if (lottery.Status != LotteryRules.Open)
            {
                return Problems.Create(409, LotteryProblems.LotteryNotOpen, "Only a published lottery can be drawn.");
            }

            if (now < lottery.ClosesAt)
            {
                return Problems.Create(409, LotteryProblems.LotteryNotClosedYet, "The application window has not closed yet.",
                    $"Applications are taken until {lottery.ClosesAt.ToChina():yyyy-MM-dd HH:mm}.",
                    new Dictionary<string, object?> { ["closesAt"] = lottery.ClosesAt.ToChina() });
            }

            var seed = given ?? (lottery.SeedEnc is { } enc ? Convert.FromHexString(pii.Decrypt(enc)) : null);
            if (seed is null)
            {
                return Problems.Create(422, LotteryProblems.LotterySeedRequired, "Reveal the seed whose hash is the published commitment.");
            }

            if (!LotteryRules.Matches(seed, lottery.Commitment))
            {
                return Problems.Create(422, LotteryProblems.LotterySeedMismatch, "The seed does not hash to the published commitment.",
                    $"SHA-256 of the seed is {LotteryRules.Commitment(seed)}; the commitment is {lottery.Commitment}.");
            }

            var rows = (await conn.QueryAsync<(long Id, long MemberId, int Weight)>(new CommandDefinition(
                "SELECT id, member_id, weight FROM lottery_application WHERE lottery_id = @Id ORDER BY id", new { lottery.Id }, tx,
                cancellationToken: ct))).ToList();
            var applications = rows.ToDictionary(a => a.Id, a => a.MemberId);
            var order = LotteryRules.Order(seed, rows.Select(a => (a.Id, a.Weight)));
            var winners = Math.Min(lottery.Places, order.Count);
            var prizeOf = new Dictionary<long, LotteryPrizes.Prize>();
            if (winners > 0)
            {
                if (lottery.IsGrant)
                {
                    // the fund row locked after the lottery's (the order every lottery route takes): two draws on one fund run in turn.
                    // A lottery published on a fund that pays mutual-aid claims only (before the rule, or whose fund became one) grants nothing.
                    var fund = await FundGrants.LockAsync(conn, tx, lottery.FundId!.Value, ct);
                    if (!FundRules.TakesReliefCases(fund?.Kind ?? ""))
                    {
                        return FundRules.MutualAidOnly();
                    }

                    var remaining = fund?.RemainingFen ?? 0;
                    if (remaining < winners * lottery.GrantFen!.Value)
                    {
                        return LotteryPrizes.BudgetShort(winners * lottery.GrantFen.Value, remaining);
                    }
                }
                else if (await conn.ExecuteAsync(new CommandDefinition(ClaimStock, new { Count = winners, Now = now, lottery.PerkId }, tx,
                             cancellationToken: ct)) == 0)
                {
                    var remaining = await conn.ExecuteScalarAsync<int>(new CommandDefinition("SELECT stock - claimed FROM perk WHERE id = @PerkId",
                        new { lottery.PerkId }, tx, cancellationToken: ct));
                    return OpenLottery.StockShort(winners, remaining);
                }

                // the draw converts this lottery's own promise into grants; the promises of lotteries published before it still count
                // (ADR 0018, 2026-12-04 evening: none of them can be short after this draw)
                var (awarded, refused) = await LotteryPrizes.AwardAsync(conn, tx, lottery,
                    order.Take(winners).Select(t => applications[t.ApplicationId]).ToList(), http.User.StaffId()!.Value, signer, pii,
                    FundGrants.Promises.DrawOf(lottery.Id), now, ct);
                if (awarded is null)
                {
                    return refused is { IsPromised: true }
                        ? refused.PromisedProblem()
                        : LotteryPrizes.BudgetShort(winners * lottery.GrantFen!.Value, refused?.RemainingFen ?? 0); // the check above: cannot happen
                }

                prizeOf = awarded;
            }

            var outcomes = new List<MultiRowInsert>();
            var notices = new List<Outbox.Notice>(order.Count);
            for (var rank = 1; rank <= order.Count; rank++)
            {
                if ((rank - 1) % Chunk == 0)
                {
                    outcomes.Add(new MultiRowInsert("lottery_outcome", "application_id", "lottery_id", "draw_rank", "ticket", "won", "voucher_id",
                        "fund_application_id"));
                }

                var ticket = order[rank - 1];
                var memberId = applications[ticket.ApplicationId];
                var won = rank <= winners;
                var prize = won ? prizeOf[memberId] : null;
                outcomes[^1].Row(ticket.ApplicationId, lottery.Id, rank, ticket.Hash, won, prize?.VoucherId, prize?.FundApplicationId);
                notices.Add(new Outbox.Notice(memberId, NotificationKinds.LotteryDrawn, prize is not null
                    ? LotteryPrizes.WinNotice(lottery, prize, false)
                    : new
                    {
                        lotteryId = lottery.Id.Text(), lotteryTitle = lottery.Title, perkTitle = lottery.PerkTitle, won,
                        voucherId = (string?)null, position = (int?)(rank - winners),
                    }));
            }

            foreach (var insert in outcomes)
            {
                await insert.ExecuteAsync(conn, tx, ct);
            }

            foreach (var part in notices.Chunk(Chunk))
            {
                await Outbox.EnqueueManyAsync(conn, tx, now, part, ct);
            }

            var seedHex = Convert.ToHexStringLower(seed);
            if (await conn.ExecuteAsync(new CommandDefinition(MarkDrawn, new
                {
                    Seed = seedHex, Winners = winners, Applications = order.Count, Now = now, By = http.User.StaffId(), lottery.Id,
                }, tx, cancellationToken: ct)) != 1)
            {
                throw new InvalidOperationException("The lottery row changed under its lock."); // cannot happen: the row is locked
            }

            await Audit.WriteAsync(conn, tx, http, "lottery.draw", "lottery", lottery.Id.Text(), new
            {
                seed = seedHex, lottery.Commitment, applications = order.Count, winners, perkId = lottery.PerkId?.Text(),
                fundId = lottery.FundId?.Text(), grantedFen = lottery.IsGrant ? winners * lottery.GrantFen : null,
            }, ct);
            drawn = lottery.Id;
            return TypedResults.Ok(await LotteryRules.DrawRecordAsync(conn, tx, pii, (await LotteryRules.LoadAsync(conn, tx, lottery.Id, false, ct))!,
                now, ct));
        }, ct, IsolationLevel.ReadCommitted);

        if (refused is { } lotteryId)
        {
            // the refusal rolled its transaction back: the attempt is kept in an audit row of its own
            await transactions.RunAsync(async (conn, tx) => await Audit.WriteAsync(conn, tx, http, "lottery.draw_refused", "lottery", lotteryId.Text(),
                new { code = LotteryProblems.LotteryAlreadyDrawn }, ct), ct);
        }

        return result;
    }
}

using Dapper;
using Microsoft.AspNetCore.Http.HttpResults;
using MySqlConnector;
using UnionHub.Api.Features.MemberTags;
using UnionHub.Api.Platform;

namespace UnionHub.Api.Features.Lotteries;

/// <summary>
/// PUT /lotteries/{id}/application: a verified member of the lottery's organisation subtree applies while the window is open.
/// One application per member (UNIQUE (lottery_id, member_id)): a repeated or racing request answers the application that
/// exists, so the call is idempotent by nature. The insert selects from the lottery row with status 'open', after writing that
/// row (<see cref="RowLocks"/>: its lock until commit, and on a cluster a write the draw's write conflicts with), so an application
/// either commits before the draw locks the row and is in the drawn list, or finds the lottery drawn and is refused. A grant lottery whose fund pays mutual-aid claims only takes no application:
/// 422 <c>fund.mutual_aid_only</c>, nothing written (the insert also requires the fund's kind, so nothing slips in). The application's weight (the highest weight the lottery gives one
/// of the member's tags, 1 without) is fixed on the row now: a tag set later does not change it.
/// </summary>
public static class ApplyForLottery
{
    private const string Insert = """
        INSERT INTO lottery_application (lottery_id, member_id, applied_at, weight)
        SELECT l.id, @MemberId, @Now, @Weight FROM lottery l LEFT JOIN fund f ON f.id = l.fund_id
        WHERE l.id = @LotteryId AND l.status = 'open' AND l.opens_at <= @Now AND l.closes_at > @Now AND (l.fund_id IS NULL OR f.kind <> 'mutual_aid')
        ON DUPLICATE KEY UPDATE lottery_application.id = lottery_application.id
        """;

    public static async Task<Results<Ok<LotteryRules.MemberLotteryResponse>, ProblemHttpResult>> Handle(
        string id, HttpContext http, MySqlDataSource db, Transactions transactions, TimeProvider clock, CancellationToken ct)
    {
        var memberId = http.User.MemberId()!.Value;
        var now = clock.GetUtcNow().UtcDateTime;
        LotteryRules.LotteryRow lottery;
        int weight;
        await using (var conn = await db.OpenConnectionAsync(ct))
        {
            var member = await LotteryRules.MemberAsync(conn, null, memberId, ct);
            if (await LotteryRules.FindForMemberAsync(conn, null, id, member, ct) is not { } found)
            {
                return Problems.NotFound("lottery");
            }

            lottery = found;
            if (!member!.Verified)
            {
                return Problems.Create(403, LotteryProblems.LotteryMemberNotVerified, "Only members who passed real-name verification may apply.");
            }

            if (lottery.BlockedBy is not null)
            {
                return Funds.FundRules.MutualAidOnly(); // its grant could never be drawn
            }

            var existing = await conn.ExecuteScalarAsync<long?>(new CommandDefinition(
                "SELECT id FROM lottery_application WHERE lottery_id = @LotteryId AND member_id = @MemberId",
                new { LotteryId = lottery.Id, MemberId = memberId }, cancellationToken: ct));
            if (existing is not null)
            {
                return TypedResults.Ok(await LotteryRules.MemberViewAsync(conn, null, lottery, memberId, now, ct)); // applied already
            }

            if (Refusal(lottery, now) is { } refusal)
            {
                return refusal;
            }

            weight = MemberTagRules.WeightOf(await LotteryRules.TagWeightsAsync(conn, null, lottery.Id, ct),
                await MemberTagRules.OfMemberAsync(conn, null, memberId, ct));
        }

        var inserted = await transactions.RunAsync(async (conn, tx) =>
        {
            // the lottery row written, not only share-locked by the insert's read (RowLocks): the draw writes it, so on a cluster a late
            // application on another node conflicts with the draw instead of slipping in beside it (DESIGN 12; ADR 0016, 2026-12-04)
            await RowLocks.WriteAsync(conn, tx, RowLocks.Lottery, lottery.Id, ct);
            return await conn.ExecuteAsync(new CommandDefinition(Insert, new { LotteryId = lottery.Id, MemberId = memberId, Now = now, Weight = weight }, tx,
                cancellationToken: ct));
        }, ct);

        await using var read = await db.OpenConnectionAsync(ct);
        var fresh = (await LotteryRules.LoadAsync(read, null, lottery.Id, false, ct))!;
        var view = await LotteryRules.MemberViewAsync(read, null, fresh, memberId, now, ct);
        if (inserted == 0 && view.MyApplication is null)
        {
            return fresh.BlockedBy is not null ? Funds.FundRules.MutualAidOnly() : Refusal(fresh, now) ?? Closed(fresh); // drawn or closed in between
        }

        return TypedResults.Ok(view);
    }

    private static ProblemHttpResult? Refusal(LotteryRules.LotteryRow lottery, DateTime now)
    {
        if (lottery.Status == LotteryRules.Open && now < lottery.OpensAt)
        {
            return Problems.Create(409, LotteryProblems.LotteryNotOpenYet, "Applications have not opened yet.",
                $"Applications open {lottery.OpensAt.ToChina():yyyy-MM-dd HH:mm}.",
                new Dictionary<string, object?> { ["opensAt"] = lottery.OpensAt.ToChina() });
        }

        return lottery.Accepting(now) ? null : Closed(lottery);
    }

    private static ProblemHttpResult Closed(LotteryRules.LotteryRow lottery) =>
        Problems.Create(409, LotteryProblems.LotteryClosed, "Applications have closed.",
            $"Applications were taken until {lottery.ClosesAt.ToChina():yyyy-MM-dd HH:mm}.",
            new Dictionary<string, object?> { ["closesAt"] = lottery.ClosesAt.ToChina() });
}

using Dapper;
using Microsoft.AspNetCore.Http.HttpResults;
using UnionHub.Api.Platform;

namespace UnionHub.Api.Features.Lotteries;

/// <summary>
/// POST /admin/lotteries/{id}/open: publish a draft (members of the subtree see it with its commitment; anyone sees its public
/// record). Publishing after <c>opensAt</c> moves the window's start to now, so the commitment is always public before the
/// first application. Once only (409 <c>lottery.not_draft</c>); not after the window's close (409 <c>lottery.closed</c>); the
/// perk's remaining stock must still cover the places (409 <c>lottery.stock_short</c>), or for a fund grant the fund must still be
/// open (409 <c>lottery.fund_not_open</c>) with a remaining budget covering places x grant (409 <c>lottery.fund_budget_short</c>), and
/// covering it beside what the fund's other published, undrawn grant lotteries promise (409 <c>lottery.fund_over_promised</c> with the
/// amounts and their ids): a fund's promises never add up to more than it may grant.
/// </summary>
/// <remarks>
/// Locks the lottery row (the order every lottery route takes: lottery, then fund), then the fund row (<see cref="CreateLottery.GrantRefusalAsync"/>),
/// and runs at READ COMMITTED: two publications on one fund queue on the fund row, and the second reads the promises after the first
/// committed, so of two lotteries that fit alone but not together exactly one is published. A budget cut takes the same fund lock.
/// </remarks>
public static class OpenLottery
{
    private const string Open = """
        UPDATE lottery SET status = 'open', opens_at = GREATEST(opens_at, @Now), opened_at = @Now, opened_by = @By, updated_at = @Now
        WHERE id = @Id AND status = 'draft'
        """;

    public static async Task<Results<Ok<LotteryRules.LotteryResponse>, ProblemHttpResult>> Handle(
        string id, HttpContext http, Transactions transactions, TimeProvider clock, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        return await transactions.RunAsync<Results<Ok<LotteryRules.LotteryResponse>, ProblemHttpResult>>(async (conn, tx) =>
        {
            var scope = await Scope.OfAsync(conn, tx, http.User, ct);
            if (await LotteryRules.FindVisibleAsync(conn, tx, scope, id, true, ct) is not { } row)
            {
                return Problems.NotFound("lottery");
            }

            if (row.Status != LotteryRules.Draft)
            {
                return Problems.Create(409, LotteryProblems.LotteryNotDraft, "This lottery has already been published.");
            }

            if (now >= row.ClosesAt)
            {
                return Problems.Create(409, LotteryProblems.LotteryClosed, "The application window has passed; create a new lottery.");
            }

            if (row.IsGrant)
            {
                if (await CreateLottery.GrantRefusalAsync(conn, tx, scope, row.FundId!.Value, row.GrantFen!.Value, row.Places, now, ct, publishing: true)
                    is { } refusal)
                {
                    return refusal;
                }
            }
            else
            {
                var remaining = await conn.ExecuteScalarAsync<int>(new CommandDefinition("SELECT stock - claimed FROM perk WHERE id = @PerkId",
                    new { row.PerkId }, tx, cancellationToken: ct));
                if (remaining < row.Places)
                {
                    return StockShort(row.Places, remaining);
                }
            }

            if (await conn.ExecuteAsync(new CommandDefinition(Open, new { Now = now, By = http.User.StaffId(), row.Id }, tx, cancellationToken: ct)) == 0)
            {
                return Problems.Create(409, LotteryProblems.LotteryNotDraft, "This lottery has already been published.");
            }

            await Audit.WriteAsync(conn, tx, http, "lottery.open", "lottery", row.Id.Text(), new { row.Commitment }, ct);
            var opened = await LotteryRules.LoadAsync(conn, tx, row.Id, false, ct);
            return TypedResults.Ok(await LotteryRules.StaffViewAsync(conn, tx, opened!, now, ct));
        }, ct, System.Data.IsolationLevel.ReadCommitted);
    }

    internal static ProblemHttpResult StockShort(int places, int remaining) =>
        Problems.Create(409, LotteryProblems.LotteryStockShort, "The perk's remaining stock does not cover the lottery's places.",
            $"{places} places, {remaining} vouchers left: raise the perk's stock first.",
            new Dictionary<string, object?> { ["places"] = places, ["remaining"] = remaining });
}

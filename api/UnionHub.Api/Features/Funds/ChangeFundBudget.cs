using Dapper;
using Microsoft.AspNetCore.Http.HttpResults;
using UnionHub.Api.Platform;

namespace UnionHub.Api.Features.Funds;

/// <summary>
/// PUT /admin/funds/{id}/budget: a reviewer or super_admin raises or lowers a fund's yearly budget (the union's own allocation,
/// ADR 0018), with a reason; audited <c>fund.budget_change</c> with the old and new budget. The new budget may not leave more granted
/// than the budget and donations together: 409 <c>fund.budget_below_granted</c> with <c>grantedFen</c>, <c>donatedFen</c> and
/// <c>minimumBudgetFen</c>, nothing changed. A cut may not leave less to grant than the published, undrawn grant lotteries on the fund
/// promise (places x grant each, ADR 0018 2026-12-04): 409 <c>fund.budget_below_promised</c> with <c>grantedFen</c>, <c>donatedFen</c>,
/// <c>promisedFen</c>, <c>minimumBudgetFen</c> and <c>lotteryIds</c>, nothing changed (a raise is never refused for them). A cut below the
/// fund's <c>maxGrantFen</c> lowers it to the new budget, in the same transaction and audit row (<c>oldMaxGrantFen</c>,
/// <c>newMaxGrantFen</c>). A fund outside the caller's scope is 404.
/// </summary>
/// <remarks>
/// Race-safe against grants (review meetings, hardship awards, lottery draws, mutual-aid approvals) and donation reversals: all of
/// them lock the fund row first (<see cref="FundGrants.LockRemainingAsync"/>) or move <c>granted_fen</c> / <c>donated_fen</c> with a
/// conditional UPDATE of the row, and so does this change (a locking read, then
/// <c>UPDATE ... WHERE granted_fen &lt;= @New + donated_fen</c>), so InnoDB runs them one after another on that row and each checks the
/// other's committed figures: a cut racing approvals never leaves granted &gt; budget + donations. Publishing a grant lottery locks
/// the fund row too (<c>CreateLottery.GrantRefusalAsync</c>) before it marks the lottery open, and this change runs at READ COMMITTED, so
/// its read of the open lotteries, after the lock, sees every publication that committed before it: a cut and a publication racing
/// end with the lotteries' promise inside the budget, or one of them refused.
/// </remarks>
public static class ChangeFundBudget
{
    public sealed record Request(long? BudgetFen, string? Reason);

    private const string LockFigures = """
        SELECT budget_fen AS BudgetFen, donated_fen AS DonatedFen, granted_fen AS GrantedFen, max_grant_fen AS MaxGrantFen
        FROM fund WHERE id = @FundId FOR UPDATE
        """;

    private const string SetBudget = """
        UPDATE fund SET budget_fen = @BudgetFen, max_grant_fen = LEAST(max_grant_fen, @BudgetFen)
        WHERE id = @FundId AND granted_fen <= @BudgetFen + donated_fen
        """;

    private sealed class Figures
    {
        public long BudgetFen { get; set; }
        public long DonatedFen { get; set; }
        public long GrantedFen { get; set; }
        public long MaxGrantFen { get; set; }
    }

    public static async Task<Results<Ok<FundFigures.Fund>, ProblemHttpResult>> Handle(string id, Request request, HttpContext http,
        Transactions transactions, TimeProvider clock, CancellationToken ct)
    {
        if (Ids.Parse(id) is not { } fundId)
        {
            return Problems.NotFound("fund");
        }

        var v = new Validator()
            .Check(request.BudgetFen is > 0, "budgetFen", "must be a positive number of fen")
            .Required(request.Reason, "reason", 500);
        if (!v.IsValid)
        {
            return v.Problem();
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var budgetFen = request.BudgetFen!.Value;
        return await transactions.RunAsync<Results<Ok<FundFigures.Fund>, ProblemHttpResult>>(async (conn, tx) =>
        {
            if (!await FundRules.IsUsableAsync(conn, tx, await Scope.OfAsync(conn, tx, http.User, ct), fundId, ct))
            {
                return Problems.NotFound("fund");
            }

            // the fund row's lock first, as grants and donation reversals take it: the figures read are the latest committed ones
            var before = await conn.QuerySingleAsync<Figures>(new CommandDefinition(LockFigures, new { FundId = fundId }, tx, cancellationToken: ct));
            if (budgetFen < before.BudgetFen)
            {
                // what published, undrawn grant lotteries promise (after the fund row's lock, at READ COMMITTED: the latest publications)
                var promised = await FundPromises.ReadAsync(conn, tx, fundId, ct);
                if (promised.PromisedFen > 0 && FundPromises.Headroom(budgetFen, before.DonatedFen, before.GrantedFen, promised.PromisedFen) < 0)
                {
                    return BelowPromised(before.GrantedFen, before.DonatedFen, promised.PromisedFen, promised.LotteryIds.Select(id => id.Text()).ToList());
                }
            }

            if (budgetFen != before.BudgetFen)
            {
                if (await conn.ExecuteAsync(new CommandDefinition(SetBudget, new { FundId = fundId, BudgetFen = budgetFen }, tx, cancellationToken: ct)) != 1)
                {
                    return BelowGranted(before.GrantedFen, before.DonatedFen);
                }

                await Audit.WriteAsync(conn, tx, http, "fund.budget_change", "fund", FundRules.Id(fundId),
                    new
                    {
                        oldBudgetFen = before.BudgetFen, newBudgetFen = budgetFen, reason = request.Reason!.Trim(),
                        oldMaxGrantFen = before.MaxGrantFen, newMaxGrantFen = Math.Min(before.MaxGrantFen, budgetFen),
                    }, ct);
            }

            return TypedResults.Ok((await FundFigures.LoadAsync(conn, tx, fundId, now, ct))!);
        }, ct, System.Data.IsolationLevel.ReadCommitted);
    }

    /// <summary>409 <c>fund.budget_below_promised</c>: the cut would leave less to grant than published, undrawn grant lotteries promise.</summary>
    private static ProblemHttpResult BelowPromised(long grantedFen, long donatedFen, long promisedFen, IReadOnlyList<string> lotteryIds) =>
        Problems.Create(409, FundProblems.FundBudgetBelowPromised,
            "The budget cannot be cut below what the fund has granted and its published grant lotteries promise; nothing was changed.",
            $"Granted {grantedFen} fen, donations {donatedFen} fen, {promisedFen} fen promised by lotteries not yet drawn: the budget must be at least "
            + $"{grantedFen + promisedFen - donatedFen} fen.",
            new Dictionary<string, object?>
            {
                ["grantedFen"] = grantedFen, ["donatedFen"] = donatedFen, ["promisedFen"] = promisedFen,
                ["minimumBudgetFen"] = grantedFen + promisedFen - donatedFen, ["lotteryIds"] = lotteryIds,
            });

    /// <summary>409 <c>fund.budget_below_granted</c>: the budget asked for would leave more granted than the budget and donations.</summary>
    private static ProblemHttpResult BelowGranted(long grantedFen, long donatedFen) =>
        Problems.Create(409, FundProblems.FundBudgetBelowGranted,
            "The budget cannot be lower than what the fund has already granted, less its donations; nothing was changed.",
            $"Granted {grantedFen} fen, donations {donatedFen} fen: the budget must be at least {grantedFen - donatedFen} fen.",
            new Dictionary<string, object?>
            {
                ["grantedFen"] = grantedFen, ["donatedFen"] = donatedFen, ["minimumBudgetFen"] = grantedFen - donatedFen,
            });
}

using Dapper;
using Microsoft.AspNetCore.Http.HttpResults;
using UnionHub.Api.Platform;

namespace UnionHub.Api.Features.Funds;

/// <summary>
/// PUT /admin/funds/{id}/budget: a reviewer or super_admin raises or lowers a fund's yearly budget (the union's own allocation,
/// ADR 0018), with a reason; audited <c>fund.budget_change</c> with the old and new budget. The new budget may not leave more granted
/// than the budget and donations together: 409 <c>fund.budget_below_granted</c> with <c>grantedFen</c>, <c>donatedFen</c> and
/// <c>minimumBudgetFen</c>, nothing changed. A fund outside the caller's scope is 404.
/// </summary>
/// <remarks>
/// Race-safe against grants (review meetings, hardship awards, lottery draws, mutual-aid approvals) and donation reversals: all of
/// them lock the fund row first (<see cref="FundGrants.LockRemainingAsync"/>) or move <c>granted_fen</c> / <c>donated_fen</c> with a
/// conditional UPDATE of the row, and so does this change (a locking read, then
/// <c>UPDATE ... WHERE granted_fen &lt;= @New + donated_fen</c>), so InnoDB runs them one after another on that row and each checks the
/// other's committed figures: a cut racing approvals never leaves granted &gt; budget + donations.
/// </remarks>
public static class ChangeFundBudget
{
    public sealed record Request(long? BudgetFen, string? Reason);

    private const string LockFigures = """
        SELECT budget_fen AS BudgetFen, donated_fen AS DonatedFen, granted_fen AS GrantedFen FROM fund WHERE id = @FundId FOR UPDATE
        """;

    private const string SetBudget = """
        UPDATE fund SET budget_fen = @BudgetFen WHERE id = @FundId AND granted_fen <= @BudgetFen + donated_fen
        """;

    private sealed class Figures
    {
        public long BudgetFen { get; set; }
        public long DonatedFen { get; set; }
        public long GrantedFen { get; set; }
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
            if (budgetFen != before.BudgetFen)
            {
                if (await conn.ExecuteAsync(new CommandDefinition(SetBudget, new { FundId = fundId, BudgetFen = budgetFen }, tx, cancellationToken: ct)) != 1)
                {
                    return BelowGranted(before.GrantedFen, before.DonatedFen);
                }

                await Audit.WriteAsync(conn, tx, http, "fund.budget_change", "fund", FundRules.Id(fundId),
                    new { oldBudgetFen = before.BudgetFen, newBudgetFen = budgetFen, reason = request.Reason!.Trim() }, ct);
            }

            return TypedResults.Ok((await FundFigures.LoadAsync(conn, tx, fundId, now, ct))!);
        }, ct);
    }

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

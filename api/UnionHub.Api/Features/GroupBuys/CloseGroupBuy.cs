using Dapper;
using Microsoft.AspNetCore.Http.HttpResults;
using MySqlConnector;
using UnionHub.Api.Platform;

namespace UnionHub.Api.Features.GroupBuys;

/// <summary>POST /admin/group-buys/{id}/close: no more orders or changes (before or after the deadline). Once only.</summary>
public static class CloseGroupBuy
{
    private const string Close = """
        UPDATE group_buy SET status = 'closed', closed_at = @now, closed_by = @by WHERE id = @id AND status = 'open'
        """;

    public static async Task<Results<Ok<GroupBuyViews.GroupBuyResponse>, ProblemHttpResult>> Handle(
        string id, HttpContext http, Transactions transactions, TimeProvider clock, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        return await transactions.RunAsync<Results<Ok<GroupBuyViews.GroupBuyResponse>, ProblemHttpResult>>(async (conn, tx) =>
        {
            var scope = await Scope.OfAsync(conn, tx, http.User, ct);
            if (await GroupBuyViews.FindVisibleAsync(conn, tx, scope, Ids.Parse(id), ct) is not { } row)
            {
                return Problems.NotFound("group-buy");
            }

            if (await conn.ExecuteAsync(new CommandDefinition(Close, new { now, by = http.User.StaffId(), id = row.Id }, tx, cancellationToken: ct)) == 0)
            {
                return Problems.Create(409, GroupBuyProblems.GroupbuyAlreadyClosed, "This group-buy is already closed.");
            }

            // read committed (ADR 0021): counted after the UPDATE above, which no later order passes, so the orders committed while
            // this waited for the group-buy's lock are counted too (a snapshot from the scope read would miss them)
            var orders = await conn.ExecuteScalarAsync<long>(new CommandDefinition("SELECT COUNT(*) FROM group_buy_order WHERE group_buy_id = @Id",
                new { row.Id }, tx, cancellationToken: ct));
            await Audit.WriteAsync(conn, tx, http, "group_buy.close", "group_buy", row.Id.Text(), new { orders }, ct);
            var closed = await GroupBuyViews.LoadRowAsync(conn, tx, row.Id, false, ct);
            var response = await GroupBuyViews.LoadAsync(conn, tx, closed!, now, ct);
            return TypedResults.Ok(response);
        }, ct, System.Data.IsolationLevel.ReadCommitted);
    }
}

using Dapper;
using Microsoft.AspNetCore.Http.HttpResults;
using MySqlConnector;
using UnionHub.Api.Features.Members;
using UnionHub.Api.Platform;
using static UnionHub.Api.Features.GroupBuys.PlaceOrder;

namespace UnionHub.Api.Features.GroupBuys;

public static class WithdrawGroupBuyOrder
{
    private const string SelectOrderId = "SELECT id FROM group_buy_order WHERE group_buy_id = @g AND enterprise_id = @e";

    public static async Task<Results<NoContent, ProblemHttpResult>> Handle(
        string id, HttpContext http, Transactions transactions, TimeProvider clock, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var enterpriseId = http.User.EnterpriseId()!.Value;
        return await transactions.RunAsync<Results<NoContent, ProblemHttpResult>>(async (conn, tx) =>
        {
            if (await LockOpenAsync(conn, tx, id, enterpriseId, now, ct) is not { } groupBuy)
            {
                return Problems.NotFound("group-buy");
            }

            if (groupBuy.Refusal is { } refusal)
            {
                return refusal;
            }

            var orderId = await conn.ExecuteScalarAsync<long?>(new CommandDefinition(SelectOrderId,
                new { g = groupBuy.Row.Id, e = enterpriseId }, tx, cancellationToken: ct));
            if (orderId is null)
            {
                return Problems.NotFound("order");
            }

            await conn.ExecuteAsync(new CommandDefinition("""
                DELETE FROM group_buy_order_line WHERE order_id = @orderId;
                DELETE FROM group_buy_order WHERE id = @orderId;
                """, new { orderId }, tx, cancellationToken: ct));
            await Audit.WriteAsync(conn, tx, http, "group_buy.order_withdraw", "group_buy_order", orderId.Value.Text(),
                new { groupBuyId = groupBuy.Row.Id, enterpriseId }, ct);
            return TypedResults.NoContent();
        }, ct);
    }
}

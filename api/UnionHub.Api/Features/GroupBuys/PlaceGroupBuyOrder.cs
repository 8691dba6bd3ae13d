using Dapper;
using Microsoft.AspNetCore.Http.HttpResults;
using MySqlConnector;
using UnionHub.Api.Platform;
using static UnionHub.Api.Features.GroupBuys.PlaceOrder;

namespace UnionHub.Api.Features.GroupBuys;

public static class PlaceGroupBuyOrder
{
    private sealed record Existing(long Id, int Revision);

    private const string SelectOrder = "SELECT id, revision FROM group_buy_order WHERE group_buy_id = @g AND enterprise_id = @e";

    private const string InsertOrder = """
        INSERT INTO group_buy_order (group_buy_id, enterprise_id, total_fen, revision, created_at, updated_at, updated_by)
        VALUES (@g, @e, @total, 1, @now, @now, @by);
        SELECT LAST_INSERT_ID();
        """;

    private const string UpdateOrder = """
        UPDATE group_buy_order SET total_fen = @total, revision = revision + 1, updated_at = @now, updated_by = @by WHERE id = @id
        """;

    public static async Task<Results<Ok<GroupBuyViews.OrderResponse>, ProblemHttpResult>> Handle(
        string id, Request request, HttpContext http, Transactions transactions, TimeProvider clock, CancellationToken ct)
    {
        var lines = request.Lines ?? [];
        var v = new Validator().Check(lines.Count is > 0 and <= CreateGroupBuy.MaxItems, "lines", "must list 1 or more items");
        var wanted = new List<(long ItemId, int Quantity, int Index)>();
        for (var i = 0; i < lines.Count; i++)
        {
            var itemId = Ids.Parse(lines[i]?.ItemId);
            v.Check(itemId is not null, $"lines[{i}].itemId", "is required and must be a valid id")
             .Check(lines[i]?.Quantity is not null, $"lines[{i}].quantity", "is required");
            if (itemId is not null && lines[i]?.Quantity is { } q)
            {
                wanted.Add((itemId.Value, q, i));
            }
        }

        v.Check(wanted.Select(w => w.ItemId).Distinct().Count() == wanted.Count, "lines", "must not repeat an item");
        if (!v.IsValid)
        {
            return v.Problem();
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var enterpriseId = http.User.EnterpriseId()!.Value;
        return await transactions.RunAsync<Results<Ok<GroupBuyViews.OrderResponse>, ProblemHttpResult>>(async (conn, tx) =>
        {
            if (await LockOpenAsync(conn, tx, id, enterpriseId, now, ct) is not { } groupBuy)
            {
                return Problems.NotFound("group-buy");
            }

            if (groupBuy.Refusal is { } refusal)
            {
                return refusal;
            }

            var items = (await GroupBuyViews.ItemsAsync(conn, tx, groupBuy.Row.Id, ct)).ToDictionary(i => i.Id);
            foreach (var (itemId, quantity, index) in wanted)
            {
                if (!items.TryGetValue(itemId, out var item))
                {
                    v.Check(false, $"lines[{index}].itemId", "is not an item of this group-buy");
                }
                else
                {
                    v.Check(quantity >= item.MinQuantity && quantity <= item.MaxQuantity, $"lines[{index}].quantity",
                        $"must be between {item.MinQuantity} and {item.MaxQuantity}");
                }
            }

            if (!v.IsValid)
            {
                return v.Problem(GroupBuyProblems.GroupbuyQuantityOutOfBounds);
            }

            var total = wanted.Sum(w => w.Quantity * items[w.ItemId].UnitPriceFen);
            var args = new { g = groupBuy.Row.Id, e = enterpriseId, total, now, by = http.User.StaffId() };
            var existing = await conn.QuerySingleOrDefaultAsync<Existing>(new CommandDefinition(SelectOrder, args, tx, cancellationToken: ct));
            long orderId;
            if (existing is { } found)
            {
                orderId = found.Id;
                await conn.ExecuteAsync(new CommandDefinition(UpdateOrder, new { args.total, now, args.by, id = orderId }, tx, cancellationToken: ct));
                await conn.ExecuteAsync(new CommandDefinition("DELETE FROM group_buy_order_line WHERE order_id = @orderId", new { orderId }, tx,
                    cancellationToken: ct));
            }
            else
            {
                orderId = await conn.ExecuteScalarAsync<long>(new CommandDefinition(InsertOrder, args, tx, cancellationToken: ct));
            }

            var insert = new MultiRowInsert("group_buy_order_line", "order_id", "item_id", "quantity", "unit_price_fen");
            foreach (var line in wanted)
            {
                insert.Row(orderId, line.ItemId, line.Quantity, items[line.ItemId].UnitPriceFen);
            }

            await insert.ExecuteAsync(conn, tx, ct);
            await Audit.WriteAsync(conn, tx, http, existing is null ? "group_buy.order_place" : "group_buy.order_change", "group_buy_order",
                orderId.Text(), new { groupBuyId = groupBuy.Row.Id, enterpriseId, total, lines = wanted.Select(w => new { w.ItemId, w.Quantity }) }, ct);
            var order = await GroupBuyViews.OrderAsync(conn, tx, groupBuy.Row.Id, enterpriseId, ct);
            return TypedResults.Ok(order!);
        }, ct);
    }
}

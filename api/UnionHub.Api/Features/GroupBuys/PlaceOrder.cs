using System.Globalization;
using System.Text;
using Dapper;
using Microsoft.AspNetCore.Http.HttpResults;
using MySqlConnector;
using UnionHub.Api.Features.Members;
using UnionHub.Api.Platform;

namespace UnionHub.Api.Features.GroupBuys;

/// <summary>
/// PUT /enterprise/group-buys/{id}/order places or replaces the contact's enterprise's order (one per enterprise per group-buy,
/// UNIQUE), DELETE withdraws it; both only while the group-buy is open and before its deadline. Every line's quantity lies
/// within its item's minimum and maximum. Each change locks the group-buy row first (FOR UPDATE), so changes of one
/// enterprise apply one after another and a close waits for them: the order is always one whole request's lines and total.
/// </summary>
public static class PlaceOrder
{
    public sealed record LineRequest(string? ItemId, int? Quantity);

    public sealed record Request(IReadOnlyList<LineRequest>? Lines);

    private sealed record Existing(long Id, int Revision);

    private const string SelectOrder = "SELECT id, revision FROM group_buy_order WHERE group_buy_id = @g AND enterprise_id = @e";

    private const string SelectOrderId = "SELECT id FROM group_buy_order WHERE group_buy_id = @g AND enterprise_id = @e";

    private const string InsertOrder = """
        INSERT INTO group_buy_order (group_buy_id, enterprise_id, total_fen, revision, created_at, updated_at, updated_by)
        VALUES (@g, @e, @total, 1, @now, @now, @by);
        SELECT LAST_INSERT_ID();
        """;

    private const string UpdateOrder = """
        UPDATE group_buy_order SET total_fen = @total, revision = revision + 1, updated_at = @now, updated_by = @by WHERE id = @id
        """;

    public static async Task<Results<Ok<GroupBuyViews.OrderResponse>, ProblemHttpResult>> Put(
        string id, Request request, HttpContext http, MySqlDataSource db, TimeProvider clock, CancellationToken ct)
    {
        var lines = request.Lines ?? [];
        var v = new Validator().Check(lines.Count is > 0 and <= CreateGroupBuy.MaxItems, "lines", "must list 1 or more items");
        var wanted = new List<(long ItemId, int Quantity, int Index)>();
        for (var i = 0; i < lines.Count; i++)
        {
            var itemId = OrgScope.ParseId(lines[i]?.ItemId);
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
        await using var conn = await db.OpenConnectionAsync(ct);
        await using var tx = await conn.BeginTransactionAsync(ct);
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
            return v.Problem("groupbuy.quantity_out_of_bounds");
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

        var insert = new StringBuilder("INSERT INTO group_buy_order_line (order_id, item_id, quantity, unit_price_fen) VALUES ");
        var ps = new DynamicParameters(new { orderId });
        for (var i = 0; i < wanted.Count; i++)
        {
            insert.Append(CultureInfo.InvariantCulture, $"{(i > 0 ? "," : "")}(@orderId, @i{i}, @q{i}, @p{i})");
            ps.Add($"i{i}", wanted[i].ItemId);
            ps.Add($"q{i}", wanted[i].Quantity);
            ps.Add($"p{i}", items[wanted[i].ItemId].UnitPriceFen);
        }

        await conn.ExecuteAsync(new CommandDefinition(insert.ToString(), ps, tx, cancellationToken: ct));
        await Audit.WriteAsync(conn, tx, http, existing is null ? "group_buy.order_place" : "group_buy.order_change", "group_buy_order",
            orderId.Text(), new { groupBuyId = groupBuy.Row.Id, enterpriseId, total, lines = wanted.Select(w => new { w.ItemId, w.Quantity }) }, ct);
        var order = await GroupBuyViews.OrderAsync(conn, tx, groupBuy.Row.Id, enterpriseId, ct);
        await tx.CommitAsync(ct);
        return TypedResults.Ok(order!);
    }

    public static async Task<Results<NoContent, ProblemHttpResult>> Delete(
        string id, HttpContext http, MySqlDataSource db, TimeProvider clock, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var enterpriseId = http.User.EnterpriseId()!.Value;
        await using var conn = await db.OpenConnectionAsync(ct);
        await using var tx = await conn.BeginTransactionAsync(ct);
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
        await tx.CommitAsync(ct);
        return TypedResults.NoContent();
    }

    private sealed record Locked(GroupBuyViews.GroupBuyRow Row, ProblemHttpResult? Refusal);

    /// <summary>Locks the group-buy row; null when the enterprise may not see it; a refusal when it no longer takes orders.</summary>
    private static async Task<Locked?> LockOpenAsync(System.Data.Common.DbConnection conn, System.Data.Common.DbTransaction tx, string id,
        long enterpriseId, DateTime now, CancellationToken ct)
    {
        if (OrgScope.ParseId(id) is not { } groupBuyId
            || await GroupBuyViews.LoadRowAsync(conn, tx, groupBuyId, true, ct) is not { } row
            || await GroupBuyViews.EnterpriseOrgPathAsync(conn, tx, enterpriseId, ct) is not { } path
            || !OrgScope.IsInside(path, row.OrgPath))
        {
            return null;
        }

        if (row.Status != GroupBuyViews.Open)
        {
            return new Locked(row, Problems.Create(409, "groupbuy.closed", "This group-buy is closed; orders can no longer change."));
        }

        return now >= row.DeadlineAt
            ? new Locked(row, Problems.Create(409, "groupbuy.deadline_passed", "The deadline for orders has passed.",
                $"Orders were taken until {row.DeadlineAt.ToChina():yyyy-MM-dd HH:mm}.",
                new Dictionary<string, object?> { ["deadlineAt"] = row.DeadlineAt.ToChina() }))
            : new Locked(row, null);
    }
}

using System.Data.Common;
using Dapper;
using UnionHub.Api.Platform;

namespace UnionHub.Api.Features.GroupBuys;

/// <summary>Shapes and reads shared by the group-buy use cases, and who may see a group-buy.</summary>
public static class GroupBuyViews
{
    public const string Open = "open";
    public const string Closed = "closed";

    public sealed record ItemResponse(string Id, string Name, string? Unit, long UnitPriceFen, int MinQuantity, int MaxQuantity);

    public sealed record GroupBuyResponse(string Id, string OrgId, string Title, string? Description, DateTimeOffset DeadlineAt, string Status,
        bool AcceptingOrders, IReadOnlyList<ItemResponse> Items, DateTimeOffset CreatedAt, DateTimeOffset? ClosedAt);

    public sealed record LineResponse(string ItemId, string Name, int Quantity, long UnitPriceFen, long AmountFen);

    public sealed record OrderResponse(string Id, string GroupBuyId, string EnterpriseId, IReadOnlyList<LineResponse> Lines, long TotalFen,
        int Revision, DateTimeOffset UpdatedAt);

    internal sealed record GroupBuyRow(long Id, long OrgId, string OrgPath, string Title, string? Description, DateTime DeadlineAt,
        string Status, DateTime CreatedAt, DateTime? ClosedAt);

    internal sealed record ItemRow(long Id, string Name, string? Unit, long UnitPriceFen, int MinQuantity, int MaxQuantity);

    internal sealed record OrderRow(long Id, long GroupBuyId, long EnterpriseId, long TotalFen, int Revision, DateTime UpdatedAt);

    internal sealed record LineRow(long OrderId, long ItemId, string Name, int Quantity, long UnitPriceFen);

    internal const string GroupBuyColumns = """
        SELECT g.id, g.org_id AS OrgId, o.path AS OrgPath, g.title, g.description, g.deadline_at AS DeadlineAt, g.status,
               g.created_at AS CreatedAt, g.closed_at AS ClosedAt
        FROM group_buy g JOIN org o ON o.id = g.org_id
        """;

    private const string SelectItems = """
        SELECT id, name, unit, unit_price_fen AS UnitPriceFen, min_quantity AS MinQuantity, max_quantity AS MaxQuantity
        FROM group_buy_item WHERE group_buy_id = @id ORDER BY position
        """;

    internal const string SelectLines = """
        SELECT l.order_id AS OrderId, l.item_id AS ItemId, i.name, l.quantity, l.unit_price_fen AS UnitPriceFen
        FROM group_buy_order_line l JOIN group_buy_item i ON i.id = l.item_id WHERE l.order_id IN @ids ORDER BY l.order_id, i.position
        """;

    internal static async Task<GroupBuyRow?> LoadRowAsync(DbConnection conn, DbTransaction? tx, long id, bool forUpdate, CancellationToken ct) =>
        await conn.QuerySingleOrDefaultAsync<GroupBuyRow>(new CommandDefinition(
            // for an update, a real write (the version bump) so a multi-primary cluster sees the conflict, not only a lock
            (forUpdate ? "UPDATE group_buy SET version = version + 1 WHERE id = @id; " : "")
            + GroupBuyColumns + " WHERE g.id = @id" + (forUpdate ? " FOR UPDATE" : ""), new { id }, tx, cancellationToken: ct));

    /// <summary>For staff: the group-buy when its organisation lies inside the caller's subtree; null otherwise (404).</summary>
    internal static async Task<GroupBuyRow?> FindVisibleAsync(DbConnection conn, DbTransaction? tx, Scope scope, long? id, CancellationToken ct) =>
        id is { } groupBuyId && await LoadRowAsync(conn, tx, groupBuyId, false, ct) is { } row && scope.Contains(row.OrgPath) ? row : null;

    /// <summary>The organisation path of the contact's enterprise: a group-buy is theirs when it was opened at or above it.</summary>
    internal static Task<string?> EnterpriseOrgPathAsync(DbConnection conn, DbTransaction? tx, long enterpriseId, CancellationToken ct) =>
        conn.ExecuteScalarAsync<string?>(new CommandDefinition(
            "SELECT o.path FROM enterprise e JOIN org o ON o.id = e.org_id WHERE e.id = @enterpriseId", new { enterpriseId }, tx,
            cancellationToken: ct));

    internal static async Task<List<ItemRow>> ItemsAsync(DbConnection conn, DbTransaction? tx, long id, CancellationToken ct) =>
        (await conn.QueryAsync<ItemRow>(new CommandDefinition(SelectItems, new { id }, tx, cancellationToken: ct))).ToList();

    internal static bool Accepting(GroupBuyRow g, DateTime now) => g.Status == Open && now < g.DeadlineAt;

    internal static GroupBuyResponse ToResponse(GroupBuyRow g, IEnumerable<ItemRow> items, DateTime now) => new(g.Id.Text(), g.OrgId.Text(),
        g.Title, g.Description, g.DeadlineAt.ToChina(), g.Status, Accepting(g, now),
        items.Select(i => new ItemResponse(i.Id.Text(), i.Name, i.Unit, i.UnitPriceFen, i.MinQuantity, i.MaxQuantity)).ToList(),
        g.CreatedAt.ToChina(), g.ClosedAt.ToChina());

    internal static async Task<GroupBuyResponse> LoadAsync(DbConnection conn, DbTransaction? tx, GroupBuyRow g, DateTime now, CancellationToken ct) =>
        ToResponse(g, await ItemsAsync(conn, tx, g.Id, ct), now);

    internal static OrderResponse ToResponse(OrderRow o, IEnumerable<LineRow> lines) => new(o.Id.Text(), o.GroupBuyId.Text(),
        o.EnterpriseId.Text(), lines.Select(l => new LineResponse(l.ItemId.Text(), l.Name, l.Quantity, l.UnitPriceFen, l.Quantity * l.UnitPriceFen)).ToList(),
        o.TotalFen, o.Revision, o.UpdatedAt.ToChina());

    internal static async Task<OrderResponse?> OrderAsync(DbConnection conn, DbTransaction? tx, long groupBuyId, long enterpriseId, CancellationToken ct)
    {
        var order = await conn.QuerySingleOrDefaultAsync<OrderRow>(new CommandDefinition("""
            SELECT id, group_buy_id AS GroupBuyId, enterprise_id AS EnterpriseId, total_fen AS TotalFen, revision, updated_at AS UpdatedAt
            FROM group_buy_order WHERE group_buy_id = @groupBuyId AND enterprise_id = @enterpriseId
            """, new { groupBuyId, enterpriseId }, tx, cancellationToken: ct));
        if (order is null)
        {
            return null;
        }

        var lines = await conn.QueryAsync<LineRow>(new CommandDefinition(SelectLines, new { ids = new[] { order.Id } }, tx, cancellationToken: ct));
        return ToResponse(order, lines);
    }
}

using Dapper;
using Microsoft.AspNetCore.Http.HttpResults;
using MySqlConnector;
using UnionHub.Api.Features.Members;
using UnionHub.Api.Platform;

namespace UnionHub.Api.Features.GroupBuys;

/// <summary>
/// POST /admin/group-buys: the union (org_admin for an organisation in their subtree, default their own; super_admin) opens a
/// group-buy of supplies: items with unit prices in fen and minimum/maximum quantities per order, and a deadline. The enterprises
/// of that organisation's subtree may order until the deadline.
/// </summary>
public static class CreateGroupBuy
{
    public const int MaxItems = 100;
    public const int MaxQuantity = 1_000_000;
    public const long MaxUnitPriceFen = 100_000_000; // 1,000,000 yuan

    public sealed record ItemRequest(string? Name, string? Unit, long? UnitPriceFen, int? MinQuantity, int? MaxQuantity);

    public sealed record Request(string? Title, string? Description, string? OrgId, DateTimeOffset? DeadlineAt, IReadOnlyList<ItemRequest>? Items);

    private const string Insert = """
        INSERT INTO group_buy (org_id, title, description, deadline_at, status, created_by, created_at)
        VALUES (@OrgId, @Title, @Description, @DeadlineAt, 'open', @By, @Now);
        SELECT LAST_INSERT_ID();
        """;

    private const string InsertItem = """
        INSERT INTO group_buy_item (group_buy_id, position, name, unit, unit_price_fen, min_quantity, max_quantity)
        VALUES (@Id, @Position, @Name, @Unit, @UnitPriceFen, @MinQuantity, @MaxQuantity)
        """;

    public static async Task<Results<Created<GroupBuyViews.GroupBuyResponse>, ProblemHttpResult>> Handle(
        Request request, HttpContext http, Transactions transactions, IdempotencyScope idem, TimeProvider clock, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var orgId = request.OrgId is null ? http.User.OrgId() : Ids.Parse(request.OrgId);
        var items = request.Items ?? [];
        var v = new Validator()
            .Required(request.Title, "title")
            .Check(request.Description is null || request.Description.Length <= 4000, "description", "must be at most 4000 characters")
            .Check(orgId is not null, "orgId", request.OrgId is null ? "is required" : "is not a valid id")
            .Check(request.DeadlineAt is not null, "deadlineAt", "is required")
            .Check(request.DeadlineAt is null || request.DeadlineAt > now, "deadlineAt", "must be in the future")
            .Check(items.Count is > 0 and <= MaxItems, "items", $"must list 1-{MaxItems} items");
        for (var i = 0; i < items.Count; i++)
        {
            var item = items[i];
            v.Check(item is not null, $"items[{i}]", "is required");
            if (item is null)
            {
                continue;
            }

            v.Required(item.Name, $"items[{i}].name")
             .Check(item.Unit is null || item.Unit.Length <= 20, $"items[{i}].unit", "must be at most 20 characters")
             .Check(item.UnitPriceFen is >= 0 and <= MaxUnitPriceFen, $"items[{i}].unitPriceFen", $"is required, 0-{MaxUnitPriceFen} fen")
             .Check(item.MinQuantity is >= 1 and <= MaxQuantity, $"items[{i}].minQuantity", $"is required, 1-{MaxQuantity}")
             .Check(item.MaxQuantity is >= 1 and <= MaxQuantity, $"items[{i}].maxQuantity", $"is required, 1-{MaxQuantity}")
             .Check(item.MinQuantity is null || item.MaxQuantity is null || item.MaxQuantity >= item.MinQuantity, $"items[{i}].maxQuantity",
                 "must be at least minQuantity");
        }

        v.Check(items.Where(i => i?.Name is not null).Select(i => i.Name!.Trim()).Distinct(StringComparer.Ordinal).Count()
                == items.Count(i => i?.Name is not null), "items", "item names must differ");
        if (!v.IsValid)
        {
            return v.Problem();
        }

        return await transactions.RunAsync<Results<Created<GroupBuyViews.GroupBuyResponse>, ProblemHttpResult>>(async (conn, tx) =>
        {
            var scope = await Scope.OfAsync(conn, tx, http.User, ct);
            if (await Orgs.FindVisibleAsync(conn, tx, scope, orgId, ct) is null)
            {
                return Problems.NotFound("organisation");
            }

            var id = await conn.ExecuteScalarAsync<long>(new CommandDefinition(Insert, new
            {
                OrgId = orgId, Title = request.Title!.Trim(), request.Description, DeadlineAt = request.DeadlineAt!.Value.UtcDateTime,
                By = http.User.StaffId(), Now = now.UtcDateTime,
            }, tx, cancellationToken: ct));
            await conn.ExecuteAsync(new CommandDefinition(InsertItem, items.Select((item, i) => new
            {
                Id = id, Position = i + 1, Name = item.Name!.Trim(), Unit = item.Unit?.Trim(), item.UnitPriceFen, item.MinQuantity, item.MaxQuantity,
            }), tx, cancellationToken: ct));
            await Audit.WriteAsync(conn, tx, http, "group_buy.create", "group_buy", id.Text(), new
            {
                request.Title, orgId, request.DeadlineAt, items = items.Select(i => new { i.Name, i.UnitPriceFen, i.MinQuantity, i.MaxQuantity }),
            }, ct);
            var row = await GroupBuyViews.LoadRowAsync(conn, tx, id, false, ct);
            var response = await GroupBuyViews.LoadAsync(conn, tx, row!, now.UtcDateTime, ct);
            await idem.CompleteAsync(conn, tx, StatusCodes.Status201Created, response, ct);
            return TypedResults.Created($"/api/v1/admin/group-buys/{id.Text()}", response);
        }, ct);
    }
}

using System.Net.Http.Json;
using Dapper;
using MySqlConnector;
using UnionHub.IntegrationTests.Features.Enterprises;

namespace UnionHub.IntegrationTests.Features.GroupBuys;

/// <summary>
/// ADR 0021: closing a group-buy counts its orders after it holds the group-buy row's lock, so the audit row of the close names
/// every order committed before it, also those that committed while the close waited.
/// </summary>
public sealed class CloseRaceTests : EnterpriseTest
{
    private const int Enterprises = 8;

    private static async Task<int> WaitersAsync(MySqlConnection db, MySqlTransaction tx, string sqlStart) =>
        await db.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM information_schema.PROCESSLIST WHERE INFO LIKE @like", new { like = sqlStart + "%" }, tx);

    private static async Task WaitForAsync(MySqlConnection db, MySqlTransaction tx, string sqlStart, int count)
    {
        await WaitForStatementsAsync(sqlStart, count); // up to 30 s: 2 s were not always enough for 8 HTTP requests on a loaded machine
        Assert.That(await WaitersAsync(db, tx, sqlStart), Is.EqualTo(count), $"{count} waiting on: {sqlStart}");
    }

    [Test]
    public async Task The_close_audit_counts_the_orders_that_committed_while_it_waited_for_the_group_buy()
    {
        var city = await Seed.OrgAsync("市总工会");
        using var orgAdmin = await NewStaffAsync("org_admin", orgId: S(city));
        var created = await JsonAsync(await orgAdmin.PostAsJsonAsync("/api/v1/admin/group-buys", new
        {
            title = "2026 春季消毒用品团购", orgId = S(city), deadlineAt = Now.AddDays(1),
            items = new object[] { new { name = "84消毒液 500ml", unit = "瓶", unitPriceFen = 650L, minQuantity = 1, maxQuantity = 500 } },
        }), 201);
        var id = created.GetProperty("id").GetString()!;
        var item = created.GetProperty("items")[0].GetProperty("id").GetString()!;
        var contacts = new List<HttpClient>();
        for (var i = 0; i < Enterprises; i++)
        {
            contacts.Add(await ContactAsync(await Seed.EnterpriseAsync(city, $"企业{i}")));
        }

        // The test's transaction holds the group-buy row: the orders queue on its lock, then the close (whose first read is
        // already done); released, the orders commit one by one before the close gets the lock.
        await using var blocker = await DbAsync();
        await using var tx = await blocker.BeginTransactionAsync();
        await blocker.ExecuteScalarAsync<long>("SELECT id FROM group_buy WHERE id = @id FOR UPDATE", new { id }, tx);
        var orders = contacts.Select((c, i) => Task.Run(() => c.PutAsJsonAsync($"/api/v1/enterprise/group-buys/{id}/order",
            new { lines = new[] { new { itemId = item, quantity = 10 + i } } }))).ToList();
        await WaitForAsync(blocker, tx, "UPDATE group_buy SET version", Enterprises);
        var close = Task.Run(() => orgAdmin.PostAsync($"/api/v1/admin/group-buys/{id}/close", null));
        await WaitForAsync(blocker, tx, "UPDATE group_buy SET status", 1);
        await tx.RollbackAsync();

        var placed = (await Task.WhenAll(orders)).Count(r => (int)r.StatusCode == 200);
        await JsonAsync(await close, 200);
        await using var db = await DbAsync();
        var stored = await db.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM group_buy_order WHERE group_buy_id = @id", new { id });
        var audited = await db.ExecuteScalarAsync<int>(
            "SELECT CAST(JSON_VALUE(details, '$.orders') AS SIGNED) FROM audit_log WHERE action = 'group_buy.close' AND entity_id = @id", new { id });
        Assert.Multiple(() =>
        {
            Assert.That(placed, Is.GreaterThan(0), "orders committed while the close waited");
            Assert.That(stored, Is.EqualTo(placed), "every 200 is a stored order (the others came after the close: 409)");
            Assert.That(audited, Is.EqualTo(stored), "the close's audit row counts every order");
        });
        foreach (var c in contacts)
        {
            c.Dispose();
        }
    }
}

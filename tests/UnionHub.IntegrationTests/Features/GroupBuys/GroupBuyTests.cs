using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Dapper;
using UnionHub.IntegrationTests.Features.Enterprises;

namespace UnionHub.IntegrationTests.Features.GroupBuys;

public sealed class GroupBuyTests : EnterpriseTest
{
    private static async Task<(string Id, string Sanitizer, string Masks, DateTimeOffset DeadlineAt)> OpenAsync(HttpClient staff, long orgId, TimeSpan deadlineIn)
    {
        var created = await JsonAsync(await staff.PostAsJsonAsync("/api/v1/admin/group-buys", new
        {
            title = "2026 春季消毒用品团购",
            orgId = S(orgId),
            deadlineAt = Now.Add(deadlineIn),
            items = new object[]
            {
                new { name = "84消毒液 500ml", unit = "瓶", unitPriceFen = 650L, minQuantity = 10, maxQuantity = 500 },
                new { name = "医用口罩", unit = "盒", unitPriceFen = 2500L, minQuantity = 1, maxQuantity = 50 },
            },
        }), 201);
        var items = created.GetProperty("items");
        Assert.That(created.GetProperty("status").GetString(), Is.EqualTo("open"));
        Assert.That(created.GetProperty("acceptingOrders").GetBoolean(), Is.True);
        return (created.GetProperty("id").GetString()!, items[0].GetProperty("id").GetString()!, items[1].GetProperty("id").GetString()!,
            created.GetProperty("deadlineAt").GetDateTimeOffset());
    }

    private static object Order(params (string ItemId, int Quantity)[] lines) =>
        new { lines = lines.Select(l => new { itemId = l.ItemId, quantity = l.Quantity }).ToArray() };

    [Test]
    public async Task Contacts_order_within_bounds_until_the_deadline_and_the_union_closes_sees_totals_and_exports()
    {
        var city = await Seed.OrgAsync("市总工会");
        var district = await Seed.OrgAsync("区总工会", city);
        var a = await Seed.EnterpriseAsync(district, "甲厂");
        var b = await Seed.EnterpriseAsync(city, "=乙厂");
        var elsewhere = await Seed.EnterpriseAsync(await Seed.OrgAsync("外市"), "丙厂");
        using var orgAdmin = await NewStaffAsync("org_admin", orgId: S(city));
        var (id, sanitizer, masks, deadline) = await OpenAsync(orgAdmin, city, TimeSpan.FromMinutes(10));
        var url = $"/api/v1/enterprise/group-buys/{id}/order";

        using var contactA = await ContactAsync(a);
        using var contactB = await ContactAsync(b);
        using var outsider = await ContactAsync(elsewhere);

        var listed = await JsonAsync(await contactA.GetAsync("/api/v1/enterprise/group-buys"), 200);
        Assert.That(listed.GetProperty("items")[0].GetProperty("groupBuy").GetProperty("id").GetString(), Is.EqualTo(id));
        Assert.That((await JsonAsync(await outsider.GetAsync("/api/v1/enterprise/group-buys"), 200)).GetProperty("items").GetArrayLength(), Is.Zero);
        await Problem.ExpectAsync(await outsider.PutAsJsonAsync($"/api/v1/enterprise/group-buys/{id}/order", Order((sanitizer, 10))), 404, "not_found");

        // bounds: under the minimum, over the maximum, an unknown item, a repeated item
        var bounds = await Problem.ExpectAsync(await contactA.PutAsJsonAsync(url, Order((sanitizer, 9), (masks, 51))), 422,
            "groupbuy.quantity_out_of_bounds");
        Assert.That(bounds.Raw.GetProperty("errors").EnumerateObject().Select(e => e.Name), Is.EquivalentTo(new[] { "lines[0].quantity", "lines[1].quantity" }));
        await Problem.ExpectAsync(await contactA.PutAsJsonAsync(url, Order(("999999", 10))), 422, "groupbuy.quantity_out_of_bounds");
        await Problem.ExpectAsync(await contactA.PutAsJsonAsync(url, Order((masks, 2), (masks, 3))), 422, "validation.failed");
        await Problem.ExpectAsync(await contactA.PutAsJsonAsync(url, Order()), 422, "validation.failed");

        var placed = await JsonAsync(await contactA.PutAsJsonAsync(url, Order((sanitizer, 10), (masks, 50))), 200);
        Assert.That(placed.GetProperty("totalFen").GetInt64(), Is.EqualTo(10 * 650 + 50 * 2500));
        Assert.That(placed.GetProperty("revision").GetInt32(), Is.EqualTo(1));
        var changed = await JsonAsync(await contactA.PutAsJsonAsync(url, Order((sanitizer, 500))), 200);
        Assert.That(changed.GetProperty("revision").GetInt32(), Is.EqualTo(2));
        Assert.That(changed.GetProperty("lines").GetArrayLength(), Is.EqualTo(1));
        Assert.That(changed.GetProperty("totalFen").GetInt64(), Is.EqualTo(500 * 650));

        // just before the deadline: accepted; at and after it: refused with a stable code
        Api.Clock.Advance(deadline - Now - TimeSpan.FromSeconds(3));
        var lastMinute = await JsonAsync(await contactB.PutAsJsonAsync(url, Order((sanitizer, 20), (masks, 4))), 200);
        Assert.That(lastMinute.GetProperty("totalFen").GetInt64(), Is.EqualTo(20 * 650 + 4 * 2500));
        Api.Clock.Advance(TimeSpan.FromSeconds(3));
        await Problem.ExpectAsync(await contactA.PutAsJsonAsync(url, Order((sanitizer, 11))), 409, "groupbuy.deadline_passed");
        await Problem.ExpectAsync(await contactA.DeleteAsync(url), 409, "groupbuy.deadline_passed");
        var mine = await JsonAsync(await contactA.GetAsync($"/api/v1/enterprise/group-buys/{id}"), 200);
        Assert.That(mine.GetProperty("groupBuy").GetProperty("acceptingOrders").GetBoolean(), Is.False);
        Assert.That(mine.GetProperty("myOrder").GetProperty("totalFen").GetInt64(), Is.EqualTo(500 * 650));

        var closed = await JsonAsync(await orgAdmin.PostAsync($"/api/v1/admin/group-buys/{id}/close", null), 200);
        Assert.That(closed.GetProperty("status").GetString(), Is.EqualTo("closed"));
        await Problem.ExpectAsync(await orgAdmin.PostAsync($"/api/v1/admin/group-buys/{id}/close", null), 409, "groupbuy.already_closed");
        await Problem.ExpectAsync(await contactB.PutAsJsonAsync(url, Order((sanitizer, 30))), 409, "groupbuy.closed");

        var summary = await JsonAsync(await orgAdmin.GetAsync($"/api/v1/admin/group-buys/{id}/summary"), 200);
        var items = summary.GetProperty("items").EnumerateArray().ToDictionary(i => i.GetProperty("itemId").GetString()!,
            i => (i.GetProperty("quantity").GetInt64(), i.GetProperty("amountFen").GetInt64(), i.GetProperty("orders").GetInt32()));
        Assert.That(items[sanitizer], Is.EqualTo((520L, 520L * 650, 2)));
        Assert.That(items[masks], Is.EqualTo((4L, 4L * 2500, 1)));
        Assert.That(summary.GetProperty("totalFen").GetInt64(), Is.EqualTo(520 * 650 + 4 * 2500));
        Assert.That(summary.GetProperty("enterprises").EnumerateArray().ToDictionary(e => e.GetProperty("enterpriseId").GetString()!,
            e => e.GetProperty("totalFen").GetInt64()), Is.EqualTo(new Dictionary<string, long> { [S(a)] = 500 * 650, [S(b)] = 20 * 650 + 4 * 2500 }));

        var csv = await orgAdmin.GetAsync($"/api/v1/admin/group-buys/{id}/purchase-list");
        Assert.That((int)csv.StatusCode, Is.EqualTo(200));
        Assert.That(csv.Content.Headers.ContentType?.MediaType, Is.EqualTo("text/csv"));
        var bytes = await csv.Content.ReadAsByteArrayAsync();
        Assert.That(bytes.Take(3), Is.EqualTo(new byte[] { 0xEF, 0xBB, 0xBF }));
        var lines = Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.That(lines[0], Is.EqualTo("row,enterpriseId,enterpriseName,creditCode,itemId,item,unit,unitPriceFen,quantity,amountFen"));
        Assert.That(lines.Count(l => l.StartsWith("order,", StringComparison.Ordinal)), Is.EqualTo(3));
        Assert.That(lines, Has.Some.Contains("\"'=乙厂\""), "a formula-like name is defused");
        Assert.That(lines, Has.Some.EqualTo($"item_total,,,,{sanitizer},\"84消毒液 500ml\",\"瓶\",650,520,338000"));
        Assert.That(lines[^1], Is.EqualTo($"grand_total,,,,,,,,524,{520 * 650 + 4 * 2500}"));

        // staff outside the organisation do not see it
        using var otherAdmin = await NewStaffAsync("org_admin", orgId: S(await Seed.OrgAsync("别处")));
        await Problem.ExpectAsync(await otherAdmin.GetAsync($"/api/v1/admin/group-buys/{id}/summary"), 404, "not_found");
        using var districtAdmin = await NewStaffAsync("org_admin", orgId: S(district));
        await Problem.ExpectAsync(await districtAdmin.PostAsync($"/api/v1/admin/group-buys/{id}/close", null), 404, "not_found");

        Assert.That((await AuditAsync("group_buy.")).Select(x => x.Action), Is.EqualTo(new[]
        {
            "group_buy.create", "group_buy.order_place", "group_buy.order_change", "group_buy.order_place", "group_buy.close",
        }));
    }

    [Test]
    public async Task Opening_a_group_buy_checks_items_bounds_and_deadline()
    {
        var org = await Seed.OrgAsync();
        using var admin = await AdminAsync();
        var bad = await Problem.ExpectAsync(await admin.PostAsJsonAsync("/api/v1/admin/group-buys", new
        {
            title = "团购",
            orgId = S(org),
            deadlineAt = Now.AddMinutes(-1),
            items = new object[] { new { name = "口罩", unitPriceFen = -1L, minQuantity = 5, maxQuantity = 4 } },
        }), 422, "validation.failed");
        Assert.That(bad.Raw.GetProperty("errors").EnumerateObject().Select(e => e.Name),
            Is.SupersetOf(new[] { "deadlineAt", "items[0].unitPriceFen", "items[0].maxQuantity" }));
        await Problem.ExpectAsync(await admin.PostAsJsonAsync("/api/v1/admin/group-buys",
            new { title = "团购", orgId = S(org), deadlineAt = Now.AddDays(1), items = Array.Empty<object>() }), 422, "validation.failed");
        // a super_admin names the organisation
        await Problem.ExpectAsync(await admin.PostAsJsonAsync("/api/v1/admin/group-buys",
            new { title = "团购", deadlineAt = Now.AddDays(1), items = new object[] { new { name = "口罩", unitPriceFen = 1L, minQuantity = 1, maxQuantity = 1 } } }),
            422, "validation.failed");
    }

    [Test]
    public async Task A_contact_withdraws_the_order_before_the_deadline()
    {
        var org = await Seed.OrgAsync();
        var enterprise = await Seed.EnterpriseAsync(org, "甲厂");
        using var admin = await AdminAsync();
        var (id, sanitizer, _, _) = await OpenAsync(admin, org, TimeSpan.FromDays(1));
        using var contact = await ContactAsync(enterprise);
        var url = $"/api/v1/enterprise/group-buys/{id}/order";
        await Problem.ExpectAsync(await contact.DeleteAsync(url), 404, "not_found");
        await JsonAsync(await contact.PutAsJsonAsync(url, Order((sanitizer, 12))), 200);

        Assert.That((int)(await contact.DeleteAsync(url)).StatusCode, Is.EqualTo(204));
        var summary = await JsonAsync(await admin.GetAsync($"/api/v1/admin/group-buys/{id}/summary"), 200);
        Assert.That(summary.GetProperty("orders").GetInt32(), Is.Zero);
        Assert.That(summary.GetProperty("totalFen").GetInt64(), Is.Zero);
        await using var db = await DbAsync();
        Assert.That(await db.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM group_buy_order_line"), Is.Zero);
        Assert.That((await AuditAsync("group_buy.order_")).Select(a => a.Action), Is.EqualTo(new[] { "group_buy.order_place", "group_buy.order_withdraw" }));
    }

    [Test]
    public async Task Parallel_order_changes_from_one_enterprise_leave_one_whole_order()
    {
        var org = await Seed.OrgAsync();
        var enterprise = await Seed.EnterpriseAsync(org, "甲厂");
        using var admin = await AdminAsync();
        var (id, sanitizer, masks, _) = await OpenAsync(admin, org, TimeSpan.FromDays(1));
        var contacts = new[] { await ContactAsync(enterprise), await ContactAsync(enterprise), await ContactAsync(enterprise) };
        var url = $"/api/v1/enterprise/group-buys/{id}/order";

        // 24 different orders at once: some with both items, some with one
        var requests = Enumerable.Range(0, 24).Select(i => i % 3 == 0
            ? Order((sanitizer, 10 + i))
            : Order((sanitizer, 100 + i), (masks, 1 + i))).ToList();
        var answers = await ParallelAsync(requests.Select((r, i) => (Func<Task<HttpResponseMessage>>)(() => contacts[i % 3].PutAsJsonAsync(url, r))));
        Assert.That(answers.Select(a => a.Status), Is.All.EqualTo(200));
        Assert.That(answers.Select(a => a.Body.GetProperty("revision").GetInt32()), Is.EquivalentTo(Enumerable.Range(1, 24)),
            "the changes applied one after another");

        await using var db = await DbAsync();
        var order = await db.QuerySingleAsync<(long Id, long TotalFen, int Revision)>(
            "SELECT id, total_fen, revision FROM group_buy_order WHERE group_buy_id = @id", new { id });
        var lines = (await db.QueryAsync<(long ItemId, int Quantity, long UnitPriceFen)>(
            "SELECT item_id, quantity, unit_price_fen FROM group_buy_order_line WHERE order_id = @Id ORDER BY item_id", new { order.Id })).ToList();
        Assert.That(order.Revision, Is.EqualTo(24));
        Assert.That(order.TotalFen, Is.EqualTo(lines.Sum(l => l.Quantity * l.UnitPriceFen)), "the total is the lines' total");

        // the stored order is exactly the last applied request's lines
        var last = answers.Single(a => a.Body.GetProperty("revision").GetInt32() == 24).Body;
        Assert.That(lines.Select(l => (l.ItemId.ToString(System.Globalization.CultureInfo.InvariantCulture), l.Quantity)),
            Is.EquivalentTo(last.GetProperty("lines").EnumerateArray().Select(l => (l.GetProperty("itemId").GetString(), l.GetProperty("quantity").GetInt32()))));
        Assert.That(last.GetProperty("totalFen").GetInt64(), Is.EqualTo(order.TotalFen));

        var audit = await db.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM audit_log WHERE action LIKE 'group_buy.order_%'");
        Assert.That(audit, Is.EqualTo(24));
        foreach (var c in contacts)
        {
            c.Dispose();
        }
    }
}

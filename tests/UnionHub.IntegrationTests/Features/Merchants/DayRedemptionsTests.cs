using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace UnionHub.IntegrationTests.Features.Merchants;

/// <summary>GET /merchant/redemptions: one day of the caller's own merchant's redemptions, voided ones marked.</summary>
public sealed class DayRedemptionsTests : ApiTest
{
    private static async Task<string> RedeemAsync(HttpClient client, string code)
    {
        var response = await client.PostAsJsonAsync("/api/v1/merchant/redemptions", new { code });
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("redemptionId").GetString()!;
    }

    private static async Task<List<JsonElement>> ListAsync(HttpClient client, string query = "")
    {
        var response = await client.GetAsync("/api/v1/merchant/redemptions" + query);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("items").EnumerateArray().ToList();
    }

    private static List<string> Ids(IEnumerable<JsonElement> items) => items.Select(i => i.GetProperty("redemptionId").GetString()!).ToList();

    [Test]
    public async Task A_merchant_sees_only_its_own_redemptions_of_today_newest_first_with_voided_ones_marked()
    {
        using var admin = await AdminAsync();
        var (a, clientA) = await RedemptionTests.MerchantAsync(admin, "甲超市");
        var (b, clientB) = await RedemptionTests.MerchantAsync(admin, "乙超市");
        using var cashierA = await NewStaffAsync("merchant_staff", merchantId: a);
        using var cashierB = await NewStaffAsync("merchant_staff", merchantId: b);

        var v1 = await RedemptionTests.SeedVoucherAsync(1000, [a, b]);
        var v2 = await RedemptionTests.SeedVoucherAsync(2500, [a, b]);
        var v3 = await RedemptionTests.SeedVoucherAsync(9900, [a, b]);
        var r1 = await RedeemAsync(clientA, v1.Code);
        var r2 = await RedeemAsync(cashierA, v2.Code);
        var r3 = await RedeemAsync(clientB, v3.Code);
        var voided = await clientA.PostAsJsonAsync($"/api/v1/merchant/redemptions/{r1}/void", new { reason = "顾客退货" });
        Assert.That(voided.StatusCode, Is.EqualTo(HttpStatusCode.OK));

        foreach (var caller in new[] { clientA, cashierA })
        {
            var items = await ListAsync(caller);
            Assert.That(Ids(items), Is.EqualTo(new[] { r2, r1 }), "A's own two, newest first; never B's");
            var first = items[0];
            Assert.That(first.GetProperty("voucherCode").GetString(), Is.EqualTo(v2.Code));
            Assert.That(first.GetProperty("perkTitle").GetString(), Is.EqualTo("夏日消费券"));
            Assert.That(first.GetProperty("faceValueFen").GetInt64(), Is.EqualTo(2500));
            Assert.That(first.GetProperty("voidedAt").ValueKind, Is.EqualTo(JsonValueKind.Null));
            var redeemedAt = first.GetProperty("redeemedAt").GetDateTimeOffset();
            Assert.That(first.GetProperty("voidableUntil").GetDateTimeOffset(), Is.EqualTo(redeemedAt.AddMinutes(30)));
            Assert.That(first.GetProperty("redeemedAt").GetString(), Does.EndWith("+08:00"));
            var second = items[1];
            Assert.That(second.GetProperty("voidedAt").GetString(), Is.Not.Null);
            Assert.That(second.GetProperty("voidReason").GetString(), Is.EqualTo("顾客退货"));
            Assert.That(second.GetProperty("voidableUntil").ValueKind, Is.EqualTo(JsonValueKind.Null), "a voided redemption cannot be voided again");
        }

        foreach (var caller in new[] { clientB, cashierB })
        {
            Assert.That(Ids(await ListAsync(caller)), Is.EqualTo(new[] { r3 }), "B sees only its own");
        }

        clientA.Dispose();
        clientB.Dispose();
    }

    [Test]
    public async Task The_void_window_closes_and_other_days_are_asked_for_by_date()
    {
        using var admin = await AdminAsync();
        var (a, client) = await RedemptionTests.MerchantAsync(admin, "便利店");
        var voucher = await RedemptionTests.SeedVoucherAsync(800, [a]);
        var r = await RedeemAsync(client, voucher.Code);
        var day = Api.Clock.GetUtcNow().ToOffset(TimeSpan.FromHours(8)).ToString("yyyy-MM-dd");

        Api.Clock.Advance(TimeSpan.FromMinutes(31));
        var late = await ListAsync(client, $"?date={day}");
        Assert.That(Ids(late), Is.EqualTo(new[] { r }));
        Assert.That(late[0].GetProperty("voidableUntil").ValueKind, Is.EqualTo(JsonValueKind.Null), "past the 30-minute window");

        Api.Clock.Advance(TimeSpan.FromDays(1));
        Assert.That(await ListAsync(client), Is.Empty, "today (the next day) has none");
        Assert.That(Ids(await ListAsync(client, $"?date={day}")), Is.EqualTo(new[] { r }));
        await Problem.ExpectAsync(await client.GetAsync("/api/v1/merchant/redemptions?date=2026-02-30"), 422, "validation.failed");
        await Problem.ExpectAsync(await client.GetAsync("/api/v1/merchant/redemptions?cursor=nope!"), 400, "request.bad_cursor");
        client.Dispose();
    }

    [Test]
    public async Task Pages_follow_the_cursor_and_only_merchant_callers_may_ask()
    {
        using var admin = await AdminAsync();
        var (a, client) = await RedemptionTests.MerchantAsync(admin, "面包房");
        var expected = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            expected.Insert(0, await RedeemAsync(client, (await RedemptionTests.SeedVoucherAsync(100 + i, [a])).Code));
        }

        var seen = new List<string>();
        string? cursor = null;
        do
        {
            var page = await client.GetFromJsonAsync<JsonElement>("/api/v1/merchant/redemptions?limit=2" + (cursor is null ? "" : $"&cursor={Uri.EscapeDataString(cursor)}"));
            seen.AddRange(Ids(page.GetProperty("items").EnumerateArray()));
            cursor = page.GetProperty("nextCursor").GetString();
        }
        while (cursor is not null);
        Assert.That(seen, Is.EqualTo(expected));

        using var anonymous = Anonymous();
        Assert.That((await anonymous.GetAsync("/api/v1/merchant/redemptions")).StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        var org = await Seed.OrgAsync();
        using var member = WithToken(MemberToken(await Seed.VerifiedMemberAsync(org)));
        Assert.That((await member.GetAsync("/api/v1/merchant/redemptions")).StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That((await admin.GetAsync("/api/v1/merchant/redemptions")).StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        client.Dispose();
    }
}

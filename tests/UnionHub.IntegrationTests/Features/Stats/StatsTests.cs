using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Dapper;
using UnionHub.IntegrationTests.Features.Merchants;

namespace UnionHub.IntegrationTests.Features.Stats;

public sealed class StatsTests : ApiTest
{
    [Test]
    public async Task Figures_match_a_hand_counted_fixture()
    {
        // 3 verified + 1 unverified + 1 deleted member, and 2 vouchers (each seeded with its own verified member)
        var org = await Seed.OrgAsync();
        for (var i = 0; i < 3; i++)
        {
            await Seed.VerifiedMemberAsync(org);
        }

        await Seed.UnverifiedMemberAsync();
        var gone = await Seed.VerifiedMemberAsync(org);
        await using (var db = await DbAsync())
        {
            await db.ExecuteAsync("UPDATE member SET deleted_at = NOW(6) WHERE id = @gone", new { gone });
        }

        using var admin = await AdminAsync();
        var merchant = await MerchantAdminTests.CreateMerchantAsync(admin);
        var (_, key) = await MerchantAdminTests.CreateKeyAsync(admin, merchant);
        var redeemed = await RedemptionTests.SeedVoucherAsync(1000, [merchant]);
        await RedemptionTests.SeedVoucherAsync(2000, [merchant]);
        using (var till = Anonymous())
        {
            till.DefaultRequestHeaders.Add("X-Api-Key", key);
            Assert.That((await till.PostAsJsonAsync("/api/v1/merchant/redemptions", new { code = redeemed.Code })).StatusCode,
                Is.EqualTo(HttpStatusCode.Created));
        }

        var fund = await admin.PostAsJsonAsync("/api/v1/admin/funds",
            new { name = "金秋助学", kind = "hardship", year = 2026, budgetFen = 1_000_000, maxGrantFen = 100_000 });
        Assert.That(fund.StatusCode, Is.EqualTo(HttpStatusCode.Created), await fund.Content.ReadAsStringAsync());

        var stats = await admin.GetFromJsonAsync<JsonElement>("/api/v1/admin/stats");
        Assert.That(stats.GetProperty("members").GetInt32(), Is.EqualTo(6), "5 verified + 1 unverified; the deleted one is not counted");
        Assert.That(stats.GetProperty("verifiedMembers").GetInt32(), Is.EqualTo(5));
        var perks = stats.GetProperty("perks").EnumerateArray().ToList();
        Assert.That(perks, Has.Count.EqualTo(2));
        Assert.That(perks.Select(p => p.GetProperty("claimed").GetInt32()), Is.EqualTo(new[] { 1, 1 }));
        Assert.That(perks.Sum(p => p.GetProperty("redeemed").GetInt32()), Is.EqualTo(1));
        Assert.That(perks.Select(p => p.GetProperty("stock").GetInt32()), Is.All.EqualTo(100));
        var funds = stats.GetProperty("funds").EnumerateArray().ToList();
        Assert.That(funds.Single().GetProperty("name").GetString(), Is.EqualTo("金秋助学"));
        Assert.That(funds.Single().GetProperty("grantedFen").GetInt64(), Is.Zero);
        Assert.That(stats.GetProperty("servedPersonTimes").GetInt64(), Is.EqualTo(2), "two vouchers issued, no grants yet");
    }
}

using System.Net.Http.Json;
using Dapper;
using UnionHub.IntegrationTests.Features.Merchants;

namespace UnionHub.IntegrationTests.Security;

/// <summary>
/// Issue 18 item 5: a voucher perk needs a merchant and a face value within the configured cap (Perks:MaxVoucherFaceValueFen,
/// default 10,000 yuan); a settlement whose sum would not fit answers 422 with a code, never 500.
/// Before: a 4.6e16-yuan voucher with no merchant was 201 (redeemable everywhere) and two redemptions made the settlement 500.
/// </summary>
public sealed class VoucherBoundsTests : ApiTest
{
    private static object VoucherPerk(long faceValueFen, string[] merchantIds) => new
    {
        kind = "voucher", title = "消费券", stock = 10, perMemberLimit = 1,
        startsAt = Api.Clock.GetUtcNow(), endsAt = Api.Clock.GetUtcNow().AddDays(7), faceValueFen, merchantIds,
    };

    [Test]
    public async Task A_voucher_perk_needs_a_merchant_and_a_face_value_within_the_cap()
    {
        using var admin = await AdminAsync();
        var merchant = await MerchantAdminTests.CreateMerchantAsync(admin, "甲超市");

        await Problem.ExpectAsync(await admin.PostAsJsonAsync("/api/v1/admin/perks", VoucherPerk(4_600_000_000_000_000_000, [merchant])),
            422, "perk.face_value_over_cap");
        await Problem.ExpectAsync(await admin.PostAsJsonAsync("/api/v1/admin/perks", VoucherPerk(1_000_001, [merchant])), 422, "perk.face_value_over_cap");
        await Problem.ExpectAsync(await admin.PostAsJsonAsync("/api/v1/admin/perks", VoucherPerk(5_000, [])), 422, "perk.voucher_needs_merchant");
        await using (var db = await DbAsync())
        {
            Assert.That(await db.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM perk"), Is.Zero);
        }

        var created = await admin.PostAsJsonAsync("/api/v1/admin/perks", VoucherPerk(1_000_000, [merchant]));
        Assert.That((int)created.StatusCode, Is.EqualTo(201), "exactly the cap, with a merchant: the control");
    }

    [Test]
    public async Task A_settlement_whose_total_does_not_fit_is_a_422_not_a_500()
    {
        // two vouchers of a perk put up before the cap existed (the row as such a perk left it)
        using var admin = await AdminAsync();
        var merchant = await MerchantAdminTests.CreateMerchantAsync(admin, "甲超市");
        var (_, key) = await MerchantAdminTests.CreateKeyAsync(admin, merchant);
        using var till = Anonymous();
        till.DefaultRequestHeaders.Add("X-Api-Key", key);
        foreach (var _ in new[] { 1, 2 })
        {
            var voucher = await RedemptionTests.SeedVoucherAsync(4_700_000_000_000_000_000, [merchant]);
            Assert.That((int)(await till.PostAsJsonAsync("/api/v1/merchant/redemptions", new { code = voucher.Code })).StatusCode, Is.EqualTo(201));
        }

        await Problem.ExpectAsync(await till.GetAsync("/api/v1/merchant/settlements"), 422, "settlement.total_too_large");
        using var csv = new HttpRequestMessage(HttpMethod.Get, "/api/v1/merchant/settlements");
        csv.Headers.Accept.ParseAdd("text/csv");
        var asCsv = await till.SendAsync(csv);
        Assert.That((int)asCsv.StatusCode, Is.EqualTo(422));
        Assert.That(await asCsv.Content.ReadAsStringAsync(), Does.Contain("\"settlement.total_too_large\""));
    }
}

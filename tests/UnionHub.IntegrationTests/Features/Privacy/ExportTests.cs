using System.Text.Json;
using Dapper;

namespace UnionHub.IntegrationTests.Features.Privacy;

public sealed class ExportTests : PrivacyTest
{
    [Test]
    public async Task Export_holds_the_callers_data_masked_and_nothing_of_another_member()
    {
        var org = await Seed.OrgAsync();
        var me = await PersonAsync(org, "欧阳明华");
        var other = await PersonAsync(org, "司马光远");
        await BindWeChatAsync(me.Id, "oWx9aBcDeFgHiJkLmNoP");
        using var reviewer = await NewStaffAsync("reviewer");
        var perk = await CreatePerkAsync();
        var (myVoucher, myCode) = await ClaimAsync(perk, me.Id);
        var (otherVoucher, otherCode) = await ClaimAsync(perk, other.Id);
        using (var admin = await AdminAsync())
        await using (var db = await DbAsync())
        {
            // redeemed at a merchant, after an earlier redemption elsewhere that was voided: the export names the one in force
            var merchant = await Merchants.MerchantAdminTests.CreateMerchantAsync(admin, "惠民超市");
            var voidedAt = await Merchants.MerchantAdminTests.CreateMerchantAsync(admin, "作废的商户");
            var now = Api.Clock.GetUtcNow().UtcDateTime;
            await db.ExecuteAsync("""
                INSERT INTO redemption (voucher_id, merchant_id, redeemed_at, voided_at) VALUES (@myVoucher, @voidedAt, @earlier, @now);
                INSERT INTO redemption (voucher_id, merchant_id, redeemed_at) VALUES (@myVoucher, @merchant, @now);
                UPDATE voucher SET status = 'redeemed', redeemed_at = @now WHERE id = @myVoucher;
                """, new { now, earlier = now.AddMinutes(-10), myVoucher, merchant, voidedAt });
        }

        var fund = await CreateFundAsync(reviewer);
        var myApp = await ApplyAsync(me.Id, fund, "我的理由：父亲住院手术", "13911112222");
        var otherApp = await ApplyAsync(other.Id, fund, "别人的理由：房屋受灾", "13933334444");
        var tokens = await LoginBySmsAsync(me.Phone); // the same member, now with a session
        Assert.That(MemberIdOf(tokens), Is.EqualTo(me.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)));

        using var client = WithToken(AccessOf(tokens));
        var response = await client.GetAsync("/api/v1/me/export");
        var text = await response.Content.ReadAsStringAsync();
        Assert.That((int)response.StatusCode, Is.EqualTo(200), text);
        Assert.That(response.Content.Headers.ContentDisposition?.DispositionType, Is.EqualTo("attachment"));
        Assert.That(response.Content.Headers.ContentDisposition?.FileName?.Trim('"'), Does.EndWith(".json"));
        var export = JsonDocument.Parse(text).RootElement;

        Assert.Multiple(() =>
        {
            Assert.That(export.GetProperty("account").GetProperty("id").GetString(), Is.EqualTo(me.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            Assert.That(export.GetProperty("account").GetProperty("phoneMasked").GetString(), Is.EqualTo(me.Phone[..3] + "****" + me.Phone[^4..]));
            var realName = export.GetProperty("realName");
            Assert.That(realName.GetProperty("status").GetString(), Is.EqualTo("verified"));
            Assert.That(realName.GetProperty("nameMasked").GetString(), Is.EqualTo("欧**华"));
            Assert.That(realName.GetProperty("idNumberMasked").GetString(), Is.EqualTo(me.IdNumber[..6] + "********" + me.IdNumber[^4..]));
            var wechat = export.GetProperty("weChatBindings");
            Assert.That(wechat.GetArrayLength(), Is.EqualTo(1));
            Assert.That(wechat[0].GetProperty("appId").GetString(), Is.EqualTo("wx-test-app"));
            Assert.That(wechat[0].GetProperty("openIdMasked").GetString(), Does.StartWith("oWx").And.EndWith("NoP").And.Contains("*"));

            var vouchers = export.GetProperty("vouchers");
            Assert.That(vouchers.EnumerateArray().Select(v => v.GetProperty("id").GetString()), Is.EqualTo(new[] { myVoucher }));
            Assert.That(vouchers[0].GetProperty("code").GetString(), Is.EqualTo(myCode));
            Assert.That(vouchers[0].GetProperty("status").GetString(), Is.EqualTo("redeemed"));
            Assert.That(vouchers[0].GetProperty("redemption").GetProperty("redeemedAt").GetString(), Does.EndWith("+08:00"));
            Assert.That(vouchers[0].GetProperty("redemption").GetProperty("merchantName").GetString(), Is.EqualTo("惠民超市"));

            var apps = export.GetProperty("fundApplications");
            Assert.That(apps.EnumerateArray().Select(a => a.GetProperty("id").GetString()), Is.EqualTo(new[] { myApp }));
            Assert.That(apps[0].GetProperty("reason").GetString(), Is.EqualTo("我的理由：父亲住院手术"), "the member's own words are theirs to take");
            Assert.That(apps[0].GetProperty("contactPhoneMasked").GetString(), Is.EqualTo("139****2222"));
            Assert.That(apps[0].GetProperty("history").GetArrayLength(), Is.GreaterThanOrEqualTo(1));
            var evidence = apps[0].GetProperty("evidence");
            Assert.That(evidence.GetArrayLength(), Is.EqualTo(1));
            Assert.That(evidence[0].GetProperty("contentType").GetString(), Is.EqualTo("image/png"));
            Assert.That(evidence[0].GetProperty("sizeBytes").GetInt32(), Is.EqualTo(Png.Length));
            Assert.That(export.GetProperty("sessions").GetProperty("active").GetInt32(), Is.EqualTo(1));

            // no unmasked personal data, and nothing of the other member
            foreach (var secret in new[] { me.Phone, me.Name, me.IdNumber, "13911112222", "oWx9aBcDeFgHiJkLmNoP",
                         other.Phone, other.Name, other.IdNumber, otherCode, "别人的理由", "13933334444" })
            {
                Assert.That(text, Does.Not.Contain(secret));
            }

            Assert.That(otherVoucher, Is.Not.EqualTo(myVoucher));
            Assert.That(otherApp, Is.Not.EqualTo(myApp));
        });
    }

    [Test]
    public async Task Export_of_an_account_without_real_name_or_anything_else_is_small_and_valid()
    {
        var memberId = await Seed.UnverifiedMemberAsync();
        using var client = WithToken(MemberToken(memberId));
        var export = await JsonAsync(await client.GetAsync("/api/v1/me/export"), 200);
        Assert.Multiple(() =>
        {
            Assert.That(export.GetProperty("realName").GetProperty("status").GetString(), Is.EqualTo("unverified"));
            Assert.That(export.GetProperty("vouchers").GetArrayLength(), Is.Zero);
            Assert.That(export.GetProperty("fundApplications").GetArrayLength(), Is.Zero);
            Assert.That(export.GetProperty("weChatBindings").GetArrayLength(), Is.Zero);
            Assert.That(export.GetProperty("sessions").GetProperty("active").GetInt32(), Is.Zero);
        });
        using var staff = await AdminAsync();
        Assert.That((int)(await staff.GetAsync("/api/v1/me/export")).StatusCode, Is.EqualTo(403), "staff have no member data to export");
    }
}

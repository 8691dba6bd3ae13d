using System.Net.Http.Json;
using System.Text.Json;
using Dapper;
using Microsoft.Extensions.DependencyInjection;
using UnionHub.Api.Features.Identity;

namespace UnionHub.IntegrationTests.Features.Identity;

public sealed class WeChatLoginTests : MemberAuthTest
{
    private static async Task<HttpResponseMessage> BindPhoneAsync(string accessToken, string phone, string code)
    {
        using var client = WithToken(accessToken);
        return await client.PostAsJsonAsync("/api/v1/me/phone", new { phone, code });
    }

    private static async Task<string> FreshCodeAsync(string phone)
    {
        // Lift the per-minute limit without moving the clock (access tokens issued "later" would not be valid yet in real time).
        await using (var db = await DbAsync())
        {
            await db.ExecuteAsync("DELETE FROM rate_counter");
        }

        var sent = await SendCodeAsync(phone);
        Assert.That((int)sent.StatusCode, Is.EqualTo(202), await sent.Content.ReadAsStringAsync());
        return LatestCode(phone);
    }

    [Test]
    public async Task Dev_code_logs_in_as_its_openid_and_again_as_the_same_member()
    {
        var first = await LoginByWeChatAsync("dev-alice");
        Assert.That(first.GetProperty("member").GetProperty("phoneMasked").ValueKind, Is.EqualTo(JsonValueKind.Null));
        Assert.That(first.GetProperty("roles").EnumerateArray().Select(r => r.GetString()), Is.EqualTo(new[] { "member" }));
        var again = await LoginByWeChatAsync("dev-alice");
        Assert.That(MemberIdOf(again), Is.EqualTo(MemberIdOf(first)));
        var other = await LoginByWeChatAsync("dev-bob");
        Assert.That(MemberIdOf(other), Is.Not.EqualTo(MemberIdOf(first)));

        await using var db = await DbAsync();
        var rows = (await db.QueryAsync<(string AppId, string OpenId, long MemberId)>(
            "SELECT app_id, open_id, member_id FROM member_wechat ORDER BY open_id")).ToList();
        Assert.That(rows.Select(r => r.OpenId), Is.EqualTo(new[] { "alice", "bob" }));
        Assert.That(rows[0].MemberId.ToString(System.Globalization.CultureInfo.InvariantCulture), Is.EqualTo(MemberIdOf(first)));
        Assert.That(await db.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM member"), Is.EqualTo(2));
    }

    [Test]
    public async Task Parallel_first_logins_of_one_openid_make_one_member()
    {
        var answers = await Task.WhenAll(Enumerable.Range(0, 16).Select(async _ =>
        {
            using var client = Anonymous();
            return await client.PostAsJsonAsync("/api/v1/auth/wechat/login", new { code = "dev-racer" });
        }));
        Assert.That(answers.Select(a => (int)a.StatusCode), Is.All.EqualTo(200));
        var ids = new HashSet<string>();
        foreach (var a in answers)
        {
            ids.Add(MemberIdOf(await a.Content.ReadFromJsonAsync<JsonElement>()));
        }

        Assert.That(ids, Has.Count.EqualTo(1));
        await using var db = await DbAsync();
        Assert.That(await db.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM member_wechat"), Is.EqualTo(1));
        Assert.That(await db.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM member"), Is.EqualTo(1), "losers rolled their member back");
    }

    [TestCase("not-a-dev-code")]
    [TestCase("dev-")]
    public async Task Codes_wechat_refuses_are_401(string code)
    {
        using var client = Anonymous();
        await Problem.ExpectAsync(await client.PostAsJsonAsync("/api/v1/auth/wechat/login", new { code }), 401, "auth.wechat_rejected");
    }

    [Test]
    public async Task A_missing_code_is_422()
    {
        using var client = Anonymous();
        await Problem.ExpectAsync(await client.PostAsJsonAsync("/api/v1/auth/wechat/login", new { }), 422, "validation.failed");
    }

    [Test]
    public async Task SMS_first_then_WeChat_binding_the_same_phone_is_one_member()
    {
        const string phone = "13800138001";
        var sms = await LoginBySmsAsync(phone);
        var wechat = await LoginByWeChatAsync("dev-carol");
        Assert.That(MemberIdOf(wechat), Is.Not.EqualTo(MemberIdOf(sms)), "before binding they are two logins");

        var bound = await BindPhoneAsync(AccessOf(wechat), phone, await FreshCodeAsync(phone));
        Assert.That((int)bound.StatusCode, Is.EqualTo(200), await bound.Content.ReadAsStringAsync());
        var linked = await bound.Content.ReadFromJsonAsync<JsonElement>();
        Assert.That(MemberIdOf(linked), Is.EqualTo(MemberIdOf(sms)), "the answer carries tokens of the phone's member");
        Assert.That(linked.GetProperty("member").GetProperty("phoneMasked").GetString(), Is.EqualTo("138****8001"));

        Assert.That(MemberIdOf(await LoginByWeChatAsync("dev-carol")), Is.EqualTo(MemberIdOf(sms)), "WeChat now logs in as the SMS member");
        Api.Clock.Advance(TimeSpan.FromMinutes(1));
        Assert.That(MemberIdOf(await LoginBySmsAsync(phone)), Is.EqualTo(MemberIdOf(sms)));
        await Problem.ExpectAsync(await RefreshAsync(RefreshOf(wechat)), 401, "auth.invalid_refresh");
        Assert.That((int)(await RefreshAsync(RefreshOf(linked))).StatusCode, Is.EqualTo(200));
    }

    [Test]
    public async Task WeChat_first_then_binding_a_new_phone_makes_SMS_log_in_as_that_member()
    {
        const string phone = "13800138002";
        var wechat = await LoginByWeChatAsync("dev-dave");
        var bound = await BindPhoneAsync(AccessOf(wechat), phone, await FreshCodeAsync(phone));
        Assert.That((int)bound.StatusCode, Is.EqualTo(200), await bound.Content.ReadAsStringAsync());
        Assert.That(MemberIdOf(await bound.Content.ReadFromJsonAsync<JsonElement>()), Is.EqualTo(MemberIdOf(wechat)));

        Api.Clock.Advance(TimeSpan.FromMinutes(1));
        Assert.That(MemberIdOf(await LoginBySmsAsync(phone)), Is.EqualTo(MemberIdOf(wechat)));
        await using var db = await DbAsync();
        Assert.That(await db.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM member"), Is.EqualTo(1));
    }

    [Test]
    public async Task A_phone_whose_member_has_another_WeChat_is_not_taken_over()
    {
        const string phone = "13800138003";
        var owner = await LoginByWeChatAsync("dev-erin");
        Assert.That((int)(await BindPhoneAsync(AccessOf(owner), phone, await FreshCodeAsync(phone))).StatusCode, Is.EqualTo(200));

        var intruder = await LoginByWeChatAsync("dev-frank");
        await Problem.ExpectAsync(await BindPhoneAsync(AccessOf(intruder), phone, await FreshCodeAsync(phone)), 409, "auth.phone_taken");
        Assert.That(MemberIdOf(await LoginByWeChatAsync("dev-frank")), Is.EqualTo(MemberIdOf(intruder)), "nothing moved");
    }

    [Test]
    public async Task Binding_needs_the_right_code()
    {
        const string phone = "13800138004";
        var wechat = await LoginByWeChatAsync("dev-gina");
        var code = await FreshCodeAsync(phone);
        var wrong = code == "000000" ? "000001" : "000000";
        await Problem.ExpectAsync(await BindPhoneAsync(AccessOf(wechat), phone, wrong), 401, "auth.invalid_code");
        using var anonymous = Anonymous();
        Assert.That((int)(await anonymous.PostAsJsonAsync("/api/v1/me/phone", new { phone, code })).StatusCode, Is.EqualTo(401));
        await using var db = await DbAsync();
        Assert.That(await db.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM member WHERE phone_hash IS NOT NULL"), Is.Zero);
    }

    [Test]
    public async Task A_second_app_with_the_same_unionid_joins_the_same_member()
    {
        var db = Api.Services.GetRequiredService<MySqlConnector.MySqlDataSource>();
        await using var conn = await db.OpenConnectionAsync();
        var now = Api.Clock.GetUtcNow();
        var transactions = Api.Services.GetRequiredService<UnionHub.Api.Platform.Transactions>();
        var first = await WeChatLogin.BindAsync(transactions, "wx-app-1", new WeChatIdentity("o-app1", "u-person"), now, CancellationToken.None);
        var second = await WeChatLogin.BindAsync(transactions, "wx-app-2", new WeChatIdentity("o-app2", "u-person"), now, CancellationToken.None);
        var again = await WeChatLogin.BindAsync(transactions, "wx-app-2", new WeChatIdentity("o-app2", "u-person"), now, CancellationToken.None);
        Assert.That(second, Is.EqualTo(first));
        Assert.That(again, Is.EqualTo(first));
        var rows = (await conn.QueryAsync<(string AppId, string? UnionId)>("SELECT app_id, union_id FROM member_wechat ORDER BY app_id")).ToList();
        Assert.That(rows, Is.EqualTo(new[] { ("wx-app-1", (string?)"u-person"), ("wx-app-2", (string?)null) }), "union_id is unique: recorded once");
    }
}

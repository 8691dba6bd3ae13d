using System.Net.Http.Json;
using System.Text.Json;
using Dapper;

namespace UnionHub.IntegrationTests.Features.Identity;

/// <summary>PUT /me/phone: a member moves their account to a new phone proven by an SMS code sent to it.</summary>
public sealed class ChangePhoneTests : MemberAuthTest
{
    private const string Old = "13600001111";
    private const string New = "13711112222";

    private static async Task<HttpResponseMessage> ChangeAsync(string accessToken, string phone, string code)
    {
        using var client = WithToken(accessToken);
        return await client.PutAsJsonAsync("/api/v1/me/phone", new { phone, code });
    }

    private static async Task<string> CodeForAsync(string phone)
    {
        await using (var db = await DbAsync())
        {
            await db.ExecuteAsync("DELETE FROM rate_counter"); // the per-minute limit, without moving the clock
        }

        Assert.That((int)(await SendCodeAsync(phone)).StatusCode, Is.EqualTo(202));
        return LatestCode(phone);
    }

    private static async Task<List<string>> AuditActionsAsync()
    {
        await using var db = await DbAsync();
        return (await db.QueryAsync<string>("SELECT action FROM audit_log WHERE action LIKE 'member.%' ORDER BY id")).ToList();
    }

    [Test]
    public async Task The_new_phone_logs_in_to_the_same_member_and_the_old_one_no_longer_does()
    {
        var me = await LoginBySmsAsync(Old);
        var changed = await ChangeAsync(AccessOf(me), New, await CodeForAsync(New));
        var body = await JsonAsync(changed, 200);
        Assert.That(body.GetProperty("id").GetString(), Is.EqualTo(MemberIdOf(me)));
        Assert.That(body.GetProperty("phoneMasked").GetString(), Is.EqualTo("137****2222"));
        Assert.That(await AuditActionsAsync(), Is.EqualTo(new[] { "member.change_phone" }));

        await using (var db = await DbAsync())
        {
            await db.ExecuteAsync("DELETE FROM rate_counter");
        }

        Assert.That(MemberIdOf(await LoginBySmsAsync(New)), Is.EqualTo(MemberIdOf(me)));
        await using (var db = await DbAsync())
        {
            await db.ExecuteAsync("DELETE FROM rate_counter");
        }

        Assert.That(MemberIdOf(await LoginBySmsAsync(Old)), Is.Not.EqualTo(MemberIdOf(me)), "the old phone is a new member now");
    }

    [Test]
    public async Task A_wrong_code_changes_nothing()
    {
        var me = await LoginBySmsAsync(Old);
        var code = await CodeForAsync(New);
        var wrong = code == "000000" ? "000001" : "000000";
        await Problem.ExpectAsync(await ChangeAsync(AccessOf(me), New, wrong), 401, "auth.invalid_code");
        using var client = WithToken(AccessOf(me));
        var after = await client.GetFromJsonAsync<JsonElement>("/api/v1/me");
        Assert.That(after.GetProperty("phoneMasked").GetString(), Is.EqualTo("136****1111"));
        Assert.That(await AuditActionsAsync(), Is.Empty);
    }

    [Test]
    public async Task A_phone_another_member_has_is_409_and_both_keep_theirs()
    {
        var me = await LoginBySmsAsync(Old);
        var other = await LoginBySmsAsync(New);
        await Problem.ExpectAsync(await ChangeAsync(AccessOf(me), New, await CodeForAsync(New)), 409, "auth.phone_taken");
        await using var db = await DbAsync();
        var phones = await db.ExecuteScalarAsync<int>("SELECT COUNT(DISTINCT phone_hash) FROM member WHERE phone_hash IS NOT NULL");
        Assert.That(phones, Is.EqualTo(2));
        using var client = WithToken(AccessOf(me));
        Assert.That((await client.GetFromJsonAsync<JsonElement>("/api/v1/me")).GetProperty("phoneMasked").GetString(), Is.EqualTo("136****1111"));
        Assert.That(MemberIdOf(other), Is.Not.EqualTo(MemberIdOf(me)));
    }

    [Test]
    public async Task The_same_phone_again_is_200_and_records_nothing()
    {
        var me = await LoginBySmsAsync(Old);
        var body = await JsonAsync(await ChangeAsync(AccessOf(me), Old, await CodeForAsync(Old)), 200);
        Assert.That(body.GetProperty("phoneMasked").GetString(), Is.EqualTo("136****1111"));
        Assert.That(await AuditActionsAsync(), Is.Empty);
    }

    [Test]
    public async Task A_WeChat_member_without_a_phone_gets_it_bound()
    {
        var me = await LoginByWeChatAsync("dev-carol");
        var body = await JsonAsync(await ChangeAsync(AccessOf(me), New, await CodeForAsync(New)), 200);
        Assert.That(body.GetProperty("phoneMasked").GetString(), Is.EqualTo("137****2222"));
        Assert.That(await AuditActionsAsync(), Is.EqualTo(new[] { "member.bind_phone" }));
    }
}

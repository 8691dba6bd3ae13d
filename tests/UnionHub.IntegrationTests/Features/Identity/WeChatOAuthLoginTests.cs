using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Dapper;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using UnionHub.Api.Features.Identity;

namespace UnionHub.IntegrationTests.Features.Identity;

/// <summary>H5 login inside WeChat (Official Account web OAuth) with the fake provider of the test host.</summary>
public sealed class WeChatOAuthLoginTests : MemberAuthTest
{
    private static async Task<HttpResponseMessage> OAuthLoginAsync(object body)
    {
        using var client = Anonymous();
        return await client.PostAsJsonAsync("/api/v1/auth/wechat/oauth-login", body);
    }

    [Test]
    public async Task The_config_tells_the_H5_app_to_use_the_dev_redirect()
    {
        using var client = Anonymous();
        var config = await client.GetFromJsonAsync<JsonElement>("/api/v1/auth/wechat/h5-config");
        Assert.That(config.GetProperty("enabled").GetBoolean(), Is.True);
        Assert.That(config.GetProperty("devRedirect").GetBoolean(), Is.True);
        Assert.That(config.GetProperty("appId").GetString(), Is.EqualTo("dev-oa"));
        Assert.That(config.GetProperty("scope").GetString(), Is.EqualTo("snsapi_base"));
    }

    [Test]
    public async Task A_dev_code_creates_a_member_and_logs_in_as_it_again()
    {
        var first = await OAuthLoginAsync(new { code = "dev-h5-carol" });
        Assert.That((int)first.StatusCode, Is.EqualTo(200), await first.Content.ReadAsStringAsync());
        var tokens = await first.Content.ReadFromJsonAsync<JsonElement>();
        Assert.That(tokens.GetProperty("roles").EnumerateArray().Select(r => r.GetString()), Is.EqualTo(new[] { "member" }));

        var second = await (await OAuthLoginAsync(new { code = "dev-h5-carol" })).Content.ReadFromJsonAsync<JsonElement>();
        Assert.That(MemberIdOf(second), Is.EqualTo(MemberIdOf(tokens)));

        using (var me = WithToken(second.GetProperty("accessToken").GetString()!))
        {
            var answer = await me.GetFromJsonAsync<JsonElement>("/api/v1/me");
            Assert.That(answer.GetProperty("id").GetString(), Is.EqualTo(MemberIdOf(tokens)));
        }

        await using var db = await DbAsync();
        var rows = (await db.QueryAsync<(string AppId, string OpenId)>("SELECT app_id, open_id FROM member_wechat")).ToList();
        Assert.That(rows, Is.EqualTo(new[] { ("dev-oa", "h5-carol") }), "bound under the Official Account appid, not the mini-program's");
        Assert.That(await db.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM member"), Is.EqualTo(1));
    }

    [Test]
    public async Task The_same_openid_in_the_mini_program_is_another_binding_without_unionid()
    {
        // openids are per app: without a unionid there is nothing that says these are one person
        var h5 = await (await OAuthLoginAsync(new { code = "dev-same" })).Content.ReadFromJsonAsync<JsonElement>();
        var mini = await LoginByWeChatAsync("dev-same");
        Assert.That(MemberIdOf(mini), Is.Not.EqualTo(MemberIdOf(h5)));
    }

    [TestCase("not-a-dev-code")]
    [TestCase("dev-")]
    public async Task Codes_wechat_refuses_are_401(string code) =>
        await Problem.ExpectAsync(await OAuthLoginAsync(new { code }), 401, "auth.wechat_rejected");

    [Test]
    public async Task A_missing_code_is_422() =>
        await Problem.ExpectAsync(await OAuthLoginAsync(new { }), 422, "validation.failed");
}

/// <summary>
/// The HTTP providers of both WeChat logins against one scripted api.weixin.qq.com: the OAuth exchange's URL,
/// unionid linking to the mini-program member, errcode and outages. Runs its own hosts over the shared database.
/// </summary>
public sealed class WeChatOAuthHttpTests : MemberAuthTest
{
    private static readonly ScriptedHandler WeChat = new();
    private static WebApplicationFactory<Program> _host = null!;
    private static WebApplicationFactory<Program> _disabled = null!;

    [OneTimeSetUp]
    public void StartHosts()
    {
        _host = Api.WithWebHostBuilder(b =>
        {
            b.UseSetting("Wechat:Provider", "http");
            b.UseSetting("Wechat:BaseAddress", "http://wechat.test/");
            b.UseSetting("Wechat:AppId", "wx-mini");
            b.UseSetting("Wechat:AppSecret", "mini-secret");
            b.UseSetting("WechatH5:Provider", "http");
            b.UseSetting("WechatH5:BaseAddress", "http://wechat.test/");
            b.UseSetting("WechatH5:AppId", "wx-oa");
            b.UseSetting("WechatH5:AppSecret", "oa-secret");
            b.UseSetting("WechatH5:RetryDelayMs", "0");
            b.UseSetting("WechatH5:MaxRetries", "2");
            b.UseSetting("WechatH5:BreakerMinimumThroughput", "1000");
            b.ConfigureTestServices(s =>
            {
                s.AddHttpClient(HttpWeChatClient.ClientName).ConfigurePrimaryHttpMessageHandler(() => WeChat);
                s.AddHttpClient(HttpWeChatOAuthClient.ClientName).ConfigurePrimaryHttpMessageHandler(() => WeChat);
            });
        });
        _disabled = Api.WithWebHostBuilder(b => b.UseSetting("WechatH5:Provider", "http"));
    }

    [OneTimeTearDown]
    public async Task StopHosts()
    {
        await _host.DisposeAsync();
        await _disabled.DisposeAsync();
    }

    [SetUp]
    public void ClearScript() => WeChat.Reset();

    private static async Task<HttpResponseMessage> PostAsync(WebApplicationFactory<Program> host, string path, object body)
    {
        using var client = host.CreateClient();
        return await client.PostAsJsonAsync(path, body);
    }

    [Test]
    public async Task The_code_is_exchanged_with_the_official_account_and_a_unionid_joins_the_mini_program_member()
    {
        WeChat.Then(HttpStatusCode.OK, """{"openid":"o-mini","session_key":"SK","unionid":"u-person"}""");
        var mini = await PostAsync(_host, "/api/v1/auth/wechat/login", new { code = "mini-code" });
        Assert.That((int)mini.StatusCode, Is.EqualTo(200), await mini.Content.ReadAsStringAsync());

        WeChat.Then(HttpStatusCode.OK,
            """{"access_token":"AT-SECRET","expires_in":7200,"refresh_token":"RT","openid":"o-oa","scope":"snsapi_base","unionid":"u-person"}""");
        var h5 = await PostAsync(_host, "/api/v1/auth/wechat/oauth-login", new { code = "oauth-code" });
        Assert.That((int)h5.StatusCode, Is.EqualTo(200), await h5.Content.ReadAsStringAsync());
        Assert.That(MemberIdOf(await h5.Content.ReadFromJsonAsync<JsonElement>()),
            Is.EqualTo(MemberIdOf(await mini.Content.ReadFromJsonAsync<JsonElement>())), "one person, one member");

        var uri = WeChat.Uris.Last();
        Assert.That(uri.AbsolutePath, Is.EqualTo("/sns/oauth2/access_token"));
        var query = System.Web.HttpUtility.ParseQueryString(uri.Query);
        Assert.That((query["appid"], query["secret"], query["code"], query["grant_type"]),
            Is.EqualTo(("wx-oa", "oa-secret", "oauth-code", "authorization_code")), "the Official Account's appid and secret, not the mini-program's");

        await using var db = await DbAsync();
        var rows = (await db.QueryAsync<(string AppId, string OpenId, string? UnionId)>(
            "SELECT app_id, open_id, union_id FROM member_wechat ORDER BY app_id")).ToList();
        Assert.That(rows, Is.EqualTo(new[] { ("wx-mini", "o-mini", (string?)"u-person"), ("wx-oa", "o-oa", (string?)null) }));
        Assert.That(await db.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM member"), Is.EqualTo(1));
    }

    [Test]
    public async Task An_H5_login_first_then_the_mini_program_with_the_same_unionid_is_one_member()
    {
        WeChat.Then(HttpStatusCode.OK, """{"access_token":"AT","openid":"o-oa-2","unionid":"u-two"}""");
        var h5 = await (await PostAsync(_host, "/api/v1/auth/wechat/oauth-login", new { code = "c1" })).Content.ReadFromJsonAsync<JsonElement>();
        WeChat.Then(HttpStatusCode.OK, """{"openid":"o-mini-2","unionid":"u-two"}""");
        var mini = await (await PostAsync(_host, "/api/v1/auth/wechat/login", new { code = "c2" })).Content.ReadFromJsonAsync<JsonElement>();
        Assert.That(MemberIdOf(mini), Is.EqualTo(MemberIdOf(h5)));
    }

    [Test]
    public async Task An_errcode_is_401_with_the_errcode()
    {
        WeChat.Then(HttpStatusCode.OK, """{"errcode":40163,"errmsg":"code been used"}""");
        var response = await PostAsync(_host, "/api/v1/auth/wechat/oauth-login", new { code = "used" });
        await Problem.ExpectAsync(response, 401, "auth.wechat_rejected");
        Assert.That(WeChat.Calls, Is.EqualTo(1), "a refused code is not retried");
        await using var db = await DbAsync();
        Assert.That(await db.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM member"), Is.Zero);
    }

    [Test]
    public async Task WeChat_down_is_503_after_the_retries()
    {
        WeChat.Otherwise = () => new HttpResponseMessage(HttpStatusCode.InternalServerError);
        try
        {
            await Problem.ExpectAsync(await PostAsync(_host, "/api/v1/auth/wechat/oauth-login", new { code = "x" }), 503, "auth.wechat_unavailable");
            Assert.That(WeChat.Calls, Is.EqualTo(3), "first try and 2 retries");
            WeChat.Reset();
            WeChat.ThenThrow().ThenThrow().ThenThrow();
            await Problem.ExpectAsync(await PostAsync(_host, "/api/v1/auth/wechat/oauth-login", new { code = "x" }), 503, "auth.wechat_unavailable");
            WeChat.Then(HttpStatusCode.OK, """{"errcode":-1,"errmsg":"system error"}""");
            await Problem.ExpectAsync(await PostAsync(_host, "/api/v1/auth/wechat/oauth-login", new { code = "x" }), 503, "auth.wechat_unavailable");
        }
        finally
        {
            WeChat.Otherwise = () => throw new InvalidOperationException("unexpected outbound HTTP call");
        }
    }

    [Test]
    public async Task Config_gives_the_official_account_appid_and_no_dev_redirect()
    {
        using var client = _host.CreateClient();
        var config = await client.GetFromJsonAsync<JsonElement>("/api/v1/auth/wechat/h5-config");
        Assert.That((config.GetProperty("enabled").GetBoolean(), config.GetProperty("appId").GetString(), config.GetProperty("devRedirect").GetBoolean()),
            Is.EqualTo((true, "wx-oa", false)));
        Assert.That(config.ToString(), Does.Not.Contain("oa-secret"));
    }

    [Test]
    public async Task Without_an_official_account_the_H5_login_is_off()
    {
        using var client = _disabled.CreateClient();
        var config = await client.GetFromJsonAsync<JsonElement>("/api/v1/auth/wechat/h5-config");
        Assert.That(config.GetProperty("enabled").GetBoolean(), Is.False);
        Assert.That(config.GetProperty("appId").ValueKind, Is.EqualTo(JsonValueKind.Null));
        await Problem.ExpectAsync(await client.PostAsJsonAsync("/api/v1/auth/wechat/oauth-login", new { code = "dev-x" }), 404, "auth.wechat_h5_disabled");
    }
}

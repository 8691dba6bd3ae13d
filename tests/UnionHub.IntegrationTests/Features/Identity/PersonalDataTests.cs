using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Dapper;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using UnionHub.Api.Features.Identity;

namespace UnionHub.IntegrationTests.Features.Identity;

/// <summary>Records every log message (formatted text and structured values) at every level.</summary>
public sealed class CapturingLoggerProvider : ILoggerProvider
{
    public ConcurrentQueue<string> Lines { get; } = new();

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void Dispose()
    {
    }

    private sealed class Logger(CapturingLoggerProvider owner, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull
        {
            owner.Lines.Enqueue($"{category} scope: {state}");
            return null;
        }

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var values = state is IEnumerable<KeyValuePair<string, object?>> pairs ? string.Join(";", pairs.Select(p => $"{p.Key}={p.Value}")) : "";
            owner.Lines.Enqueue($"{logLevel} {category}: {formatter(state, exception)} [{values}] {exception}");
        }
    }
}

/// <summary>
/// Personal data stays out of the database and the logs, and the WeChat HTTP provider maps WeChat's answers.
/// Runs a second host over the same database with a log recorder and the HTTP WeChat provider on a scripted endpoint.
/// </summary>
public sealed class PersonalDataTests : MemberAuthTest
{
    private const string Phone = "13512345678";
    private static readonly CapturingLoggerProvider Logs = new();
    private static readonly ScriptedHandler WeChat = new();
    private static WebApplicationFactory<Program> _host = null!;

    [OneTimeSetUp]
    public void StartHost() =>
        _host = Api.WithWebHostBuilder(b =>
        {
            b.UseSetting("Wechat:Provider", "http");
            b.UseSetting("Wechat:BaseAddress", "http://wechat.test/");
            b.UseSetting("Wechat:AppId", "wx-test-app");
            b.UseSetting("Wechat:AppSecret", "the-app-secret");
            b.UseSetting("Wechat:RetryDelayMs", "0");
            b.ConfigureLogging(l => l.AddProvider(Logs).AddFilter<CapturingLoggerProvider>(null, LogLevel.Trace));
            b.ConfigureTestServices(s => s.AddHttpClient(HttpWeChatClient.ClientName).ConfigurePrimaryHttpMessageHandler(() => WeChat));
        });

    [OneTimeTearDown]
    public async Task StopHost() => await _host.DisposeAsync();

    [SetUp]
    public void ClearScripts()
    {
        WeChat.Reset();
        _host.Services.GetRequiredService<FakeSmsSender>().Clear();
    }

    private static async Task<HttpResponseMessage> PostAsync(string path, object body, string? token = null)
    {
        using var client = _host.CreateClient();
        if (token is not null)
        {
            client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        }

        return await client.PostAsJsonAsync(path, body);
    }

    private static string Code(string phone) => _host.Services.GetRequiredService<FakeSmsSender>().For(phone)[0].Code;

    [Test]
    public async Task The_database_and_the_logs_hold_no_phone_and_no_code()
    {
        var codes = new List<string>();
        Assert.That((int)(await PostAsync("/api/v1/auth/sms/send", new { phone = Phone })).StatusCode, Is.EqualTo(202));
        codes.Add(Code(Phone));
        await PostAsync("/api/v1/auth/sms/login", new { phone = Phone, code = codes[0] == "000000" ? "000001" : "000000" });
        await PostAsync("/api/v1/auth/sms/send", new { phone = Phone }); // refused: per minute
        var login = await PostAsync("/api/v1/auth/sms/login", new { phone = Phone, code = codes[0] });
        Assert.That((int)login.StatusCode, Is.EqualTo(200));

        const string other = "13698765432";
        WeChat.Then(HttpStatusCode.OK, """{"openid":"o-1","session_key":"SECRET-SESSION-KEY"}""");
        var wechat = await (await PostAsync("/api/v1/auth/wechat/login", new { code = "wx-code" })).Content.ReadFromJsonAsync<JsonElement>();
        await PostAsync("/api/v1/auth/sms/send", new { phone = other });
        codes.Add(Code(other));
        Assert.That((int)(await PostAsync("/api/v1/me/phone", new { phone = other, code = codes[1] }, AccessOf(wechat))).StatusCode, Is.EqualTo(200));

        // the database: every column of the tables that see phones, as text and as hex
        await using var db = await DbAsync();
        var dump = new StringBuilder();
        foreach (var table in new[] { "member", "member_wechat", "sms_code", "rate_counter", "refresh_token", "audit_log" })
        {
            foreach (IDictionary<string, object?> row in await db.QueryAsync($"SELECT * FROM {table}"))
            {
                foreach (var value in row.Values)
                {
                    dump.Append(value switch
                    {
                        byte[] bytes => Encoding.Latin1.GetString(bytes) + "|" + Convert.ToHexString(bytes),
                        _ => Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture),
                    }).Append('|');
                }
            }
        }

        var text = dump.ToString();
        Assert.That(await db.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM rate_counter"), Is.GreaterThan(0), "the dump is not empty");
        foreach (var secret in new[] { Phone, other, "SECRET-SESSION-KEY" }.Concat(codes))
        {
            Assert.That(text, Does.Not.Contain(secret));
            Assert.That(text, Does.Not.Contain(Convert.ToHexString(Encoding.ASCII.GetBytes(secret))));
        }

        // the logs, at every level
        var logs = string.Join("\n", Logs.Lines);
        Assert.That(logs, Does.Contain("SMS login code sent"), "the recorder sees the API's logs");
        foreach (var secret in new[] { Phone, other, "SECRET-SESSION-KEY", "the-app-secret", "wx-code", Phone[3..], other[3..] }.Concat(codes))
        {
            Assert.That(logs, Does.Not.Contain(secret));
        }
    }

    [Test]
    public async Task WeChat_answers_map_to_login_rejection_or_unavailability()
    {
        WeChat.Then(HttpStatusCode.OK, """{"openid":"o-2","unionid":"u-2","session_key":"SECRET-SESSION-KEY"}""");
        var ok = await PostAsync("/api/v1/auth/wechat/login", new { code = "good" });
        Assert.That((int)ok.StatusCode, Is.EqualTo(200));
        Assert.That(await ok.Content.ReadAsStringAsync(), Does.Not.Contain("SECRET-SESSION-KEY"));
        var uri = WeChat.Uris.Single();
        Assert.That(uri.AbsolutePath, Is.EqualTo("/sns/jscode2session"));
        Assert.That(uri.Query, Does.Contain("appid=wx-test-app").And.Contain("js_code=good").And.Contain("grant_type=authorization_code"));
        await using (var db = await DbAsync())
        {
            var row = await db.QuerySingleAsync<(string AppId, string OpenId, string UnionId)>("SELECT app_id, open_id, union_id FROM member_wechat");
            Assert.That(row, Is.EqualTo(("wx-test-app", "o-2", "u-2")));
        }

        WeChat.Reset();
        WeChat.Then(HttpStatusCode.OK, """{"errcode":40029,"errmsg":"invalid code"}""");
        await Problem.ExpectAsync(await PostAsync("/api/v1/auth/wechat/login", new { code = "bad" }), 401, "auth.wechat_rejected");
        Assert.That(WeChat.Calls, Is.EqualTo(1), "a refusal is not retried");

        WeChat.Reset();
        WeChat.Then(HttpStatusCode.BadGateway).Then(HttpStatusCode.OK, """{"openid":"o-2"}""");
        Assert.That((int)(await PostAsync("/api/v1/auth/wechat/login", new { code = "flaky" })).StatusCode, Is.EqualTo(200));
        Assert.That(WeChat.Calls, Is.EqualTo(2), "a 502 is retried");

        WeChat.Reset();
        WeChat.Otherwise = () => throw new HttpRequestException("down");
        try
        {
            await Problem.ExpectAsync(await PostAsync("/api/v1/auth/wechat/login", new { code = "any" }), 503, "auth.wechat_unavailable");
        }
        finally
        {
            WeChat.Otherwise = () => throw new InvalidOperationException("unexpected outbound HTTP call");
        }
    }
}

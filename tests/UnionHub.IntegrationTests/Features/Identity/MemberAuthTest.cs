using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using UnionHub.Api.Features.Identity;

namespace UnionHub.IntegrationTests.Features.Identity;

/// <summary>Helpers for member-login tests: the fake SMS outbox of the test host, and login shortcuts.</summary>
public abstract class MemberAuthTest : ApiTest
{
    protected static FakeSmsSender Outbox => Api.Services.GetRequiredService<FakeSmsSender>();

    [SetUp]
    public void ClearOutbox() => Outbox.Clear();

    protected static async Task<HttpResponseMessage> SendCodeAsync(string phone, HttpClient? client = null)
    {
        using var own = client is null ? Anonymous() : null;
        return await (client ?? own!).PostAsJsonAsync("/api/v1/auth/sms/send", new { phone });
    }

    protected static string LatestCode(string phone)
    {
        var messages = Outbox.For(phone);
        Assert.That(messages, Is.Not.Empty, "a code was sent");
        return messages[0].Code;
    }

    protected static async Task<HttpResponseMessage> SmsLoginAsync(string phone, string code)
    {
        using var client = Anonymous();
        return await client.PostAsJsonAsync("/api/v1/auth/sms/login", new { phone, code });
    }

    /// <summary>Sends a code and logs in with it; returns the token answer.</summary>
    protected static async Task<JsonElement> LoginBySmsAsync(string phone)
    {
        var sent = await SendCodeAsync(phone);
        Assert.That((int)sent.StatusCode, Is.EqualTo(202), await sent.Content.ReadAsStringAsync());
        var response = await SmsLoginAsync(phone, LatestCode(phone));
        Assert.That((int)response.StatusCode, Is.EqualTo(200), await response.Content.ReadAsStringAsync());
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    protected static async Task<JsonElement> LoginByWeChatAsync(string code)
    {
        using var client = Anonymous();
        var response = await client.PostAsJsonAsync("/api/v1/auth/wechat/login", new { code });
        Assert.That((int)response.StatusCode, Is.EqualTo(200), await response.Content.ReadAsStringAsync());
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    protected static async Task<HttpResponseMessage> RefreshAsync(string refreshToken)
    {
        using var client = Anonymous();
        return await client.PostAsJsonAsync("/api/v1/auth/refresh", new { refreshToken });
    }

    protected static string MemberIdOf(JsonElement tokens) => tokens.GetProperty("member").GetProperty("id").GetString()!;

    protected static string RefreshOf(JsonElement tokens) => tokens.GetProperty("refreshToken").GetString()!;

    protected static string AccessOf(JsonElement tokens) => tokens.GetProperty("accessToken").GetString()!;

    /// <summary>Moves the clock to one minute past the next whole <paramref name="window"/> (UTC), so fixed windows start fresh.</summary>
    protected static void AdvanceToNextWindow(TimeSpan window)
    {
        var now = Api.Clock.GetUtcNow();
        var next = new DateTimeOffset(now.UtcTicks - (now.UtcTicks % window.Ticks), TimeSpan.Zero) + window + TimeSpan.FromMinutes(1);
        Api.Clock.Advance(next - now);
    }
}

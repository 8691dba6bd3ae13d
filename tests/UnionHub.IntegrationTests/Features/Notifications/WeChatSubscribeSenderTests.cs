using System.Net;
using System.Text.Json;
using Microsoft.Extensions.Logging.Abstractions;
using UnionHub.Api.Features.Identity;
using UnionHub.Api.Features.Notifications;
using UnionHub.Api.Platform;
using UnionHub.IntegrationTests.Features.Identity;

namespace UnionHub.IntegrationTests.Features.Notifications;

/// <summary>The WeChat subscribe-message provider against a scripted WeChat: token, message shape, and how answers map to outcomes.</summary>
public sealed class WeChatSubscribeSenderTests
{
    private const string Token = """{"access_token":"tok-1","expires_in":7200}""";

    private static WeChatSubscribeSender Sender(ScriptedHandler handler)
    {
        var wechat = new WeChatOptions { AppId = "wx-app", AppSecret = "secret", MaxRetries = 1, RetryDelayMs = 0 };
        return new(handler.Behind(WeChatSubscribeSender.ClientName, wechat), wechat,
            new NotificationOptions
            {
                Templates = new Dictionary<string, NotificationTemplate>(StringComparer.Ordinal)
                {
                    [NotificationKinds.ClaimSucceeded] = new()
                    {
                        TemplateId = "TPL-CLAIM", Page = "pages/wallet/index",
                        Fields = new Dictionary<string, string>(StringComparer.Ordinal) { ["thing1"] = "perkTitle", ["time2"] = "validUntil" },
                    },
                },
            },
            TimeProvider.System, NullLogger<WeChatSubscribeSender>.Instance);
    }

    private static OutgoingNotification Claim(string kind = NotificationKinds.ClaimSucceeded) =>
        new(1, "openid-1", kind, """{"voucherId":"9","perkTitle":"端午粽子券","validUntil":"2026-06-20 23:59"}""");

    [Test]
    public async Task Sends_the_template_with_mapped_fields_using_one_stable_token()
    {
        var handler = new ScriptedHandler().Then(HttpStatusCode.OK, Token).Then(HttpStatusCode.OK, """{"errcode":0}""")
            .Then(HttpStatusCode.OK, """{"errcode":0}""");
        var sender = Sender(handler);
        Assert.That(await sender.SendAsync(Claim(), default), Is.EqualTo(SendResult.Ok));
        Assert.That(await sender.SendAsync(Claim(), default), Is.EqualTo(SendResult.Ok));
        var uris = handler.Uris.ToList();
        Assert.That(uris.Select(u => u.AbsolutePath), Is.EqualTo(new[] { "/cgi-bin/stable_token", "/cgi-bin/message/subscribe/send", "/cgi-bin/message/subscribe/send" }));
        Assert.That(uris[1].Query, Is.EqualTo("?access_token=tok-1"));
        var bodies = handler.Bodies.ToList();
        var token = JsonDocument.Parse(bodies[0]).RootElement;
        Assert.That((token.GetProperty("appid").GetString(), token.GetProperty("grant_type").GetString()), Is.EqualTo(("wx-app", "client_credential")));
        var message = JsonDocument.Parse(bodies[1]).RootElement;
        Assert.That((message.GetProperty("touser").GetString(), message.GetProperty("template_id").GetString(), message.GetProperty("page").GetString()),
            Is.EqualTo(("openid-1", "TPL-CLAIM", "pages/wallet/index")));
        Assert.That(message.GetProperty("data").GetProperty("thing1").GetProperty("value").GetString(), Is.EqualTo("端午粽子券"));
        Assert.That(message.GetProperty("data").GetProperty("time2").GetProperty("value").GetString(), Is.EqualTo("2026-06-20 23:59"));
    }

    [Test]
    public async Task WeChat_answers_map_to_retry_skip_or_dead()
    {
        var handler = new ScriptedHandler().Then(HttpStatusCode.OK, Token)
            .Then(HttpStatusCode.OK, """{"errcode":43101,"errmsg":"user refuse to accept the msg"}""")
            .Then(HttpStatusCode.OK, """{"errcode":40037,"errmsg":"invalid template_id"}""")
            .Then(HttpStatusCode.OK, """{"errcode":45011}""")
            .Then(HttpStatusCode.OK, """{"errcode":42001,"errmsg":"access_token expired"}""")
            .Then(HttpStatusCode.OK, """{"access_token":"tok-2","expires_in":7200}""")
            .Then(HttpStatusCode.OK, """{"errcode":0}""");
        var sender = Sender(handler);
        Assert.That((await sender.SendAsync(Claim(), default)).Outcome, Is.EqualTo(SendOutcome.Refused));
        Assert.That((await sender.SendAsync(Claim(), default)).Outcome, Is.EqualTo(SendOutcome.Permanent));
        Assert.That((await sender.SendAsync(Claim(), default)).Outcome, Is.EqualTo(SendOutcome.Retry));
        Assert.That((await sender.SendAsync(Claim(), default)).Outcome, Is.EqualTo(SendOutcome.Retry), "expired token: retry");
        Assert.That(await sender.SendAsync(Claim(), default), Is.EqualTo(SendResult.Ok), "with a fresh token");
        Assert.That(handler.Uris.Last().Query, Is.EqualTo("?access_token=tok-2"));

        var calls = handler.Calls;
        Assert.That((await sender.SendAsync(Claim(NotificationKinds.FundPaid), default)).Outcome, Is.EqualTo(SendOutcome.Permanent),
            "no template configured for the kind");
        Assert.That(handler.Calls, Is.EqualTo(calls), "and nothing is sent");
    }

    [Test]
    public async Task An_unavailable_WeChat_is_a_retry_not_an_error()
    {
        var handler = new ScriptedHandler { Otherwise = () => new HttpResponseMessage(HttpStatusCode.BadGateway) };
        var sender = Sender(handler);
        Assert.That((await sender.SendAsync(Claim(), default)).Outcome, Is.EqualTo(SendOutcome.Retry));
        handler.Reset();
        handler.Then(HttpStatusCode.OK, Token).ThenThrow().ThenThrow();
        Assert.That((await sender.SendAsync(Claim(), default)).Outcome, Is.EqualTo(SendOutcome.Retry));
    }
}

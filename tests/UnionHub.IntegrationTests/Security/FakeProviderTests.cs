namespace UnionHub.IntegrationTests.Security;

/// <summary>
/// Issue 18 item 8: the fake WeChat provider logs anyone in as whoever the code names. It must never serve a deployment:
/// with <c>Wechat:Provider=fake</c> outside Development (and the test host's own "Testing") the API refuses to start.
/// </summary>
public sealed class FakeProviderTests
{
    [TestCase("Production")]
    [TestCase("Staging")]
    public void The_api_refuses_to_start_with_the_fake_wechat_provider_outside_development(string environment)
    {
        using var host = new ApiFactory(new Dictionary<string, string?>
        {
            ["environment"] = environment,
            ["Wechat:Provider"] = "fake",
            // the other providers real, so the WeChat setting is the one refused
            ["Sms:Provider"] = "http",
            ["WechatH5:Provider"] = "http",
            ["Notifications:Provider"] = "http",
        });
        var refused = Assert.Catch(() => _ = host.Server);
        Assert.That(Flatten(refused).Select(e => e.Message), Has.Some.Contains("Wechat:Provider = fake is allowed only in Development"));
    }

    [Test]
    public void The_fake_sms_and_h5_providers_are_refused_too()
    {
        foreach (var (setting, message) in new[] { ("Sms:Provider", "Sms:Provider = fake"), ("WechatH5:Provider", "WechatH5:Provider = fake") })
        {
            using var host = new ApiFactory(new Dictionary<string, string?>
            {
                ["environment"] = "Production",
                ["Sms:Provider"] = "http", ["Wechat:Provider"] = "http", ["WechatH5:Provider"] = "http", ["Notifications:Provider"] = "http",
                [setting] = "fake",
            });
            var refused = Assert.Catch(() => _ = host.Server);
            Assert.That(Flatten(refused).Select(e => e.Message), Has.Some.Contains(message), setting);
        }
    }

    private static IEnumerable<Exception> Flatten(Exception? e)
    {
        for (; e is not null; e = e.InnerException)
        {
            yield return e;
        }
    }
}

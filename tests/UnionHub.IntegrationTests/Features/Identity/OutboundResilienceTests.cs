using System.Net;
using UnionHub.Api.Features.Identity;

namespace UnionHub.IntegrationTests.Features.Identity;

/// <summary>The resilience of the HTTP SMS provider's client against a scripted gateway (outbound HTTP, no database).</summary>
public sealed class OutboundResilienceTests
{
    private static SmsOptions Options() => new()
    {
        Provider = "http", BaseAddress = "http://sms.test/", RetryDelayMs = 0, MaxRetries = 2, AttemptTimeoutMs = 500, TotalTimeoutMs = 3000,
        BreakerMinimumThroughput = 4, BreakerBreakSeconds = 30,
    };

    private static HttpSmsSender Sender(ScriptedHandler handler)
    {
        var options = Options();
        return new(handler.Behind(HttpSmsSender.ClientName, options), options);
    }

    [Test]
    public async Task A_transient_503_is_retried()
    {
        var handler = new ScriptedHandler().Then(HttpStatusCode.ServiceUnavailable).Then(HttpStatusCode.Accepted);
        await Sender(handler).SendAsync("13800138000", "123456", CancellationToken.None);
        Assert.That(handler.Calls, Is.EqualTo(2));
        Assert.That(handler.Bodies.Last(), Does.Contain("123456"), "the gateway got the code in the text");
        Assert.That(handler.Uris.Last().AbsolutePath, Is.EqualTo("/send"));
    }

    [Test]
    public async Task A_connection_failure_is_retried()
    {
        var handler = new ScriptedHandler().ThenThrow().Then(HttpStatusCode.OK);
        await Sender(handler).SendAsync("13800138000", "123456", CancellationToken.None);
        Assert.That(handler.Calls, Is.EqualTo(2));
    }

    [Test]
    public void A_400_is_not_retried()
    {
        var handler = new ScriptedHandler().Then(HttpStatusCode.BadRequest).Then(HttpStatusCode.OK);
        var ex = Assert.ThrowsAsync<HttpRequestException>(() => Sender(handler).SendAsync("13800138000", "123456", CancellationToken.None));
        Assert.That(handler.Calls, Is.EqualTo(1));
        Assert.That(ex!.Message, Does.Not.Contain("13800138000"));
    }

    [Test]
    public void Retries_stop_after_the_configured_count()
    {
        var handler = new ScriptedHandler { Otherwise = () => new HttpResponseMessage(HttpStatusCode.BadGateway) };
        Assert.ThrowsAsync<HttpRequestException>(() => Sender(handler).SendAsync("13800138000", "123456", CancellationToken.None));
        Assert.That(handler.Calls, Is.EqualTo(3), "one try and two retries");
    }

    [Test]
    public async Task The_circuit_opens_after_repeated_failures_and_calls_stop()
    {
        var handler = new ScriptedHandler { Otherwise = () => new HttpResponseMessage(HttpStatusCode.InternalServerError) };
        var sender = Sender(handler);
        Exception? last = null;
        for (var i = 0; i < 4; i++)
        {
            try
            {
                await sender.SendAsync("13800138000", "123456", CancellationToken.None);
            }
            catch (Exception ex)
            {
                last = ex;
            }
        }

        Assert.That(last, Is.InstanceOf<Polly.CircuitBreaker.BrokenCircuitException>());
        var before = handler.Calls;
        Assert.ThrowsAsync<Polly.CircuitBreaker.BrokenCircuitException>(() => sender.SendAsync("13800138000", "123456", CancellationToken.None));
        Assert.That(handler.Calls, Is.EqualTo(before), "an open circuit does not call the gateway");
    }
}

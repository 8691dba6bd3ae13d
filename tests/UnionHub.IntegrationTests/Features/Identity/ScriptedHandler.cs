using System.Collections.Concurrent;
using System.Net;
using Microsoft.Extensions.DependencyInjection;
using UnionHub.Api.Platform;

namespace UnionHub.IntegrationTests.Features.Identity;

/// <summary>Plays the other side of an outbound HTTP call: answers from a script and records what it was asked.</summary>
public sealed class ScriptedHandler : HttpMessageHandler
{
    private readonly ConcurrentQueue<Func<HttpResponseMessage>> _script = new();
    private int _calls;

    public ConcurrentQueue<string> Bodies { get; } = new();
    public ConcurrentQueue<Uri> Uris { get; } = new();
    public int Calls => _calls;

    /// <summary>What to answer when the script has run out.</summary>
    public Func<HttpResponseMessage> Otherwise { get; set; } = () => throw new InvalidOperationException("unexpected outbound HTTP call");

    public ScriptedHandler Then(HttpStatusCode status, string body = "{}")
    {
        _script.Enqueue(() => new HttpResponseMessage(status) { Content = new StringContent(body) });
        return this;
    }

    public ScriptedHandler ThenThrow()
    {
        _script.Enqueue(() => throw new HttpRequestException("connection refused"));
        return this;
    }

    public void Reset()
    {
        _script.Clear();
        Bodies.Clear();
        Uris.Clear();
        _calls = 0;
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _calls);
        Uris.Enqueue(request.RequestUri!);
        Bodies.Enqueue(request.Content is null ? "" : await request.Content.ReadAsStringAsync(cancellationToken));
        return _script.TryDequeue(out var next) ? next() : Otherwise();
    }

    /// <summary>
    /// A client factory holding the named outbound client as the API registers it (<see cref="OutboundHttp"/>: base
    /// address and resilience handler from <paramref name="options"/>), with this script as the other side.
    /// </summary>
    public IHttpClientFactory Behind<TOptions>(string clientName, TOptions options)
        where TOptions : OutboundHttpOptions
    {
        var services = new ServiceCollection().AddSingleton(options);
        services.AddOutboundHttpClient<TOptions>(clientName, "Test").ConfigurePrimaryHttpMessageHandler(() => this);
        return services.BuildServiceProvider().GetRequiredService<IHttpClientFactory>();
    }
}

namespace UnionHub.Api.Features.Perks;

/// <summary>
/// Graceful shutdown for the claim combiner: after the server has stopped taking requests and the in-flight ones have
/// finished (every hosted service's StopAsync, the web server's included), the combiner's queues are completed and
/// drained, so every queued claim commits or is answered before the data source and the container are disposed.
/// </summary>
public sealed class ClaimEngineShutdown(ClaimEngine engine) : IHostedLifecycleService
{
    public Task StartingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public async Task StoppedAsync(CancellationToken cancellationToken) => await engine.DisposeAsync();
}

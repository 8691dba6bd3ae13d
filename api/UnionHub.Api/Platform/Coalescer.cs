using System.Threading.Channels;

namespace UnionHub.Api.Platform;

/// <summary>
/// Turns many concurrent single-key reads into one batched read: every caller waiting at the moment the loader wakes is
/// answered by ONE call of <c>load</c> (one query for up to <c>maxBatch</c> keys). The claim combiner's idea applied to
/// reads: under a storm the database sees a few hundred queries a second instead of one per request.
/// A key missing from the loader's answer yields <c>default</c>. A failed load fails every caller of that batch.
/// </summary>
public sealed class Coalescer<TKey, TValue> : IDisposable
    where TKey : notnull
{
    private readonly Func<IReadOnlyList<TKey>, CancellationToken, Task<IReadOnlyDictionary<TKey, TValue>>> _load;
    private readonly int _maxBatch;
    private readonly Channel<(TKey Key, TaskCompletionSource<TValue?> Done)> _queue =
        Channel.CreateUnbounded<(TKey, TaskCompletionSource<TValue?>)>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Lazy<Task> _loop;

    public Coalescer(Func<IReadOnlyList<TKey>, CancellationToken, Task<IReadOnlyDictionary<TKey, TValue>>> load, int maxBatch = 256)
    {
        _load = load;
        _maxBatch = maxBatch;
        _loop = new Lazy<Task>(() => Task.Run(LoopAsync));
    }

    public Task<TValue?> GetAsync(TKey key, CancellationToken ct)
    {
        _ = _loop.Value;
        var done = new TaskCompletionSource<TValue?>(TaskCreationOptions.RunContinuationsAsynchronously);
        if (!_queue.Writer.TryWrite((key, done)))
        {
            throw new ObjectDisposedException(nameof(Coalescer<TKey, TValue>));
        }

        return done.Task.WaitAsync(ct);
    }

    private async Task LoopAsync()
    {
        var reader = _queue.Reader;
        var batch = new List<(TKey Key, TaskCompletionSource<TValue?> Done)>(_maxBatch);
        while (await reader.WaitToReadAsync())
        {
            batch.Clear();
            while (batch.Count < _maxBatch && reader.TryRead(out var item))
            {
                batch.Add(item);
            }

            try
            {
                var found = await _load(batch.Select(b => b.Key).Distinct().ToList(), CancellationToken.None);
                foreach (var (key, done) in batch)
                {
                    done.TrySetResult(found.TryGetValue(key, out var value) ? value : default);
                }
            }
            catch (Exception ex)
            {
                foreach (var (_, done) in batch)
                {
                    done.TrySetException(ex);
                }
            }
        }
    }

    public void Dispose() => _queue.Writer.TryComplete();
}

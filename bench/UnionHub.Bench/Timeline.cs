using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace UnionHub.Bench;

/// <summary>
/// Answers per 100 ms slot of a window, by when they arrived: how many, how many took over 100 ms, and the slowest. It
/// shows whether a phase's slow answers come spread out or in bursts (a batch's rhythm, a pause), which one p99 cannot.
/// </summary>
public sealed class Timeline(long start)
{
    private const int Slots = 6000; // 10 minutes
    private const long SlowMicros = 100_000;
    private readonly long[] _answers = new long[Slots];
    private readonly long[] _slow = new long[Slots];
    private readonly long[] _maxMicros = new long[Slots];

    public void Add(long startTimestamp, long endTimestamp)
    {
        var slot = (int)(Stopwatch.GetElapsedTime(start, endTimestamp).TotalMilliseconds / 100);
        if (slot is < 0 or >= Slots)
        {
            return;
        }

        var micros = (long)Stopwatch.GetElapsedTime(startTimestamp, endTimestamp).TotalMicroseconds;
        Interlocked.Increment(ref _answers[slot]);
        if (micros > SlowMicros)
        {
            Interlocked.Increment(ref _slow[slot]);
        }

        var seen = Interlocked.Read(ref _maxMicros[slot]);
        while (micros > seen)
        {
            var was = Interlocked.CompareExchange(ref _maxMicros[slot], micros, seen);
            if (was == seen)
            {
                break;
            }

            seen = was;
        }
    }

    /// <summary>Tab-separated rows "window, second, answers, over 100 ms, slowest ms", one per slot that had answers.</summary>
    public void AppendTo(StringBuilder text, string window)
    {
        for (var i = 0; i < Slots; i++)
        {
            if (_answers[i] > 0)
            {
                text.Append(CultureInfo.InvariantCulture, $"{window}\t{i / 10.0:F1}\t{_answers[i]}\t{_slow[i]}\t{_maxMicros[i] / 1000.0:F1}\n");
            }
        }
    }
}

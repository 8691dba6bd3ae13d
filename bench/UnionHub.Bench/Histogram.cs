using System.Diagnostics;

namespace UnionHub.Bench;

/// <summary>
/// Latencies in microseconds, thread-safe, log-linear buckets (exact below 2,048 µs, then 1,024 buckets per power of
/// two: under 0.1 % error), so a phase of any length costs one fixed array.
/// </summary>
public sealed class Histogram
{
    private const int Linear = 2048;
    private const int PerOctave = 1024;
    private readonly long[] _counts = new long[Linear + (PerOctave * 40)];
    private long _total;

    public long Count => Interlocked.Read(ref _total);

    public void Add(long startTimestamp, long endTimestamp)
    {
        var micros = (long)Stopwatch.GetElapsedTime(startTimestamp, endTimestamp).TotalMicroseconds;
        Interlocked.Increment(ref _counts[Index(Math.Max(0, micros))]);
        Interlocked.Increment(ref _total);
    }

    /// <summary>The latency in milliseconds at or below which <paramref name="q"/> of the samples lie (0 without samples).</summary>
    public double PercentileMs(double q)
    {
        var total = Count;
        if (total == 0)
        {
            return 0;
        }

        var rank = (long)Math.Ceiling(q * total);
        long seen = 0;
        for (var i = 0; i < _counts.Length; i++)
        {
            seen += Interlocked.Read(ref _counts[i]);
            if (seen >= Math.Max(1, rank))
            {
                return Value(i) / 1000.0;
            }
        }

        return Value(_counts.Length - 1) / 1000.0;
    }

    private static int Index(long micros)
    {
        if (micros < Linear)
        {
            return (int)micros;
        }

        var shift = (int)(63 - long.LeadingZeroCount(micros)) - 10; // 11 for 2,048..4,095 µs -> shift 1
        return Math.Min(Linear + ((shift - 1) * PerOctave) + (int)((micros >> shift) - PerOctave), (Linear + (PerOctave * 40)) - 1);
    }

    private static long Value(int index)
    {
        if (index < Linear)
        {
            return index;
        }

        var shift = ((index - Linear) / PerOctave) + 1;
        return (((index - Linear) % PerOctave) + PerOctave) << shift;
    }
}

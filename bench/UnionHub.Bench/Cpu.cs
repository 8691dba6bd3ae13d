using System.Diagnostics;
using System.Globalization;

namespace UnionHub.Bench;

/// <summary>CPU time (user + system) used by a process, from /proc: what a phase cost each process, not just how fast it ran.</summary>
public static class Cpu
{
    /// <summary>Linux reports /proc/&lt;pid&gt;/stat times in USER_HZ, 100 a second on every architecture .NET runs on.</summary>
    private const double TicksPerSecond = 100;

    /// <summary>Seconds of CPU the process has used so far (0 when it is gone or unreadable).</summary>
    public static double Seconds(int pid)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' '); // after "pid (comm) ": fields from the 3rd (state)
            return (long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture)) / TicksPerSecond;
        }
        catch (IOException)
        {
            return 0;
        }
    }

    /// <summary>Seconds of CPU this process has used so far.</summary>
    public static double Own() => Process.GetCurrentProcess().TotalProcessorTime.TotalSeconds;
}

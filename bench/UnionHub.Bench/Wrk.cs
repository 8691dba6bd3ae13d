using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace UnionHub.Bench;

/// <summary>Runs wrk (-t2, --latency) against one URL, with or without a Lua script, and keeps its numbers.</summary>
public static partial class Wrk
{
    public static async Task<int> RunAsync(Args a)
    {
        var seconds = a.Int("seconds", 10);
        var connections = a.Int("connections", 128);
        var script = a.Optional("script");
        var start = new ProcessStartInfo("wrk") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[] { "-t2", $"-c{connections}", $"-d{seconds}s", "--timeout", "10s", "--latency" })
        {
            start.ArgumentList.Add(arg);
        }

        if (script is not null)
        {
            start.ArgumentList.Add("-s");
            start.ArgumentList.Add(script);
            start.Environment["BENCH_TOKENS"] = a.Text("tokens");
        }

        start.ArgumentList.Add(a.Text("url").TrimEnd('/') + a.Text("path"));
        using var wrk = Process.Start(start) ?? throw new InvalidOperationException("wrk did not start");
        var output = await wrk.StandardOutput.ReadToEndAsync();
        var errors = await wrk.StandardError.ReadToEndAsync();
        await wrk.WaitForExitAsync();
        File.WriteAllText(Path.ChangeExtension(a.Text("out"), ".wrk.txt"), output + errors);
        if (wrk.ExitCode != 0 || RequestsLine().Match(output) is not { Success: true } requests)
        {
            Console.Error.WriteLine(output + errors);
            return 1;
        }

        var count = long.Parse(requests.Groups[1].Value, CultureInfo.InvariantCulture);
        var duration = Duration(requests.Groups[2].Value, requests.Groups[3].Value) / 1000.0;
        var non2xx = NonSuccessLine().Match(output) is { Success: true } n ? long.Parse(n.Groups[1].Value, CultureInfo.InvariantCulture) : 0;
        var socket = SocketErrorsLine().Match(output) is { Success: true } s
            ? s.Groups.Values.Skip(1).Sum(g => long.Parse(g.Value, CultureInfo.InvariantCulture)) : 0;
        var byAnswer = new SortedDictionary<string, long>(StringComparer.Ordinal) { ["2xx/3xx"] = count - non2xx };
        if (non2xx > 0)
        {
            byAnswer["4xx/5xx (wrk does not tell)"] = non2xx;
        }

        if (socket > 0)
        {
            byAnswer["error socket"] = socket;
        }

        var window = new WindowResult("timed", Math.Round(duration, 2), count, Math.Round(count / duration, 1), Percentile(output, "50"),
            Percentile(output, "99"), byAnswer, 0, 0, 0, null, null);
        var name = a.Text("name");
        Json.Save(a.Text("out"), new PhaseResult(name, a.Text("title", name), script is null ? "wrk, no script" : "wrk + " + Path.GetFileName(script),
            false, connections, 1, 0, [window], Json.Load1()));
        Console.WriteLine("    " + Load.Describe(window));
        return 0;
    }

    private static double Percentile(string output, string q) =>
        Regex.Match(output, $@"^\s+{q}%\s+([\d.]+)(us|ms|s)\s*$", RegexOptions.Multiline) is { Success: true } m
            ? Duration(m.Groups[1].Value, m.Groups[2].Value) : 0;

    /// <summary>wrk's "12.3ms" as milliseconds.</summary>
    private static double Duration(string number, string unit) => double.Parse(number, CultureInfo.InvariantCulture) * unit switch
    {
        "us" => 0.001,
        "ms" => 1,
        "s" => 1000,
        "m" => 60_000,
        _ => throw new FormatException("unknown wrk unit " + unit),
    };

    [GeneratedRegex(@"(\d+) requests in ([\d.]+)(us|ms|s|m),")]
    private static partial Regex RequestsLine();

    [GeneratedRegex(@"Non-2xx or 3xx responses: (\d+)")]
    private static partial Regex NonSuccessLine();

    [GeneratedRegex(@"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)")]
    private static partial Regex SocketErrorsLine();
}

using System.Globalization;

namespace UnionHub.Bench;

public sealed class ArgsException(string message) : Exception(message);

/// <summary>--name value options.</summary>
public sealed class Args(Dictionary<string, string> values)
{
    public static Args Parse(IEnumerable<string> args)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        string? name = null;
        foreach (var arg in args)
        {
            if (name is null)
            {
                if (!arg.StartsWith("--", StringComparison.Ordinal))
                {
                    throw new ArgsException($"expected --option, got '{arg}'");
                }

                name = arg[2..];
            }
            else
            {
                values[name] = arg;
                name = null;
            }
        }

        return name is null ? new Args(values) : throw new ArgsException($"--{name} needs a value");
    }

    public string Text(string name) => values.TryGetValue(name, out var v) ? v : throw new ArgsException($"--{name} is required");

    public string? Optional(string name) => values.GetValueOrDefault(name);

    public string Text(string name, string fallback) => values.GetValueOrDefault(name) ?? fallback;

    public int Int(string name, int fallback) =>
        values.TryGetValue(name, out var v) ? int.Parse(v, CultureInfo.InvariantCulture) : fallback;

    public long Long(string name) => long.Parse(Text(name), CultureInfo.InvariantCulture);

    public double Double(string name, double fallback) =>
        values.TryGetValue(name, out var v) ? double.Parse(v, CultureInfo.InvariantCulture) : fallback;

    public int[] Ints(string name) => [.. Text(name).Split(',').Select(s => int.Parse(s, CultureInfo.InvariantCulture))];
}

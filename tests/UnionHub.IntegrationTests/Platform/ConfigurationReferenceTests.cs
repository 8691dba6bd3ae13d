using System.Reflection;
using System.Text.Json;
using System.Text.RegularExpressions;
using UnionHub.Api.Platform;

namespace UnionHub.IntegrationTests.Platform;

/// <summary>
/// docs/configuration.md names every setting the API reads: each property of an options class (a class with a
/// <c>const string Section</c>), each key read by name in api/ and each key of appsettings*.json.
/// </summary>
public sealed partial class ConfigurationReferenceTests
{
    /// <summary>A configuration key in a string literal, e.g. "Jwt:RefreshTokenDays".</summary>
    [GeneratedRegex("\"([A-Z][A-Za-z0-9]*(?::[A-Z][A-Za-z0-9]*)+)\"")]
    private static partial Regex KeyLiteral();

    private static string Reference() => File.ReadAllText(Repository.Path("docs", "configuration.md"));

    private static string EnvName(string key) => key.Replace(":", "__", StringComparison.Ordinal);

    private static IEnumerable<string> OptionsKeys()
    {
        foreach (var type in typeof(DatabaseSetup).Assembly.GetTypes())
        {
            if (type.GetField("Section", BindingFlags.Public | BindingFlags.Static) is not { IsLiteral: true } field
                || field.GetRawConstantValue() is not string section)
            {
                continue;
            }

            var settable = type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.SetMethod is { IsPublic: true }).ToList();
            if (settable.Count == 0)
            {
                yield return EnvName(section); // read as a whole (a list or a section of its own)
            }

            foreach (var property in settable)
            {
                yield return $"{EnvName(section)}__{property.Name}";
            }
        }
    }

    [Test]
    public void Every_options_property_is_in_the_configuration_reference()
    {
        var keys = OptionsKeys().ToList();
        Assert.That(keys, Has.Count.GreaterThan(30), "the options classes were found");
        var text = Reference();
        Assert.That(keys.Where(k => !text.Contains($"`{k}", StringComparison.Ordinal)).Distinct().Order(StringComparer.Ordinal).ToList(), Is.Empty,
            "settings missing from docs/configuration.md");
    }

    [Test]
    public void Every_key_read_by_name_is_in_the_configuration_reference()
    {
        var api = Repository.Path("api", "UnionHub.Api");
        var keys = Directory.EnumerateFiles(api, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .SelectMany(File.ReadLines)
            .Where(line => line.Contains("config", StringComparison.OrdinalIgnoreCase))
            .SelectMany(line => KeyLiteral().Matches(line).Select(m => EnvName(m.Groups[1].Value)))
            .Append($"ConnectionStrings__{DatabaseSetup.ConnectionName}")
            .Distinct().ToList();
        Assert.That(keys, Does.Contain("Bootstrap__AdminPassword"), "the scan finds the keys read by name");
        var text = Reference();
        Assert.That(keys.Where(k => !text.Contains($"`{k}", StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToList(), Is.Empty,
            "settings missing from docs/configuration.md");
    }

    [Test]
    public void Every_key_of_the_appsettings_files_is_in_the_configuration_reference()
    {
        var keys = Directory.GetFiles(Repository.Path("api", "UnionHub.Api"), "appsettings*.json")
            .SelectMany(f => Leaves(JsonDocument.Parse(File.ReadAllText(f)).RootElement, []))
            .Where(path => path[^1] != "Comment")
            .Select(path => path.Count >= 3 ? path.Take(2).ToList() : path) // Logging:LogLevel:<category> is one setting
            .Select(path => string.Join("__", path))
            .Distinct().ToList();
        Assert.That(keys, Does.Contain("Jwt__Issuer"));
        var text = Reference();
        Assert.That(keys.Where(k => !text.Contains($"`{k}", StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToList(), Is.Empty,
            "settings missing from docs/configuration.md");
    }

    /// <summary>The key path of every value, without array indexes.</summary>
    private static IEnumerable<List<string>> Leaves(JsonElement e, List<string> path) => e.ValueKind switch
    {
        JsonValueKind.Object => e.EnumerateObject().SelectMany(p => Leaves(p.Value, [.. path, p.Name])),
        JsonValueKind.Array => [path],
        _ => [path],
    };
}

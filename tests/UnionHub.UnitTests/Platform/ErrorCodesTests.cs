using System.Reflection;
using System.Text;
using System.Text.RegularExpressions;
using UnionHub.Api.Platform;

namespace UnionHub.UnitTests.Platform;

/// <summary>
/// Every error code the API can answer is a <c>const string</c> of a <c>*Problems</c> class (PlatformProblems and one per feature).
/// clients/sdk/src/generated/error-codes.ts lists them for the SDK, whose vitest fails when its Chinese message table lacks one.
/// This test fails when that file is stale; <c>UNIONHUB_WRITE_ERROR_CODES=1</c> rewrites it (./dev sdk does).
/// </summary>
public sealed partial class ErrorCodesTests
{
    private const string GeneratedPath = "clients/sdk/src/generated/error-codes.ts";

    public static IReadOnlyList<string> ServerCodes() =>
        typeof(PlatformProblems).Assembly.GetTypes()
            .Where(t => t is { IsAbstract: true, IsSealed: true } && t.Name.EndsWith("Problems", StringComparison.Ordinal))
            .SelectMany(t => t.GetFields(BindingFlags.Public | BindingFlags.Static))
            .Where(f => f is { IsLiteral: true } && f.FieldType == typeof(string))
            .Select(f => (string)f.GetRawConstantValue()!)
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToList();

    public static string Render(IEnumerable<string> codes)
    {
        var text = new StringBuilder();
        text.Append("// Generated from the API's *Problems classes (tests/UnionHub.UnitTests/Platform/ErrorCodesTests.cs): do not edit.\n");
        text.Append("// Regenerate with `./dev sdk` (or UNIONHUB_WRITE_ERROR_CODES=1 on the unit tests).\n");
        text.Append("/** Every error `code` the server can answer. */\n");
        text.Append("export const serverErrorCodes: readonly string[] = [\n");
        foreach (var code in codes)
        {
            text.Append("  \"").Append(code).Append("\",\n");
        }

        text.Append("];\n");
        return text.ToString();
    }

    [Test]
    public void Every_code_is_well_formed_and_the_platform_defaults_are_listed()
    {
        var codes = ServerCodes();
        Assert.That(codes, Has.Count.GreaterThan(100));
        Assert.That(codes, Is.All.Matches(@"^[a-z0-9_]+(\.[a-z0-9_]+)*$"));
        foreach (var status in new[] { 400, 401, 403, 404, 405, 409, 413, 415, 422, 429, 500, 503, 418 })
        {
            Assert.That(codes, Does.Contain(Problems.DefaultCode(status)), $"the default code for {status}");
        }
    }

    [Test]
    public void The_sdk_list_of_server_codes_is_up_to_date()
    {
        var path = Path.Combine(Repo.Root(), GeneratedPath);
        var expected = Render(ServerCodes());
        if (Environment.GetEnvironmentVariable("UNIONHUB_WRITE_ERROR_CODES") == "1")
        {
            File.WriteAllText(path, expected);
        }

        Assert.That(File.Exists(path), Is.True, $"{GeneratedPath} is missing: run ./dev sdk");
        Assert.That(File.ReadAllText(path), Is.EqualTo(expected), $"{GeneratedPath} is stale: run ./dev sdk");
    }

    [GeneratedRegex("""Problems\.(Create\(\s*\d+\s*,|Validation\([^;]*code:)\s*"|code:\s*"[a-z_]+\.""")]
    private static partial Regex LiteralCode();

    [Test]
    public void Handlers_name_their_codes_through_a_Problems_class()
    {
        var api = Repo.ApiDirectory();
        var offenders = Directory.EnumerateFiles(api, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Replace('\\', '/').Contains("/Features/Perks/ClaimEngine.cs", StringComparison.Ordinal))
            .Where(f => LiteralCode().IsMatch(File.ReadAllText(f)))
            .Select(f => Path.GetRelativePath(api, f))
            .ToList();
        Assert.That(offenders, Is.Empty, "a code written as a string literal is missing from the SDK's list: add it to the feature's *Problems class");
    }
}

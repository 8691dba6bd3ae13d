using System.Reflection;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace UnionHub.IntegrationTests.Platform;

/// <summary>
/// The file rule of ADR 0003, checked: every endpoint of a feature is the <c>Handle</c> method of a static class named
/// after its route name (<c>WithName</c>), declared in a file of that name, and no file declares a second handler.
/// </summary>
public sealed partial class FeatureLayoutTests : ApiTest
{
    private const string FeaturesNamespace = "UnionHub.Api.Features.";

    private static IReadOnlyList<RouteEndpoint> ApiEndpoints() =>
        Api.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.StartsWith("/api/", StringComparison.Ordinal) == true)
            .ToList();

    private static string FeaturesDirectory()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "UnionHub.slnx")))
            {
                return Path.Combine(dir.FullName, "api", "UnionHub.Api", "Features");
            }
        }

        throw new InvalidOperationException("UnionHub.slnx not found above " + AppContext.BaseDirectory);
    }

    [Test]
    public void Every_api_endpoint_is_the_Handle_method_of_a_feature_class_named_after_its_route()
    {
        var endpoints = ApiEndpoints();
        Assert.That(endpoints, Has.Count.GreaterThan(100), "the endpoints are found");
        var wrong = new List<string>();
        foreach (var endpoint in endpoints)
        {
            var name = endpoint.Metadata.GetMetadata<IEndpointNameMetadata>()?.EndpointName;
            var method = endpoint.Metadata.GetMetadata<MethodInfo>();
            var type = method?.DeclaringType;
            if (name is null || method is null || type is null || method.Name != "Handle" || type.Name != name
                || type.FullName?.StartsWith(FeaturesNamespace, StringComparison.Ordinal) != true)
            {
                wrong.Add($"{endpoint.RoutePattern.RawText} ({name ?? "no WithName"}) is handled by {type?.FullName}.{method?.Name}");
            }
        }

        Assert.That(wrong, Is.Empty, "map each endpoint to <RouteName>.Handle in Features/<Feature>/<RouteName>.cs");
    }

    [Test]
    public void Every_handler_class_is_mapped_and_lives_in_a_file_of_its_name()
    {
        var mapped = ApiEndpoints().Select(e => e.Metadata.GetMetadata<MethodInfo>()?.DeclaringType).OfType<Type>().ToHashSet();
        var handlers = typeof(Program).Assembly.GetTypes()
            .Where(t => t is { IsAbstract: true, IsSealed: true } && t.FullName?.StartsWith(FeaturesNamespace, StringComparison.Ordinal) == true)
            .Where(t => t.GetMethod("Handle", BindingFlags.Public | BindingFlags.Static) is not null)
            .ToList();
        Assert.That(handlers, Has.Count.GreaterThan(100));
        var features = FeaturesDirectory();
        var sources = string.Join('\n', Directory.EnumerateFiles(features, "*Api.cs", SearchOption.AllDirectories).Select(File.ReadAllText));
        var unmapped = handlers.Where(t => !mapped.Contains(t) && !sources.Contains($"WithName(\"{t.Name}\")", StringComparison.Ordinal));
        Assert.That(unmapped.Select(t => t.FullName), Is.Empty, "a Handle method that no route maps (routes mapped only in Development count)");

        var misplaced = handlers
            .Select(t => (Type: t, File: Path.Combine(features, t.Namespace![FeaturesNamespace.Length..].Replace('.', '/'), t.Name + ".cs")))
            .Where(x => !File.Exists(x.File) || !Regex.IsMatch(File.ReadAllText(x.File), $@"\bclass {x.Type.Name}\b"))
            .Select(x => $"{x.Type.FullName} is not declared in {Path.GetRelativePath(features, x.File)}");
        Assert.That(misplaced, Is.Empty);
    }

    [Test]
    public void No_feature_file_declares_more_than_one_endpoint_handler()
    {
        var crowded = new List<string>();
        var features = FeaturesDirectory();
        foreach (var file in Directory.EnumerateFiles(features, "*.cs", SearchOption.AllDirectories))
        {
            var text = File.ReadAllText(file);
            var handlers = HandleDeclaration().Count(text);
            var classes = TopLevelClass().Matches(text).Select(m => m.Groups[1].Value).ToList();
            if (handlers > 1 || (handlers == 1 && !classes.Contains(Path.GetFileNameWithoutExtension(file))))
            {
                crowded.Add($"{Path.GetRelativePath(features, file)}: {handlers} Handle method(s) in class(es) {string.Join(", ", classes)}");
            }
        }

        Assert.That(crowded, Is.Empty, "one endpoint per file, the file named after the route (ADR 0003)");
    }

    [GeneratedRegex(@"\bstatic\b[^;=(){}]*\bHandle\s*\(")]
    private static partial Regex HandleDeclaration();

    [GeneratedRegex(@"^(?:public|internal)\b[\w ]*\bclass\s+(\w+)", RegexOptions.Multiline)]
    private static partial Regex TopLevelClass();
}

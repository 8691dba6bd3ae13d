namespace UnionHub.UnitTests.Platform;

/// <summary>The repository the tests run from, for the source rules that read the API's code.</summary>
internal static class Repo
{
    /// <summary>The directory holding UnionHub.slnx, above the test binaries.</summary>
    public static string Root()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "UnionHub.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("UnionHub.slnx not found above " + AppContext.BaseDirectory);
    }

    public static string ApiDirectory() => Path.Combine(Root(), "api", "UnionHub.Api");

    /// <summary>The API's C# sources, without the build's output (obj/, bin/).</summary>
    public static List<string> ApiSources() => Directory.EnumerateFiles(ApiDirectory(), "*.cs", SearchOption.AllDirectories)
        .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                    && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
        .ToList();
}

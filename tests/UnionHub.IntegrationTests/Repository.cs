namespace UnionHub.IntegrationTests;

/// <summary>The repository the tests run from (the folder holding ./dev): scripts and documentation the tests check.</summary>
public static class Repository
{
    public static string Root
    {
        get
        {
            var dir = new DirectoryInfo(TestContext.CurrentContext.TestDirectory);
            while (dir is not null && !File.Exists(System.IO.Path.Combine(dir.FullName, "dev")))
            {
                dir = dir.Parent;
            }

            return dir?.FullName ?? throw new InvalidOperationException("the repository root (with ./dev) was not found");
        }
    }

    public static string Path(params string[] parts) => System.IO.Path.Combine([Root, .. parts]);
}

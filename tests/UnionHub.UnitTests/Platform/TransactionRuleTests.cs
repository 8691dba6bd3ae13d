using System.Text.RegularExpressions;

namespace UnionHub.UnitTests.Platform;

/// <summary>
/// One way to run a write transaction (issue 15): features hand their unit of work to <c>Platform/Transactions.RunAsync</c>,
/// which re-runs it whole on a conflict. A feature that opens its own transaction gets no re-run and no lock-wait cap.
/// </summary>
public sealed partial class TransactionRuleTests
{
    /// <summary>The claim engine commits a whole batch of claims (with their idempotency keys) in its own transaction.</summary>
    private static readonly string[] Allowed = ["Perks/ClaimEngine.cs"];

    [GeneratedRegex(@"\.BeginTransaction(Async)?\s*\(")]
    private static partial Regex OpensTransaction();

    [Test]
    public void No_feature_opens_its_own_transaction()
    {
        var features = FeaturesDirectory();
        var files = Directory.EnumerateFiles(features, "*.cs", SearchOption.AllDirectories).ToList();
        Assert.That(files, Has.Count.GreaterThan(100), "the feature sources are found");
        var offenders = files
            .Select(f => Path.GetRelativePath(features, f).Replace('\\', '/'))
            .Where(f => !Allowed.Contains(f) && OpensTransaction().IsMatch(File.ReadAllText(Path.Combine(features, f))))
            .ToList();
        Assert.That(offenders, Is.Empty, "run the unit through Transactions.RunAsync instead of conn.BeginTransactionAsync");
    }

    [Test]
    public void The_rule_sees_a_transaction_opened_by_hand()
    {
        Assert.That(OpensTransaction().IsMatch("await using var tx = await conn.BeginTransactionAsync(ct);"), Is.True);
        Assert.That(OpensTransaction().IsMatch("using var tx = conn.BeginTransaction ();"), Is.True);
        Assert.That(OpensTransaction().IsMatch("await transactions.RunAsync(async (conn, tx) => { }, ct);"), Is.False);
    }

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
}

using System.Text.RegularExpressions;

namespace UnionHub.UnitTests.Platform;

/// <summary>
/// Source rules of "one way to do each thing" (issue 15). One way to run a write transaction: features hand their unit
/// of work to <c>Platform/Transactions.RunAsync</c>, which re-runs it whole on a conflict. A feature that opens its own transaction gets no re-run and no lock-wait cap.
/// One multi-row insert builder: a statement whose VALUES list is appended in a loop is built by <c>Platform/MultiRowInsert</c>;
/// a hand-built one shows as a string that ends right after <c>VALUES</c> (the rows follow from code) or an interpolated
/// <c>VALUES {...}</c>.
/// </summary>
public sealed partial class SourceRuleTests
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

    [GeneratedRegex(@"\bVALUES\s*(""|\{)", RegexOptions.IgnoreCase)]
    private static partial Regex ValuesFromCode();

    [Test]
    public void No_source_builds_a_multi_row_insert_by_hand()
    {
        var api = Repo.ApiDirectory();
        var files = Repo.ApiSources();
        Assert.That(files, Has.Count.GreaterThan(100), "the sources are found");
        var handBuilt = files
            .Select(f => Path.GetRelativePath(api, f).Replace('\\', '/'))
            .Where(f => f != "Platform/MultiRowInsert.cs" && ValuesFromCode().IsMatch(File.ReadAllText(Path.Combine(api, f))))
            .ToList();
        Assert.That(handBuilt, Is.Empty, "build multi-row inserts with Platform/MultiRowInsert");
    }

    [TestCase("var sql = new StringBuilder(\"INSERT IGNORE INTO perk_code (perk_id, code, created_at) VALUES \");", true)]
    [TestCase("const string Head = \"\"\"\n    INSERT INTO roster_entry (org_id, id_hash) VALUES\n    \"\"\";", true)]
    [TestCase("var sql = $\"INSERT INTO t (a) VALUES {string.Join(',', rows)}\";", true)]
    [TestCase("const string Insert = \"INSERT INTO member (created_at) VALUES (@Now); SELECT LAST_INSERT_ID();\";", false)]
    [TestCase("\"SELECT name FROM enterprise WHERE id = @id\"", false)]
    public void The_rule_tells_a_hand_built_list_from_a_fixed_statement(string source, bool handBuilt) =>
        Assert.That(ValuesFromCode().IsMatch(source), Is.EqualTo(handBuilt));

    private static string FeaturesDirectory() => Path.Combine(Repo.ApiDirectory(), "Features");
}

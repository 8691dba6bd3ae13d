using System.Text.RegularExpressions;
using UnionHub.Api.Platform;

namespace UnionHub.UnitTests.Platform;

public sealed class IdsTests
{
    [TestCase("1", 1L)]
    [TestCase("42", 42L)]
    [TestCase("9223372036854775807", long.MaxValue)]
    public void Parses_positive_integers_in_plain_digits(string text, long expected) => Assert.That(Ids.Parse(text), Is.EqualTo(expected));

    [TestCase(null)]
    [TestCase("")]
    [TestCase("0")]
    [TestCase("-5")]
    [TestCase("+5")]
    [TestCase(" +5")]
    [TestCase(" 5")]
    [TestCase("5 ")]
    [TestCase("1,000")]
    [TestCase("1e3")]
    [TestCase("0x10")]
    [TestCase("５")]
    [TestCase("9223372036854775808")]
    public void Anything_else_is_not_an_id(string? text) => Assert.That(Ids.Parse(text), Is.Null);

    [Test]
    public void A_list_parses_only_when_every_item_is_an_id() => Assert.Multiple(() =>
    {
        Assert.That(Ids.ParseAll(["3", "1"]), Is.EqualTo(new long[] { 3, 1 }));
        Assert.That(Ids.ParseAll(null), Is.Empty);
        Assert.That(Ids.ParseAll(["3", " +1"]), Is.Null);
    });
}

public sealed class ScopeTests
{
    [TestCase("/", "/1/5/12/", true, TestName = "super_admin sees every org")]
    [TestCase("/1/5/", "/1/5/", true, TestName = "an org_admin sees their own org")]
    [TestCase("/1/5/", "/1/5/12/", true, TestName = "and every org below it")]
    [TestCase("/1/5/", "/1/", false, TestName = "not the org above")]
    [TestCase("/1/5/", "/1/6/", false, TestName = "nor a sibling")]
    [TestCase("/1/5/", "/1/51/", false, TestName = "nor org 51, whose path shares the characters")]
    [TestCase(null, "/1/", false, TestName = "no scope sees nothing")]
    public void Contains_is_the_subtree(string? path, string orgPath, bool expected) =>
        Assert.That(new Scope(path).Contains(orgPath), Is.EqualTo(expected));

    [Test]
    public void Rows_with_no_organisation_belong_to_everything_only() => Assert.Multiple(() =>
    {
        Assert.That(new Scope("/").Contains(null), Is.True);
        Assert.That(new Scope("/1/").Contains(null), Is.False);
        Assert.That(Scope.None.Contains(null), Is.False);
    });

    [Test]
    public void ContainsBelow_leaves_out_the_callers_own_org() => Assert.Multiple(() =>
    {
        Assert.That(new Scope("/1/5/").ContainsBelow("/1/5/12/"), Is.True);
        Assert.That(new Scope("/1/5/").ContainsBelow("/1/5/"), Is.False);
        Assert.That(new Scope("/").ContainsBelow("/1/"), Is.True);
    });

    [Test]
    public void Within_narrows_to_a_visible_org_and_to_nothing_outside() => Assert.Multiple(() =>
    {
        Assert.That(new Scope("/1/").Within("/1/5/").Path, Is.EqualTo("/1/5/"));
        Assert.That(new Scope("/").Within("/2/").SeesEverything, Is.False);
        Assert.That(new Scope("/1/").Within("/2/"), Is.EqualTo(Scope.None));
    });

    [Test]
    public void The_sql_condition_binds_ScopePath_and_lets_everything_through() =>
        Assert.That(Scope.Sql("o.path"), Is.EqualTo("(@ScopePath = '/' OR o.path LIKE CONCAT(@ScopePath, '%'))"));
}

/// <summary>
/// One scope API: a feature asks <see cref="Scope"/> what the caller may see. The old ways (a root path from a helper,
/// then a hand-written <c>LIKE CONCAT(@root, '%')</c>, a "/nowhere/" sentinel, a private id parser) must not come back.
/// </summary>
public sealed partial class OneScopeApiTests
{
    private static IEnumerable<(string File, string Text)> FeatureSources()
    {
        var features = Path.Combine(Repo.ApiDirectory(), "Features");
        return Directory.EnumerateFiles(features, "*.cs", SearchOption.AllDirectories)
            .Select(f => (Path.GetRelativePath(features, f), File.ReadAllText(f)));
    }

    [Test]
    public void No_feature_builds_its_own_scope_or_id_parser()
    {
        var sources = FeatureSources().ToList();
        Assert.That(sources, Has.Count.GreaterThan(100));
        var offenders = sources
            .SelectMany(s => OldWays().Matches(s.Text).Select(m => $"{s.File}: {m.Value}"))
            .ToList();
        Assert.That(offenders, Is.Empty,
            "use Scope.OfAsync / scope.Contains / Scope.Sql(column) with ScopePath, <Feature>.FindVisibleAsync(conn, tx, scope, id, ct) and Ids.Parse");
    }

    // a path prefix bound from C# (LIKE CONCAT(@x, ...)), the old root-path helper, the sentinel, a private ParseId
    [GeneratedRegex(@"LIKE\s+CONCAT\(\s*@\w+|RootPathAsync|/nowhere/|\bParseId\s*\(|long\.TryParse\(\s*\w+\s*,\s*out\b")]
    private static partial Regex OldWays();

    /// <summary>
    /// "Rows of my organisation or one above it" is <c>x.org_id IN @OrgIds</c> with <see cref="OrgAncestors.Of"/>, which an
    /// (org_id, id) index serves; <c>@MemberPath LIKE CONCAT(o.path, '%')</c> cannot use an index and reads the whole table.
    /// </summary>
    [Test]
    public void No_feature_matches_a_bound_path_against_every_rows_org_path()
    {
        var offenders = FeatureSources()
            .SelectMany(s => BoundPathLike().Matches(s.Text).Select(m => $"{s.File}: {m.Value}"))
            .ToList();
        Assert.That(offenders, Is.Empty, "filter on x.org_id IN @OrgIds with OrgAncestors.Of(path)");
    }

    [GeneratedRegex(@"@\w+\s+LIKE\s+CONCAT\(")]
    private static partial Regex BoundPathLike();
}

public sealed class OrgAncestorsTests
{
    [Test]
    public void A_path_gives_the_org_and_every_org_above_it_root_first() => Assert.Multiple(() =>
    {
        Assert.That(OrgAncestors.Of("/1/5/23/"), Is.EqualTo(new long[] { 1, 5, 23 }));
        Assert.That(OrgAncestors.Of("/7/"), Is.EqualTo(new long[] { 7 }));
        Assert.That(OrgAncestors.Of(null), Is.Empty);
    });

    [Test]
    public void A_page_is_one_limited_branch_per_org_merged_and_only_its_rows_read_in_full()
    {
        var sql = OrgAncestors.PageSql("SELECT x.id, x.body FROM thing x", "x",
            org => $"SELECT x.id FROM thing x WHERE x.org_id {org} AND x.id < @After ORDER BY x.id DESC LIMIT @Take", "id", 3, withNoOrg: true);
        Assert.Multiple(() =>
        {
            Assert.That(sql, Does.StartWith("SELECT x.id, x.body FROM thing x\nJOIN ((SELECT x.id FROM thing x WHERE x.org_id = @Org0 AND"));
            Assert.That(Regex.Matches(sql, @"\(SELECT x\.id FROM thing x WHERE x\.org_id (= @Org\d|IS NULL) AND x\.id < @After ORDER BY x\.id DESC LIMIT @Take\)")
                .Select(m => m.Groups[1].Value), Is.EqualTo(new[] { "= @Org0", "= @Org1", "= @Org2", "IS NULL" }));
            Assert.That(Regex.Matches(sql, "UNION ALL"), Has.Count.EqualTo(3));
            Assert.That(sql, Does.EndWith("ORDER BY id DESC LIMIT @Take) page ON page.id = x.id\nORDER BY page.id DESC"));
            Assert.That(() => OrgAncestors.PageSql("SELECT x.id FROM thing x", "x", org => org, "id", 0), Throws.ArgumentException);
            var bound = OrgAncestors.Bind(new { After = 5L, Take = 21 }, [1, 5, 23]);
            Assert.That(new[] { bound.Get<long>("Org0"), bound.Get<long>("Org1"), bound.Get<long>("Org2") }, Is.EqualTo(new long[] { 1, 5, 23 }));
        });
    }
}

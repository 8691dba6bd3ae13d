using System.Globalization;
using System.Text.RegularExpressions;
using Dapper;
using MySqlConnector;
using UnionHub.Api.Features.Activities;
using UnionHub.Api.Features.Content;
using UnionHub.Api.Features.GroupBuys;
using UnionHub.Api.Features.Hardship;
using UnionHub.Api.Features.Lotteries;
using UnionHub.Api.Features.Surveys;
using UnionHub.Api.Platform;

namespace UnionHub.IntegrationTests.Platform;

/// <summary>
/// The member lists "published by my organisation or one above it" (activities, lotteries, surveys, group buys, hardship rounds,
/// articles) filter on the member's ancestor org ids (<see cref="OrgAncestors"/>) through an index that starts with org_id. Each
/// case runs the very SQL the list handler runs: it finds the rows of the member's org and of every ancestor (and, for articles,
/// the ones aimed at everyone), not a sibling's or a cousin's, over two pages; and with 3,000 rows of 300 other organisations in
/// the table it reads only a few dozen rows (InnoDB's handler counters of the session), where the old
/// <c>@MemberPath LIKE CONCAT(o.path, '%')</c> walked the table by id through every other organisation's rows (3,000-6,000 reads;
/// the lotteries' join scanned every org instead). Then the same two pages come through HTTP for a member (an enterprise contact
/// for group buys) of the deep organisation.
/// </summary>
public sealed class OrgAncestorListTests : ApiTest
{
    private const int OtherRows = 3_000;
    private const int OtherOrgs = 300;

    /// <summary>One list: its SQL, how a row of an org is written, and the column its pages are keyed on.</summary>
    public sealed record ListCase(string Name, string Url, string Table, string Sql, string Insert, string Cursor, bool AllowsNoOrg)
    {
        public override string ToString() => Name;
    }

    private const string Times = "@Now - INTERVAL 1 DAY";

    private static readonly ListCase[] Cases =
    [
        new("activities", "/api/v1/activities", "activity", BrowseActivities.SelectPage, $"""
            INSERT INTO activity (org_id, title, venue, starts_at, ends_at, opens_at, closes_at, cancel_deadline, places, venue_code, created_by, created_at)
            VALUES (@Org, '活动', '文化宫', @Now, @Now, {Times}, @Now, @Now, 10, 'ABC123', 1, @Now)
            """, "id", false),
        new("lotteries", "/api/v1/lotteries", "lottery", BrowseLotteries.SelectPage, $"""
            INSERT INTO lottery (org_id, fund_id, grant_fen, title, places, opens_at, closes_at, status, commitment, created_by, created_at, updated_at)
            VALUES (@Org, @Fund, 10000, '抽签', 1, {Times}, @Now, 'open', REPEAT('a', 64), 1, @Now, @Now)
            """, "id", false),
        new("surveys", "/api/v1/surveys", "survey", ListMemberSurveys.SelectPage, $"""
            INSERT INTO survey (org_id, title, opens_at, closes_at, status, created_at, updated_at)
            VALUES (@Org, '问卷', {Times}, @Now, 'open', @Now, @Now)
            """, "id", false),
        new("group buys", "/api/v1/enterprise/group-buys", "group_buy", ListMyGroupBuys.SelectPage, """
            INSERT INTO group_buy (org_id, title, deadline_at, created_at) VALUES (@Org, '团购', @Now, @Now)
            """, "id", false),
        new("hardship rounds", "/api/v1/hardship/rounds", "hardship_round", ListHardshipRounds.SelectPage, $"""
            INSERT INTO hardship_round (org_id, org_path, title, kind, fund_id, opens_at, closes_at, notice_working_days, created_by, created_at)
            VALUES (@Org, @Path, '帮扶', 'regular', @Fund, {Times}, @Now, 5, 1, @Now)
            """, "id", false),
        new("articles", "/api/v1/articles", "article", ListPublishedArticles.SelectPage, $"""
            INSERT INTO article (category, title, body_html, org_id, status, publish_at, created_by, created_at, updated_by, updated_at)
            VALUES ('news', '新闻', '<p>x</p>', @Org, 'published', {Times}, 1, @Now, 1, @Now);
            UPDATE article SET feed_key = id WHERE id = LAST_INSERT_ID()
            """, "FeedKey", true),
    ];

    private static IEnumerable<ListCase> AllCases() => Cases;

    [TestCaseSource(nameof(AllCases))]
    public async Task A_deep_member_pages_through_its_own_and_every_ancestor_orgs_rows_reading_only_those(ListCase list)
    {
        // root > city > district (the member's) and sibling; root > other city > cousin and 300 enterprises' orgs (the
        // federation has ~1,800: a plan that starts from org and filters paths reads them all, so they must outnumber a page)
        var root = await Seed.OrgAsync("省总工会");
        var city = await Seed.OrgAsync("市总工会", root);
        var district = await Seed.OrgAsync("区总工会", city);
        var sibling = await Seed.OrgAsync("邻区总工会", city);
        var otherCity = await Seed.OrgAsync("外市总工会", root);
        var cousin = await Seed.OrgAsync("外市区总工会", otherCity);
        await using var conn = await DbAsync();
        var now = Api.Clock.GetUtcNow().UtcDateTime;
        var others = new List<long>();
        await using (var tx = await conn.BeginTransactionAsync())
        {
            var otherCityPath = await conn.ExecuteScalarAsync<string>("SELECT path FROM org WHERE id = @otherCity", new { otherCity }, tx);
            for (var i = 0; i < OtherOrgs; i++)
            {
                var id = await conn.ExecuteScalarAsync<long>("""
                    INSERT INTO org (parent_id, name, path, depth, created_at) VALUES (@otherCity, @name, '', 2, @now); SELECT LAST_INSERT_ID();
                    """, new { otherCity, name = $"外市企业工会{i}", now }, tx);
                await conn.ExecuteAsync("UPDATE org SET path = @path WHERE id = @id", new { id, path = $"{otherCityPath}{id}/" }, tx);
                others.Add(id);
            }

            await tx.CommitAsync();
        }

        var paths = (await conn.QueryAsync<(long Id, string Path)>("SELECT id, path FROM org")).ToDictionary(o => o.Id, o => o.Path);
        var fund = await conn.ExecuteScalarAsync<long>("""
            INSERT INTO fund (name, kind, year, budget_fen, max_grant_fen, created_at) VALUES ('帮扶资金', 'hardship', 2026, 100000, 1000, @now);
            SELECT LAST_INSERT_ID();
            """, new { now });

        async Task<long> Add(long? org)
        {
            await conn.ExecuteAsync(list.Insert, new { Org = org, Path = org is { } o ? paths[o] : null, Fund = fund, Now = now });
            return await conn.ExecuteScalarAsync<long>($"SELECT MAX(id) FROM {list.Table}");
        }

        // the member's rows come first (lowest ids), interleaved with a sibling's and a cousin's; 3,000 rows of others follow
        var visible = new List<long>();
        visible.Add(await Add(root));
        await Add(sibling);
        visible.Add(await Add(district));
        await Add(cousin);
        visible.Add(await Add(city));
        if (list.AllowsNoOrg)
        {
            visible.Add(await Add(null));
        }

        await Add(otherCity);
        visible.Add(await Add(district));
        await Add(sibling);
        visible.Add(await Add(root));
        await using (var tx = await conn.BeginTransactionAsync())
        {
            await conn.ExecuteAsync(list.Insert,
                Enumerable.Range(0, OtherRows).Select(i => others[i % others.Count])
                    .Select(o => new { Org = o, Path = paths[o], Fund = fund, Now = now }), tx);
            await tx.CommitAsync();
        }

        await conn.ExecuteAsync($"ANALYZE TABLE org, {list.Table}");
        var tableRows = await conn.ExecuteScalarAsync<long>($"SELECT COUNT(*) FROM {list.Table}");
        Assert.That(tableRows, Is.GreaterThan(OtherRows));

        // what the handlers pass: the member's path (old SQL) and its ancestors' ids (new SQL); Dapper binds only the names used
        var memberPath = paths[district];
        DynamicParameters Args(long after, int take)
        {
            var candidates = new Dictionary<string, object?>(StringComparer.Ordinal)
            {
                ["After"] = after, ["after"] = after, ["Take"] = take, ["take"] = take, ["Now"] = now, ["MemberId"] = 0L, ["memberId"] = 0L,
                ["Category"] = null, ["Pattern"] = null, ["MemberPath"] = memberPath, ["EnterprisePath"] = memberPath, ["path"] = memberPath,
                ["OrgIds"] = OrgAncestors.Of(memberPath), ["orgIds"] = OrgAncestors.Of(memberPath), ["MemberOrgIds"] = OrgAncestors.Of(memberPath),
            };
            var args = new DynamicParameters();
            foreach (var (name, value) in candidates.Where(c => Regex.IsMatch(list.Sql, $@"@{c.Key}\b")))
            {
                args.Add(name, value);
            }

            return args;
        }

        // two pages of 3 (the handlers fetch one more than the page holds, to know whether another follows)
        var expected = visible.OrderByDescending(id => id).ToList();
        var before = await HandlerReadsAsync(conn);
        var first = await KeysAsync(conn, list, Args(long.MaxValue, 4));
        var reads = await HandlerReadsAsync(conn) - before - await ShowStatusCostAsync(conn);
        Assert.That(first, Is.EqualTo(expected.Take(4)), "page 1");
        var second = await KeysAsync(conn, list, Args(first[2], 4));
        Assert.That(second, Is.EqualTo(expected.Skip(3)), "page 2: the rest, no further page");

        var plan = string.Join(" | ", (await conn.QueryAsync("EXPLAIN " + list.Sql, Args(long.MaxValue, 4)))
            .Select(r => string.Join(",", ((IDictionary<string, object?>)r).Select(kv => $"{kv.Key}={kv.Value}"))));
        await TestContext.Out.WriteLineAsync($"{list.Name}: the first page read {reads} rows of {tableRows}; plan: {plan}");
        Assert.That(reads, Is.LessThan(100),
            $"the {list.Name} page read {reads} rows (handler counters) of a table of {tableRows} rows; plan: {plan}");

        // and through HTTP, as the member (an enterprise contact for group buys) of the district sees it, in pages of 3
        using var caller = list.Table == "group_buy"
            ? await NewStaffAsync("enterprise_contact", enterpriseId: (await Seed.EnterpriseAsync(district)).ToString(CultureInfo.InvariantCulture))
            : WithToken(MemberToken(await Seed.VerifiedMemberAsync(district)));
        var page1 = await JsonAsync(await caller.GetAsync($"{list.Url}?limit=3"), 200);
        var cursor = page1.GetProperty("nextCursor").GetString();
        Assert.That(cursor, Is.Not.Null, "a second page follows");
        var page2 = await JsonAsync(await caller.GetAsync($"{list.Url}?limit=3&cursor={Uri.EscapeDataString(cursor!)}"), 200);
        Assert.That(page2.GetProperty("nextCursor").ValueKind, Is.EqualTo(System.Text.Json.JsonValueKind.Null));
        var shown = page1.GetProperty("items").EnumerateArray().Concat(page2.GetProperty("items").EnumerateArray())
            .Select(i => long.Parse((i.TryGetProperty("groupBuy", out var g) ? g : i).GetProperty("id").GetString()!, CultureInfo.InvariantCulture))
            .ToList();
        Assert.That(shown, Is.EqualTo(visible.OrderByDescending(id => id)), "the list through HTTP: own org and ancestors, newest first");
    }

    private static async Task<List<long>> KeysAsync(MySqlConnection conn, ListCase list, object args) =>
        (await conn.QueryAsync(list.Sql, args)).Select(r => Convert.ToInt64(((IDictionary<string, object?>)r)[list.Cursor], CultureInfo.InvariantCulture))
            .ToList();

    /// <summary>The sum of the session's Handler_read_* counters (rows and index entries the storage engine handed over).</summary>
    private static async Task<long> HandlerReadsAsync(MySqlConnection conn) =>
        (await conn.QueryAsync<(string Name, string Value)>("SHOW SESSION STATUS LIKE 'Handler_read%'"))
            .Sum(r => long.Parse(r.Value, CultureInfo.InvariantCulture));

    /// <summary>What one SHOW SESSION STATUS adds to the counters itself (measured, so it is not charged to the list's query).</summary>
    private static async Task<long> ShowStatusCostAsync(MySqlConnection conn)
    {
        var a = await HandlerReadsAsync(conn);
        var b = await HandlerReadsAsync(conn);
        return b - a;
    }
}

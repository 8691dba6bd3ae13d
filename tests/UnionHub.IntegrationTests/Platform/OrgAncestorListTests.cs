using System.Globalization;
using System.Text.Json;
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
/// articles) read a page org by org (<see cref="OrgAncestors.PageSql"/>): each of the member's organisations (and, for articles,
/// "everyone") walks its own (org_id, key) index from the cursor for at most one page, and only the page's rows are read in full.
/// Each case runs the very SQL the list handler runs on a table where the member's own organisation published 5,000 rows
/// (interleaved with its ancestors', a sibling's and a cousin's) and 300 other organisations 3,000 more. It proves that
/// <list type="bullet">
/// <item>pages 1, 2 and the last one hold the same rows in the same order as the single query the list ran before
/// (<c>org_id IN @OrgIds ... ORDER BY key DESC LIMIT n</c>, kept here as <see cref="ListCase.OldSql"/>), which holds the rows of
/// the member's org and of every ancestor, not a sibling's or a cousin's (checked against a plain query on org_id);</item>
/// <item>a page reads at most (branches x (n + 1)) index entries in its walks (InnoDB's handler counters of the session:
/// Handler_read_prev/next), and a small multiple of that in all (the merge, the page's own rows), where the old query read every
/// row of the member's orgs below the cursor (above 5,000) and sorted them, or for articles walked (status, feed_key) through every
/// newer row of the other orgs (3,000); EXPLAIN shows each branch on its index, unsorted;</item>
/// <item>through HTTP the same three pages come back for a member (an enterprise contact for group buys) of the organisation, and a
/// page costs the whole server (global handler counters) a few hundred reads, not thousands.</item>
/// </list>
/// </summary>
public sealed class OrgAncestorListTests : ApiTest
{
    private const int OwnRows = 5_000;
    private const int OtherRows = 3_000;
    private const int OtherOrgs = 300;
    private const int PageSize = 10;
    private const int Fetch = PageSize + 1;

    /// <summary>One list: its SQL for n orgs, the single query it ran before, how a row of an org is written, the key its pages follow.</summary>
    public sealed record ListCase(string Name, string Url, string Table, string Index, Func<int, string> Sql, string OldSql, string Insert,
        string Cursor, bool AllowsNoOrg)
    {
        public override string ToString() => Name;
    }

    private const string Times = "@Now - INTERVAL 1 DAY";

    private static readonly ListCase[] Cases =
    [
        new("activities", "/api/v1/activities", "activity", "ix_activity_org", BrowseActivities.SelectPage, ActivityRules.ActivityColumns + """
             WHERE a.id < @After AND a.org_id IN @OrgIds ORDER BY a.id DESC LIMIT @Take
            """, $"""
            INSERT INTO activity (org_id, title, venue, starts_at, ends_at, opens_at, closes_at, cancel_deadline, places, venue_code, created_by, created_at)
            VALUES (@Org, '活动', '文化宫', @Now, @Now, {Times}, @Now, @Now, 10, 'ABC123', 1, @Now)
            """, "id", false),
        new("lotteries", "/api/v1/lotteries", "lottery", "ix_lottery_org", BrowseLotteries.SelectPage, LotteryRules.LotteryColumns + """
             WHERE l.id < @After AND l.status <> 'draft' AND l.org_id IN @OrgIds
               AND (l.status = 'drawn' OR l.fund_id IS NULL OR f.kind <> 'mutual_aid'
                    OR EXISTS (SELECT 1 FROM lottery_application a WHERE a.lottery_id = l.id AND a.member_id = @MemberId))
             ORDER BY l.id DESC LIMIT @Take
            """, $"""
            INSERT INTO lottery (org_id, fund_id, grant_fen, title, places, opens_at, closes_at, status, commitment, created_by, created_at, updated_at)
            VALUES (@Org, @Fund, 10000, '抽签', 1, {Times}, @Now, 'open', REPEAT('a', 64), 1, @Now, @Now)
            """, "id", false),
        new("surveys", "/api/v1/surveys", "survey", "ix_survey_org_id", ListMemberSurveys.SelectPage, SurveyViews.SurveyColumns + """
             WHERE s.id < @After AND s.status <> 'draft' AND s.org_id IN @OrgIds ORDER BY s.id DESC LIMIT @Take
            """, $"""
            INSERT INTO survey (org_id, title, opens_at, closes_at, status, created_at, updated_at)
            VALUES (@Org, '问卷', {Times}, @Now, 'open', @Now, @Now)
            """, "id", false),
        new("group buys", "/api/v1/enterprise/group-buys", "group_buy", "ix_group_buy_org_id", ListMyGroupBuys.SelectPage,
            GroupBuyViews.GroupBuyColumns + """
             WHERE g.id < @After AND g.org_id IN @OrgIds ORDER BY g.id DESC LIMIT @Take
            """, """
            INSERT INTO group_buy (org_id, title, deadline_at, created_at) VALUES (@Org, '团购', @Now, @Now)
            """, "id", false),
        new("hardship rounds", "/api/v1/hardship/rounds", "hardship_round", "ix_hardship_round_org", ListHardshipRounds.SelectPage, """
            SELECT r.id, f.kind <> 'mutual_aid' AS TakesDeclarations
            FROM hardship_round r JOIN fund f ON f.id = r.fund_id
            WHERE r.org_id IN @OrgIds AND r.id < @After
              AND (f.kind <> 'mutual_aid'
                   OR EXISTS (SELECT 1 FROM hardship_package p WHERE p.round_id = r.id)
                   OR EXISTS (SELECT 1 FROM hardship_declaration d WHERE d.round_id = r.id AND d.member_id = @MemberId))
            ORDER BY r.id DESC LIMIT @Take
            """, $"""
            INSERT INTO hardship_round (org_id, org_path, title, kind, fund_id, opens_at, closes_at, notice_working_days, created_by, created_at)
            VALUES (@Org, @Path, '帮扶', 'regular', @Fund, {Times}, @Now, 5, 1, @Now)
            """, "id", false),
        new("articles", "/api/v1/articles", "article", "ix_article_org_feed", ListPublishedArticles.SelectPage, Articles.Columns + """
             WHERE a.status = 'published' AND a.publish_at <= @Now AND (a.org_id IS NULL OR a.org_id IN @OrgIds) AND a.feed_key < @After
               AND (@Category IS NULL OR a.category = @Category)
               AND (@Pattern IS NULL OR a.title LIKE @Pattern)
             ORDER BY a.feed_key DESC LIMIT @Take
            """, $"""
            INSERT INTO article (category, title, body_html, org_id, status, publish_at, created_by, created_at, updated_by, updated_at)
            VALUES ('news', '新闻', '<p>x</p>', @Org, 'published', {Times}, 1, @Now, 1, @Now);
            UPDATE article SET feed_key = id WHERE id = LAST_INSERT_ID()
            """, "FeedKey", true),
    ];

    private static IEnumerable<ListCase> AllCases() => Cases;

    [TestCaseSource(nameof(AllCases))]
    public async Task A_member_whose_own_org_published_thousands_pages_through_it_reading_at_most_a_page_per_org(ListCase list)
    {
        // root > city > district (the member's) and sibling; root > other city > cousin and 300 enterprises' orgs
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
        // two funds, so the fund table is not a one-row constant to the planner (a join to it then goes through a join buffer)
        var fund = await conn.ExecuteScalarAsync<long>("""
            INSERT INTO fund (name, kind, year, budget_fen, max_grant_fen, created_at) VALUES ('帮扶资金', 'hardship', 2026, 100000, 1000, @now);
            SELECT LAST_INSERT_ID();
            """, new { now });
        await conn.ExecuteAsync("""
            INSERT INTO fund (name, kind, year, budget_fen, max_grant_fen, created_at) VALUES ('互助保障', 'mutual_aid', 2026, 100000, 1000, @now)
            """, new { now });

        // the member's district publishes 5,000, its ancestors, a sibling, a cousin (and "everyone") some in between; others 3,000 after
        var orgs = new List<long?>();
        for (var i = 0; i < OwnRows; i++)
        {
            orgs.Add(district);
            orgs.AddRange(new (bool, long?)[]
            {
                (i % 50 == 7, root), (i % 70 == 3, city), (i % 60 == 11, sibling), (i % 90 == 5, cousin), (list.AllowsNoOrg && i % 80 == 13, null),
            }.Where(o => o.Item1).Select(o => o.Item2));
        }

        orgs.AddRange(Enumerable.Range(0, OtherRows).Select(i => (long?)others[i % others.Count]));
        await using (var tx = await conn.BeginTransactionAsync())
        {
            await conn.ExecuteAsync(list.Insert, orgs.Select(o => new { Org = o, Path = o is { } id ? paths[id] : null, Fund = fund, Now = now }), tx);
            await tx.CommitAsync();
        }

        await conn.ExecuteAsync($"ANALYZE TABLE org, fund, {list.Table}");
        var tableRows = await conn.ExecuteScalarAsync<long>($"SELECT COUNT(*) FROM {list.Table}");
        Assert.That(tableRows, Is.EqualTo(orgs.Count));

        // what the handlers bind; Dapper binds only the names the SQL uses
        var orgIds = OrgAncestors.Of(paths[district]);
        Assert.That(orgIds, Is.EqualTo(new[] { root, city, district }));
        var branches = orgIds.Length + (list.AllowsNoOrg ? 1 : 0);
        Dictionary<string, object?> Args(long after, int take, long[] ids)
        {
            var candidates = new Dictionary<string, object?>(StringComparer.Ordinal)
            {
                ["After"] = after, ["Take"] = take, ["Now"] = now, ["MemberId"] = 0L, ["Category"] = null, ["Pattern"] = null, ["OrgIds"] = ids,
            };
            return candidates.Where(c => Regex.IsMatch(list.OldSql + list.Sql(1), $@"@{c.Key}\b")).ToDictionary();
        }

        Task<List<long>> Old(long after, int take, long[] ids) => KeysAsync(conn, list, list.OldSql, Args(after, take, ids));
        Task<List<long>> New(long after, int take, long[] ids) =>
            KeysAsync(conn, list, list.Sql(ids.Length), OrgAncestors.Bind(Args(after, take, ids), ids));

        // the old query's whole list is exactly the rows of the district, its ancestors (and everyone's), newest first
        var all = await Old(long.MaxValue, 1_000_000, orgIds);
        var visible = (await conn.QueryAsync<long>(
            $"SELECT id FROM {list.Table} WHERE org_id IN @orgIds {(list.AllowsNoOrg ? "OR org_id IS NULL" : "")} ORDER BY id DESC",
            new { orgIds })).ToList();
        Assert.That(all, Is.EqualTo(visible), "the old query: own org and ancestors, not a sibling's or a cousin's, newest first");
        Assert.That(all, Has.Count.GreaterThan(OwnRows));

        // pages 1, 2 and the last: the same rows as the old query with the same cursor
        var lastStart = (all.Count - 1) / PageSize * PageSize;
        var pages = new (string Name, long After, List<long> Expected)[]
        {
            ("page 1", long.MaxValue, all.Take(Fetch).ToList()),
            ("page 2", all[PageSize - 1], all.Skip(PageSize).Take(Fetch).ToList()),
            ("the last page", all[lastStart - 1], all.Skip(lastStart).ToList()),
        };
        foreach (var (name, after, expected) in pages)
        {
            Assert.That(await Old(after, Fetch, orgIds), Is.EqualTo(expected), $"{name}: the old query");
            Assert.That(await New(after, Fetch, orgIds), Is.EqualTo(expected), $"{name}: org by org");
        }

        Assert.That(pages[2].Expected, Has.Count.InRange(1, PageSize), "the last page holds no row more than a page, so no page follows it");
        // a member of the root alone (one branch), and for articles a member with no organisation (the "everyone" branch alone)
        Assert.That(await New(long.MaxValue, Fetch, [root]), Is.EqualTo(await Old(long.MaxValue, Fetch, [root])), "one organisation");
        if (list.AllowsNoOrg)
        {
            Assert.That(await New(long.MaxValue, Fetch, []), Is.EqualTo(await Old(long.MaxValue, Fetch, [])), "no organisation");
        }

        // what a page reads: the new SQL at most a page per branch in its index walks; the old one every row of the member's orgs
        var (oldWalked, oldTotal) = await ReadsAsync(conn, () => Old(long.MaxValue, Fetch, orgIds));
        var (walked, total) = await ReadsAsync(conn, () => New(long.MaxValue, Fetch, orgIds));
        var (lastWalked, lastTotal) = await ReadsAsync(conn, () => New(pages[2].After, Fetch, orgIds));
        var plan = await PlanAsync(conn, list.Sql(orgIds.Length), OrgAncestors.Bind(Args(long.MaxValue, Fetch, orgIds), orgIds));
        var oldPlan = await PlanAsync(conn, list.OldSql, Args(long.MaxValue, Fetch, orgIds));
        await TestContext.Out.WriteLineAsync($"""
            {list.Name}: {branches} branches, page of {PageSize} (+1), {all.Count} rows visible of {tableRows}
              before: {oldWalked} index entries walked, {oldTotal} handler reads; plan: {oldPlan}
              after:  page 1 {walked} walked, {total} in all; last page {lastWalked} walked, {lastTotal} in all; plan: {plan}
            """);
        // (the data makes the point: the old query read every row of the member's orgs below the cursor and sorted them, or, for
        // articles, walked (status, feed_key) through every newer row of the other orgs)
        Assert.That(oldTotal, Is.GreaterThan(OtherRows), "the old query reads thousands of rows for a page");
        Assert.Multiple(() =>
        {
            Assert.That(walked, Is.LessThanOrEqualTo(branches * Fetch), "page 1: index entries walked");
            Assert.That(lastWalked, Is.LessThanOrEqualTo(branches * Fetch), "last page: index entries walked");
            Assert.That(total, Is.LessThanOrEqualTo(6 * branches * Fetch), "page 1: all handler reads");
            Assert.That(lastTotal, Is.LessThanOrEqualTo(6 * branches * Fetch), "last page: all handler reads");
        });

        // EXPLAIN: every branch walks the list's (org_id, key) index, and none sorts (only the merge of a few pages does)
        var explained = (await conn.QueryAsync($"EXPLAIN {list.Sql(orgIds.Length)}", OrgAncestors.Bind(Args(long.MaxValue, Fetch, orgIds), orgIds)))
            .Select(r => (IDictionary<string, object?>)r)
            .Where(r => Equals(r["table"], "a") || Equals(r["table"], "l") || Equals(r["table"], "s") || Equals(r["table"], "g") || Equals(r["table"], "r"))
            .Where(r => r["select_type"] is "DERIVED" or "UNION")
            .ToList();
        Assert.That(explained, Has.Count.EqualTo(branches), plan);
        Assert.That(explained.Select(r => $"{r["key"]} {r["Extra"]}"),
            Has.All.StartsWith(list.Index + " ").And.None.Contains("filesort").And.None.Contains("temporary"), plan);

        // through HTTP, as a member (an enterprise contact for group buys) of the district: pages 1, 2 and the last, in pages of 10
        using var caller = list.Table == "group_buy"
            ? await NewStaffAsync("enterprise_contact", enterpriseId: (await Seed.EnterpriseAsync(district)).ToString(CultureInfo.InvariantCulture))
            : WithToken(MemberToken(await Seed.VerifiedMemberAsync(district)));
        async Task<(List<long> Ids, string? Next)> Http(long after)
        {
            var cursor = after == long.MaxValue ? "" : $"&cursor={Uri.EscapeDataString(Paging.Cursor(after))}";
            var page = await JsonAsync(await caller.GetAsync($"{list.Url}?limit={PageSize}{cursor}"), 200);
            return (page.GetProperty("items").EnumerateArray()
                    .Select(i => long.Parse((i.TryGetProperty("groupBuy", out var g) ? g : i).GetProperty("id").GetString()!, CultureInfo.InvariantCulture))
                    .ToList(),
                page.GetProperty("nextCursor").ValueKind == JsonValueKind.Null ? null : page.GetProperty("nextCursor").GetString());
        }

        var first = await Http(long.MaxValue);
        Assert.That(first.Ids, Is.EqualTo(all.Take(PageSize)), "page 1 through HTTP");
        Assert.That(first.Next, Is.EqualTo(Paging.Cursor(all[PageSize - 1])));
        var second = await Http(all[PageSize - 1]);
        Assert.That(second.Ids, Is.EqualTo(all.Skip(PageSize).Take(PageSize)), "page 2 through HTTP");
        var last = await Http(pages[2].After);
        Assert.That(last.Ids, Is.EqualTo(all.Skip(lastStart)), "the last page through HTTP");
        Assert.That(last.Next, Is.Null, "no page after the last");

        // the whole server's reads for one page (the member's lookup, the page, each item's view): nothing near the org's 5,000 rows
        var serverReads = await ServerReadsAsync(conn, () => Http(long.MaxValue));
        await TestContext.Out.WriteLineAsync($"  through HTTP: page 1 cost the server {serverReads} handler reads");
        Assert.That(serverReads, Is.LessThan(30 * Fetch), "a page through HTTP, all handler reads of the server");
    }

    [Test]
    public async Task A_rare_category_pages_through_thousands_of_other_articles_reading_a_page_per_org()
    {
        // the member's district publishes 5,000 news items and, every 97th, a legal Q&A; the root and "everyone" a few of each
        var root = await Seed.OrgAsync("省总工会");
        var district = await Seed.OrgAsync("区总工会", await Seed.OrgAsync("市总工会", root));
        await using var conn = await DbAsync();
        var now = Api.Clock.GetUtcNow().UtcDateTime;
        var rows = Enumerable.Range(0, OwnRows).SelectMany(i => new (long? Org, string Category)[]
            {
                (district, i % 97 == 5 ? "legal_qa" : "news"), (root, i % 100 == 23 ? "legal_qa" : "news"), (null, i % 200 == 43 ? "legal_qa" : "news"),
            }.Take(i % 20 == 3 ? 3 : 1)).ToList();
        await using (var tx = await conn.BeginTransactionAsync())
        {
            await conn.ExecuteAsync("""
                INSERT INTO article (category, title, body_html, org_id, status, publish_at, created_by, created_at, updated_by, updated_at)
                VALUES (@Category, '文章', '<p>x</p>', @Org, 'published', @Now - INTERVAL 1 DAY, 1, @Now, 1, @Now);
                UPDATE article SET feed_key = id WHERE id = LAST_INSERT_ID()
                """, rows.Select(r => new { r.Org, r.Category, Now = now }), tx);
            await tx.CommitAsync();
        }

        await conn.ExecuteAsync("ANALYZE TABLE article");
        var orgIds = OrgAncestors.Of(await conn.ExecuteScalarAsync<string>("SELECT path FROM org WHERE id = @district", new { district }));
        var articles = Cases.Single(c => c.Table == "article");
        var branches = orgIds.Length + 1;
        DynamicParameters Args(long after, int take) => OrgAncestors.Bind(new { After = after, Take = take, Now = now, Category = "legal_qa", Pattern = (string?)null, OrgIds = orgIds }, orgIds);

        // every legal Q&A the member may read (theirs, the root's, everyone's), newest first, and not one news item
        var all = await KeysAsync(conn, articles, articles.OldSql, Args(long.MaxValue, 1_000_000));
        var expected = (await conn.QueryAsync<long>("""
            SELECT id FROM article WHERE category = 'legal_qa' AND (org_id IN @orgIds OR org_id IS NULL) ORDER BY id DESC
            """, new { orgIds })).ToList();
        Assert.That(all, Is.EqualTo(expected));
        Assert.That(all, Has.Count.GreaterThan(3 * PageSize), "enough for three pages");

        var lastStart = (all.Count - 1) / PageSize * PageSize;
        foreach (var (name, after, take) in new[] { ("page 1", long.MaxValue, 0), ("page 2", all[PageSize - 1], PageSize), ("the last page", all[lastStart - 1], lastStart) })
        {
            Assert.That(await KeysAsync(conn, articles, ListPublishedArticles.SelectCategoryPage(orgIds.Length), Args(after, Fetch)),
                Is.EqualTo(all.Skip(take).Take(Fetch)), name);
        }

        // a page walks at most a page per branch of the category's index; the feed's own index walked past the news in between
        var (walked, total) = await ReadsAsync(conn, () => KeysAsync(conn, articles, ListPublishedArticles.SelectCategoryPage(orgIds.Length), Args(long.MaxValue, Fetch)));
        // (the feed's branches filtered by category, as the list ran before this index)
        var onFeedIndex = ListPublishedArticles.SelectPage(orgIds.Length).Replace("AND a.feed_key < @After", "AND a.category = @Category AND a.feed_key < @After",
            StringComparison.Ordinal);
        Assert.That(await KeysAsync(conn, articles, onFeedIndex, Args(long.MaxValue, Fetch)), Is.EqualTo(all.Take(Fetch)));
        var (feedWalked, _) = await ReadsAsync(conn, () => KeysAsync(conn, articles, onFeedIndex, Args(long.MaxValue, Fetch)));
        await TestContext.Out.WriteLineAsync($"legal_qa page 1: {walked} index entries walked, {total} reads; on the feed's index {feedWalked} walked");
        Assert.That(feedWalked, Is.GreaterThan(10 * branches * Fetch), "on the feed's index, the news in between are walked");
        Assert.Multiple(() =>
        {
            Assert.That(walked, Is.LessThanOrEqualTo(branches * Fetch), "index entries walked for a page of a rare category");
            Assert.That(total, Is.LessThanOrEqualTo(6 * branches * Fetch), "all handler reads");
        });
        var explained = (await conn.QueryAsync("EXPLAIN " + ListPublishedArticles.SelectCategoryPage(orgIds.Length), Args(long.MaxValue, Fetch)))
            .Select(r => (IDictionary<string, object?>)r).Where(r => Equals(r["table"], "a") && r["select_type"] is "DERIVED" or "UNION").ToList();
        Assert.That(explained, Has.Count.EqualTo(branches));
        Assert.That(explained.Select(r => $"{r["key"]} {r["Extra"]}"), Has.All.StartsWith("ix_article_org_category_feed ").And.None.Contains("filesort"));

        // through HTTP: pages 1 and 2 of ?category=legal_qa are the same rows, each an article of that category
        using var member = WithToken(MemberToken(await Seed.VerifiedMemberAsync(district)));
        var first = await JsonAsync(await member.GetAsync($"/api/v1/articles?category=legal_qa&limit={PageSize}"), 200);
        var second = await JsonAsync(await member.GetAsync(
            $"/api/v1/articles?category=legal_qa&limit={PageSize}&cursor={Uri.EscapeDataString(first.GetProperty("nextCursor").GetString()!)}"), 200);
        var items = first.GetProperty("items").EnumerateArray().Concat(second.GetProperty("items").EnumerateArray()).ToList();
        Assert.That(items.Select(i => long.Parse(i.GetProperty("id").GetString()!, CultureInfo.InvariantCulture)), Is.EqualTo(all.Take(2 * PageSize)));
        Assert.That(items.Select(i => i.GetProperty("category").GetString()), Has.All.EqualTo("legal_qa"));
    }

    private static async Task<List<long>> KeysAsync(MySqlConnection conn, ListCase list, string sql, object args) =>
        (await conn.QueryAsync(sql, args)).Select(r => Convert.ToInt64(((IDictionary<string, object?>)r)[list.Cursor], CultureInfo.InvariantCulture))
            .ToList();

    private static async Task<string> PlanAsync(MySqlConnection conn, string sql, object args) =>
        string.Join(" | ", (await conn.QueryAsync("EXPLAIN " + sql, args)).Select(r => string.Join(",",
            ((IDictionary<string, object?>)r).Where(kv => kv.Key is "select_type" or "table" or "type" or "key" or "rows" or "Extra")
            .Select(kv => $"{kv.Key}={kv.Value}"))));

    /// <summary>
    /// The session's handler reads of <paramref name="query"/>: the index entries walked (Handler_read_prev and _next, a range's
    /// steps) and all Handler_read_* (with the range starts, key lookups, temporary tables), less what SHOW STATUS adds itself.
    /// </summary>
    private static async Task<(long Walked, long Total)> ReadsAsync(MySqlConnection conn, Func<Task> query)
    {
        var cost = await CountersAsync(conn, "SESSION");
        cost = Minus(await CountersAsync(conn, "SESSION"), cost);
        var before = await CountersAsync(conn, "SESSION");
        await query();
        var reads = Minus(Minus(await CountersAsync(conn, "SESSION"), before), cost);
        return (reads["Handler_read_prev"] + reads["Handler_read_next"], reads.Values.Sum());
    }

    /// <summary>All Handler_read_* of the server (every session: the API's connections) while <paramref name="request"/> runs.</summary>
    private static async Task<long> ServerReadsAsync(MySqlConnection conn, Func<Task> request)
    {
        var cost = await CountersAsync(conn, "GLOBAL");
        cost = Minus(await CountersAsync(conn, "GLOBAL"), cost);
        var before = await CountersAsync(conn, "GLOBAL");
        await request();
        return Minus(Minus(await CountersAsync(conn, "GLOBAL"), before), cost).Values.Sum();
    }

    private static async Task<Dictionary<string, long>> CountersAsync(MySqlConnection conn, string scope) =>
        (await conn.QueryAsync<(string Name, string Value)>($"SHOW {scope} STATUS LIKE 'Handler_read%'"))
            .ToDictionary(r => r.Name, r => long.Parse(r.Value, CultureInfo.InvariantCulture));

    private static Dictionary<string, long> Minus(Dictionary<string, long> a, Dictionary<string, long> b) =>
        a.ToDictionary(kv => kv.Key, kv => kv.Value - b.GetValueOrDefault(kv.Key));
}

using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using Dapper;

namespace UnionHub.IntegrationTests.Features.Content;

public sealed class ContentTests : ApiTest
{
    private static DateTimeOffset Now => Api.Clock.GetUtcNow();

    private static string S(long id) => id.ToString(CultureInfo.InvariantCulture);

    private static HttpClient Member(long memberId) => WithToken(MemberToken(memberId));

    private static object Article(string title, string category = "notice", string? orgId = null, string body = "<p>正文</p>",
        string? videoUrl = null, string? coverImageUrl = null) =>
        new { category, title, summary = "摘要", bodyHtml = body, coverImageUrl, videoUrl, orgId };

    private static async Task<JsonElement> CreateAsync(HttpClient staff, object article) =>
        await JsonAsync(await staff.PostAsJsonAsync("/api/v1/admin/articles", article), 201);

    private static async Task<string> PublishedAsync(HttpClient staff, object article, bool pinned = false)
    {
        var id = (await CreateAsync(staff, article)).GetProperty("id").GetString()!;
        var published = await JsonAsync(await staff.PostAsJsonAsync($"/api/v1/admin/articles/{id}/publish", new { }), 200);
        Assert.That(published.GetProperty("status").GetString(), Is.EqualTo("published"));
        if (pinned)
        {
            await JsonAsync(await staff.PostAsJsonAsync($"/api/v1/admin/articles/{id}/pin", new { pinned = true }), 200);
        }

        return id;
    }

    private static async Task<List<string>> FeedAsync(HttpClient member, string query = "")
    {
        var page = await JsonAsync(await member.GetAsync("/api/v1/articles" + query), 200);
        return page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetString()!).ToList();
    }

    private static async Task<List<string>> StaffListAsync(HttpClient staff, string query = "")
    {
        var page = await JsonAsync(await staff.GetAsync("/api/v1/admin/articles" + query), 200);
        return page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetString()!).ToList();
    }

    [Test]
    public async Task Script_event_handlers_and_javascript_urls_never_reach_a_reader_while_formatting_stays()
    {
        using var admin = await AdminAsync();
        const string dirty = """
            <p>正文<strong>加粗</strong><em>斜体</em><u>下划线</u></p><h2>小标题</h2><ul><li>第一条</li></ul>
            <blockquote>引用</blockquote><a href="https://example.org/law">劳动合同法</a>
            <script>alert('xss')</script><img src="https://example.org/a.png" alt="图" onerror="alert(1)">
            <a href="javascript:alert(2)" onclick="steal()">坏链接</a><a href="JaVaScRiPt:alert(3)">大小写</a>
            <p style="color: red; position: fixed">红字</p><iframe src="https://evil.example/"></iframe>
            <div onmouseover="alert(4)">悬停</div><svg onload="alert(5)"></svg><form action="https://evil.example/"><input name="x"></form>
            """;
        var created = await CreateAsync(admin, Article("普法：劳动合同", "legal_qa", body: dirty));
        var id = created.GetProperty("id").GetString()!;
        var body = created.GetProperty("bodyHtml").GetString()!;

        foreach (var bad in new[] { "<script", "alert", "onerror", "onclick", "onmouseover", "onload", "javascript:", "<iframe", "<svg", "<form",
                     "<input", "position" })
        {
            Assert.That(body, Does.Not.Contain(bad).IgnoreCase, bad);
        }

        foreach (var kept in new[] { "<strong>加粗</strong>", "<em>斜体</em>", "<u>下划线</u>", "<h2>小标题</h2>", "<li>第一条</li>",
                     "<blockquote>引用</blockquote>", "<a href=\"https://example.org/law\">劳动合同法</a>", "src=\"https://example.org/a.png\"",
                     "alt=\"图\"", "style=\"color:", "坏链接", "红字", "悬停" })
        {
            Assert.That(body, Does.Contain(kept), kept);
        }

        await using (var db = await DbAsync())
        {
            Assert.That(await db.ExecuteScalarAsync<string>("SELECT body_html FROM article WHERE id = @id", new { id }), Is.EqualTo(body),
                "the sanitised body is what is stored");
        }

        // an edit is sanitised the same way, and a member reads only the clean body
        var edited = await JsonAsync(await admin.PutAsJsonAsync($"/api/v1/admin/articles/{id}",
            Article("普法：劳动合同", "legal_qa", body: "<p onclick=\"x()\">改</p><script>alert(1)</script><a href=\"javascript:void(0)\">链</a>")), 200);
        Assert.That(edited.GetProperty("bodyHtml").GetString(), Is.EqualTo("<p>改</p><a>链</a>"));
        await JsonAsync(await admin.PostAsJsonAsync($"/api/v1/admin/articles/{id}/publish", new { }), 200);
        using var member = Member(await Seed.VerifiedMemberAsync(await Seed.OrgAsync()));
        var read = await JsonAsync(await member.GetAsync($"/api/v1/articles/{id}"), 200);
        Assert.That(read.GetProperty("bodyHtml").GetString(), Is.EqualTo("<p>改</p><a>链</a>"));

        // nothing left once sanitised is no article
        var empty = await Problem.ExpectAsync(await admin.PostAsJsonAsync("/api/v1/admin/articles",
            Article("空", body: "<script>alert(1)</script>")), 422, "validation.failed");
        Assert.That(empty.Raw.GetProperty("errors").EnumerateObject().Select(e => e.Name), Is.EquivalentTo(new[] { "bodyHtml" }));
    }

    [Test]
    public async Task Invalid_articles_and_queries_are_refused_with_field_errors_and_nothing_written()
    {
        using var admin = await AdminAsync();
        var bad = await Problem.ExpectAsync(await admin.PostAsJsonAsync("/api/v1/admin/articles", new
        {
            category = "gossip", title = "", bodyHtml = "<p>x</p>", coverImageUrl = "http://example.org/a.png", videoUrl = "https://v.example/1",
            orgId = "abc",
        }), 422, "validation.failed");
        Assert.That(bad.Raw.GetProperty("errors").EnumerateObject().Select(e => e.Name),
            Is.EquivalentTo(new[] { "category", "title", "coverImageUrl", "videoUrl", "orgId" }));
        var video = await Problem.ExpectAsync(await admin.PostAsJsonAsync("/api/v1/admin/articles",
            Article("视频", "video", body: "", coverImageUrl: "javascript:alert(1)")), 422, "validation.failed");
        Assert.That(video.Raw.GetProperty("errors").EnumerateObject().Select(e => e.Name), Is.EquivalentTo(new[] { "coverImageUrl", "videoUrl" }));
        var longTitle = await Problem.ExpectAsync(await admin.PostAsJsonAsync("/api/v1/admin/articles", Article(new string('长', 201))), 422,
            "validation.failed");
        Assert.That(longTitle.Raw.GetProperty("errors").EnumerateObject().Select(e => e.Name), Is.EquivalentTo(new[] { "title" }));
        await Problem.ExpectAsync(await admin.PostAsJsonAsync("/api/v1/admin/articles", Article("外", orgId: "999999999")), 404, "not_found");

        // a video needs only its https URL
        var ok = await CreateAsync(admin, Article("一分钟读懂工伤认定", "video", body: "", videoUrl: "https://video.example.org/1.mp4"));
        Assert.That(ok.GetProperty("status").GetString(), Is.EqualTo("draft"));
        Assert.That(ok.GetProperty("orgId").ValueKind, Is.EqualTo(JsonValueKind.Null), "a super_admin's article with no target is for everyone");
        var id = ok.GetProperty("id").GetString()!;

        await Problem.ExpectAsync(await admin.PostAsJsonAsync($"/api/v1/admin/articles/{id}/publish", new { publishAt = Now.AddHours(-1) }),
            422, "validation.failed");
        await Problem.ExpectAsync(await admin.PostAsJsonAsync($"/api/v1/admin/articles/{id}/pin", new { }), 422, "validation.failed");
        await Problem.ExpectAsync(await admin.PutAsJsonAsync($"/api/v1/admin/articles/{id}", Article("", "video")), 422, "validation.failed");
        await Problem.ExpectAsync(await admin.GetAsync("/api/v1/admin/articles?status=live"), 422, "validation.failed");
        await Problem.ExpectAsync(await admin.GetAsync("/api/v1/admin/articles?cursor=zzz"), 400, "request.bad_cursor");
        using var member = Member(await Seed.UnverifiedMemberAsync());
        await Problem.ExpectAsync(await member.GetAsync("/api/v1/articles?category=gossip"), 422, "validation.failed");
        await Problem.ExpectAsync(await member.GetAsync("/api/v1/articles/abc"), 404, "not_found");

        await using var db = await DbAsync();
        Assert.That(await db.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM article"), Is.EqualTo(1));
        Assert.That(await db.ExecuteScalarAsync<string>("SELECT status FROM article"), Is.EqualTo("draft"));
        Assert.That(await db.ExecuteScalarAsync<string>("SELECT title FROM article"), Is.EqualTo("一分钟读懂工伤认定"));
    }

    [Test]
    public async Task A_scheduled_article_is_invisible_to_members_until_its_time_and_drafts_are_staff_only_previews()
    {
        var org = await Seed.OrgAsync();
        var memberId = await Seed.VerifiedMemberAsync(org);
        using var admin = await AdminAsync();
        var draft = (await CreateAsync(admin, Article("草稿"))).GetProperty("id").GetString()!;
        var id = (await CreateAsync(admin, Article("春节放假通知"))).GetProperty("id").GetString()!;
        var at = Now.AddMinutes(10);
        var scheduled = await JsonAsync(await admin.PostAsJsonAsync($"/api/v1/admin/articles/{id}/publish", new { publishAt = at }), 200);
        Assert.That(scheduled.GetProperty("status").GetString(), Is.EqualTo("scheduled"));
        Assert.That(scheduled.GetProperty("publishAt").GetDateTimeOffset(), Is.EqualTo(at).Within(TimeSpan.FromMilliseconds(1)));

        using (var member = Member(memberId))
        {
            Assert.That(await FeedAsync(member), Is.Empty);
            await Problem.ExpectAsync(await member.GetAsync($"/api/v1/articles/{id}"), 404, "not_found");
            await Problem.ExpectAsync(await member.GetAsync($"/api/v1/articles/{draft}"), 404, "not_found");
        }

        // staff preview a draft; the status filter tells drafts, scheduled and published apart
        var preview = await JsonAsync(await admin.GetAsync($"/api/v1/admin/articles/{draft}"), 200);
        Assert.That(preview.GetProperty("status").GetString(), Is.EqualTo("draft"));
        Assert.That(preview.GetProperty("bodyHtml").GetString(), Is.EqualTo("<p>正文</p>"));
        Assert.That(await StaffListAsync(admin, "?status=scheduled"), Is.EqualTo(new[] { id }));
        Assert.That(await StaffListAsync(admin, "?status=draft"), Is.EqualTo(new[] { draft }));
        Assert.That(await StaffListAsync(admin, "?status=published"), Is.Empty);

        Api.Clock.Advance(TimeSpan.FromMinutes(10));
        using (var member = Member(memberId))
        {
            Assert.That(await FeedAsync(member), Is.EqualTo(new[] { id }));
            var read = await JsonAsync(await member.GetAsync($"/api/v1/articles/{id}"), 200);
            Assert.That(read.GetProperty("title").GetString(), Is.EqualTo("春节放假通知"));
        }

        using var admin2 = await AdminAsync();
        Assert.That(await StaffListAsync(admin2, "?status=published"), Is.EqualTo(new[] { id }));
        Assert.That((await JsonAsync(await admin2.GetAsync($"/api/v1/admin/articles/{draft}"), 200)).GetProperty("readCount").GetInt32(), Is.Zero,
            "a preview is not a read");
    }

    [Test]
    public async Task Targeted_articles_reach_the_subtree_only_and_staff_elsewhere_get_404()
    {
        var city = await Seed.OrgAsync("市总工会");
        var east = await Seed.OrgAsync("东区总工会", city);
        var eastFactory = await Seed.OrgAsync("东区某厂工会", east);
        var west = await Seed.OrgAsync("西区总工会", city);
        using var cityAdmin = await NewStaffAsync("org_admin", orgId: S(city));
        using var eastAdmin = await NewStaffAsync("org_admin", orgId: S(east));
        using var westAdmin = await NewStaffAsync("org_admin", orgId: S(west));
        using var admin = await AdminAsync();

        var forEast = await PublishedAsync(cityAdmin, Article("东区通知", orgId: S(east)));
        var forCity = await PublishedAsync(cityAdmin, Article("全市通知")); // an org_admin's article defaults to their own organisation
        var forAll = await PublishedAsync(admin, Article("全省新闻", "news"));
        Assert.That((await JsonAsync(await cityAdmin.GetAsync($"/api/v1/admin/articles/{forCity}"), 200)).GetProperty("orgId").GetString(),
            Is.EqualTo(S(city)));

        using var inFactory = Member(await Seed.VerifiedMemberAsync(eastFactory));
        using var inWest = Member(await Seed.VerifiedMemberAsync(west));
        using var atCity = Member(await Seed.VerifiedMemberAsync(city));
        using var unverified = Member(await Seed.UnverifiedMemberAsync());
        Assert.That(await FeedAsync(inFactory), Is.EquivalentTo(new[] { forEast, forCity, forAll }));
        Assert.That(await FeedAsync(inWest), Is.EquivalentTo(new[] { forCity, forAll }));
        Assert.That(await FeedAsync(atCity), Is.EquivalentTo(new[] { forCity, forAll }), "an article aimed below the member's organisation is not theirs");
        Assert.That(await FeedAsync(unverified), Is.EqualTo(new[] { forAll }));
        await JsonAsync(await inFactory.GetAsync($"/api/v1/articles/{forEast}"), 200);
        await Problem.ExpectAsync(await inWest.GetAsync($"/api/v1/articles/{forEast}"), 404, "not_found");
        await Problem.ExpectAsync(await atCity.GetAsync($"/api/v1/articles/{forEast}"), 404, "not_found");
        await Problem.ExpectAsync(await unverified.GetAsync($"/api/v1/articles/{forCity}"), 404, "not_found");

        // staff: their subtree only; the article for everyone is the super_admin's
        Assert.That(await StaffListAsync(eastAdmin), Is.EqualTo(new[] { forEast }));
        Assert.That(await StaffListAsync(westAdmin), Is.Empty);
        Assert.That(await StaffListAsync(cityAdmin), Is.EqualTo(new[] { forCity, forEast }));
        Assert.That(await StaffListAsync(admin), Is.EqualTo(new[] { forAll, forCity, forEast }));
        await Problem.ExpectAsync(await westAdmin.GetAsync($"/api/v1/admin/articles/{forEast}"), 404, "not_found");
        await Problem.ExpectAsync(await westAdmin.PutAsJsonAsync($"/api/v1/admin/articles/{forEast}", Article("改")), 404, "not_found");
        await Problem.ExpectAsync(await westAdmin.PostAsJsonAsync($"/api/v1/admin/articles/{forEast}/pin", new { pinned = true }), 404, "not_found");
        await Problem.ExpectAsync(await westAdmin.PostAsync($"/api/v1/admin/articles/{forEast}/archive", null), 404, "not_found");
        await Problem.ExpectAsync(await eastAdmin.PostAsJsonAsync($"/api/v1/admin/articles/{forCity}/publish", new { }), 404, "not_found");
        await Problem.ExpectAsync(await cityAdmin.GetAsync($"/api/v1/admin/articles/{forAll}"), 404, "not_found");
        // nor may an org_admin aim an article above or beside their subtree
        await Problem.ExpectAsync(await eastAdmin.PostAsJsonAsync("/api/v1/admin/articles", Article("越权", orgId: S(city))), 404, "not_found");
        await Problem.ExpectAsync(await eastAdmin.PutAsJsonAsync($"/api/v1/admin/articles/{forEast}", Article("越权", orgId: S(west))), 404,
            "not_found");

        await using var db = await DbAsync();
        Assert.That(await db.ExecuteScalarAsync<long>("SELECT org_id FROM article WHERE id = @forEast", new { forEast }), Is.EqualTo(east));
        Assert.That(await db.ExecuteScalarAsync<string>("SELECT title FROM article WHERE id = @forEast", new { forEast }), Is.EqualTo("东区通知"));
    }

    [Test]
    public async Task Members_see_pinned_first_then_newest_paged_and_filtered_by_category_and_title()
    {
        var org = await Seed.OrgAsync();
        var memberId = await Seed.VerifiedMemberAsync(org);
        using var admin = await AdminAsync();
        var oldNotice = await PublishedAsync(admin, Article("旧的停水通知"));
        Api.Clock.Advance(TimeSpan.FromMinutes(1));
        var news = await PublishedAsync(admin, Article("劳模表彰大会", "news"));
        Api.Clock.Advance(TimeSpan.FromMinutes(1));
        var qa = await PublishedAsync(admin, Article("加班费怎么算？", "legal_qa"));
        Api.Clock.Advance(TimeSpan.FromMinutes(1));
        var latest = await PublishedAsync(admin, Article("最新通知：体检安排"));

        // pinned, the oldest notice leads; the rest follow by publish time, newest first
        using var admin2 = await AdminAsync();
        await JsonAsync(await admin2.PostAsJsonAsync($"/api/v1/admin/articles/{oldNotice}/pin", new { pinned = true }), 200);

        using var member = Member(memberId);
        Assert.That(await FeedAsync(member), Is.EqualTo(new[] { oldNotice, latest, qa, news }));
        var first = await JsonAsync(await member.GetAsync("/api/v1/articles?limit=2"), 200);
        Assert.That(first.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetString()), Is.EqualTo(new[] { oldNotice, latest }));
        Assert.That(first.GetProperty("items")[0].GetProperty("pinned").GetBoolean(), Is.True);
        Assert.That(first.GetProperty("items")[1].GetProperty("pinned").GetBoolean(), Is.False);
        var cursor = first.GetProperty("nextCursor").GetString()!;
        var second = await JsonAsync(await member.GetAsync($"/api/v1/articles?limit=2&cursor={Uri.EscapeDataString(cursor)}"), 200);
        Assert.That(second.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetString()), Is.EqualTo(new[] { qa, news }));
        Assert.That(second.GetProperty("nextCursor").ValueKind, Is.EqualTo(JsonValueKind.Null));

        Assert.That(await FeedAsync(member, "?category=notice"), Is.EqualTo(new[] { oldNotice, latest }));
        Assert.That(await FeedAsync(member, "?category=legal_qa"), Is.EqualTo(new[] { qa }));
        Assert.That(await FeedAsync(member, "?q=" + Uri.EscapeDataString("通知")), Is.EqualTo(new[] { oldNotice, latest }));
        Assert.That(await FeedAsync(member, "?q=" + Uri.EscapeDataString("%")), Is.Empty, "a wildcard is matched literally");
        Assert.That(await StaffListAsync(admin2, "?q=" + Uri.EscapeDataString("加班")), Is.EqualTo(new[] { qa }));

        // unpinned, it takes its place by publish time again; archived, it is gone for members
        await JsonAsync(await admin2.PostAsJsonAsync($"/api/v1/admin/articles/{oldNotice}/pin", new { pinned = false }), 200);
        Assert.That(await FeedAsync(member), Is.EqualTo(new[] { latest, qa, news, oldNotice }));
        var archived = await JsonAsync(await admin2.PostAsync($"/api/v1/admin/articles/{latest}/archive", null), 200);
        Assert.That(archived.GetProperty("status").GetString(), Is.EqualTo("archived"));
        Assert.That(await FeedAsync(member), Is.EqualTo(new[] { qa, news, oldNotice }));
        await Problem.ExpectAsync(await member.GetAsync($"/api/v1/articles/{latest}"), 404, "not_found");
        await Problem.ExpectAsync(await admin2.PostAsync($"/api/v1/admin/articles/{latest}/archive", null), 409, "content.already_archived");
        await Problem.ExpectAsync(await admin2.PutAsJsonAsync($"/api/v1/admin/articles/{latest}", Article("复活")), 409, "content.archived");
        await Problem.ExpectAsync(await admin2.PostAsJsonAsync($"/api/v1/admin/articles/{latest}/publish", new { }), 409, "content.archived");
        await Problem.ExpectAsync(await admin2.PostAsJsonAsync($"/api/v1/admin/articles/{latest}/pin", new { pinned = true }), 409, "content.archived");
        Assert.That(await StaffListAsync(admin2, "?status=archived"), Is.EqualTo(new[] { latest }));

        Assert.That((await AuditAsync()).Where(a => a.EntityId == oldNotice).Select(a => a.Action),
            Is.EqualTo(new[] { "article.create", "article.publish", "article.pin", "article.unpin" }));
    }

    [Test]
    public async Task Racing_opens_by_one_member_count_one_read_and_distinct_members_count_each()
    {
        var org = await Seed.OrgAsync();
        using var admin = await AdminAsync();
        var id = await PublishedAsync(admin, Article("重要通知"));
        var racer = await Seed.VerifiedMemberAsync(org);
        var others = new List<long>();
        for (var i = 0; i < 5; i++)
        {
            others.Add(await Seed.VerifiedMemberAsync(org, $"成员{i}"));
        }

        var clients = Enumerable.Range(0, 12).Select(_ => Member(racer))
            .Concat(others.SelectMany(m => new[] { Member(m), Member(m) })).ToList();
        try
        {
            var responses = await Task.WhenAll(clients.Select(c => c.GetAsync($"/api/v1/articles/{id}")));
            Assert.That(responses.Select(r => (int)r.StatusCode), Is.All.EqualTo(200));
        }
        finally
        {
            clients.ForEach(c => c.Dispose());
        }

        await using var db = await DbAsync();
        Assert.That(await db.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM article_read WHERE article_id = @id", new { id }), Is.EqualTo(6));
        Assert.That(await db.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM article_read WHERE article_id = @id AND member_id = @racer",
            new { id, racer }), Is.EqualTo(1));
        Assert.That(await db.ExecuteScalarAsync<int>("SELECT read_count FROM article WHERE id = @id", new { id }), Is.EqualTo(6));

        using var again = Member(racer);
        var reopened = await JsonAsync(await again.GetAsync($"/api/v1/articles/{id}"), 200);
        Assert.That(reopened.GetProperty("readCount").GetInt32(), Is.EqualTo(6), "a re-open does not count");
        Assert.That((await JsonAsync(await admin.GetAsync($"/api/v1/admin/articles/{id}"), 200)).GetProperty("readCount").GetInt32(), Is.EqualTo(6));
    }

    [Test]
    public async Task Creating_with_an_idempotency_key_twice_writes_one_article()
    {
        using var admin = await AdminAsync();
        var first = await PostKeyedAsync(admin, "/api/v1/admin/articles", Article("工会会费调整说明"), "content-key-1");
        var again = await PostKeyedAsync(admin, "/api/v1/admin/articles", Article("工会会费调整说明"), "content-key-1");
        var a = await JsonAsync(first, 201);
        var b = await JsonAsync(again, 201);
        Assert.That(b.GetProperty("id").GetString(), Is.EqualTo(a.GetProperty("id").GetString()));
        await Problem.ExpectAsync(await PostKeyedAsync(admin, "/api/v1/admin/articles", Article("别的"), "content-key-1"), 422,
            "idempotency.key_reused");
        await using var db = await DbAsync();
        Assert.That(await db.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM article"), Is.EqualTo(1));
    }

    private static async Task<List<(string Action, string EntityId)>> AuditAsync()
    {
        await using var db = await DbAsync();
        return (await db.QueryAsync<(string, string)>("SELECT action, entity_id FROM audit_log WHERE entity = 'article' ORDER BY id")).ToList();
    }
}

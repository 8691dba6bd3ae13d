using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Dapper;
using SkiaSharp;
using UnionHub.Api.Features.Content;

namespace UnionHub.IntegrationTests.Features.Content;

/// <summary>Staff upload images for articles; members read the article and fetch the image from its public URL.</summary>
public sealed class ContentImageTests : ApiTest
{
    private static byte[] Png(int width, int height, SKEncodedImageFormat format = SKEncodedImageFormat.Png)
    {
        using var bitmap = new SKBitmap(width, height);
        bitmap.Erase(SKColors.OrangeRed);
        using var image = SKImage.FromBitmap(bitmap);
        using var data = image.Encode(format, 90);
        return data.ToArray();
    }

    private static ByteArrayContent Raw(byte[] bytes, string type)
    {
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new MediaTypeHeaderValue(type);
        return content;
    }

    private static async Task<int> StoredAsync()
    {
        await using var db = await DbAsync();
        return await db.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM content_image");
    }

    [Test]
    public async Task An_uploaded_image_becomes_an_article_cover_and_body_image_that_a_member_reads_and_fetches()
    {
        var org = await Seed.OrgAsync();
        var member = await Seed.VerifiedMemberAsync(org);
        using var admin = await AdminAsync();
        // trailing bytes after the image (a script, a zip…) must not survive: what is stored is the re-encoded image
        var upload = Png(4, 3).Concat(Encoding.ASCII.GetBytes("<script>alert(1)</script>")).ToArray();
        var image = await JsonAsync(await admin.PostAsync("/api/v1/admin/content/images", Raw(upload, "image/png")), 201);
        var url = image.GetProperty("url").GetString()!;
        Assert.That(url, Does.Match("^/api/v1/content/images/[0-9]+$"));
        Assert.That((image.GetProperty("contentType").GetString(), image.GetProperty("width").GetInt32(), image.GetProperty("height").GetInt32()),
            Is.EqualTo(("image/png", 4, 3)));

        // a JPEG sent as multipart with a misleading declared type is taken by its bytes
        var form = new MultipartFormDataContent { { Raw(Png(8, 8, SKEncodedImageFormat.Jpeg), "image/png"), "file", "photo.png" } };
        var jpeg = await JsonAsync(await admin.PostAsync("/api/v1/admin/content/images", form), 201);
        Assert.That(jpeg.GetProperty("contentType").GetString(), Is.EqualTo("image/jpeg"));
        var jpegUrl = jpeg.GetProperty("url").GetString()!;

        var article = await JsonAsync(await admin.PostAsJsonAsync("/api/v1/admin/articles", new
        {
            category = "news", title = "职工运动会圆满落幕", summary = "图片新闻", coverImageUrl = url, orgId = (string?)null, videoUrl = (string?)null,
            bodyHtml = $"""<p>现场</p><img src="{jpegUrl}" alt="现场"><img src="/api/v1/admin/users" alt="别处"><img src="https://example.org/b.png" alt="外链">""",
        }), 201);
        var articleId = article.GetProperty("id").GetString()!;
        await JsonAsync(await admin.PostAsJsonAsync($"/api/v1/admin/articles/{articleId}/publish", new { }), 200);

        using var reader = WithToken(MemberToken(member));
        var read = await JsonAsync(await reader.GetAsync($"/api/v1/articles/{articleId}"), 200);
        Assert.That(read.GetProperty("coverImageUrl").GetString(), Is.EqualTo(url));
        var body = read.GetProperty("bodyHtml").GetString()!;
        Assert.That(body, Does.Contain($"src=\"{jpegUrl}\""));
        Assert.That(body, Does.Contain("src=\"https://example.org/b.png\""), "https images stay allowed");
        Assert.That(body, Does.Not.Contain("/api/v1/admin/users"), "no other path of ours as an image");

        // the image is public (an <img> sends no token), cached for an hour (it may be deleted), never sniffed, never run
        using var browser = Anonymous();
        using var served = await browser.GetAsync(url);
        Assert.That((int)served.StatusCode, Is.EqualTo(200));
        Assert.That(served.Content.Headers.ContentType?.MediaType, Is.EqualTo("image/png"));
        Assert.That(served.Headers.CacheControl?.Public, Is.True);
        Assert.That(served.Headers.CacheControl?.MaxAge, Is.EqualTo(TimeSpan.FromHours(1)));
        Assert.That(served.Headers.CacheControl?.ToString(), Does.Not.Contain("immutable"));
        Assert.That(served.Headers.GetValues("X-Content-Type-Options"), Is.EqualTo(new[] { "nosniff" }));
        Assert.That(served.Headers.GetValues("Content-Security-Policy").Single(), Does.StartWith("default-src 'none'"));
        var bytes = await served.Content.ReadAsByteArrayAsync();
        using (var decoded = SKBitmap.Decode(bytes))
        {
            Assert.That((decoded.Width, decoded.Height), Is.EqualTo((4, 3)));
        }

        Assert.That(Encoding.ASCII.GetString(bytes), Does.Not.Contain("<script>"), "re-encoded: the appended bytes are gone");
        Assert.That((int)(await browser.GetAsync(jpegUrl)).StatusCode, Is.EqualTo(200));
        await Problem.ExpectAsync(await browser.GetAsync("/api/v1/content/images/123456789"), 404, "not_found");
        await using var db = await DbAsync();
        Assert.That(await db.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM audit_log WHERE action = 'content.image_upload'"), Is.EqualTo(2));
    }

    [Test]
    public async Task Html_renamed_png_is_415_or_422_too_big_is_413_and_nothing_is_stored()
    {
        using var admin = await AdminAsync();
        var html = Encoding.UTF8.GetBytes("<html><body><script>alert(document.cookie)</script></body></html>");
        var form = new MultipartFormDataContent { { Raw(html, "image/png"), "file", "cute-cat.png" } };
        await Problem.ExpectAsync(await admin.PostAsync("/api/v1/admin/content/images", form), 422, "content.image_unsupported");

        // the PNG signature followed by garbage: not an image either
        var fake = new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }.Concat(Encoding.ASCII.GetBytes("not really a png")).ToArray();
        await Problem.ExpectAsync(await admin.PostAsync("/api/v1/admin/content/images", Raw(fake, "image/png")), 422, "content.image_unsupported");

        var big = new byte[5 * 1024 * 1024 + 1];
        Png(2, 2).CopyTo(big, 0);
        var tooBig = await Problem.ExpectAsync(await admin.PostAsync("/api/v1/admin/content/images", Raw(big, "image/png")), 413,
            "content.image_too_large");
        Assert.That(tooBig.Raw.GetProperty("maxBytes").GetInt32(), Is.EqualTo(5 * 1024 * 1024));
        Assert.That(await StoredAsync(), Is.Zero);

        // an article may not point its cover at any other path of ours
        var problem = await Problem.ExpectAsync(await admin.PostAsJsonAsync("/api/v1/admin/articles", new
        {
            category = "news", title = "封面", bodyHtml = "<p>x</p>", coverImageUrl = "/api/v1/content/images/abc",
        }), 422, "validation.failed");
        Assert.That(problem.Raw.GetProperty("errors").TryGetProperty("coverImageUrl", out _), Is.True);
        using var member = WithToken(MemberToken(await Seed.VerifiedMemberAsync(await Seed.OrgAsync())));
        Assert.That((int)(await member.PostAsync("/api/v1/admin/content/images", Raw(Png(2, 2), "image/png"))).StatusCode, Is.EqualTo(403));
    }

    [Test]
    public async Task A_body_over_the_limit_by_its_length_alone_is_the_same_413_with_max_bytes()
    {
        using var admin = await AdminAsync();
        var huge = new byte[12 * 1024 * 1024]; // a phone photo: over the limit and over the route's body limit, refused unread
        Png(2, 2).CopyTo(huge, 0);
        foreach (var content in new HttpContent[]
                 {
                     Raw(huge, "image/jpeg"),
                     new MultipartFormDataContent { { Raw(huge, "image/jpeg"), "file", "IMG_0001.jpg" } },
                 })
        {
            using (content)
            {
                var problem = await Problem.ExpectAsync(await admin.PostAsync("/api/v1/admin/content/images", content), 413, "content.image_too_large");
                Assert.That(problem.Raw.GetProperty("maxBytes").GetInt64(), Is.EqualTo(5 * 1024 * 1024));
                Assert.That(problem.Title, Does.Contain("5120 KiB"));
            }
        }

        Assert.That(await StoredAsync(), Is.Zero);

        // any other route's 413 says its limit too
        var tooBig = await Problem.ExpectAsync(await admin.PostAsync("/api/v1/admin/articles", Raw(new byte[2 * 1024 * 1024], "application/json")), 413,
            "request.too_large");
        Assert.That(tooBig.Raw.GetProperty("maxBytes").GetInt64(), Is.EqualTo(1024 * 1024));
    }

    [Test]
    public async Task Staff_delete_an_image_of_their_subtree_unless_a_published_or_scheduled_article_shows_it()
    {
        var city = await Seed.OrgAsync("市总工会");
        var districtA = await Seed.OrgAsync("甲区总工会", city);
        var districtB = await Seed.OrgAsync("乙区总工会", city);
        using var staffA = await NewStaffAsync("org_admin", districtA.ToString(System.Globalization.CultureInfo.InvariantCulture));
        using var staffB = await NewStaffAsync("org_admin", districtB.ToString(System.Globalization.CultureInfo.InvariantCulture));
        using var cityStaff = await NewStaffAsync("org_admin", city.ToString(System.Globalization.CultureInfo.InvariantCulture));
        async Task<(string Id, string Url)> UploadAsync(HttpClient staff, int side)
        {
            var image = await JsonAsync(await staff.PostAsync("/api/v1/admin/content/images", Raw(Png(side, side), "image/png")), 201);
            return (image.GetProperty("id").GetString()!, image.GetProperty("url").GetString()!);
        }

        var inBody = await UploadAsync(staffA, 3);
        var asCover = await UploadAsync(staffA, 4);
        var inDraft = await UploadAsync(staffA, 5);
        var unused = await UploadAsync(staffA, 6);
        async Task<string> ArticleAsync(string title, string? cover, string body, bool publish, DateTimeOffset? publishAt = null)
        {
            var id = (await JsonAsync(await staffA.PostAsJsonAsync("/api/v1/admin/articles", new
            {
                category = "news", title, summary = "图片新闻", coverImageUrl = cover, bodyHtml = body,
            }), 201)).GetProperty("id").GetString()!;
            if (publish)
            {
                await JsonAsync(await staffA.PostAsJsonAsync($"/api/v1/admin/articles/{id}/publish", new { publishAt }), 200);
            }

            return id;
        }

        var published = await ArticleAsync("运动会", null, $"""<p>现场</p><img src="{inBody.Url}" alt="现场">""", publish: true);
        var scheduled = await ArticleAsync("预告", asCover.Url, "<p>下周见</p>", publish: true, publishAt: Api.Clock.GetUtcNow().AddDays(2));
        await ArticleAsync("草稿", inDraft.Url, $"""<img src="{inDraft.Url}" alt="草稿">""", publish: false);

        // another district's staff do not see A's images
        await Problem.ExpectAsync(await staffB.DeleteAsync($"/api/v1/admin/content/images/{unused.Id}"), 404, "not_found");
        await Problem.ExpectAsync(await staffA.DeleteAsync("/api/v1/admin/content/images/not-an-id"), 404, "not_found");

        var inUse = await Problem.ExpectAsync(await staffA.DeleteAsync($"/api/v1/admin/content/images/{inBody.Id}"), 409, "content.image_in_use");
        Assert.That(inUse.Raw.GetProperty("articleIds").EnumerateArray().Select(a => a.GetString()), Is.EqualTo(new[] { published }));
        var cover = await Problem.ExpectAsync(await cityStaff.DeleteAsync($"/api/v1/admin/content/images/{asCover.Id}"), 409, "content.image_in_use");
        Assert.That(cover.Raw.GetProperty("articleIds").EnumerateArray().Select(a => a.GetString()), Is.EqualTo(new[] { scheduled }));

        // a draft holds nothing; the city above A may delete A's images; archiving frees an image
        Assert.That((int)(await staffA.DeleteAsync($"/api/v1/admin/content/images/{inDraft.Id}")).StatusCode, Is.EqualTo(204));
        Assert.That((int)(await cityStaff.DeleteAsync($"/api/v1/admin/content/images/{unused.Id}")).StatusCode, Is.EqualTo(204));
        await JsonAsync(await staffA.PostAsync($"/api/v1/admin/articles/{published}/archive", null), 200);
        Assert.That((int)(await staffA.DeleteAsync($"/api/v1/admin/content/images/{inBody.Id}")).StatusCode, Is.EqualTo(204));
        await Problem.ExpectAsync(await staffA.DeleteAsync($"/api/v1/admin/content/images/{inBody.Id}"), 404, "not_found");

        using var browser = Anonymous();
        await Problem.ExpectAsync(await browser.GetAsync(inBody.Url), 404, "not_found");
        Assert.That((int)(await browser.GetAsync(asCover.Url)).StatusCode, Is.EqualTo(200), "the scheduled article's cover stays");
        await using var db = await DbAsync();
        Assert.That((await db.QueryAsync<long>("SELECT id FROM content_image")).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            Is.EqualTo(new[] { asCover.Id }));
        Assert.That(await db.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM audit_log WHERE action = 'content.image_delete'"), Is.EqualTo(3));
        using var member = WithToken(MemberToken(await Seed.VerifiedMemberAsync(districtA)));
        Assert.That((int)(await member.DeleteAsync($"/api/v1/admin/content/images/{asCover.Id}")).StatusCode, Is.EqualTo(403));
    }

    /// <summary>
    /// A cache holds an image for an hour, then asks again with the ETag it got: 304 with no bytes while the image exists (the same
    /// public caching headers), 404 once staff deleted it, so a deleted image leaves browsers and proxies within the hour.
    /// </summary>
    [Test]
    public async Task A_cache_revalidates_an_image_by_its_etag_and_loses_it_once_deleted()
    {
        using var admin = await AdminAsync();
        var image = await UploadAsync(admin, 7);
        var other = await UploadAsync(admin, 8);
        using var browser = Anonymous();
        using var first = await browser.GetAsync(image.Url);
        Assert.That((int)first.StatusCode, Is.EqualTo(200));
        var etag = first.Headers.ETag;
        Assert.That(etag, Is.Not.Null);
        Assert.That(etag!.IsWeak, Is.False);
        var bytes = await first.Content.ReadAsByteArrayAsync();
        Assert.That(etag.Tag, Is.EqualTo($"\"{Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes))}\""),
            "the tag is the SHA-256 of the bytes served");

        async Task<HttpResponseMessage> RevalidateAsync(string url, string tag)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, url);
            request.Headers.TryAddWithoutValidation("If-None-Match", tag);
            return await browser.SendAsync(request);
        }

        using (var again = await RevalidateAsync(image.Url, etag.Tag))
        {
            Assert.That((int)again.StatusCode, Is.EqualTo(304));
            Assert.That(await again.Content.ReadAsByteArrayAsync(), Is.Empty);
            Assert.That(again.Headers.ETag?.Tag, Is.EqualTo(etag.Tag));
            Assert.That(again.Headers.CacheControl?.Public, Is.True, "a revalidation renews the hour");
            Assert.That(again.Headers.CacheControl?.MaxAge, Is.EqualTo(TimeSpan.FromHours(1)));
        }

        using (var weak = await RevalidateAsync(image.Url, "W/" + etag.Tag))
        {
            Assert.That((int)weak.StatusCode, Is.EqualTo(304), "If-None-Match compares weakly");
        }

        using (var changed = await RevalidateAsync(other.Url, etag.Tag))
        {
            Assert.That((int)changed.StatusCode, Is.EqualTo(200), "another image's tag does not match");
            Assert.That(await changed.Content.ReadAsByteArrayAsync(), Is.Not.Empty);
        }

        using (var garbage = await RevalidateAsync(image.Url, "\"not-hex\""))
        {
            Assert.That((int)garbage.StatusCode, Is.EqualTo(200));
            Assert.That(await garbage.Content.ReadAsByteArrayAsync(), Is.EqualTo(bytes));
        }

        Assert.That((int)(await admin.DeleteAsync($"/api/v1/admin/content/images/{image.Id}")).StatusCode, Is.EqualTo(204));
        using var gone = await RevalidateAsync(image.Url, etag.Tag);
        await Problem.ExpectAsync(gone, 404, "not_found");
        Assert.That(gone.Headers.CacheControl?.NoStore, Is.True, "a 404 is never cached");
    }

    private static async Task<(string Id, string Url)> UploadAsync(HttpClient staff, int side = 3)
    {
        var image = await JsonAsync(await staff.PostAsync("/api/v1/admin/content/images", Raw(Png(side, side), "image/png")), 201);
        return (image.GetProperty("id").GetString()!, image.GetProperty("url").GetString()!);
    }

    private static object ArticleBody(string title, string? cover, string body) =>
        new { category = "news", title, summary = "图片新闻", coverImageUrl = cover, bodyHtml = body };

    private static async Task<string> DraftAsync(HttpClient staff, string title, string? cover, string body) =>
        (await JsonAsync(await staff.PostAsJsonAsync("/api/v1/admin/articles", ArticleBody(title, cover, body)), 201)).GetProperty("id").GetString()!;

    private static async Task<(string Status, string? Cover, string Body)> ArticleRowAsync(string id)
    {
        await using var db = await DbAsync();
        return await db.QuerySingleAsync<(string, string?, string)>("SELECT status, cover_image_url, body_html FROM article WHERE id = @id", new { id });
    }

    [Test]
    public async Task Publishing_or_editing_a_published_article_that_shows_a_deleted_image_is_409_and_changes_nothing()
    {
        using var admin = await AdminAsync();
        var kept = await UploadAsync(admin, 3);
        var gone = await UploadAsync(admin, 4);
        var draft = await DraftAsync(admin, "草稿", kept.Url, $"""<p>现场</p><img src="{gone.Url}" alt="现场">""");
        Assert.That((int)(await admin.DeleteAsync($"/api/v1/admin/content/images/{gone.Id}")).StatusCode, Is.EqualTo(204), "a draft holds nothing");

        foreach (var publishAt in new DateTimeOffset?[] { null, Api.Clock.GetUtcNow().AddDays(1) })
        {
            var refused = await Problem.ExpectAsync(await admin.PostAsJsonAsync($"/api/v1/admin/articles/{draft}/publish", new { publishAt }), 409,
                "content.image_missing");
            Assert.That(refused.Raw.GetProperty("imageIds").EnumerateArray().Select(i => i.GetString()), Is.EqualTo(new[] { gone.Id }));
        }

        Assert.That((await ArticleRowAsync(draft)).Status, Is.EqualTo("draft"), "not published");

        // taking the image out lets it publish; putting a deleted image back into the published article is refused, the article unchanged
        await JsonAsync(await admin.PutAsJsonAsync($"/api/v1/admin/articles/{draft}", ArticleBody("草稿", kept.Url, "<p>现场</p>")), 200);
        await JsonAsync(await admin.PostAsJsonAsync($"/api/v1/admin/articles/{draft}/publish", new { }), 200);
        await Problem.ExpectAsync(await admin.PutAsJsonAsync($"/api/v1/admin/articles/{draft}",
            ArticleBody("改版", kept.Url, $"""<img src="{gone.Url}" alt="现场">""")), 409, "content.image_missing");
        await Problem.ExpectAsync(await admin.PutAsJsonAsync($"/api/v1/admin/articles/{draft}", ArticleBody("改版", gone.Url, "<p>现场</p>")), 409,
            "content.image_missing");
        Assert.That(await ArticleRowAsync(draft), Is.EqualTo(("published", (string?)kept.Url, "<p>现场</p>")));
        await Problem.ExpectAsync(await admin.DeleteAsync($"/api/v1/admin/content/images/{kept.Id}"), 409, "content.image_in_use");
    }

    /// <summary>
    /// Only our own reference to an image (the relative <c>/api/v1/content/images/{id}</c>) holds it: an external URL that merely contains
    /// that path, as a cover or in the body, neither stops a publish (the image may be gone) nor blocks the image's delete.
    /// </summary>
    [Test]
    public async Task An_external_url_that_contains_our_image_path_neither_blocks_a_publish_nor_a_delete()
    {
        using var admin = await AdminAsync();
        var gone = await UploadAsync(admin, 3);
        var listed = await UploadAsync(admin, 4);
        var ours = await UploadAsync(admin, 5);
        Assert.That((int)(await admin.DeleteAsync($"/api/v1/admin/content/images/{gone.Id}")).StatusCode, Is.EqualTo(204));

        var external = await DraftAsync(admin, "转载", $"https://other.example{gone.Url}",
            $"""<p>转载</p><img src="https://other.example{listed.Url}" alt="外链"><a href="https://other.example/r?u={listed.Url}">原文</a>""");
        await JsonAsync(await admin.PostAsJsonAsync($"/api/v1/admin/articles/{external}/publish", new { }), 200); // not content.image_missing
        Assert.That((await ArticleRowAsync(external)).Status, Is.EqualTo("published"));
        await using var db = await DbAsync();
        Assert.That(await db.ExecuteScalarAsync<long>("SELECT shown_version FROM content_image WHERE id = @Id", new { listed.Id }), Is.Zero,
            "the external article does not hold the image");
        Assert.That((int)(await admin.DeleteAsync($"/api/v1/admin/content/images/{listed.Id}")).StatusCode, Is.EqualTo(204),
            "an external URL with our path in it does not block the delete");

        // our own reference still holds its image, beside an external one
        var own = await DraftAsync(admin, "本站", null, $"""<img src="https://other.example{ours.Url}" alt="外链"><img src="{ours.Url}" alt="本站">""");
        await JsonAsync(await admin.PostAsJsonAsync($"/api/v1/admin/articles/{own}/publish", new { }), 200);
        var inUse = await Problem.ExpectAsync(await admin.DeleteAsync($"/api/v1/admin/content/images/{ours.Id}"), 409, "content.image_in_use");
        Assert.That(inUse.Raw.GetProperty("articleIds").EnumerateArray().Select(a => a.GetString()), Is.EqualTo(new[] { own }));
        Assert.That(await db.ExecuteScalarAsync<bool>("SELECT EXISTS (SELECT 1 FROM content_image WHERE id = @Id)", new { ours.Id }), Is.True);
    }

    /// <summary>
    /// DELETE of an image raced against a publish, a schedule or an edit of a published article that starts showing it, with real
    /// parallel requests, many times: either the delete is 409 content.image_in_use (the article shows the image, which exists) or
    /// the other request is 409 content.image_missing (the article does not show it); never both 2xx, never an article members see
    /// pointing at a deleted image.
    /// </summary>
    [Test]
    public async Task Deleting_an_image_races_a_publish_that_shows_it_and_no_article_ever_shows_a_deleted_image()
    {
        using var admin = await AdminAsync();
        using var other = await AdminAsync(); // a second client: the deletes and the publishes travel on their own connections
        var outcomes = new Dictionary<string, int>(StringComparer.Ordinal);
        string[] modes = ["publish", "schedule", "edit"];
        for (var round = 0; round < 8; round++)
        {
            var pairs = new List<(string Mode, string Article, (string Id, string Url) Image)>();
            for (var i = 0; i < 6; i++)
            {
                var mode = modes[(round + i) % modes.Length];
                var image = await UploadAsync(admin, 2 + (i % 3));
                var asCover = i % 2 == 0;
                string article;
                if (mode == "edit")
                {
                    article = await DraftAsync(admin, $"已发布 {round}-{i}", null, "<p>初稿</p>");
                    await JsonAsync(await admin.PostAsJsonAsync($"/api/v1/admin/articles/{article}/publish", new { }), 200);
                }
                else
                {
                    article = await DraftAsync(admin, $"草稿 {round}-{i}", asCover ? image.Url : null,
                        asCover ? "<p>现场</p>" : $"""<p>现场</p><img src="{image.Url}" alt="现场">""");
                }

                pairs.Add((mode, article, image));
            }

            var calls = new List<Func<Task<HttpResponseMessage>>>();
            foreach (var (mode, article, image) in pairs)
            {
                calls.Add(() => other.DeleteAsync($"/api/v1/admin/content/images/{image.Id}"));
                calls.Add(mode switch
                {
                    "publish" => () => admin.PostAsJsonAsync($"/api/v1/admin/articles/{article}/publish", new { }),
                    "schedule" => () => admin.PostAsJsonAsync($"/api/v1/admin/articles/{article}/publish",
                        new { publishAt = Api.Clock.GetUtcNow().AddDays(3) }),
                    _ => () => admin.PutAsJsonAsync($"/api/v1/admin/articles/{article}",
                        ArticleBody($"已发布 {round}", image.Url, $"""<p>改版</p><img src="{image.Url}" alt="现场">""")),
                });
            }

            var answers = await ParallelAsync(calls);
            await using var db = await DbAsync();
            for (var i = 0; i < pairs.Count; i++)
            {
                var (mode, article, image) = pairs[i];
                var (deleteStatus, deleteBody) = answers[2 * i];
                var (showStatus, showBody) = answers[2 * i + 1];
                var exists = await db.ExecuteScalarAsync<bool>("SELECT EXISTS (SELECT 1 FROM content_image WHERE id = @Id)", new { image.Id });
                var row = await ArticleRowAsync(article);
                var shows = row.Status == "published" && ContentImages.MentionedIds(row.Cover, row.Body).Contains(long.Parse(image.Id, System.Globalization.CultureInfo.InvariantCulture));
                var what = $"{mode} #{round}-{i}: delete {deleteStatus} {deleteBody}, {mode} {showStatus} {showBody}";
                if (deleteStatus == 409)
                {
                    Assert.That(deleteBody.GetProperty("code").GetString(), Is.EqualTo("content.image_in_use"), what);
                    Assert.That(showStatus, Is.EqualTo(200), what);
                    Assert.That((exists, shows), Is.EqualTo((true, true)), what);
                    outcomes[mode + ": delete refused"] = outcomes.GetValueOrDefault(mode + ": delete refused") + 1;
                }
                else
                {
                    Assert.That(deleteStatus, Is.EqualTo(204), what);
                    Assert.That(showStatus, Is.EqualTo(409), what);
                    Assert.That(showBody.GetProperty("code").GetString(), Is.EqualTo("content.image_missing"), what);
                    Assert.That((exists, shows), Is.EqualTo((false, false)), what);
                    Assert.That(row.Status, Is.EqualTo(mode == "edit" ? "published" : "draft"), what + ": the refused request changed nothing");
                    outcomes[mode + ": " + mode + " refused"] = outcomes.GetValueOrDefault(mode + ": " + mode + " refused") + 1;
                }
            }
        }

        // whatever the interleaving: no article members see (published or scheduled) points at an image that is gone
        await using (var db = await DbAsync())
        {
            var images = (await db.QueryAsync<long>("SELECT id FROM content_image")).ToHashSet();
            foreach (var (cover, body) in await db.QueryAsync<(string?, string)>("SELECT cover_image_url, body_html FROM article WHERE status = 'published'"))
            {
                Assert.That(UnionHub.Api.Features.Content.ContentImages.MentionedIds(cover, body).Where(id => !images.Contains(id)), Is.Empty);
            }
        }

        TestContext.Out.WriteLine(string.Join("; ", outcomes.OrderBy(o => o.Key, StringComparer.Ordinal).Select(o => $"{o.Key}: {o.Value}")));
    }
}

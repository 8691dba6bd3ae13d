using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Dapper;
using UnionHub.Api.Platform;
using UnionHub.IntegrationTests.Features.Merchants;

namespace UnionHub.IntegrationTests.Features.Stats;

/// <summary>The read-only figures behind the staff console: members over time and the perk list with live counts.</summary>
public sealed class ConsoleFigureTests : ApiTest
{
    private static DateTime ChinaDayStartUtc(int daysFromToday)
    {
        var china = Api.Clock.GetUtcNow().ToOffset(Clock.ChinaOffset);
        return china.Date.AddDays(daysFromToday) - Clock.ChinaOffset; // midnight China time, as UTC
    }

    [Test]
    public async Task Members_timeline_counts_accounts_and_verifications_per_China_day_with_running_totals()
    {
        var org = await Seed.OrgAsync();
        var old = await Seed.VerifiedMemberAsync(org);       // joined before the window, verified yesterday
        var twoDaysAgo = await Seed.VerifiedMemberAsync(org); // joined and verified two days ago
        var yesterday = await Seed.VerifiedMemberAsync(org);  // joined yesterday, verified today
        var gone = await Seed.VerifiedMemberAsync(org);       // deleted: never counted
        await Seed.UnverifiedMemberAsync();                   // joined today (now)
        await using (var db = await DbAsync())
        {
            // 23:30 China time is 15:30 UTC the same day: a day boundary that UTC grouping would get wrong
            await db.ExecuteAsync("UPDATE member SET created_at = @c, verified_at = @v WHERE id = @id",
                new { id = old, c = ChinaDayStartUtc(-10).AddHours(1), v = ChinaDayStartUtc(-1).AddHours(23.5) });
            await db.ExecuteAsync("UPDATE member SET created_at = @c, verified_at = @v WHERE id = @id",
                new { id = twoDaysAgo, c = ChinaDayStartUtc(-2).AddMinutes(5), v = ChinaDayStartUtc(-2).AddHours(23.5) });
            await db.ExecuteAsync("UPDATE member SET created_at = @c, verified_at = @v WHERE id = @id",
                new { id = yesterday, c = ChinaDayStartUtc(-1).AddHours(23.9), v = ChinaDayStartUtc(0) });
            await db.ExecuteAsync("UPDATE member SET created_at = @c, deleted_at = @c WHERE id = @id", new { id = gone, c = ChinaDayStartUtc(-1) });
        }

        using var admin = await AdminAsync();
        var body = await admin.GetFromJsonAsync<JsonElement>("/api/v1/admin/stats/members-timeline?days=3");
        Assert.That(body.GetProperty("days").GetInt32(), Is.EqualTo(3));
        var points = body.GetProperty("points").EnumerateArray().Select(p => (
            Date: p.GetProperty("date").GetString(), New: p.GetProperty("newMembers").GetInt32(), Verified: p.GetProperty("newlyVerified").GetInt32(),
            Members: p.GetProperty("members").GetInt32(), VerifiedTotal: p.GetProperty("verifiedMembers").GetInt32())).ToList();
        var dates = Enumerable.Range(-2, 3).Select(d => DateOnly.FromDateTime(ChinaDayStartUtc(d).Add(Clock.ChinaOffset)).ToString("yyyy-MM-dd")).ToList();
        Assert.That(points.Select(p => p.Date), Is.EqualTo(dates), "one point per China day, oldest first");
        Assert.That(points[0], Is.EqualTo((dates[0], 1, 1, 2, 1)), "two days ago: +twoDaysAgo (joined and verified); old was there already");
        Assert.That(points[1], Is.EqualTo((dates[1], 1, 1, 3, 2)), "yesterday: +yesterday joined, old verified at 23:30 China time");
        Assert.That(points[2], Is.EqualTo((dates[2], 1, 1, 4, 3)), "today: the unverified member joined, yesterday's member verified");

        var stats = await admin.GetFromJsonAsync<JsonElement>("/api/v1/admin/stats");
        Assert.That(stats.GetProperty("members").GetInt32(), Is.EqualTo(points[^1].Members), "the last point agrees with /admin/stats");
        Assert.That(stats.GetProperty("verifiedMembers").GetInt32(), Is.EqualTo(points[^1].VerifiedTotal));
    }

    [Test]
    public async Task Members_timeline_is_for_super_admins_and_validates_days()
    {
        using var admin = await AdminAsync();
        var whole = await admin.GetFromJsonAsync<JsonElement>("/api/v1/admin/stats/members-timeline");
        Assert.That(whole.GetProperty("points").GetArrayLength(), Is.EqualTo(30), "30 days by default");
        await Problem.ExpectAsync(await admin.GetAsync("/api/v1/admin/stats/members-timeline?days=0"), 422, "validation.failed");
        await Problem.ExpectAsync(await admin.GetAsync("/api/v1/admin/stats/members-timeline?days=367"), 422, "validation.failed");

        var org = await Seed.OrgAsync();
        using var orgAdmin = await NewStaffAsync("org_admin", org.ToString());
        Assert.That((await orgAdmin.GetAsync("/api/v1/admin/stats/members-timeline")).StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        using var anonymous = Anonymous();
        Assert.That((await anonymous.GetAsync("/api/v1/admin/stats/members-timeline")).StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
    }

    [Test]
    public async Task Perk_figures_list_live_counts_and_an_org_admin_sees_only_perks_of_their_tree()
    {
        var city = await Seed.OrgAsync("市总工会");
        var district = await Seed.OrgAsync("区总工会", city);
        var other = await Seed.OrgAsync("另一市总工会");
        using var admin = await AdminAsync();
        using var districtAdmin = await NewStaffAsync("org_admin", district.ToString());
        using var otherAdmin = await NewStaffAsync("org_admin", other.ToString());
        var now = Api.Clock.GetUtcNow();

        async Task<string> CreateAsync(HttpClient who, string title)
        {
            var response = await who.PostAsJsonAsync("/api/v1/admin/perks", new
            {
                kind = "goods", title, description = "凭券领取", stock = 10, perMemberLimit = 2, startsAt = now.AddMinutes(-1), endsAt = now.AddDays(3),
            });
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), await response.Content.ReadAsStringAsync());
            return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
        }

        var mine = await CreateAsync(districtAdmin, "区工会防暑包");
        var theirs = await CreateAsync(otherAdmin, "外市口罩");
        var everyone = await CreateAsync(admin, "全市消费券");

        // two claims of the district perk through the API, one voucher of another perk redeemed at a merchant
        var member = await Seed.VerifiedMemberAsync(district);
        using (var m = WithToken(MemberToken(member)))
        {
            for (var i = 0; i < 2; i++)
            {
                var answer = await PostKeyedAsync(m, $"/api/v1/perks/{mine}/claims", null, Guid.NewGuid().ToString());
                Assert.That(answer.StatusCode, Is.EqualTo(HttpStatusCode.Created), await answer.Content.ReadAsStringAsync());
            }
        }

        var merchant = await MerchantAdminTests.CreateMerchantAsync(admin);
        var (_, key) = await MerchantAdminTests.CreateKeyAsync(admin, merchant);
        var voucher = await RedemptionTests.SeedVoucherAsync(1000, [merchant]);
        using (var till = Anonymous())
        {
            till.DefaultRequestHeaders.Add("X-Api-Key", key);
            Assert.That((await till.PostAsJsonAsync("/api/v1/merchant/redemptions", new { code = voucher.Code })).StatusCode, Is.EqualTo(HttpStatusCode.Created));
        }

        var all = await admin.GetFromJsonAsync<JsonElement>("/api/v1/admin/stats/perks");
        var items = all.GetProperty("items").EnumerateArray().ToList();
        Assert.That(items, Has.Count.EqualTo(4), "super_admin sees every perk");
        var ids = items.Select(i => long.Parse(i.GetProperty("id").GetString()!)).ToList();
        Assert.That(ids, Is.Ordered.Descending, "newest first");
        var district0 = items.Single(i => i.GetProperty("id").GetString() == mine);
        Assert.That(district0.GetProperty("claimed").GetInt32(), Is.EqualTo(2));
        Assert.That(district0.GetProperty("redeemed").GetInt32(), Is.Zero);
        Assert.That(district0.GetProperty("stock").GetInt32(), Is.EqualTo(10));
        Assert.That(district0.GetProperty("kind").GetString(), Is.EqualTo("goods"));
        Assert.That(district0.GetProperty("createdOrgId").GetString(), Is.EqualTo(district.ToString()));
        Assert.That(items.Single(i => i.GetProperty("title").GetString() == "夏日消费券").GetProperty("redeemed").GetInt32(), Is.EqualTo(1));

        var scoped = await districtAdmin.GetFromJsonAsync<JsonElement>("/api/v1/admin/stats/perks");
        Assert.That(scoped.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetString()), Is.EqualTo(new[] { mine }));
        using var cityAdmin = await NewStaffAsync("org_admin", city.ToString());
        var fromAbove = await cityAdmin.GetFromJsonAsync<JsonElement>("/api/v1/admin/stats/perks");
        Assert.That(fromAbove.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetString()), Is.EqualTo(new[] { mine }),
            "the city admin sees the district's perk, not another city's nor the super_admin's");
        Assert.That((await otherAdmin.GetFromJsonAsync<JsonElement>("/api/v1/admin/stats/perks")).GetProperty("items").EnumerateArray()
            .Select(i => i.GetProperty("id").GetString()), Is.EqualTo(new[] { theirs }));
        Assert.That(everyone, Is.Not.Empty);

        // paged with a cursor
        var first = await admin.GetFromJsonAsync<JsonElement>("/api/v1/admin/stats/perks?limit=3");
        Assert.That(first.GetProperty("items").GetArrayLength(), Is.EqualTo(3));
        var cursor = first.GetProperty("nextCursor").GetString();
        var second = await admin.GetFromJsonAsync<JsonElement>($"/api/v1/admin/stats/perks?limit=3&cursor={Uri.EscapeDataString(cursor!)}");
        Assert.That(second.GetProperty("items").GetArrayLength(), Is.EqualTo(1));
        Assert.That(second.GetProperty("nextCursor").ValueKind, Is.EqualTo(JsonValueKind.Null));
        await Problem.ExpectAsync(await admin.GetAsync("/api/v1/admin/stats/perks?cursor=nope!"), 400, "request.bad_cursor");

        using var reviewer = await NewStaffAsync("reviewer");
        Assert.That((await reviewer.GetAsync("/api/v1/admin/stats/perks")).StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
    }
}

using System.Net.Http.Json;
using System.Text.Json;
using Dapper;

namespace UnionHub.IntegrationTests.Features.Perks;

/// <summary>
/// PATCH of a perk's release schedule: the change applies from the next release day, today's release day keeps the schedule
/// it opened with, with claims racing the change.
/// </summary>
public sealed class RescheduleTests : PerkTest
{
    private static readonly TimeSpan Beijing = TimeSpan.FromHours(8);

    /// <summary>Moves the test clock forward to the next hh:mm in Beijing; returns that instant.</summary>
    private static DateTimeOffset AdvanceToBeijing(int hour, int minute = 0)
    {
        var now = Now.ToOffset(Beijing);
        var target = new DateTimeOffset(now.Date, Beijing).AddHours(hour).AddMinutes(minute);
        target = target <= now ? target.AddDays(1) : target;
        Api.Clock.Advance(target - now);
        return target;
    }

    private static async Task<string> PerkAsync(HttpClient admin, object schedule, int stock = 100, int perMemberLimit = 5)
    {
        var body = JsonSerializer.SerializeToElement(new
        {
            kind = "goods", title = "夏日清凉包", stock, perMemberLimit, startsAt = Now.AddMinutes(-1), endsAt = Now.AddDays(10),
        }, JsonSerializerOptions.Web).EnumerateObject()
            .Concat(JsonSerializer.SerializeToElement(schedule, JsonSerializerOptions.Web).EnumerateObject())
            .ToDictionary(p => p.Name, p => p.Value);
        return (await JsonAsync(await admin.PostAsJsonAsync("/api/v1/admin/perks", body), 201)).GetProperty("id").GetString()!;
    }

    private static async Task<int> ClaimedAsync(string perkId)
    {
        await using var db = await DbAsync();
        return await db.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM voucher WHERE perk_id = @perkId", new { perkId });
    }

    [Test]
    public async Task A_smaller_daily_release_saved_while_claims_race_keeps_today_and_caps_the_next_day()
    {
        var org = await Seed.OrgAsync();
        var members = await SeedMany.VerifiedMembersAsync(org, 40);
        AdvanceToBeijing(12, 0);
        using var admin = await AdminAsync(); // after moving the clock: a token of the test's "now"
        var perkId = await PerkAsync(admin, new { dailyRelease = 10, rollover = false });

        // 20 claims race the change to 3 a day: today's release day keeps its 10, whatever the order
        using var client = Anonymous();
        var calls = members.Take(20).Select(m => (Func<Task<HttpResponseMessage>>)(async () =>
        {
            using var request = ClaimRequest(perkId, m);
            return await client.SendAsync(request);
        })).ToList();
        calls.Insert(10, () => admin.PatchAsJsonAsync($"/api/v1/admin/perks/{perkId}", new { dailyRelease = 3 }));
        var raced = await ParallelAsync(calls);
        var patched = raced[10];
        Assert.That(patched.Status, Is.EqualTo(200), patched.Body.ToString());
        var claims = raced.Where((_, i) => i != 10).ToList();
        Assert.That(claims.Count(c => c.Status == 201), Is.EqualTo(10), "today's share as announced");
        Assert.That(claims.Where(c => c.Status != 201).Select(c => (c.Status, Code(c.Body))), Is.All.EqualTo((409, "perk.sold_out")));
        var midnight = new DateTimeOffset(Now.ToOffset(Beijing).Date, Beijing).AddDays(1);
        Assert.That(patched.Body.GetProperty("dailyRelease").GetInt32(), Is.EqualTo(10), "today's schedule");
        var next = patched.Body.GetProperty("nextSchedule");
        Assert.That((next.GetProperty("dailyRelease").GetInt32(), next.GetProperty("from").GetDateTimeOffset()), Is.EqualTo((3, midnight)));

        // the next release day offers 3: ten members race, the other seven are told when the one after opens
        AdvanceToBeijing(0, 0);
        var day2 = await ClaimAllAsync(perkId, members.Skip(20).Take(10));
        Assert.That(day2.Count(c => c.Status == 201), Is.EqualTo(3));
        var refused = day2.Where(c => c.Status != 201).ToList();
        Assert.That(refused.Select(c => (c.Status, Code(c.Body))), Is.All.EqualTo((409, "perk.sold_out")).And.Exactly(7).Items);
        Assert.That(refused.Select(c => c.Body.GetProperty("nextReleaseAt").GetDateTimeOffset()), Is.All.EqualTo(midnight.AddDays(1)));
        Assert.That(await ClaimedAsync(perkId), Is.EqualTo(13));

        using var later = await AdminAsync();
        var staff = await JsonAsync(await later.GetAsync($"/api/v1/admin/perks/{perkId}"), 200);
        Assert.That((staff.GetProperty("dailyRelease").GetInt32(), staff.GetProperty("claimedToday").GetInt32()), Is.EqualTo((3, 3)));
        Assert.That(staff.GetProperty("nextSchedule").ValueKind, Is.EqualTo(JsonValueKind.Null));
        await using var db = await DbAsync();
        Assert.That(await db.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM audit_log WHERE action = 'perk.update' AND entity_id = @perkId", new { perkId }),
            Is.EqualTo(1));
    }

    [Test]
    public async Task With_rollover_the_new_share_adds_to_what_the_old_schedule_released_and_a_new_release_time_and_limit_apply_next_day()
    {
        var org = await Seed.OrgAsync();
        var members = await SeedMany.VerifiedMembersAsync(org, 40);
        AdvanceToBeijing(12, 0);
        using var admin = await AdminAsync();
        var perkId = await PerkAsync(admin, new { dailyRelease = 10 });
        Assert.That((await ClaimAllAsync(perkId, members.Take(4))).Count(c => c.Status == 201), Is.EqualTo(4));

        // from tomorrow 5 a day, opening at 10:00, at most one per member a day; today still 10 and no member limit
        var patched = await JsonAsync(await admin.PatchAsJsonAsync($"/api/v1/admin/perks/{perkId}",
            new { dailyRelease = 5, releaseTime = "10:00", memberDailyLimit = 1 }), 200);
        Assert.That(patched.GetProperty("remaining").GetInt32(), Is.EqualTo(6));
        Assert.That(patched.GetProperty("nextSchedule").GetProperty("releaseTime").GetString(), Is.EqualTo("10:00"));
        using (var twice = Anonymous())
        {
            using var a = ClaimRequest(perkId, members[0]);
            Assert.That((int)(await twice.SendAsync(a)).StatusCode, Is.EqualTo(201), "no daily limit today");
        }

        // 00:00 tomorrow (today's schedule ended): the new schedule's first release day opens then and runs to 10:00:
        // what the old one released (10) + 5, less the 5 claimed = 10
        AdvanceToBeijing(0, 0);
        var day2 = await ClaimAllAsync(perkId, members.Skip(4).Take(20));
        Assert.That(day2.Count(c => c.Status == 201), Is.EqualTo(10));
        // the member limit now applies: one claim per member per release day
        var again = await ClaimAllAsync(perkId, Enumerable.Repeat(members[30], 3));
        Assert.That(again.Select(c => c.Status), Is.All.EqualTo(409));
        AdvanceToBeijing(10, 0); // the second release day of the new schedule: 5 more
        var day3 = await ClaimAllAsync(perkId, [members[30], members[30], members[31], members[32], members[33], members[34], members[35]]);
        Assert.That(day3.Count(c => c.Status == 201), Is.EqualTo(5), "5 more at 10:00");
        var codes = day3.Where(c => c.Status != 201).Select(c => Code(c.Body)).ToList();
        Assert.That(codes.Count(c => c is "perk.limit_reached" or "perk.sold_out"), Is.EqualTo(2), string.Join(", ", codes));
        Assert.That(await ClaimedAsync(perkId), Is.EqualTo(20));
    }

    [Test]
    public async Task A_schedule_change_is_validated_as_on_create_and_applies_at_once_before_the_start()
    {
        using var admin = await AdminAsync();
        var perkId = await PerkAsync(admin, new { dailyRelease = 10 }, perMemberLimit: 2);
        async Task Refused(string id, object body, string field)
        {
            var problem = await Problem.ExpectAsync(await admin.PatchAsJsonAsync($"/api/v1/admin/perks/{id}", body), 422, "validation.failed");
            Assert.That(problem.Raw.GetProperty("errors").TryGetProperty(field, out _), Is.True, problem.Raw.ToString());
        }

        await Refused(perkId, new { dailyRelease = 0 }, "dailyRelease");
        await Refused(perkId, new { releaseTime = "25:00" }, "releaseTime");
        await Refused(perkId, new { memberDailyLimit = 3 }, "memberDailyLimit");
        await using (var db = await DbAsync())
        {
            Assert.That(await db.ExecuteScalarAsync<int?>("SELECT daily_release FROM perk WHERE id = @perkId", new { perkId }), Is.EqualTo(10));
            Assert.That(await db.ExecuteScalarAsync<DateTime?>("SELECT release_switch_at FROM perk WHERE id = @perkId", new { perkId }), Is.Null);
        }

        var later = new { kind = "goods", title = "端午礼包", stock = 50, perMemberLimit = 1, startsAt = Now.AddDays(2), endsAt = Now.AddDays(5) };
        var futureId = (await JsonAsync(await admin.PostAsJsonAsync("/api/v1/admin/perks", later), 201)).GetProperty("id").GetString()!;
        await Refused(futureId, new { rollover = false }, "rollover"); // no daily release to stop rolling over
        await Refused(futureId, new { releaseTime = "09:30" }, "releaseTime"); // nothing released daily
        var shown = await JsonAsync(await admin.PatchAsJsonAsync($"/api/v1/admin/perks/{futureId}", new { dailyRelease = 7, releaseTime = "09:30" }), 200);
        Assert.That((shown.GetProperty("dailyRelease").GetInt32(), shown.GetProperty("releaseTime").GetString()), Is.EqualTo((7, "09:30")));
        Assert.That(shown.GetProperty("nextSchedule").ValueKind, Is.EqualTo(JsonValueKind.Null), "not started: in force at once");
    }

    [Test]
    public async Task An_explicit_null_removes_the_daily_release_and_the_member_daily_limit_from_the_next_release_day_and_a_left_out_field_is_unchanged()
    {
        var org = await Seed.OrgAsync();
        var members = await SeedMany.VerifiedMembersAsync(org, 30);
        AdvanceToBeijing(12, 0);
        using var admin = await AdminAsync();
        var perkId = await PerkAsync(admin, new { dailyRelease = 10, rollover = false, memberDailyLimit = 1 });
        var url = $"/api/v1/admin/perks/{perkId}";

        // removing the daily release while keeping rollover off is refused (nothing would be released daily to stop rolling over)
        var refused = await Problem.ExpectAsync(await admin.PatchAsJsonAsync(url, new { dailyRelease = (int?)null, rollover = false }), 422,
            "validation.failed");
        Assert.That(refused.Raw.GetProperty("errors").TryGetProperty("rollover", out _), Is.True, refused.Raw.ToString());

        var patched = await JsonAsync(await admin.PatchAsJsonAsync(url, new { dailyRelease = (int?)null, memberDailyLimit = (int?)null }), 200);
        var midnight = new DateTimeOffset(Now.ToOffset(Beijing).Date, Beijing).AddDays(1);
        Assert.That((patched.GetProperty("dailyRelease").GetInt32(), patched.GetProperty("memberDailyLimit").GetInt32()), Is.EqualTo((10, 1)),
            "today keeps the schedule it opened with");
        var next = patched.GetProperty("nextSchedule");
        Assert.That((next.GetProperty("dailyRelease").ValueKind, next.GetProperty("memberDailyLimit").ValueKind, next.GetProperty("rollover").GetBoolean(),
            next.GetProperty("from").GetDateTimeOffset()), Is.EqualTo((JsonValueKind.Null, JsonValueKind.Null, true, midnight)));

        // a PATCH that leaves the fields out changes nothing of the schedule
        var titled = await JsonAsync(await admin.PatchAsJsonAsync(url, new { title = "夏日清凉包（加量）" }), 200);
        Assert.That(titled.GetProperty("nextSchedule").GetProperty("dailyRelease").ValueKind, Is.EqualTo(JsonValueKind.Null));
        await using (var db = await DbAsync())
        {
            var row = await db.QuerySingleAsync<(int? Daily, int? Limit, bool Rollover, int? PrevDaily, int? PrevLimit)>(
                "SELECT daily_release, member_daily_limit, rollover, prev_daily_release, prev_member_daily_limit FROM perk WHERE id = @perkId", new { perkId });
            Assert.That(row, Is.EqualTo(((int?)null, (int?)null, true, (int?)10, (int?)1)));
            var audit = await db.ExecuteScalarAsync<string>(
                "SELECT details FROM audit_log WHERE action = 'perk.update' AND entity_id = @perkId ORDER BY id LIMIT 1", new { perkId });
            var details = JsonDocument.Parse(audit!).RootElement;
            Assert.That((details.GetProperty("dailyReleaseRemoved").GetBoolean(), details.GetProperty("memberDailyLimitRemoved").GetBoolean()),
                Is.EqualTo((true, true)));
        }

        // today: still 10
        var today = await ClaimAllAsync(perkId, members.Take(12));
        Assert.That(today.Count(c => c.Status == 201), Is.EqualTo(10), "today's share as announced");

        // the next release day: no daily share and no member daily limit (perMemberLimit 5 remains)
        AdvanceToBeijing(0, 0);
        var day2 = await ClaimAllAsync(perkId, members.Skip(12).Take(15));
        Assert.That(day2.Select(c => c.Status), Is.All.EqualTo(201), "more than the old 10 a day");
        foreach (var _ in new[] { 1, 2 })
        {
            Assert.That((await ClaimAllAsync(perkId, [members[29]])).Single().Status, Is.EqualTo(201), "no daily limit per member any more");
        }
        Assert.That(await ClaimedAsync(perkId), Is.EqualTo(27));
        using var later = await AdminAsync();
        var staff = await JsonAsync(await later.GetAsync(url), 200);
        Assert.That((staff.GetProperty("dailyRelease").ValueKind, staff.GetProperty("memberDailyLimit").ValueKind, staff.GetProperty("nextSchedule").ValueKind),
            Is.EqualTo((JsonValueKind.Null, JsonValueKind.Null, JsonValueKind.Null)));
    }
}

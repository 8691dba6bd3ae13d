using System.Net.Http.Json;
using System.Text.Json;
using Dapper;

namespace UnionHub.IntegrationTests.Features.Perks;

/// <summary>
/// Issue 19 item 6, drops as announced: a daily release that opens at a time of day (Beijing), unclaimed stock rolling over or
/// not, and a member's daily limit, with real parallel claims across the release time and across midnight.
/// </summary>
public sealed class DropScheduleTests : PerkTest
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

    private static async Task<HttpResponseMessage> PostPerkAsync(object schedule, int stock = 100, int perMemberLimit = 5,
        DateTimeOffset? startsAt = null)
    {
        using var admin = await AdminAsync();
        var body = JsonSerializer.SerializeToElement(new
        {
            kind = "goods", title = "夏日清凉包", stock, perMemberLimit, startsAt = startsAt ?? Now.AddMinutes(-1), endsAt = Now.AddDays(10),
        }, JsonSerializerOptions.Web).EnumerateObject()
            .Concat(JsonSerializer.SerializeToElement(schedule, JsonSerializerOptions.Web).EnumerateObject())
            .ToDictionary(p => p.Name, p => p.Value);
        var response = await admin.PostAsJsonAsync("/api/v1/admin/perks", body);
        await response.Content.LoadIntoBufferAsync();
        return response;
    }

    private static async Task<string> PerkAsync(object schedule, int stock = 100, int perMemberLimit = 5, DateTimeOffset? startsAt = null) =>
        (await JsonAsync(await PostPerkAsync(schedule, stock, perMemberLimit, startsAt), 201)).GetProperty("id").GetString()!;

    private static async Task<(int Claimed, int? DayKey, int DayClaimed)> CountsAsync(string perkId)
    {
        await using var db = await DbAsync();
        return await db.QuerySingleAsync<(int, int?, int)>("SELECT claimed, day_key, day_claimed FROM perk WHERE id = @perkId", new { perkId });
    }

    [Test]
    public async Task A_release_opens_at_its_time_each_day_and_without_rollover_a_day_offers_only_its_own_share()
    {
        var org = await Seed.OrgAsync();
        var members = await SeedMany.VerifiedMembersAsync(org, 50);
        var opening = AdvanceToBeijing(9, 0).AddHours(1); // 10:00 Beijing (the test clock also moves with real time: use the target)
        var perkId = await PerkAsync(new { dailyRelease = 10, releaseTime = "10:00", rollover = false }, startsAt: opening);

        Assert.That(Code((await ClaimAllAsync(perkId, members.Take(1)))[0].Body), Is.EqualTo("perk.not_started"));

        // 10:00: 25 members race for the day's 10
        AdvanceToBeijing(10, 0);
        var first = await ClaimAllAsync(perkId, members.Take(25));
        Assert.That(first.Count(a => a.Status == 201), Is.EqualTo(10));
        var refused = first.Where(a => a.Status != 201).ToList();
        Assert.That(refused.Select(a => (a.Status, Code(a.Body))), Is.All.EqualTo((409, "perk.sold_out")).And.Exactly(15).Items);
        var nextRelease = opening.AddDays(1);
        Assert.That(refused.Select(a => a.Body.GetProperty("nextReleaseAt").GetDateTimeOffset()), Is.All.EqualTo(nextRelease),
            "the refusal says when the next release opens");
        Assert.That(await CountsAsync(perkId), Is.EqualTo((10, (int?)DayNumber(opening), 10)));

        // past midnight but before 10:00 the next day: still the first release day, nothing new
        AdvanceToBeijing(0, 30);
        Assert.That(Code((await ClaimAllAsync(perkId, members.Skip(25).Take(1)))[0].Body), Is.EqualTo("perk.sold_out"));
        AdvanceToBeijing(9, 59);
        Assert.That(Code((await ClaimAllAsync(perkId, members.Skip(25).Take(1)))[0].Body), Is.EqualTo("perk.sold_out"));
        using (var member = WithToken(Token(members[30])))
        {
            var shown = await member.GetFromJsonAsync<JsonElement>($"/api/v1/perks/{perkId}");
            Assert.That((shown.GetProperty("remaining").GetInt32(), shown.GetProperty("releaseTime").GetString(),
                shown.GetProperty("nextReleaseAt").GetDateTimeOffset()), Is.EqualTo((0, "10:00", nextRelease)));
        }

        // 10:00 the next day: 10 again, not the 10 of yesterday's that were left (no rollover: yesterday gave all of its 10 anyway,
        // so the check is that 25 racing members get 10, and the total stays within two days' shares)
        AdvanceToBeijing(10, 0);
        var second = await ClaimAllAsync(perkId, members.Skip(25).Take(25));
        Assert.That(second.Count(a => a.Status == 201), Is.EqualTo(10));
        Assert.That(await CountsAsync(perkId), Is.EqualTo((20, (int?)DayNumber(nextRelease), 10)));
        await using var db = await DbAsync();
        Assert.That(await db.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM voucher WHERE perk_id = @perkId", new { perkId }), Is.EqualTo(20));
    }

    [Test]
    public async Task Without_rollover_what_a_day_leaves_is_not_offered_again_and_with_rollover_it_is()
    {
        var org = await Seed.OrgAsync();
        var members = await SeedMany.VerifiedMembersAsync(org, 40);
        AdvanceToBeijing(23, 0);
        var strict = await PerkAsync(new { dailyRelease = 10, rollover = false });
        var rolling = await PerkAsync(new { dailyRelease = 10 });

        // day one (23:00, release at midnight): 4 of each claimed
        Assert.That((await ClaimAllAsync(strict, members.Take(4))).Count(a => a.Status == 201), Is.EqualTo(4));
        Assert.That((await ClaimAllAsync(rolling, members.Take(4))).Count(a => a.Status == 201), Is.EqualTo(4));

        // across midnight: the strict perk offers its 10, the rolling one 10 + the 6 left
        AdvanceToBeijing(0, 0);
        Assert.That((await ClaimAllAsync(strict, members.Skip(4).Take(20))).Count(a => a.Status == 201), Is.EqualTo(10));
        Assert.That((await ClaimAllAsync(rolling, members.Skip(4).Take(20))).Count(a => a.Status == 201), Is.EqualTo(16));
        Assert.That((await CountsAsync(strict)).Claimed, Is.EqualTo(14));
        Assert.That((await CountsAsync(rolling)).Claimed, Is.EqualTo(20));
    }

    [Test]
    public async Task A_member_claims_at_most_the_daily_limit_each_day_even_tapping_in_parallel()
    {
        var org = await Seed.OrgAsync();
        var member = await Seed.VerifiedMemberAsync(org);
        AdvanceToBeijing(12, 0);
        var perkId = await PerkAsync(new { memberDailyLimit = 2, releaseTime = "08:00" }, perMemberLimit: 5);

        var today = await ClaimAllAsync(perkId, Enumerable.Repeat(member, 6));
        Assert.That(today.Count(a => a.Status == 201), Is.EqualTo(2));
        var refusals = today.Where(a => a.Status != 201).ToList();
        Assert.That(refusals.Select(a => (a.Status, Code(a.Body), a.Body.GetProperty("daily").GetBoolean())),
            Is.All.EqualTo((409, "perk.limit_reached", true)).And.Exactly(4).Items);

        // across midnight nothing changes (the day opens at 08:00); at 08:00 two more; the day after, one more (5 in all)
        AdvanceToBeijing(7, 59);
        Assert.That(Code((await ClaimAllAsync(perkId, [member]))[0].Body), Is.EqualTo("perk.limit_reached"));
        AdvanceToBeijing(8, 0);
        Assert.That((await ClaimAllAsync(perkId, Enumerable.Repeat(member, 4))).Count(a => a.Status == 201), Is.EqualTo(2));
        AdvanceToBeijing(8, 0);
        var last = await ClaimAllAsync(perkId, Enumerable.Repeat(member, 3));
        Assert.That(last.Count(a => a.Status == 201), Is.EqualTo(1));
        Assert.That(last.Where(a => a.Status != 201).Select(a => a.Body.TryGetProperty("daily", out _)), Is.All.False,
            "the total limit, not the daily one");
        await using var db = await DbAsync();
        Assert.That(await db.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM voucher WHERE perk_id = @perkId AND member_id = @member",
            new { perkId, member }), Is.EqualTo(5));
    }

    [Test]
    public async Task The_schedule_is_validated_and_shown_to_staff()
    {
        await Problem.ExpectAsync(await PostPerkAsync(new { dailyRelease = 10, releaseTime = "25:00" }), 422, "validation.failed");
        await Problem.ExpectAsync(await PostPerkAsync(new { releaseTime = "10:00" }), 422, "validation.failed");
        await Problem.ExpectAsync(await PostPerkAsync(new { rollover = false }), 422, "validation.failed");
        await Problem.ExpectAsync(await PostPerkAsync(new { memberDailyLimit = 6 }, perMemberLimit: 5), 422, "validation.failed");
        await Problem.ExpectAsync(await PostPerkAsync(new { memberDailyLimit = 0 }), 422, "validation.failed");

        var nine = AdvanceToBeijing(9, 0);
        var created = await JsonAsync(await PostPerkAsync(new { dailyRelease = 30, releaseTime = "09:30", rollover = false, memberDailyLimit = 1 }), 201);
        Assert.That((created.GetProperty("releaseTime").GetString(), created.GetProperty("rollover").GetBoolean(),
            created.GetProperty("memberDailyLimit").GetInt32(), created.GetProperty("claimedToday").GetInt32(),
            created.GetProperty("nextReleaseAt").GetDateTimeOffset()), Is.EqualTo(("09:30", false, 1, 0, nine.AddMinutes(30))));
        var plain = await JsonAsync(await PostPerkAsync(new { }), 201);
        Assert.That((plain.GetProperty("releaseTime").ValueKind, plain.GetProperty("rollover").GetBoolean(),
            plain.GetProperty("claimedToday").ValueKind, plain.GetProperty("nextReleaseAt").ValueKind),
            Is.EqualTo((JsonValueKind.Null, true, JsonValueKind.Null, JsonValueKind.Null)));
    }

    /// <summary>The release day of an opening instant, as the database stores it (a day number of the Beijing date).</summary>
    private static int DayNumber(DateTimeOffset opening) => DateOnly.FromDateTime(opening.ToOffset(Beijing).DateTime).DayNumber;
}

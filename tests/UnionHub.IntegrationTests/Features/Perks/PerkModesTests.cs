using System.Net.Http.Json;
using System.Text.Json;
using Dapper;

namespace UnionHub.IntegrationTests.Features.Perks;

/// <summary>Perks handed out other than first come: drops closed to no-show-barred members, and lottery prizes.</summary>
public sealed class PerkModesTests : PerkTest
{
    private static string S(long id) => id.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Three ended activities each member signed up for (confirmed) and never checked in: the no-show rule's default bar.</summary>
    private static async Task<DateTimeOffset> GiveThreeNoShowsAsync(long orgId, IReadOnlyList<long> memberIds)
    {
        await using var db = await DbAsync();
        var now = Now.UtcDateTime;
        DateTime lastEnd = default;
        foreach (var daysAgo in new[] { 30, 20, 10 })
        {
            var ends = now.AddDays(-daysAgo);
            lastEnd = ends;
            var activityId = await db.ExecuteScalarAsync<long>("""
                INSERT INTO activity (org_id, title, venue, starts_at, ends_at, opens_at, closes_at, cancel_deadline, places, confirmed,
                                      venue_code, created_by, created_at)
                VALUES (@orgId, '职工健步走', '体育中心', @starts, @ends, @opens, @starts, @starts, 100, @n, 'ABCD1234', 1, @opens);
                SELECT LAST_INSERT_ID();
                """, new { orgId, starts = ends.AddHours(-2), ends, opens = ends.AddDays(-5), n = memberIds.Count });
            await db.ExecuteAsync("""
                INSERT INTO activity_signup (activity_id, member_id, status, signed_up_at, confirmed_at)
                VALUES (@activityId, @memberId, 'confirmed', @at, @at)
                """, memberIds.Select(m => new { activityId, memberId = m, at = ends.AddDays(-4) }));
        }

        return new DateTimeOffset(lastEnd, TimeSpan.Zero);
    }

    [Test]
    public async Task A_drop_flagged_barNoShows_refuses_barred_members_in_a_racing_batch_and_takes_them_again_after_a_lift()
    {
        var org = await Seed.OrgAsync();
        var clean = await SeedMany.VerifiedMembersAsync(org, 20);
        var barred = await SeedMany.VerifiedMembersAsync(org, 10);
        var lastNoShow = await GiveThreeNoShowsAsync(org, barred);

        using var admin = await AdminAsync();
        var flagged = await JsonAsync(await admin.PostAsJsonAsync("/api/v1/admin/perks", new
        {
            kind = "goods", title = "夏日清凉包", stock = 100, perMemberLimit = 1, startsAt = Now.AddMinutes(-1), endsAt = Now.AddDays(1),
            barNoShows = true,
        }), 201);
        Assert.That(flagged.GetProperty("barNoShows").GetBoolean(), Is.True);
        var perkId = flagged.GetProperty("id").GetString()!;
        var plain = await CreatePerkAsync(stock: 100);

        // everyone presses at once, with keys as the SDK sends them
        var members = clean.Concat(barred).ToList();
        var answers = await ClaimAllAsync(perkId, members, "tap-1");
        for (var i = 0; i < members.Count; i++)
        {
            if (clean.Contains(members[i]))
            {
                Assert.That(answers[i].Status, Is.EqualTo(201), answers[i].Body.ToString());
                continue;
            }

            Assert.That((answers[i].Status, Code(answers[i].Body)), Is.EqualTo((403, "perk.barred_no_shows")));
            Assert.That(answers[i].Body.GetProperty("barredUntil").GetDateTimeOffset(), Is.EqualTo(lastNoShow.AddDays(90)).Within(TimeSpan.FromMilliseconds(1)));
            Assert.That(answers[i].Body.GetProperty("noShows").GetInt32(), Is.EqualTo(3));
        }

        await using (var db = await DbAsync())
        {
            var holders = (await db.QueryAsync<long>("SELECT member_id FROM voucher WHERE perk_id = @perkId", new { perkId })).ToList();
            Assert.That(holders, Is.EquivalentTo(clean), "vouchers only for members who are not barred");
            Assert.That(await db.ExecuteScalarAsync<int>("SELECT claimed FROM perk WHERE id = @perkId", new { perkId }), Is.EqualTo(20));
        }

        // the same key replays the refusal; a perk without the flag serves the barred member
        var replay = await ClaimAsync(perkId, barred[0], "tap-1");
        Assert.That((int)replay.StatusCode, Is.EqualTo(403));
        Assert.That((int)(await ClaimAsync(plain, barred[0], "plain-1")).StatusCode, Is.EqualTo(201));

        // members see the flag before they press
        using (var member = WithToken(Token(barred[1])))
        {
            var view = await JsonAsync(await member.GetAsync($"/api/v1/perks/{perkId}"), 200);
            Assert.That((view.GetProperty("barNoShows").GetBoolean(), view.GetProperty("mode").GetString()), Is.EqualTo((true, "first_come")));
        }

        // staff lift one member's bar: their next claim (a new key) is decided afresh and granted; the others stay barred
        await JsonAsync(await admin.PostAsJsonAsync($"/api/v1/admin/activity-bars/{barred[1]}/lift", new { reason = "因公出差未能到场" }), 200);
        var afterLift = await ClaimAllAsync(perkId, [barred[1], barred[2]], "tap-2");
        Assert.That(afterLift.Select(a => a.Status), Is.EqualTo(new[] { 201, 403 }));

        // turning the flag off serves the rest
        await JsonAsync(await admin.PatchAsJsonAsync($"/api/v1/admin/perks/{perkId}", new { barNoShows = false }), 200);
        Assert.That((int)(await ClaimAsync(perkId, barred[2], "tap-3")).StatusCode, Is.EqualTo(201));
    }

    [Test]
    public async Task A_lottery_prize_is_closed_to_first_come_claims_once_its_lottery_exists()
    {
        var org = await Seed.OrgAsync();
        var members = await SeedMany.VerifiedMembersAsync(org, 6);
        var perkId = await CreatePerkAsync(stock: 50);
        Assert.That((int)(await ClaimAsync(perkId, members[0], "before")).StatusCode, Is.EqualTo(201), "first come until the lottery is set up");

        using var admin = await AdminAsync();
        using (var create = KeyedPost("/api/v1/admin/lotteries", new
        {
            title = "端午粽子抽签", perkId, orgId = S(org), places = 10, opensAt = Now.AddMinutes(1), closesAt = Now.AddDays(1),
        }, Guid.NewGuid().ToString("N")))
        {
            await JsonAsync(await admin.SendAsync(create), 201);
        }

        var answers = await ClaimAllAsync(perkId, members.Skip(1), "after");
        Assert.That(answers.Select(a => (a.Status, Code(a.Body))), Is.All.EqualTo((409, "perk.lottery_only")));
        var again = await ClaimAsync(perkId, members[1], "after");
        Assert.That((int)again.StatusCode, Is.EqualTo(409), "the same key, the same answer");

        await using (var db = await DbAsync())
        {
            Assert.That(await db.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM voucher WHERE perk_id = @perkId", new { perkId }), Is.EqualTo(1));
            Assert.That(await db.ExecuteScalarAsync<string>("SELECT mode FROM perk WHERE id = @perkId", new { perkId }), Is.EqualTo("lottery"));
        }

        using var member = WithToken(Token(members[2]));
        var view = await JsonAsync(await member.GetAsync($"/api/v1/perks/{perkId}"), 200);
        Assert.That(view.GetProperty("mode").GetString(), Is.EqualTo("lottery"));
        var list = await JsonAsync(await member.GetAsync("/api/v1/perks"), 200);
        Assert.That(list.GetProperty("items").EnumerateArray().Single(p => p.GetProperty("id").GetString() == perkId).GetProperty("mode").GetString(),
            Is.EqualTo("lottery"));
    }
}

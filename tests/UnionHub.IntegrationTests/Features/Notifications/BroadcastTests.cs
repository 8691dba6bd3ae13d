using System.Net.Http.Json;
using System.Text.Json;
using Dapper;
using UnionHub.Api.Platform;
using static UnionHub.IntegrationTests.Features.Notifications.NotificationTestData;

namespace UnionHub.IntegrationTests.Features.Notifications;

/// <summary>Staff broadcasts: exactly the verified members of the organisation's subtree, a few a day, once per key.</summary>
public sealed class BroadcastTests : ApiTest
{
    private static object Body(string title = "元旦慰问活动通知") =>
        new { title, text = "12 月 30 日 9:00 起在区工会大楼领取慰问品，咨询电话 13812345678。", link = "/perks" };

    [Test]
    public async Task A_broadcast_reaches_exactly_the_verified_members_of_the_subtree_in_chunks()
    {
        var city = await Seed.OrgAsync("市总工会");
        var district = await Seed.OrgAsync("甲区总工会", city);
        var factory = await Seed.OrgAsync("甲区某厂工会", district);
        var otherDistrict = await Seed.OrgAsync("乙区总工会", city);
        var inside = new List<long> { await Seed.VerifiedMemberAsync(district) };
        inside.AddRange(await SeedMany.VerifiedMembersAsync(factory, Outbox.FanOutChunk + 20)); // more than one chunk
        var outside = new List<long> { await Seed.VerifiedMemberAsync(city), await Seed.VerifiedMemberAsync(otherDistrict), await Seed.UnverifiedMemberAsync() };
        var deleted = await Seed.VerifiedMemberAsync(factory);
        await using (var db = await DbAsync())
        {
            await db.ExecuteAsync("UPDATE member SET deleted_at = @now WHERE id = @deleted", new { now = Api.Clock.GetUtcNow().UtcDateTime, deleted });
        }

        using var staff = await NewStaffAsync("org_admin", district.ToString());
        var sent = await JsonAsync(await PostKeyedAsync(staff, $"/api/v1/admin/orgs/{district}/broadcasts", Body(), "bc-1"), 201);
        Assert.That(sent.GetProperty("recipients").GetInt32(), Is.EqualTo(inside.Count));
        Assert.That(sent.GetProperty("text").GetString(), Does.Contain("138****5678").And.Not.Contain("13812345678"), "phones masked before storing");

        var rows = await InboxRowsAsync(NotificationKinds.Broadcast);
        Assert.That(rows.Select(r => r.MemberId), Is.EquivalentTo(inside), "every member of the subtree once, no one outside it");
        Assert.That(rows.Select(r => r.MemberId), Has.None.AnyOf(outside.Append(deleted).Cast<object>().ToArray()));
        Assert.That(await RowsAsync(), Is.Empty, "a broadcast is never pushed");

        // the same request again with its key: the same answer, no second broadcast
        var replay = await JsonAsync(await PostKeyedAsync(staff, $"/api/v1/admin/orgs/{district}/broadcasts", Body(), "bc-1"), 201);
        Assert.That(replay.GetProperty("id").GetString(), Is.EqualTo(sent.GetProperty("id").GetString()));
        Assert.That(await InboxRowsAsync(NotificationKinds.Broadcast), Has.Count.EqualTo(inside.Count));

        using var member = WithToken(MemberToken(inside[0]));
        var item = (await JsonAsync(await member.GetAsync("/api/v1/me/notifications"), 200)).GetProperty("items")[0];
        Assert.That((item.GetProperty("title").GetString(), item.GetProperty("link").GetString()), Is.EqualTo(("元旦慰问活动通知", "/perks")));
        Assert.That(item.GetProperty("text").GetString(), Does.StartWith("12 月 30 日 9:00 起").And.Contain("138****5678"));

        // staff over another part of the tree cannot send to this one
        using var otherStaff = await NewStaffAsync("org_admin", otherDistrict.ToString());
        await Problem.ExpectAsync(await PostKeyedAsync(otherStaff, $"/api/v1/admin/orgs/{district}/broadcasts", Body(), "bc-2"), 404, "not_found");
        await Problem.ExpectAsync(await PostKeyedAsync(staff, $"/api/v1/admin/orgs/{district}/broadcasts",
            new { title = "", text = "x", link = "javascript:alert(1)" }, "bc-3"), 422, "validation.failed");
        using var memberClient = WithToken(MemberToken(inside[0]));
        Assert.That((int)(await memberClient.PostAsJsonAsync($"/api/v1/admin/orgs/{district}/broadcasts", Body())).StatusCode, Is.EqualTo(403));
    }

    [Test]
    public async Task Parallel_broadcasts_of_one_org_stop_at_the_daily_limit_and_the_next_day_allows_more()
    {
        var org = await Seed.OrgAsync();
        await Seed.VerifiedMemberAsync(org);
        using var staff = await NewStaffAsync("org_admin", org.ToString());
        var responses = await Task.WhenAll(Enumerable.Range(0, 6).Select(i =>
            PostKeyedAsync(staff, $"/api/v1/admin/orgs/{org}/broadcasts", Body($"通知 {i}"), $"daily-{i}")));
        var statuses = responses.Select(r => (int)r.StatusCode).ToList();
        Assert.That(statuses.Count(s => s == 201), Is.EqualTo(3), string.Join(",", statuses));
        Assert.That(statuses.Count(s => s == 429), Is.EqualTo(3));
        await Problem.ExpectAsync(responses.First(r => (int)r.StatusCode == 429), 429, "broadcast.daily_limit");
        Assert.That(await InboxRowsAsync(NotificationKinds.Broadcast), Has.Count.EqualTo(3));

        var now = Api.Clock.GetUtcNow().ToOffset(TimeSpan.FromHours(8));
        Api.Clock.Advance(new DateTimeOffset(now.Date.AddDays(1).AddHours(9), now.Offset) - now);
        using var again = await NewStaffAsync("org_admin", org.ToString());
        await JsonAsync(await PostKeyedAsync(again, $"/api/v1/admin/orgs/{org}/broadcasts", Body("次日通知"), "next-day"), 201);
    }
}

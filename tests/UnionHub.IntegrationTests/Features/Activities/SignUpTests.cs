using System.Net.Http.Json;
using System.Text.Json;
using Dapper;

namespace UnionHub.IntegrationTests.Features.Activities;

public sealed class SignUpTests : ActivityTest
{
    private sealed record SignupRow(long MemberId, string Status, int? WaitSeq, bool Promoted);

    private static async Task<List<SignupRow>> SignupsAsync(string activityId)
    {
        await using var db = await DbAsync();
        return (await db.QueryAsync<SignupRow>(
            "SELECT member_id AS MemberId, status, wait_seq AS WaitSeq, promoted FROM activity_signup WHERE activity_id = @activityId ORDER BY id",
            new { activityId })).ToList();
    }

    [Test]
    public async Task A_storm_of_300_sign_ups_for_50_places_confirms_exactly_50_and_queues_250_in_order()
    {
        var org = await Seed.OrgAsync();
        var members = await SeedMany.VerifiedMembersAsync(org, 300);
        using var admin = await AdminAsync();
        var activityId = (await CreateActivityAsync(admin, org, places: 50)).GetProperty("id").GetString()!;

        var answers = await SignUpAllAsync(activityId, members);

        Assert.That(answers.Select(a => a.Status), Is.All.EqualTo(200), string.Join("\n", answers.Where(a => a.Status != 200).Take(3).Select(a => a.Body)));
        var mine = answers.Select(a => a.Body.GetProperty("mySignup")).ToList();
        Assert.That(mine.Count(s => s.GetProperty("status").GetString() == "confirmed"), Is.EqualTo(50));
        var positions = mine.Where(s => s.GetProperty("status").GetString() == "waiting").Select(s => s.GetProperty("position").GetInt32()).ToList();
        Assert.That(positions.Order(), Is.EqualTo(Enumerable.Range(1, 250)), "every waiting member sees a distinct place in the queue");

        var rows = await SignupsAsync(activityId);
        Assert.That(rows, Has.Count.EqualTo(300));
        Assert.That(rows.Select(r => r.MemberId).Distinct().Count(), Is.EqualTo(300));
        Assert.That(rows.Count(r => r.Status == "confirmed"), Is.EqualTo(50));
        var waiting = rows.Where(r => r.Status == "waiting").ToList();
        Assert.That(waiting.Select(r => r.WaitSeq!.Value).Order(), Is.EqualTo(Enumerable.Range(1, 250)), "an ordered waiting list without gaps");
        await using var db = await DbAsync();
        Assert.That(await db.ExecuteScalarAsync<int>("SELECT confirmed FROM activity WHERE id = @activityId", new { activityId }), Is.EqualTo(50));

        // the answer's position agrees with the ticket in the database
        for (var i = 0; i < members.Count; i++)
        {
            if (mine[i].GetProperty("status").GetString() == "waiting")
            {
                Assert.That(mine[i].GetProperty("position").GetInt32(), Is.EqualTo(waiting.Single(w => w.MemberId == members[i]).WaitSeq));
            }
        }

        var staffView = await JsonAsync(await admin.GetAsync($"/api/v1/admin/activities/{activityId}"), 200);
        Assert.That((staffView.GetProperty("confirmed").GetInt32(), staffView.GetProperty("waiting").GetInt32()), Is.EqualTo((50, 250)));
        using var member = Member(members[0]);
        var view = await JsonAsync(await member.GetAsync($"/api/v1/activities/{activityId}"), 200);
        Assert.That((view.GetProperty("placesLeft").GetInt32(), view.GetProperty("waiting").GetInt32()), Is.EqualTo((0, 250)));
    }

    [Test]
    public async Task Twenty_racing_taps_of_one_member_give_one_sign_up()
    {
        var org = await Seed.OrgAsync();
        var member = await Seed.VerifiedMemberAsync(org);
        using var admin = await AdminAsync();
        var activityId = (await CreateActivityAsync(admin, org, places: 5)).GetProperty("id").GetString()!;

        var answers = await SignUpAllAsync(activityId, Enumerable.Repeat(member, 20));

        Assert.That(answers.Select(a => a.Status), Is.All.EqualTo(200));
        Assert.That(answers.Select(a => a.Body.GetProperty("mySignup").GetProperty("id").GetString()).Distinct().Count(), Is.EqualTo(1));
        Assert.That(await SignupsAsync(activityId), Has.Count.EqualTo(1));
        await using var db = await DbAsync();
        Assert.That(await db.ExecuteScalarAsync<int>("SELECT confirmed FROM activity WHERE id = @activityId", new { activityId }), Is.EqualTo(1));
    }

    [Test]
    public async Task A_cancelled_place_promotes_exactly_the_first_waiting_member_who_is_told()
    {
        var org = await Seed.OrgAsync();
        var members = await SeedMany.VerifiedMembersAsync(org, 8);
        using var admin = await AdminAsync();
        var activityId = (await CreateActivityAsync(admin, org, places: 3)).GetProperty("id").GetString()!;
        foreach (var m in members)
        {
            await SignUpAsync(activityId, m); // in order: 3 confirmed, 5 waiting (positions 1-5)
        }

        // a waiting member leaving frees no place: nobody is promoted, the others move up
        using (var fifth = Member(members[7]))
        {
            var left = await JsonAsync(await fifth.DeleteAsync($"/api/v1/activities/{activityId}/signup"), 200);
            Assert.That(left.GetProperty("mySignup").GetProperty("status").GetString(), Is.EqualTo("cancelled"));
        }

        using (var second = Member(members[4]))
        {
            var view = await JsonAsync(await second.GetAsync($"/api/v1/activities/{activityId}"), 200);
            Assert.That(view.GetProperty("mySignup").GetProperty("position").GetInt32(), Is.EqualTo(2));
        }

        // a confirmed member cancels: the first on the waiting list (members[3]) gets the place, in the same transaction
        using (var confirmed = Member(members[0]))
        {
            var cancelled = await JsonAsync(await confirmed.DeleteAsync($"/api/v1/activities/{activityId}/signup"), 200);
            Assert.That(cancelled.GetProperty("placesLeft").GetInt32(), Is.Zero);
            Assert.That(cancelled.GetProperty("waiting").GetInt32(), Is.EqualTo(3));
            await Problem.ExpectAsync(await confirmed.DeleteAsync($"/api/v1/activities/{activityId}/signup"), 404, "not_found");
        }

        var rows = await SignupsAsync(activityId);
        Assert.That(rows.Where(r => r.Promoted).Select(r => r.MemberId), Is.EqualTo(new[] { members[3] }));
        Assert.That(rows.Where(r => r.Status == "confirmed").Select(r => r.MemberId), Is.EquivalentTo(new[] { members[1], members[2], members[3] }));
        await using var db = await DbAsync();
        Assert.That(await db.ExecuteScalarAsync<int>("SELECT confirmed FROM activity WHERE id = @activityId", new { activityId }), Is.EqualTo(3));
        var notices = (await db.QueryAsync<(long MemberId, string Payload)>(
            "SELECT member_id, payload FROM member_inbox WHERE kind = 'activity.promoted'")).ToList();
        Assert.That(notices.Select(n => n.MemberId), Is.EqualTo(new[] { members[3] }));
        Assert.That(JsonDocument.Parse(notices[0].Payload).RootElement.GetProperty("activityId").GetString(), Is.EqualTo(activityId));
        Assert.That(await db.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM notification_outbox WHERE kind = 'activity.promoted' AND member_id = @m",
            new { m = members[3] }), Is.EqualTo(1));
        using (var promoted = Member(members[3]))
        {
            var view = await JsonAsync(await promoted.GetAsync($"/api/v1/activities/{activityId}"), 200);
            Assert.That(view.GetProperty("mySignup").GetProperty("status").GetString(), Is.EqualTo("confirmed"));
            Assert.That(view.GetProperty("mySignup").GetProperty("promoted").GetBoolean(), Is.True);
            var inbox = await JsonAsync(await promoted.GetAsync("/api/v1/me/notifications"), 200);
            Assert.That(inbox.GetProperty("items")[0].GetProperty("title").GetString(), Is.EqualTo("活动候补转正"));
        }

        // the cancelled member signs up again: the end of the waiting list
        var again = await SignUpAsync(activityId, members[0]);
        Assert.That(again.GetProperty("mySignup").GetProperty("status").GetString(), Is.EqualTo("waiting"));
        Assert.That(again.GetProperty("mySignup").GetProperty("position").GetInt32(), Is.EqualTo(4));
    }

    [Test]
    public async Task Ten_parallel_cancellations_promote_exactly_ten_in_queue_order()
    {
        var org = await Seed.OrgAsync();
        var members = await SeedMany.VerifiedMembersAsync(org, 40);
        using var admin = await AdminAsync();
        var activityId = (await CreateActivityAsync(admin, org, places: 20)).GetProperty("id").GetString()!;
        foreach (var m in members)
        {
            await SignUpAsync(activityId, m);
        }

        using var client = Anonymous();
        var cancels = members.Take(10).Select(async m =>
        {
            using var request = new HttpRequestMessage(HttpMethod.Delete, $"/api/v1/activities/{activityId}/signup");
            request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", MemberToken(m));
            using var response = await client.SendAsync(request);
            return (int)response.StatusCode;
        }).ToList();
        Assert.That(await Task.WhenAll(cancels), Is.All.EqualTo(200));

        var rows = await SignupsAsync(activityId);
        Assert.That(rows.Count(r => r.Status == "confirmed"), Is.EqualTo(20));
        Assert.That(rows.Where(r => r.Promoted).Select(r => r.MemberId), Is.EquivalentTo(members.Skip(20).Take(10)), "the first ten of the queue");
        Assert.That(rows.Where(r => r.Status == "waiting").Select(r => r.MemberId), Is.EquivalentTo(members.Skip(30)));
        await using var db = await DbAsync();
        Assert.That(await db.ExecuteScalarAsync<int>("SELECT confirmed FROM activity WHERE id = @activityId", new { activityId }), Is.EqualTo(20));
        Assert.That(await db.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM member_inbox WHERE kind = 'activity.promoted'"), Is.EqualTo(10));
    }

    [Test]
    public async Task Sign_ups_keep_to_the_window_the_subtree_verification_and_the_cancellation_deadline()
    {
        var city = await Seed.OrgAsync("市总工会");
        var district = await Seed.OrgAsync("区总工会", city);
        var elsewhere = await Seed.OrgAsync("外市总工会");
        var inside = await Seed.VerifiedMemberAsync(district);
        var outside = await Seed.VerifiedMemberAsync(elsewhere);
        var cityAdmin = await NewStaffUserAsync("org_admin", city);
        var otherAdmin = await NewStaffUserAsync("org_admin", elsewhere);
        using var staff = await StaffAsync(cityAdmin);
        var activity = await CreateActivityAsync(staff, city, places: 10);
        var activityId = activity.GetProperty("id").GetString()!;
        Assert.That(activity.GetProperty("venueCode").GetString(), Has.Length.EqualTo(6));

        // out of the subtree: 404 for members and staff alike; not listed
        using (var stranger = Member(outside))
        {
            await Problem.ExpectAsync(await stranger.GetAsync($"/api/v1/activities/{activityId}"), 404, "not_found");
            await Problem.ExpectAsync(await stranger.PutAsync($"/api/v1/activities/{activityId}/signup", null), 404, "not_found");
            var list = await JsonAsync(await stranger.GetAsync("/api/v1/activities"), 200);
            Assert.That(list.GetProperty("items").GetArrayLength(), Is.Zero);
        }

        using (var other = await StaffAsync(otherAdmin))
        {
            await Problem.ExpectAsync(await other.GetAsync($"/api/v1/admin/activities/{activityId}"), 404, "not_found");
            await Problem.ExpectAsync(await other.GetAsync($"/api/v1/admin/activities/{activityId}/signups"), 404, "not_found");
            await Problem.ExpectAsync(await other.PostAsJsonAsync("/api/v1/admin/activities", new
            {
                title = "越权活动", venue = "某地", orgId = S(city), startsAt = Now.AddHours(1), endsAt = Now.AddHours(2), places = 5,
            }), 404, "not_found");
            var list = await JsonAsync(await other.GetAsync("/api/v1/admin/activities"), 200);
            Assert.That(list.GetProperty("items").GetArrayLength(), Is.Zero);
        }

        // an unverified member of the subtree is refused with a reason
        var unverified = await Seed.UnverifiedMemberAsync();
        await using (var db = await DbAsync())
        {
            await db.ExecuteAsync("UPDATE member SET org_id = @district WHERE id = @unverified", new { district, unverified });
        }

        using (var newcomer = Member(unverified))
        {
            await Problem.ExpectAsync(await newcomer.PutAsync($"/api/v1/activities/{activityId}/signup", null), 403, "activity.member_not_verified");
        }

        using var member = Member(inside);
        var listed = await JsonAsync(await member.GetAsync("/api/v1/activities"), 200);
        Assert.That(listed.GetProperty("items")[0].GetProperty("id").GetString(), Is.EqualTo(activityId));
        Assert.That(listed.GetProperty("items")[0].TryGetProperty("venueCode", out _), Is.False, "members never see the venue code");
        Assert.That(listed.GetProperty("items")[0].GetProperty("mySignup").ValueKind, Is.EqualTo(JsonValueKind.Null));

        // invalid input: nothing written
        await Problem.ExpectAsync(await staff.PostAsJsonAsync("/api/v1/admin/activities", new
        {
            title = "", venue = "体育馆", orgId = S(city), startsAt = Now.AddHours(2), endsAt = Now.AddHours(1), places = 0,
        }), 422, "validation.failed");

        // sign-ups not yet open, then closed
        var later = await JsonAsync(await staff.PostAsJsonAsync("/api/v1/admin/activities", new
        {
            title = "健康讲座", venue = "会议室", orgId = S(city), startsAt = Now.AddDays(3), endsAt = Now.AddDays(3).AddHours(2), places = 30,
            opensAt = Now.AddDays(1), closesAt = Now.AddDays(2), cancelDeadline = Now.AddDays(2),
        }), 201);
        var laterId = later.GetProperty("id").GetString()!;
        var notOpen = await Problem.ExpectAsync(await member.PutAsync($"/api/v1/activities/{laterId}/signup", null), 409, "activity.signup_not_open");
        Assert.That(notOpen.Raw.GetProperty("opensAt").GetDateTimeOffset(), Is.EqualTo(later.GetProperty("opensAt").GetDateTimeOffset()));
        Api.Clock.Advance(TimeSpan.FromDays(1) + TimeSpan.FromMinutes(1));
        using (var fresh = Member(inside))
        {
            await JsonAsync(await fresh.PutAsync($"/api/v1/activities/{laterId}/signup", null), 200);
        }

        Api.Clock.Advance(TimeSpan.FromDays(1));
        var lateMember = await Seed.VerifiedMemberAsync(city);
        using (var late = Member(lateMember))
        {
            await Problem.ExpectAsync(await late.PutAsync($"/api/v1/activities/{laterId}/signup", null), 409, "activity.signup_closed");
        }

        using (var fresh = Member(inside))
        {
            await Problem.ExpectAsync(await fresh.DeleteAsync($"/api/v1/activities/{laterId}/signup"), 409, "activity.cancel_deadline_passed");
        }

        await using var check = await DbAsync();
        Assert.That(await check.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM activity"), Is.EqualTo(2));
        Assert.That(await check.ExecuteScalarAsync<string>("SELECT status FROM activity_signup WHERE member_id = @inside", new { inside }),
            Is.EqualTo("confirmed"));
    }
}

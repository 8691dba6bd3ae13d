using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Dapper;

namespace UnionHub.IntegrationTests.Features.Activities;

/// <summary>Staff edit an activity (more places promote from the waiting list at once) and cancel it (every member told).</summary>
public sealed class EditActivityTests : ActivityTest
{
    private sealed record SignupRow(long MemberId, string Status, int? WaitSeq, bool Promoted);

    private static async Task<List<SignupRow>> SignupsAsync(string activityId)
    {
        await using var db = await DbAsync();
        return (await db.QueryAsync<SignupRow>(
            "SELECT member_id AS MemberId, status, wait_seq AS WaitSeq, promoted FROM activity_signup WHERE activity_id = @activityId ORDER BY id",
            new { activityId })).ToList();
    }

    private static async Task<(int Places, int Confirmed, string Status)> ActivityRowAsync(string activityId)
    {
        await using var db = await DbAsync();
        return await db.QuerySingleAsync<(int, int, string)>("SELECT places, confirmed, status FROM activity WHERE id = @activityId", new { activityId });
    }

    private static HttpRequestMessage MemberRequest(HttpMethod method, string url, long memberId)
    {
        var request = new HttpRequestMessage(method, url);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", MemberToken(memberId));
        return request;
    }

    [Test]
    public async Task Raising_places_promotes_the_waiting_list_in_order_at_once_and_lowering_below_the_confirmed_is_refused()
    {
        var org = await Seed.OrgAsync();
        var members = await SeedMany.VerifiedMembersAsync(org, 9);
        using var admin = await AdminAsync();
        var activityId = (await CreateActivityAsync(admin, org, places: 3)).GetProperty("id").GetString()!;
        foreach (var m in members)
        {
            await SignUpAsync(activityId, m); // 3 confirmed, 6 waiting (tickets 1-6)
        }

        var edited = await JsonAsync(await admin.PatchAsJsonAsync($"/api/v1/admin/activities/{activityId}", new { places = 5 }), 200);
        Assert.That((edited.GetProperty("places").GetInt32(), edited.GetProperty("confirmed").GetInt32(), edited.GetProperty("waiting").GetInt32()),
            Is.EqualTo((5, 5, 4)));
        var rows = await SignupsAsync(activityId);
        Assert.That(rows.Where(r => r.Promoted).Select(r => r.MemberId), Is.EqualTo(new[] { members[3], members[4] }), "the first two of the queue");
        Assert.That(await ActivityRowAsync(activityId), Is.EqualTo((5, 5, "open")));
        await using (var db = await DbAsync())
        {
            Assert.That((await db.QueryAsync<long>("SELECT member_id FROM member_inbox WHERE kind = 'activity.promoted' ORDER BY member_id")).ToList(),
                Is.EqualTo(new[] { members[3], members[4] }.Order().ToList()), "each promoted member told once");
            Assert.That(await db.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM notification_outbox WHERE kind = 'activity.promoted'"), Is.EqualTo(2));
            Assert.That(await db.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM audit_log WHERE action = 'activity.update' AND entity_id = @activityId",
                new { activityId }), Is.EqualTo(1));
        }

        using (var waiting = Member(members[5]))
        {
            var view = await JsonAsync(await waiting.GetAsync($"/api/v1/activities/{activityId}"), 200);
            Assert.That(view.GetProperty("mySignup").GetProperty("position").GetInt32(), Is.EqualTo(1), "the queue moved up");
        }

        // fewer places than confirmed: nobody loses a place
        var refused = await Problem.ExpectAsync(
            await admin.PatchAsJsonAsync($"/api/v1/admin/activities/{activityId}", new { places = 4 }), 409, "activity.places_below_confirmed");
        Assert.That(refused.Raw.GetProperty("confirmed").GetInt32(), Is.EqualTo(5));
        Assert.That(await ActivityRowAsync(activityId), Is.EqualTo((5, 5, "open")));

        // bad input changes nothing
        await Problem.ExpectAsync(await admin.PatchAsJsonAsync($"/api/v1/admin/activities/{activityId}",
            new { title = "新标题", endsAt = Now.AddMinutes(30) }), 422, "validation.failed");
        Assert.That((await JsonAsync(await admin.GetAsync($"/api/v1/admin/activities/{activityId}"), 200)).GetProperty("title").GetString(),
            Is.EqualTo("职工羽毛球赛"));

        // a new title alone tells nobody; a new venue tells the confirmed and the waiting, once each
        await JsonAsync(await admin.PatchAsJsonAsync($"/api/v1/admin/activities/{activityId}", new { title = "职工羽毛球友谊赛", places = 5 }), 200);
        var moved = await JsonAsync(await admin.PatchAsJsonAsync($"/api/v1/admin/activities/{activityId}",
            new { venue = "区体育中心", startsAt = Now.AddHours(2), endsAt = Now.AddHours(3) }), 200);
        Assert.That(moved.GetProperty("venue").GetString(), Is.EqualTo("区体育中心"));
        await using (var db = await DbAsync())
        {
            Assert.That((await db.QueryAsync<long>("SELECT member_id FROM member_inbox WHERE kind = 'activity.changed'")).Order().ToList(),
                Is.EqualTo(members.Order().ToList()), "all nine signed up (5 confirmed, 4 waiting) told once");
            var payload = JsonDocument.Parse(await db.ExecuteScalarAsync<string>(
                "SELECT payload FROM member_inbox WHERE kind = 'activity.changed' LIMIT 1") ?? "{}").RootElement;
            Assert.That(payload.GetProperty("venue").GetString(), Is.EqualTo("区体育中心"));
            Assert.That(payload.GetProperty("activityTitle").GetString(), Is.EqualTo("职工羽毛球友谊赛"));
        }

        using var first = Member(members[0]);
        var inbox = await JsonAsync(await first.GetAsync("/api/v1/me/notifications"), 200);
        Assert.That(inbox.GetProperty("items")[0].GetProperty("title").GetString(), Is.EqualTo("活动时间地点变更"));
    }

    [Test]
    public async Task Out_of_subtree_staff_get_404_and_edits_of_a_cancelled_activity_are_refused()
    {
        var city = await Seed.OrgAsync("市总工会");
        var elsewhere = await Seed.OrgAsync("外市总工会");
        using var admin = await AdminAsync();
        var activityId = (await CreateActivityAsync(admin, city, places: 3)).GetProperty("id").GetString()!;
        using var other = await StaffAsync(await NewStaffUserAsync("org_admin", elsewhere));
        await Problem.ExpectAsync(await other.PatchAsJsonAsync($"/api/v1/admin/activities/{activityId}", new { places = 10 }), 404, "not_found");
        await Problem.ExpectAsync(await other.PostAsJsonAsync($"/api/v1/admin/activities/{activityId}/cancel", new { reason = "越权" }), 404, "not_found");
        Assert.That(await ActivityRowAsync(activityId), Is.EqualTo((3, 0, "open")));

        await Problem.ExpectAsync(await admin.PostAsJsonAsync($"/api/v1/admin/activities/{activityId}/cancel", new { reason = " " }), 422,
            "validation.failed");
        await JsonAsync(await admin.PostAsJsonAsync($"/api/v1/admin/activities/{activityId}/cancel", new { reason = "场馆检修" }), 200);
        await Problem.ExpectAsync(await admin.PatchAsJsonAsync($"/api/v1/admin/activities/{activityId}", new { places = 10 }), 409, "activity.cancelled");

        // an activity that has ended: its attendance stands, neither edited nor cancelled
        var endedId = (await CreateActivityAsync(admin, city, places: 3)).GetProperty("id").GetString()!;
        Api.Clock.Advance(TimeSpan.FromHours(3));
        using var later = await AdminAsync();
        await Problem.ExpectAsync(await later.PatchAsJsonAsync($"/api/v1/admin/activities/{endedId}", new { places = 10 }), 409, "activity.ended");
        await Problem.ExpectAsync(await later.PostAsJsonAsync($"/api/v1/admin/activities/{endedId}/cancel", new { reason = "补录" }), 409, "activity.ended");
        Assert.That(await ActivityRowAsync(endedId), Is.EqualTo((3, 0, "open")));
    }

    [Test]
    public async Task Raising_places_by_5_while_50_members_race_to_cancel_and_sign_up_keeps_places_and_the_promotion_order()
    {
        var org = await Seed.OrgAsync();
        var members = await SeedMany.VerifiedMembersAsync(org, 80);
        using var admin = await AdminAsync();
        var activityId = (await CreateActivityAsync(admin, org, places: 20)).GetProperty("id").GetString()!;
        var early = members.Take(50).ToList();
        var answers = await SignUpAllAsync(activityId, early); // 20 confirmed, 30 waiting
        Assert.That(answers.Select(a => a.Status), Is.All.EqualTo(200));
        var before = await SignupsAsync(activityId);
        var confirmedBefore = before.Where(r => r.Status == "confirmed").Select(r => r.MemberId).ToList();
        var waitingBefore = before.Where(r => r.Status == "waiting").OrderBy(r => r.WaitSeq).Select(r => r.MemberId).ToList();

        // 50 members race: 10 confirmed and 10 waiting cancel, 30 newcomers sign up; staff raise the places by 5 among them
        using var client = Anonymous();
        var cancelling = confirmedBefore.Take(10).Concat(waitingBefore.Skip(5).Take(10)).ToList();
        var newcomers = members.Skip(50).ToList();
        var calls = new List<Func<Task<HttpResponseMessage>>>();
        calls.AddRange(cancelling.Select(m => (Func<Task<HttpResponseMessage>>)(async () =>
        {
            using var request = MemberRequest(HttpMethod.Delete, $"/api/v1/activities/{activityId}/signup", m);
            return await client.SendAsync(request);
        })));
        calls.AddRange(newcomers.Select(m => (Func<Task<HttpResponseMessage>>)(async () =>
        {
            using var request = MemberRequest(HttpMethod.Put, $"/api/v1/activities/{activityId}/signup", m);
            return await client.SendAsync(request);
        })));
        calls.Insert(25, () => admin.PatchAsJsonAsync($"/api/v1/admin/activities/{activityId}", new { places = 25 }));
        var raced = await ParallelAsync(calls);
        Assert.That(raced.Select(r => r.Status), Is.All.EqualTo(200), string.Join("\n", raced.Where(r => r.Status != 200).Take(3).Select(r => r.Body)));

        var rows = await SignupsAsync(activityId);
        var (places, confirmed, _) = await ActivityRowAsync(activityId);
        Assert.That(places, Is.EqualTo(25));
        Assert.That(rows.Count(r => r.Status == "confirmed"), Is.EqualTo(confirmed), "the counter agrees with the rows");
        Assert.That(confirmed, Is.EqualTo(25), "30 left on or joined the waiting list, so every place is taken and none oversold");
        Assert.That(rows.Where(r => cancelling.Contains(r.MemberId)).Select(r => r.Status), Is.All.EqualTo("cancelled"));
        var waiting = rows.Where(r => r.Status == "waiting").ToList();
        Assert.That(waiting.Select(r => r.WaitSeq).Distinct().Count(), Is.EqualTo(waiting.Count));
        var promoted = rows.Where(r => r.Promoted && r.Status == "confirmed").ToList();
        Assert.That(promoted.Max(r => r.WaitSeq!.Value), Is.LessThan(waiting.Min(r => r.WaitSeq!.Value)),
            "promotion follows the queue: nobody behind a promoted member was skipped");
        // the promoted are exactly the head of the queue that did not cancel
        var queueLeft = waitingBefore.Where(m => !cancelling.Contains(m)).ToList();
        Assert.That(promoted.Select(r => r.MemberId), Is.EquivalentTo(queueLeft.Take(promoted.Count)));
        // the 10 confirmed cancellations and the 5 new places went to the waiting list or to newcomers arriving at a free place
        Assert.That(promoted.Count + rows.Count(r => newcomers.Contains(r.MemberId) && r.Status == "confirmed"), Is.EqualTo(15));
        await using var db = await DbAsync();
        Assert.That(await db.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM member_inbox WHERE kind = 'activity.promoted'"),
            Is.EqualTo(rows.Count(r => r.Promoted)), "one notice per promotion (a promoted member may have cancelled since)");
    }

    [Test]
    public async Task Cancelling_tells_every_member_once_refuses_later_sign_ups_and_check_ins_and_racing_cancels_give_one_200()
    {
        var org = await Seed.OrgAsync();
        var members = await SeedMany.VerifiedMembersAsync(org, 6);
        var latecomer = await Seed.VerifiedMemberAsync(org);
        using var admin = await AdminAsync();
        var activity = await CreateActivityAsync(admin, org, places: 4);
        var activityId = activity.GetProperty("id").GetString()!;
        foreach (var m in members)
        {
            await SignUpAsync(activityId, m); // 4 confirmed, 2 waiting
        }

        using var leaver = Member(members[5]);
        await JsonAsync(await leaver.DeleteAsync($"/api/v1/activities/{activityId}/signup"), 200); // cancelled before: not told

        var raced = await ParallelAsync(Enumerable.Range(0, 8).Select(_ => (Func<Task<HttpResponseMessage>>)(() =>
            admin.PostAsJsonAsync($"/api/v1/admin/activities/{activityId}/cancel", new { reason = "暴雨红色预警，活动取消" }))));
        Assert.That(raced.Count(r => r.Status == 200), Is.EqualTo(1));
        Assert.That(raced.Where(r => r.Status != 200).Select(r => (r.Status, r.Body.GetProperty("code").GetString())),
            Is.All.EqualTo((409, "activity.already_cancelled")));
        var staffView = raced.Single(r => r.Status == 200).Body;
        Assert.That((staffView.GetProperty("status").GetString(), staffView.GetProperty("confirmed").GetInt32(), staffView.GetProperty("waiting").GetInt32()),
            Is.EqualTo(("cancelled", 0, 0)));

        Assert.That((await SignupsAsync(activityId)).Select(r => r.Status), Is.All.EqualTo("cancelled"));
        Assert.That(await ActivityRowAsync(activityId), Is.EqualTo((4, 0, "cancelled")));
        await using (var db = await DbAsync())
        {
            Assert.That((await db.QueryAsync<long>("SELECT member_id FROM member_inbox WHERE kind = 'activity.cancelled'")).Order().ToList(),
                Is.EqualTo(members.Take(5).Order().ToList()), "one notice to each member who held a place or waited");
            Assert.That(await db.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM notification_outbox WHERE kind = 'activity.cancelled'"), Is.EqualTo(5));
            Assert.That(await db.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM audit_log WHERE action = 'activity.cancel' AND entity_id = @activityId",
                new { activityId }), Is.EqualTo(1));
        }

        // members see it cancelled with the reason; sign-ups and check-ins are refused with a clear code
        using (var member = Member(members[0]))
        {
            var view = await JsonAsync(await member.GetAsync($"/api/v1/activities/{activityId}"), 200);
            Assert.That(view.GetProperty("status").GetString(), Is.EqualTo("cancelled"));
            Assert.That(view.GetProperty("cancelReason").GetString(), Is.EqualTo("暴雨红色预警，活动取消"));
            Assert.That(view.GetProperty("signupState").GetString(), Is.EqualTo("closed"));
            Assert.That(view.GetProperty("mySignup").GetProperty("status").GetString(), Is.EqualTo("cancelled"));
            await Problem.ExpectAsync(await member.PutAsync($"/api/v1/activities/{activityId}/signup", null), 409, "activity.cancelled");
            await Problem.ExpectAsync(await member.PostAsJsonAsync($"/api/v1/activities/{activityId}/check-in",
                new { venueCode = activity.GetProperty("venueCode").GetString() }), 409, "activity.cancelled");
            await Problem.ExpectAsync(await member.GetAsync($"/api/v1/activities/{activityId}/check-in-code"), 409, "activity.cancelled");
            var inbox = await JsonAsync(await member.GetAsync("/api/v1/me/notifications"), 200);
            Assert.That(inbox.GetProperty("items")[0].GetProperty("title").GetString(), Is.EqualTo("活动已取消"));
        }

        await Problem.ExpectAsync(await Member(latecomer).PutAsync($"/api/v1/activities/{activityId}/signup", null), 409, "activity.cancelled");
        Assert.That(await SignupsAsync(activityId), Has.Count.EqualTo(6), "no sign-up written after the cancellation");
    }

    [Test]
    public async Task Sign_ups_racing_a_cancellation_are_either_cancelled_with_it_or_refused()
    {
        var org = await Seed.OrgAsync();
        var members = await SeedMany.VerifiedMembersAsync(org, 30);
        using var admin = await AdminAsync();
        var activityId = (await CreateActivityAsync(admin, org, places: 10)).GetProperty("id").GetString()!;
        using var client = Anonymous();
        var calls = members.Select(m => (Func<Task<HttpResponseMessage>>)(async () =>
        {
            using var request = SignUpRequest(activityId, m);
            return await client.SendAsync(request);
        })).ToList();
        calls.Insert(15, () => admin.PostAsJsonAsync($"/api/v1/admin/activities/{activityId}/cancel", new { reason = "场馆临时征用" }));
        var raced = await ParallelAsync(calls);

        Assert.That(raced[15].Status, Is.EqualTo(200));
        Assert.That(raced.Where((_, i) => i != 15).Select(r => r.Status == 200 || (r.Status == 409 && r.Body.GetProperty("code").GetString() == "activity.cancelled")),
            Is.All.True);
        Assert.That((await SignupsAsync(activityId)).Select(r => r.Status), Is.All.EqualTo("cancelled"), "no place survives the cancellation");
        await using var db = await DbAsync();
        Assert.That(await db.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM member_inbox WHERE kind = 'activity.cancelled'"),
            Is.EqualTo((await SignupsAsync(activityId)).Count), "everyone whose sign-up the cancellation took was told");
    }
}

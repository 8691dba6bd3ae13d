using System.Net.Http.Json;
using System.Text.Json;
using Dapper;

namespace UnionHub.IntegrationTests.Features.Activities;

/// <summary>Activities limited to members with a tag (三八 for 女职工, 六一 for parents of children under 14, 劳模 events).</summary>
public sealed class EligibilityTests : ActivityTest
{
    private static async Task<JsonElement> CreateTaggedActivityAsync(HttpClient staff, long orgId, int places, object? eligibleTags)
    {
        var starts = Now + TimeSpan.FromHours(1);
        return await JsonAsync(await staff.PostAsJsonAsync("/api/v1/admin/activities", new
        {
            title = "劳模疗休养", venue = "市职工疗休养中心", orgId = S(orgId), startsAt = starts, endsAt = starts.AddHours(2), places, eligibleTags,
        }), 201);
    }

    private static async Task TagAsync(IEnumerable<long> members, params string[] tags)
    {
        await using var db = await DbAsync();
        await db.ExecuteAsync("INSERT INTO member_tag (member_id, tag, source, set_at) VALUES (@MemberId, @Tag, 'staff', @Now)",
            members.SelectMany(m => tags.Select(t => new { MemberId = m, Tag = t, Now = Now.UtcDateTime })));
    }

    [Test]
    public async Task An_untagged_member_is_refused_with_the_required_tags_and_a_tagged_one_signs_up()
    {
        var org = await Seed.OrgAsync();
        var untagged = await Seed.VerifiedMemberAsync(org);
        var migrant = await Seed.VerifiedMemberAsync(org, "李四");
        var woman = await Seed.VerifiedMemberAsync(org, "王芳");
        await TagAsync([migrant], "migrant_worker");
        await TagAsync([woman], "woman");
        using var admin = await AdminAsync();

        await Problem.ExpectAsync(await admin.PostAsJsonAsync("/api/v1/admin/activities", new
        {
            title = "x", venue = "y", orgId = S(org), startsAt = Now.AddHours(1), endsAt = Now.AddHours(2), places = 3, eligibleTags = new[] { "劳模" },
        }), 422, "member_tag.unknown");
        var created = await CreateTaggedActivityAsync(admin, org, 5, new[] { "migrant_worker", "model_worker" });
        var activityId = created.GetProperty("id").GetString()!;
        Assert.That(created.GetProperty("eligibleTags").EnumerateArray().Select(t => t.GetProperty("label").GetString()),
            Is.EqualTo(new[] { "劳模", "农民工" }), "in vocabulary order, with labels");

        // the member view says who may sign up and whether the caller may
        using (var m = Member(untagged))
        {
            var view = await JsonAsync(await m.GetAsync($"/api/v1/activities/{activityId}"), 200);
            Assert.That(view.GetProperty("eligible").GetBoolean(), Is.False);
            Assert.That(view.GetProperty("ineligibleCode").GetString(), Is.EqualTo("activity.not_eligible"));
            Assert.That(view.GetProperty("eligibleTags").EnumerateArray().Select(t => t.GetProperty("code").GetString()),
                Is.EqualTo(new[] { "model_worker", "migrant_worker" }));
            var refused = await Problem.ExpectAsync(await m.PutAsync($"/api/v1/activities/{activityId}/signup", null), 403, "activity.not_eligible");
            Assert.That(refused.Raw.GetProperty("requiredTags").EnumerateArray().Select(e => e.GetString()), Is.EqualTo(new[] { "model_worker", "migrant_worker" }));
            Assert.That(refused.Raw.GetProperty("requiredTagLabels").EnumerateArray().Select(e => e.GetString()), Is.EqualTo(new[] { "劳模", "农民工" }));
        }

        using (var m = Member(woman))
        {
            await Problem.ExpectAsync(await m.PutAsync($"/api/v1/activities/{activityId}/signup", null), 403, "activity.not_eligible");
        }

        using (var m = Member(migrant))
        {
            var view = await JsonAsync(await m.GetAsync($"/api/v1/activities/{activityId}"), 200);
            Assert.That((view.GetProperty("eligible").GetBoolean(), view.GetProperty("ineligibleCode").ValueKind), Is.EqualTo((true, JsonValueKind.Null)));
            var signedUp = await JsonAsync(await m.PutAsync($"/api/v1/activities/{activityId}/signup", null), 200);
            Assert.That(signedUp.GetProperty("mySignup").GetProperty("status").GetString(), Is.EqualTo("confirmed"));
        }

        await using var db = await DbAsync();
        Assert.That(await db.QueryAsync<long>("SELECT member_id FROM activity_signup WHERE activity_id = @activityId", new { activityId }),
            Is.EqualTo(new[] { migrant }));
        Assert.That(await db.ExecuteScalarAsync<int>("SELECT confirmed FROM activity WHERE id = @activityId", new { activityId }), Is.EqualTo(1));

        // staff widen the activity to 女职工 as well: the woman signs up; the migrant keeps the place they hold
        await Problem.ExpectAsync(await admin.PatchAsJsonAsync($"/api/v1/admin/activities/{activityId}", new { eligibleTags = new[] { "劳模" } }),
            422, "member_tag.unknown");
        var widened = await JsonAsync(await admin.PatchAsJsonAsync($"/api/v1/admin/activities/{activityId}",
            new { eligibleTags = new[] { "woman", "model_worker" } }), 200);
        Assert.That(widened.GetProperty("eligibleTags").EnumerateArray().Select(t => t.GetProperty("code").GetString()),
            Is.EqualTo(new[] { "model_worker", "woman" }));
        Assert.That((await SignUpAsync(activityId, woman)).GetProperty("mySignup").GetProperty("status").GetString(), Is.EqualTo("confirmed"));
        using (var m = Member(untagged))
        {
            await Problem.ExpectAsync(await m.PutAsync($"/api/v1/activities/{activityId}/signup", null), 403, "activity.not_eligible");
        }

        Assert.That(await db.ExecuteScalarAsync<int>("SELECT confirmed FROM activity WHERE id = @activityId", new { activityId }), Is.EqualTo(2));

        // an empty list opens it to every member of the subtree
        await JsonAsync(await admin.PatchAsJsonAsync($"/api/v1/admin/activities/{activityId}", new { eligibleTags = Array.Empty<string>() }), 200);
        Assert.That((await SignUpAsync(activityId, untagged)).GetProperty("eligible").GetBoolean(), Is.True);

        // an activity without tags stays open to everyone
        var open = (await CreateActivityAsync(admin, org, 2)).GetProperty("id").GetString()!;
        var anyone = await SignUpAsync(open, untagged);
        Assert.That((anyone.GetProperty("eligible").GetBoolean(), anyone.GetProperty("eligibleTags").GetArrayLength()), Is.EqualTo((true, 0)));
    }

    [Test]
    public async Task Racing_sign_ups_of_tagged_and_untagged_members_never_oversell_and_refuse_every_untagged_one()
    {
        var org = await Seed.OrgAsync();
        var tagged = await SeedMany.VerifiedMembersAsync(org, 60);
        var untagged = await SeedMany.VerifiedMembersAsync(org, 30);
        await TagAsync(tagged.Take(30), "woman");
        await TagAsync(tagged.Skip(30), "parent_under_14");
        using var admin = await AdminAsync();
        var activityId = (await CreateTaggedActivityAsync(admin, org, 25, new[] { "woman", "parent_under_14" })).GetProperty("id").GetString()!;

        var everyone = tagged.Concat(untagged).OrderBy(_ => Random.Shared.Next()).ToList();
        var answers = await SignUpAllAsync(activityId, everyone);

        var byMember = everyone.Zip(answers).ToDictionary(x => x.First, x => x.Second);
        Assert.That(untagged.Select(m => byMember[m].Status), Is.All.EqualTo(403));
        Assert.That(untagged.Select(m => byMember[m].Body.GetProperty("code").GetString()), Is.All.EqualTo("activity.not_eligible"));
        Assert.That(tagged.Select(m => byMember[m].Status), Is.All.EqualTo(200));
        var statuses = tagged.Select(m => byMember[m].Body.GetProperty("mySignup").GetProperty("status").GetString()).ToList();
        Assert.That((statuses.Count(s => s == "confirmed"), statuses.Count(s => s == "waiting")), Is.EqualTo((25, 35)));

        await using var db = await DbAsync();
        var rows = (await db.QueryAsync<(long MemberId, string Status, int? WaitSeq)>(
            "SELECT member_id, status, wait_seq FROM activity_signup WHERE activity_id = @activityId", new { activityId })).ToList();
        Assert.That(rows.Select(r => r.MemberId), Is.EquivalentTo(tagged), "only tagged members hold sign-ups");
        Assert.That(rows.Count(r => r.Status == "confirmed"), Is.EqualTo(25), "never oversold");
        Assert.That(rows.Where(r => r.Status == "waiting").Select(r => r.WaitSeq!.Value).Order(), Is.EqualTo(Enumerable.Range(1, 35)));
        Assert.That(await db.ExecuteScalarAsync<int>("SELECT confirmed FROM activity WHERE id = @activityId", new { activityId }), Is.EqualTo(25));
    }
}

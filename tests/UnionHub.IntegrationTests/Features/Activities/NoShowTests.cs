using System.Net.Http.Json;
using System.Text;
using Dapper;

namespace UnionHub.IntegrationTests.Features.Activities;

public sealed class NoShowTests : ActivityTest
{
    [Test]
    public async Task The_third_no_show_bars_the_next_sign_up_until_staff_lift_the_bar()
    {
        var org = await Seed.OrgAsync();
        var elsewhere = await Seed.OrgAsync("外市总工会");
        var member = await Seed.VerifiedMemberAsync(org);
        var staffUser = await NewStaffUserAsync("org_admin", org);
        var otherUser = await NewStaffUserAsync("org_admin", elsewhere);

        // two no-shows and one activity attended
        using (var staff = await StaffAsync(staffUser))
        {
            var a = (await CreateActivityAsync(staff, org, 10, "活动一")).GetProperty("id").GetString()!;
            var b = (await CreateActivityAsync(staff, org, 10, "活动二")).GetProperty("id").GetString()!;
            var attended = await CreateActivityAsync(staff, org, 10, "活动三");
            foreach (var id in new[] { a, b, attended.GetProperty("id").GetString()! })
            {
                await SignUpAsync(id, member);
            }

            using var m = Member(member);
            await JsonAsync(await m.PostAsJsonAsync($"/api/v1/activities/{attended.GetProperty("id").GetString()}/check-in",
                new { venueCode = attended.GetProperty("venueCode").GetString() }), 200);
        }

        Api.Clock.Advance(TimeSpan.FromHours(3));
        string third;
        using (var staff = await StaffAsync(staffUser))
        {
            third = (await CreateActivityAsync(staff, org, 10, "活动四")).GetProperty("id").GetString()!;
        }

        using (var m = Member(member))
        {
            var bar = await JsonAsync(await m.GetAsync("/api/v1/me/activity-bar"), 200);
            Assert.That((bar.GetProperty("barred").GetBoolean(), bar.GetProperty("noShows").GetInt32()), Is.EqualTo((false, 2)));
            await JsonAsync(await m.PutAsync($"/api/v1/activities/{third}/signup", null), 200); // two no-shows do not bar
        }

        // the third no-show
        Api.Clock.Advance(TimeSpan.FromHours(3));
        DateTimeOffset thirdEnded;
        string next;
        using (var staff = await StaffAsync(staffUser))
        {
            thirdEnded = (await JsonAsync(await staff.GetAsync($"/api/v1/admin/activities/{third}"), 200)).GetProperty("endsAt").GetDateTimeOffset();
            next = (await CreateActivityAsync(staff, org, 10, "活动五")).GetProperty("id").GetString()!;
        }

        using (var m = Member(member))
        {
            var barred = await Problem.ExpectAsync(await m.PutAsync($"/api/v1/activities/{next}/signup", null), 403, "activity.barred_no_shows");
            Assert.That(barred.Raw.GetProperty("barredUntil").GetDateTimeOffset(), Is.EqualTo(thirdEnded.AddDays(90)));
            Assert.That(barred.Raw.GetProperty("noShows").GetInt32(), Is.EqualTo(3));
            var bar = await JsonAsync(await m.GetAsync("/api/v1/me/activity-bar"), 200);
            Assert.That(bar.GetProperty("barred").GetBoolean(), Is.True);
            Assert.That(bar.GetProperty("barredUntil").GetDateTimeOffset(), Is.EqualTo(thirdEnded.AddDays(90)));
            Assert.That(bar.GetProperty("recentNoShows").EnumerateArray().Select(n => n.GetProperty("title").GetString()),
                Is.EquivalentTo(new[] { "活动一", "活动二", "活动四" }));
            Assert.That((bar.GetProperty("count").GetInt32(), bar.GetProperty("windowDays").GetInt32(), bar.GetProperty("banDays").GetInt32()),
                Is.EqualTo((3, 180, 90)));
        }

        await using (var db = await DbAsync())
        {
            Assert.That(await db.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM activity_signup WHERE activity_id = @next", new { next }), Is.Zero);
        }

        // staff outside the member's subtree cannot see or lift; a lift needs a reason
        var lift = $"/api/v1/admin/activity-bars/{member}/lift";
        using (var other = await StaffAsync(otherUser))
        {
            await Problem.ExpectAsync(await other.GetAsync($"/api/v1/admin/activity-bars/{member}"), 404, "not_found");
            await Problem.ExpectAsync(await other.PostAsJsonAsync(lift, new { reason = "越权" }), 404, "not_found");
        }

        using (var staff = await StaffAsync(staffUser))
        {
            var seen = await JsonAsync(await staff.GetAsync($"/api/v1/admin/activity-bars/{member}"), 200);
            Assert.That(seen.GetProperty("barred").GetBoolean(), Is.True);
            await Problem.ExpectAsync(await staff.PostAsJsonAsync(lift, new { reason = " " }), 422, "validation.failed");
            var lifted = await JsonAsync(await staff.PostAsJsonAsync(lift, new { reason = "因病缺席，已提供病假证明" }), 200);
            Assert.That(lifted.GetProperty("barred").GetBoolean(), Is.False);
            Assert.That(lifted.GetProperty("noShows").GetInt32(), Is.Zero);
            await Problem.ExpectAsync(await staff.PostAsJsonAsync(lift, new { reason = "再次解除" }), 409, "activity.not_barred");
        }

        using (var m = Member(member))
        {
            var signed = await JsonAsync(await m.PutAsync($"/api/v1/activities/{next}/signup", null), 200);
            Assert.That(signed.GetProperty("mySignup").GetProperty("status").GetString(), Is.EqualTo("confirmed"));
        }

        await using (var db = await DbAsync())
        {
            var reason = await db.QuerySingleAsync<byte[]>("SELECT reason_enc FROM activity_bar_lift WHERE member_id = @member", new { member });
            Assert.That(Encoding.UTF8.GetString(reason), Does.Not.Contain("病假"), "the reason is stored encrypted");
            Assert.That(Seed.Pii.Decrypt(reason), Is.EqualTo("因病缺席，已提供病假证明"));
            var audit = await db.QuerySingleAsync<string>("SELECT details FROM audit_log WHERE action = 'activity.bar_lift' AND entity_id = @m",
                new { m = S(member) });
            Assert.That(audit, Does.Not.Contain("病假"));
        }
    }
}

using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using Dapper;
using Microsoft.Extensions.DependencyInjection;

namespace UnionHub.IntegrationTests.Features.Activities;

public sealed class CheckInTests : ActivityTest
{
    [Test]
    public async Task Staff_scan_the_members_code_once_and_members_type_the_venue_code_and_the_attendance_report_shows_both()
    {
        var org = await Seed.OrgAsync();
        var scanned = await Seed.VerifiedMemberAsync(org, "王小明");
        var typed = await Seed.VerifiedMemberAsync(org, "李四");
        var waiting = await Seed.VerifiedMemberAsync(org, "赵六");
        var absent = await Seed.VerifiedMemberAsync(org, "钱七");
        var staffUser = await NewStaffUserAsync("org_admin", org);
        using var staff = await StaffAsync(staffUser);
        var activity = await CreateActivityAsync(staff, org, places: 3, startsIn: TimeSpan.FromHours(3));
        var id = activity.GetProperty("id").GetString()!;
        var other = (await CreateActivityAsync(staff, org, places: 3, title: "另一场")).GetProperty("id").GetString()!;
        foreach (var m in new[] { scanned, typed, absent, waiting })
        {
            await SignUpAsync(id, m);
        }

        await SignUpAsync(other, scanned);

        // a waiting member has no code
        using (var queued = Member(waiting))
        {
            await Problem.ExpectAsync(await queued.GetAsync($"/api/v1/activities/{id}/check-in-code"), 409, "activity.not_confirmed");
        }

        using var member = Member(scanned);
        var code = (await JsonAsync(await member.GetAsync($"/api/v1/activities/{id}/check-in-code"), 200)).GetProperty("code").GetString()!;
        var checkIns = $"/api/v1/admin/activities/{id}/check-ins";

        // three hours before the start: check-in is not open yet
        await Problem.ExpectAsync(await staff.PostAsJsonAsync(checkIns, new { code }), 409, "activity.check_in_closed");
        Api.Clock.Advance(TimeSpan.FromHours(1) + TimeSpan.FromMinutes(1));
        using var staffNow = await StaffAsync(staffUser);
        using var memberNow = Member(scanned);
        code = (await JsonAsync(await memberNow.GetAsync($"/api/v1/activities/{id}/check-in-code"), 200)).GetProperty("code").GetString()!;

        // forged, for another activity
        var forged = code[..^4] + (code.EndsWith("AAAA", StringComparison.Ordinal) ? "BBBB" : "AAAA");
        await Problem.ExpectAsync(await staffNow.PostAsJsonAsync(checkIns, new { code = forged }), 422, "activity.check_in_code_invalid");
        await Problem.ExpectAsync(await staffNow.PostAsJsonAsync(checkIns, new { code = "UH1.NOTACHECKINCODE.x" }), 422, "activity.check_in_code_invalid");
        var otherCode = (await JsonAsync(await memberNow.GetAsync($"/api/v1/activities/{other}/check-in-code"), 200)).GetProperty("code").GetString()!;
        await Problem.ExpectAsync(await staffNow.PostAsJsonAsync(checkIns, new { code = otherCode }), 422, "activity.check_in_code_invalid");

        var first = await JsonAsync(await staffNow.PostAsJsonAsync(checkIns, new { code }), 200);
        Assert.That(first.GetProperty("alreadyCheckedIn").GetBoolean(), Is.False);
        Assert.That(first.GetProperty("memberName").GetString(), Is.EqualTo("王*明"));
        var second = await JsonAsync(await staffNow.PostAsJsonAsync(checkIns, new { code }), 200);
        Assert.That(second.GetProperty("alreadyCheckedIn").GetBoolean(), Is.True);
        Assert.That(second.GetProperty("checkedInAt").GetDateTimeOffset(), Is.EqualTo(first.GetProperty("checkedInAt").GetDateTimeOffset()));

        // a code is good for five minutes
        var old = (await JsonAsync(await Member(typed).GetAsync($"/api/v1/activities/{id}/check-in-code"), 200)).GetProperty("code").GetString()!;
        Api.Clock.Advance(TimeSpan.FromMinutes(6));
        using var staffLater = await StaffAsync(staffUser);
        await Problem.ExpectAsync(await staffLater.PostAsJsonAsync(checkIns, new { code = old }), 422, "activity.check_in_code_expired");

        // the venue code, typed by the member
        var venueCode = (await JsonAsync(await staffLater.GetAsync($"/api/v1/admin/activities/{id}"), 200)).GetProperty("venueCode").GetString()!;
        using var typing = Member(typed);
        await Problem.ExpectAsync(await typing.PostAsJsonAsync($"/api/v1/activities/{id}/check-in", new { venueCode = "ZZZZZZ" == venueCode ? "YYYYYY" : "ZZZZZZ" }),
            422, "activity.venue_code_wrong");
        var atVenue = await JsonAsync(await typing.PostAsJsonAsync($"/api/v1/activities/{id}/check-in", new { venueCode = venueCode.ToLowerInvariant() }), 200);
        Assert.That(atVenue.GetProperty("mySignup").GetProperty("checkedInAt").ValueKind, Is.Not.EqualTo(System.Text.Json.JsonValueKind.Null));
        using (var queued = Member(waiting))
        {
            await Problem.ExpectAsync(await queued.PostAsJsonAsync($"/api/v1/activities/{id}/check-in", new { venueCode }), 409, "activity.not_confirmed");
        }

        await using (var db = await DbAsync())
        {
            var rows = (await db.QueryAsync<(long MemberId, string? Method, long? By)>(
                "SELECT member_id, check_in_method, checked_in_by FROM activity_signup WHERE activity_id = @id AND checked_in_at IS NOT NULL",
                new { id })).ToList();
            Assert.That(rows.Select(r => (r.MemberId, r.Method, r.By.HasValue)),
                Is.EquivalentTo(new[] { (scanned, (string?)"staff_scan", true), (typed, (string?)"venue_code", false) }));
            Assert.That(await db.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM audit_log WHERE action = 'activity.check_in'"), Is.EqualTo(1));
        }

        // after the end: the absent member is a no-show in the report; check-in has closed
        Api.Clock.Advance(TimeSpan.FromHours(3));
        using var staffAfter = await StaffAsync(staffUser);
        using var absentMember = Member(absent);
        var lateCode = (await JsonAsync(await absentMember.GetAsync($"/api/v1/activities/{id}/check-in-code"), 200)).GetProperty("code").GetString()!;
        await Problem.ExpectAsync(await staffAfter.PostAsJsonAsync(checkIns, new { code = lateCode }), 409, "activity.check_in_closed");

        var report = await JsonAsync(await staffAfter.GetAsync($"/api/v1/admin/activities/{id}/signups"), 200);
        var signups = report.GetProperty("signups").EnumerateArray().ToList();
        Assert.That(signups.Select(s => (s.GetProperty("memberId").GetString(), s.GetProperty("status").GetString(), s.GetProperty("noShow").GetBoolean())),
            Is.EqualTo(new[]
            {
                (S(scanned), "confirmed", false), (S(typed), "confirmed", false), (S(absent), "confirmed", true), (S(waiting), "waiting", false),
            }));
        Assert.That(report.GetProperty("activity").GetProperty("checkedIn").GetInt32(), Is.EqualTo(2));

        using var csvRequest = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/admin/activities/{id}/signups");
        csvRequest.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/csv"));
        using var csvResponse = await staffAfter.SendAsync(csvRequest);
        Assert.That((int)csvResponse.StatusCode, Is.EqualTo(200));
        Assert.That(csvResponse.Content.Headers.ContentType?.MediaType, Is.EqualTo("text/csv"));
        var bytes = await csvResponse.Content.ReadAsByteArrayAsync();
        Assert.That(bytes.Take(3), Is.EqualTo(Encoding.UTF8.GetPreamble()));
        var lines = Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.That(lines, Has.Length.EqualTo(5));
        Assert.That(lines[0], Does.StartWith("activityId,signupId,memberId,memberName"));
        Assert.That(lines[1], Does.Contain("\"王*明\"").And.Contain("staff_scan"));
        Assert.That(lines[3], Does.Contain("\"钱*\"").And.EndWith(",yes"));
        Assert.That(string.Join("\n", lines), Does.Not.Contain("王小明"), "names are masked");
    }

    [Test]
    public async Task Guessing_the_venue_code_is_limited_per_member_and_activity_and_per_member_and_a_refused_try_checks_nothing_in()
    {
        var org = await Seed.OrgAsync();
        var guesser = await Seed.VerifiedMemberAsync(org, "王小明");
        var neighbour = await Seed.VerifiedMemberAsync(org, "李四");
        var staffUser = await NewStaffUserAsync("org_admin", org);
        using var staff = await StaffAsync(staffUser);
        var first = (await CreateActivityAsync(staff, org, places: 5, startsIn: TimeSpan.FromHours(2))).GetProperty("id").GetString()!;
        var second = (await CreateActivityAsync(staff, org, places: 5, title: "另一场", startsIn: TimeSpan.FromHours(2))).GetProperty("id").GetString()!;
        foreach (var (activity, member) in new[] { (first, guesser), (first, neighbour), (second, guesser) })
        {
            await SignUpAsync(activity, member);
        }

        var venueCode = (await JsonAsync(await staff.GetAsync($"/api/v1/admin/activities/{first}"), 200)).GetProperty("venueCode").GetString()!;
        var wrong = venueCode == "ZZZZZZ" ? "YYYYYY" : "ZZZZZZ";

        // an instance with 3 tries per activity and 5 per member an hour, its clock just after an hour boundary (China time
        // is a whole number of hours from UTC, so UTC hours are the windows); check-in is open from 2 hours before the start, which is 2 hours away
        await using var host = new ApiFactory(new Dictionary<string, string?>
        {
            ["RateLimits:VenueCheckInsPerActivityPerHour"] = "3",
            ["RateLimits:VenueCheckInsPerMemberPerHour"] = "5",
        });
        _ = host.Server;
        var now = host.Clock.GetUtcNow().UtcTicks;
        host.Clock.Advance(TimeSpan.FromTicks(TimeSpan.TicksPerHour - now % TimeSpan.TicksPerHour) + TimeSpan.FromMilliseconds(50));
        HttpClient As(long memberId)
        {
            var client = host.CreateClient();
            // a token of this host's clock (its validation uses that clock, an hour or two ahead of the shared host's)
            var token = host.Services.GetRequiredService<UnionHub.Api.Platform.TokenIssuer>()
                .Issue("member", memberId, [UnionHub.Api.Platform.Roles.Member], host.Clock.GetUtcNow());
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
            return client;
        }

        using var guessing = As(guesser);
        for (var i = 0; i < 3; i++)
        {
            await Problem.ExpectAsync(await guessing.PostAsJsonAsync($"/api/v1/activities/{first}/check-in", new { venueCode = wrong }), 422,
                "activity.venue_code_wrong");
        }

        // the fourth try is refused before the code is looked at: even the right code checks nothing in
        var refused = await guessing.PostAsJsonAsync($"/api/v1/activities/{first}/check-in", new { venueCode });
        var problem = await Problem.ExpectAsync(refused, 429, "rate_limited");
        Assert.That(refused.Headers.RetryAfter?.Delta, Is.Not.Null.And.GreaterThan(TimeSpan.Zero).And.LessThanOrEqualTo(TimeSpan.FromHours(1)));
        Assert.That(problem.Raw.GetProperty("retryAfterSeconds").GetInt32(), Is.GreaterThan(0));

        // another member of the same activity has an allowance of their own
        using (var other = As(neighbour))
        {
            var checkedIn = await JsonAsync(await other.PostAsJsonAsync($"/api/v1/activities/{first}/check-in", new { venueCode }), 200);
            Assert.That(checkedIn.GetProperty("mySignup").GetProperty("checkedInAt").ValueKind, Is.Not.EqualTo(System.Text.Json.JsonValueKind.Null));
        }

        // the guesser's other activity has its own allowance, up to the member-wide 5 (3 counted on the first activity)
        var secondCode = (await JsonAsync(await staff.GetAsync($"/api/v1/admin/activities/{second}"), 200)).GetProperty("venueCode").GetString()!;
        var secondWrong = secondCode == "ZZZZZZ" ? "YYYYYY" : "ZZZZZZ";
        for (var i = 0; i < 2; i++)
        {
            await Problem.ExpectAsync(await guessing.PostAsJsonAsync($"/api/v1/activities/{second}/check-in", new { venueCode = secondWrong }), 422,
                "activity.venue_code_wrong");
        }

        await Problem.ExpectAsync(await guessing.PostAsJsonAsync($"/api/v1/activities/{second}/check-in", new { venueCode = secondCode }), 429,
            "rate_limited");

        await using (var db = await DbAsync())
        {
            var checkedIn = await db.QueryAsync<long>("SELECT member_id FROM activity_signup WHERE checked_in_at IS NOT NULL");
            Assert.That(checkedIn, Is.EquivalentTo(new[] { neighbour }), "no refused try checked the guesser in");
        }

        // the next hour the member may try again
        host.Clock.Advance(TimeSpan.FromHours(1));
        using var later = As(guesser);
        await JsonAsync(await later.PostAsJsonAsync($"/api/v1/activities/{first}/check-in", new { venueCode }), 200);
    }
}

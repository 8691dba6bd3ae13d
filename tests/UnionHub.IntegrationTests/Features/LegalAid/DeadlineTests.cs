using System.Net.Http.Json;

namespace UnionHub.IntegrationTests.Features.LegalAid;

/// <summary>
/// The acceptance deadline counts working days with the 2026 calendar in appsettings.json: National Day holidays
/// 1-7 October, Saturday 10 October worked instead (调休).
/// </summary>
public sealed class DeadlineTests : LegalAidTest
{
    [Test]
    public async Task Seven_working_days_skip_the_National_Day_holidays_and_count_the_make_up_Saturday()
    {
        // Tuesday 29 September 2026: 30 Sep (1), 1-7 Oct holidays, 8 Oct (2), 9 Oct (3), Sat 10 Oct worked (4),
        // Sun 11 Oct off, 12 (5), 13 (6), 14 Oct (7): due by the end of Wednesday 14 October, China time
        SetClock(Cn(2026, 9, 29, 16, 30));
        var memberId = await Seed.VerifiedMemberAsync(await Seed.OrgAsync());
        var normal = await ApplyAsync(memberId);
        Assert.That(normal.GetProperty("decideBy").GetDateTimeOffset(), Is.EqualTo(Cn(2026, 10, 15, 0)));

        // urgent: three working days: 30 Sep, 8 Oct, 9 Oct
        var urgent = await ApplyAsync(memberId, urgent: true);
        Assert.That(urgent.GetProperty("decideBy").GetDateTimeOffset(), Is.EqualTo(Cn(2026, 10, 10, 0)));
    }

    [Test]
    public async Task An_urgent_application_on_a_Friday_is_due_on_Wednesday_after_the_weekend()
    {
        SetClock(Cn(2026, 11, 20, 9)); // Friday: Mon 23 (1), Tue 24 (2), Wed 25 (3)
        var memberId = await Seed.VerifiedMemberAsync(await Seed.OrgAsync());
        var urgent = await ApplyAsync(memberId, urgent: true);
        Assert.That(urgent.GetProperty("decideBy").GetDateTimeOffset(), Is.EqualTo(Cn(2026, 11, 26, 0)));
        var normal = await ApplyAsync(memberId); // 23, 24, 25, 26, 27, 30 Nov, 1 Dec
        Assert.That(normal.GetProperty("decideBy").GetDateTimeOffset(), Is.EqualTo(Cn(2026, 12, 2, 0)));
    }

    [Test]
    public async Task Unanswered_applications_show_on_the_overdue_list_once_their_deadline_passes()
    {
        SetClock(Cn(2026, 11, 20, 9));
        var city = await Seed.OrgAsync("市总工会");
        var other = await Seed.OrgAsync("另一市总工会");
        var memberId = await Seed.VerifiedMemberAsync(city);
        var urgent = (await ApplyAsync(memberId, urgent: true)).GetProperty("id").GetString()!;
        var normal = (await ApplyAsync(memberId)).GetProperty("id").GetString()!;
        var answered = (await ApplyAsync(memberId, urgent: true)).GetProperty("id").GetString()!;
        var elsewhere = (await ApplyAsync(await Seed.VerifiedMemberAsync(other), urgent: true)).GetProperty("id").GetString()!;

        async Task<string[]> OverdueAsync(string orgId)
        {
            using var staff = await NewStaffAsync("org_admin", orgId);
            var page = await JsonAsync(await staff.GetAsync("/api/v1/admin/legal-aid/cases/overdue"), 200);
            return page.GetProperty("items").EnumerateArray().Select(c => c.GetProperty("id").GetString()!).ToArray();
        }

        Assert.That(await OverdueAsync(city.ToString()), Is.Empty);
        using (var staff = await NewStaffAsync("org_admin", city.ToString()))
        {
            await JsonAsync(await staff.PostAsync($"/api/v1/admin/legal-aid/cases/{answered}/accept", null), 200);
        }

        SetClock(Cn(2026, 11, 25, 23, 59)); // the last minute of the urgent deadline: not overdue yet
        Assert.That(await OverdueAsync(city.ToString()), Is.Empty);
        SetClock(Cn(2026, 11, 26, 0, 1));
        Assert.That(await OverdueAsync(city.ToString()), Is.EqualTo(new[] { urgent }), "answered and foreign cases never show");
        Assert.That(await OverdueAsync(other.ToString()), Is.EqualTo(new[] { elsewhere }));

        SetClock(Cn(2026, 12, 2, 8));
        Assert.That(await OverdueAsync(city.ToString()), Is.EqualTo(new[] { normal, urgent }));
        using (var staff = await NewStaffAsync("org_admin", city.ToString()))
        {
            var late = await JsonAsync(await staff.GetAsync($"/api/v1/admin/legal-aid/cases/{urgent}?reason=test"), 200);
            Assert.That(late.GetProperty("overdue").GetBoolean(), Is.True);
            await JsonAsync(await staff.PostAsJsonAsync($"/api/v1/admin/legal-aid/cases/{urgent}/refuse", new { reason = "不属于劳动争议" }), 200);
        }

        Assert.That(await OverdueAsync(city.ToString()), Is.EqualTo(new[] { normal }), "an answer, even late, takes it off the list");
    }
}

using System.Net.Http.Json;

namespace UnionHub.IntegrationTests.Features.Bargaining;

/// <summary>An enterprise contact reads their own enterprise's bargaining tracker, and only theirs.</summary>
public sealed class MyBargainingTrackerTests : ApiTest
{
    [Test]
    public async Task A_contact_sees_their_own_enterprises_steps_read_only()
    {
        var org = await Seed.OrgAsync();
        var mine = await Seed.EnterpriseAsync(org, "我的企业");
        var other = await Seed.EnterpriseAsync(org, "别家企业");
        using var staff = await NewStaffAsync("org_admin", org.ToString());
        await JsonAsync(await staff.PostAsJsonAsync($"/api/v1/admin/enterprises/{mine}/bargaining/steps/1", new { completedOn = "2026-03-01", note = "职工方代表 5 名" }), 200);
        await JsonAsync(await staff.PostAsJsonAsync($"/api/v1/admin/enterprises/{other}/bargaining/steps/1", new { completedOn = "2026-03-01" }), 200);
        await JsonAsync(await staff.PostAsJsonAsync($"/api/v1/admin/enterprises/{other}/bargaining/steps/2", new { completedOn = "2026-03-02" }), 200);

        using var contact = await NewStaffAsync("enterprise_contact", enterpriseId: mine.ToString());
        var tracker = await JsonAsync(await contact.GetAsync("/api/v1/enterprise/bargaining"), 200);
        Assert.That(tracker.GetProperty("enterpriseId").GetString(), Is.EqualTo(mine.ToString()));
        Assert.That(tracker.GetProperty("enterpriseName").GetString(), Is.EqualTo("我的企业"));
        Assert.That(tracker.GetProperty("completedSteps").GetInt32(), Is.EqualTo(1));
        var steps = tracker.GetProperty("steps").EnumerateArray().ToList();
        Assert.That(steps, Has.Count.EqualTo(8));
        Assert.That(steps[0].GetProperty("status").GetString(), Is.EqualTo("done"));
        Assert.That(steps[0].GetProperty("note").GetString(), Is.EqualTo("职工方代表 5 名"));
        Assert.That(steps[1].GetProperty("status").GetString(), Is.EqualTo("next"));

        // the contact changes nothing: the staff routes are 403 for them
        Assert.That((int)(await contact.PostAsJsonAsync($"/api/v1/admin/enterprises/{mine}/bargaining/steps/2", new { completedOn = "2026-03-05" })).StatusCode,
            Is.EqualTo(403));
        Assert.That((int)(await staff.GetAsync("/api/v1/enterprise/bargaining")).StatusCode, Is.EqualTo(403));
    }
}

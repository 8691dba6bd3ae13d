using System.Net.Http.Json;
using Dapper;
using UnionHub.IntegrationTests.Features.Members;

namespace UnionHub.IntegrationTests.Security;

/// <summary>
/// Issue 18 item 8: real-name verification bound a person to the newest roster row in any organisation, so another
/// organisation uploading a not-yet-verified worker (by mistake, or to pull them into its subtree) took them over. The
/// earliest listing now binds, and staff see people listed by two organisations.
/// </summary>
public sealed class RosterBindingTests : ApiTest
{
    [Test]
    public async Task A_later_roster_does_not_take_a_person_over_and_staff_see_the_conflict()
    {
        using var admin = await AdminAsync();
        var first = await MembersTestData.CreateOrgAsync(admin, "甲厂工会");
        var second = await MembersTestData.CreateOrgAsync(admin, "乙厂工会");
        var id = SeedIds.DistinctIdNumber(4242);
        var person = $"{MembersTestData.Header}张三,{id},,\r\n";

        var firstUpload = await MembersTestData.UploadOkAsync(admin, first, person + MembersTestData.Roster(2, firstN: 100)[MembersTestData.Header.Length..]);
        Assert.That(firstUpload.GetProperty("conflicts").GetInt32(), Is.Zero);
        Api.Clock.Advance(TimeSpan.FromMinutes(1));
        var secondUpload = await MembersTestData.UploadOkAsync(admin, second, person + MembersTestData.Roster(2, firstN: 200)[MembersTestData.Header.Length..]);
        Assert.That(secondUpload.GetProperty("conflicts").GetInt32(), Is.EqualTo(1), "the second roster lists someone the first one does");
        var report = await JsonAsync(await admin.GetAsync($"/api/v1/admin/roster-uploads/{secondUpload.GetProperty("uploadId").GetString()}"), 200);
        Assert.That(report.GetProperty("conflicts").GetInt32(), Is.EqualTo(1));

        // the second organisation's admin sees the person in its conflict list, before and after verification
        using var secondAdmin = await NewStaffAsync("org_admin", orgId: second);
        var before = await JsonAsync(await secondAdmin.GetAsync($"/api/v1/admin/orgs/{second}/roster-conflicts"), 200);
        var item = before.GetProperty("items").EnumerateArray().Single();
        Assert.That(item.GetProperty("otherOrgId").GetString(), Is.EqualTo(first));
        Assert.That(item.GetProperty("otherOrgName").GetString(), Is.EqualTo("甲厂工会"));
        Assert.That(item.GetProperty("nameMasked").GetString(), Is.EqualTo("张*"));
        Assert.That(item.GetProperty("idNumberMasked").GetString(), Does.Not.Contain(id[6..14]), "masked");
        Assert.That(item.GetProperty("verifiedOrgId").ValueKind, Is.EqualTo(System.Text.Json.JsonValueKind.Null));

        var memberId = await Seed.UnverifiedMemberAsync();
        using var member = WithToken(MemberToken(memberId));
        var me = await JsonAsync(await member.PostAsJsonAsync("/api/v1/me/real-name", new { name = "张三", idNumber = id }), 200);
        Assert.That(me.GetProperty("realName").GetProperty("orgId").GetString(), Is.EqualTo(first), "the earliest listing binds");
        await using (var db = await DbAsync())
        {
            Assert.That(await db.ExecuteScalarAsync<string>("SELECT CAST(org_id AS CHAR) FROM member WHERE id = @memberId", new { memberId }),
                Is.EqualTo(first));
        }

        var after = await JsonAsync(await secondAdmin.GetAsync($"/api/v1/admin/orgs/{second}/roster-conflicts"), 200);
        Assert.That(after.GetProperty("items")[0].GetProperty("verifiedOrgId").GetString(), Is.EqualTo(first), "staff see where the person is bound");
        var fromFirst = await JsonAsync(await admin.GetAsync($"/api/v1/admin/orgs/{first}/roster-conflicts"), 200);
        Assert.That(fromFirst.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("otherOrgId").GetString()), Is.EqualTo(new[] { second }));

        // another organisation's admin cannot read this organisation's conflicts
        using var firstAdmin = await NewStaffAsync("org_admin", orgId: first);
        await Problem.ExpectAsync(await firstAdmin.GetAsync($"/api/v1/admin/orgs/{second}/roster-conflicts"), 404, "not_found");
    }
}

using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Dapper;
using static UnionHub.IntegrationTests.Features.Members.MembersTestData;

namespace UnionHub.IntegrationTests.Features.Members;

/// <summary>Issue #17 item 2: a roster upload in "replace" mode marks who left, after a preview of those rows.</summary>
public sealed class RosterReplaceTests : ApiTest
{
    private static Task<HttpResponseMessage> PostCsvAsync(HttpClient client, string url, string csv)
    {
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes(csv));
        content.Headers.ContentType = new MediaTypeHeaderValue("text/csv") { CharSet = "utf-8" };
        return client.PostAsync(url, content);
    }

    [Test]
    public async Task A_replace_upload_previews_then_marks_who_left_and_their_membership_ends()
    {
        using var admin = await AdminAsync();
        var org = await CreateOrgAsync(admin, "市机械工会");
        await UploadOkAsync(admin, org, Roster(3));
        var memberId = await Seed.UnverifiedMemberAsync();
        using var member = WithToken(MemberToken(memberId));
        await JsonAsync(await member.PostAsJsonAsync("/api/v1/me/real-name", new { name = "职工0", idNumber = SeedIds.DistinctIdNumber(0) }), 200);

        var without0 = Roster(2, firstN: 1);
        var preview = await JsonAsync(await PostCsvAsync(admin, $"/api/v1/admin/orgs/{org}/roster/replace-preview", without0), 200);
        Assert.That(preview.GetProperty("rows").GetInt32(), Is.EqualTo(2));
        Assert.That(preview.GetProperty("leavingTotal").GetInt32(), Is.EqualTo(1));
        var leaving = preview.GetProperty("leaving")[0];
        Assert.That(leaving.GetProperty("nameMasked").GetString(), Is.EqualTo("职*0"));
        Assert.That(leaving.GetProperty("memberId").GetString(), Is.EqualTo(memberId.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        await using var db = await DbAsync();
        Assert.That(await db.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM roster_entry WHERE left_at IS NOT NULL"), Is.Zero, "a preview writes nothing");
        Assert.That(await db.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM roster_upload"), Is.EqualTo(1));

        await Problem.ExpectAsync(await PostCsvAsync(admin, $"/api/v1/admin/orgs/{org}/roster?mode=bogus", without0), 422, "validation.failed");
        var withBadRow = await JsonAsync(await PostCsvAsync(admin, $"/api/v1/admin/orgs/{org}/roster?mode=replace", without0 + "坏行,123,,\r\n"), 200);
        Assert.That((withBadRow.GetProperty("rejectedTotal").GetInt32(), withBadRow.GetProperty("left").GetInt32()), Is.EqualTo((1, 0)),
            "a rejected row: nobody is marked left");
        Assert.That(await db.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM roster_entry WHERE left_at IS NOT NULL"), Is.Zero);

        var replaced = await JsonAsync(await PostCsvAsync(admin, $"/api/v1/admin/orgs/{org}/roster?mode=replace", without0), 200);
        Assert.That(replaced.GetProperty("left").GetInt32(), Is.EqualTo(1));
        Assert.That(await db.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM roster_entry WHERE left_at IS NOT NULL AND id_hash = @h",
            new { h = Seed.Pii.IdNumberIndex(SeedIds.DistinctIdNumber(0)) }), Is.EqualTo(1), "the one the file no longer lists");
        var me = await JsonAsync(await member.GetAsync("/api/v1/me"), 200);
        Assert.That(me.GetProperty("realName").GetProperty("status").GetString(), Is.EqualTo("unverified"), "their membership ended");
        Assert.That(await db.QuerySingleAsync<(string Event, string ActorKind)>("SELECT event, actor_kind FROM membership_history WHERE member_id = @memberId",
            new { memberId }), Is.EqualTo(("left", "staff")));
        await Problem.ExpectAsync(await member.PostAsJsonAsync("/api/v1/me/real-name", new { name = "职工0", idNumber = SeedIds.DistinctIdNumber(0) }),
            422, "realname.not_in_roster");

        var again = await JsonAsync(await PostCsvAsync(admin, $"/api/v1/admin/orgs/{org}/roster", Roster(1)), 200);
        Assert.That(again.GetProperty("updated").GetInt32(), Is.EqualTo(1));
        Assert.That(await db.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM roster_entry WHERE left_at IS NOT NULL"), Is.Zero, "listed again: back on the roster");
    }
}

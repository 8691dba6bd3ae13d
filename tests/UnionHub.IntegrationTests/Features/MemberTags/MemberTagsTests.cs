using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Dapper;

namespace UnionHub.IntegrationTests.Features.MemberTags;

public sealed class MemberTagsTests : ApiTest
{
    private static string S(long id) => id.ToString(CultureInfo.InvariantCulture);

    private static Task<HttpResponseMessage> PutTagsAsync(HttpClient staff, long memberId, object tags) =>
        staff.PutAsJsonAsync($"/api/v1/admin/members/{S(memberId)}/tags", new { tags });

    private static async Task<HttpResponseMessage> UploadAsync(HttpClient staff, long orgId, string csv, string? mode = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post,
            $"/api/v1/admin/orgs/{S(orgId)}/member-tags" + (mode is null ? "" : $"?mode={mode}"))
        {
            Content = new StringContent(csv, Encoding.UTF8, "text/csv"),
        };
        return await staff.SendAsync(request);
    }

    private static async Task<List<(long MemberId, string Tag, string Source)>> RowsAsync(params long[] members)
    {
        await using var db = await DbAsync();
        return (await db.QueryAsync<(long, string, string)>(
            "SELECT member_id, tag, source FROM member_tag WHERE member_id IN @members ORDER BY member_id, tag", new { members })).ToList();
    }

    private static List<string> Codes(JsonElement tags) => tags.EnumerateArray().Select(t => t.GetProperty("code").GetString()!).ToList();

    [Test]
    public async Task Staff_of_the_subtree_set_a_members_tags_which_the_member_sees_and_unknown_codes_or_outsiders_are_refused()
    {
        var city = await Seed.OrgAsync("市总工会");
        var workplace = await Seed.OrgAsync("东风机械厂工会", city);
        var other = await Seed.OrgAsync("另一市总工会");
        var member = await Seed.VerifiedMemberAsync(workplace);
        using var admin = await NewStaffAsync("org_admin", S(city));

        var vocabulary = await JsonAsync(await admin.GetAsync("/api/v1/admin/member-tags"), 200);
        Assert.That(vocabulary.EnumerateArray().Select(t => (t.GetProperty("code").GetString(), t.GetProperty("label").GetString())), Is.EqualTo(new[]
        {
            ("model_worker", "劳模"), ("migrant_worker", "农民工"), ("new_employment", "新就业形态"), ("woman", "女职工"),
            ("parent_under_14", "14岁以下儿童家长"),
        }));

        var set = await JsonAsync(await PutTagsAsync(admin, member, new[] { "woman", "model_worker", "woman" }), 200);
        Assert.That(Codes(set.GetProperty("tags")), Is.EqualTo(new[] { "model_worker", "woman" }), "each once, in vocabulary order");
        Assert.That(set.GetProperty("tags")[0].GetProperty("label").GetString(), Is.EqualTo("劳模"));
        Assert.That(await RowsAsync(member), Is.EqualTo(new[] { (member, "model_worker", "staff"), (member, "woman", "staff") }));

        // an unknown code: 422, nothing changed
        var unknown = await Problem.ExpectAsync(await PutTagsAsync(admin, member, new[] { "migrant_worker", "vip" }), 422, "member_tag.unknown");
        Assert.That(unknown.Raw.GetProperty("unknown").EnumerateArray().Select(e => e.GetString()), Is.EqualTo(new[] { "vip" }));
        await Problem.ExpectAsync(await admin.PutAsJsonAsync($"/api/v1/admin/members/{S(member)}/tags", new { }), 422, "validation.failed");
        Assert.That(await RowsAsync(member), Has.Count.EqualTo(2));

        // replace: migrant_worker in, the other two out
        var replaced = await JsonAsync(await PutTagsAsync(admin, member, new[] { "migrant_worker" }), 200);
        Assert.That(Codes(replaced.GetProperty("tags")), Is.EqualTo(new[] { "migrant_worker" }));

        // outside the caller's subtree: 404, and the staff page shows the tags
        using var otherAdmin = await NewStaffAsync("org_admin", S(other));
        await Problem.ExpectAsync(await PutTagsAsync(otherAdmin, member, new[] { "woman" }), 404, "not_found");
        await Problem.ExpectAsync(await PutTagsAsync(admin, 999_999_999, new[] { "woman" }), 404, "not_found");
        var profile = await JsonAsync(await admin.GetAsync($"/api/v1/admin/members/{S(member)}?reason=核对标签"), 200);
        Assert.That(Codes(profile.GetProperty("tags")), Is.EqualTo(new[] { "migrant_worker" }));

        // audited, each change with what was added and removed
        await using var db = await DbAsync();
        var audits = (await db.QueryAsync<string>(
            "SELECT details FROM audit_log WHERE action = 'member_tags.set' AND entity_id = @m ORDER BY id", new { m = S(member) })).ToList();
        Assert.That(audits, Has.Count.EqualTo(2));
        var last = JsonDocument.Parse(audits[1]).RootElement;
        Assert.That(last.GetProperty("removed").EnumerateArray().Select(e => e.GetString()), Is.EqualTo(new[] { "model_worker", "woman" }));

        // the member sees their tags
        using var mine = WithToken(MemberToken(member));
        var myTags = await JsonAsync(await mine.GetAsync("/api/v1/me/tags"), 200);
        Assert.That(myTags.GetProperty("tags").EnumerateArray().Select(t => t.GetProperty("label").GetString()), Is.EqualTo(new[] { "农民工" }));

        // an empty list clears them
        await JsonAsync(await PutTagsAsync(admin, member, Array.Empty<string>()), 200);
        Assert.That(await RowsAsync(member), Is.Empty);
    }

    [Test]
    public async Task The_export_carries_the_tags_and_deleting_the_account_removes_them()
    {
        var org = await Seed.OrgAsync();
        var member = await Seed.VerifiedMemberAsync(org);
        var other = await Seed.VerifiedMemberAsync(org, "李四");
        using var admin = await AdminAsync();
        await JsonAsync(await PutTagsAsync(admin, member, new[] { "parent_under_14", "new_employment" }), 200);
        await JsonAsync(await PutTagsAsync(admin, other, new[] { "woman" }), 200);

        using var mine = WithToken(MemberToken(member));
        var export = await JsonAsync(await mine.GetAsync("/api/v1/me/export"), 200);
        Assert.That(export.GetProperty("tags").EnumerateArray().Select(t => (t.GetProperty("code").GetString(), t.GetProperty("source").GetString())),
            Is.EqualTo(new[] { ("new_employment", "staff"), ("parent_under_14", "staff") }));

        using (var request = new HttpRequestMessage(HttpMethod.Delete, "/api/v1/me"))
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", MemberToken(member));
            request.Content = JsonContent.Create(new { confirm = "DELETE" });
            using var anonymous = Anonymous();
            var response = await anonymous.SendAsync(request);
            Assert.That((int)response.StatusCode, Is.EqualTo(204), await response.Content.ReadAsStringAsync());
        }

        Assert.That(await RowsAsync(member), Is.Empty, "the erased member's tags are gone");
        Assert.That(await RowsAsync(other), Has.Count.EqualTo(1), "nobody else's");
        await Problem.ExpectAsync(await PutTagsAsync(admin, member, new[] { "woman" }), 404, "not_found");
    }

    [Test]
    public async Task A_bulk_upload_with_one_bad_row_changes_nothing_and_reports_the_row_then_adds_or_replaces_all()
    {
        var city = await Seed.OrgAsync("市总工会");
        var workplace = await Seed.OrgAsync("东风机械厂工会", city);
        var other = await Seed.OrgAsync("另一市总工会");
        using var admin = await NewStaffAsync("org_admin", S(city));
        var members = new[] { await Seed.VerifiedMemberAsync(workplace), await Seed.VerifiedMemberAsync(workplace, "李四"), await Seed.VerifiedMemberAsync(city, "王五") };
        var outsider = await Seed.VerifiedMemberAsync(other, "赵六");
        await using var db = await DbAsync();
        var cards = (await db.QueryAsync<string>("SELECT member_card_no FROM member WHERE id IN @members ORDER BY id", new { members })).ToList();
        var outsiderCard = await db.ExecuteScalarAsync<string>("SELECT member_card_no FROM member WHERE id = @outsider", new { outsider });
        var idNumber = Seed.Pii.Decrypt((await db.ExecuteScalarAsync<byte[]>("SELECT id_enc FROM member WHERE id = @id", new { id = members[2] }))!);
        await JsonAsync(await PutTagsAsync(admin, members[0], new[] { "woman" }), 200);

        // line 3: an unknown tag; line 4: outside the subtree; line 5: a broken ID number; line 6: the first member again; line 7: no tag
        var bad = $"会员卡号,身份证号,姓名,标签\n{cards[0]},,,劳模\n{cards[1]},,李四,劳模、贵宾\n{outsiderCard},,,劳模\n,11010519800101123,,劳模\n"
            + $"{cards[0]},,,农民工\n{cards[2]},,,\n";
        var refused = await Problem.ExpectAsync(await UploadAsync(admin, city, bad), 422, "member_tag.batch_rows_invalid");
        var rejected = refused.Raw.GetProperty("rejected").EnumerateArray()
            .Select(r => (r.GetProperty("row").GetInt32(), r.GetProperty("code").GetString())).ToList();
        Assert.That(rejected, Is.EqualTo(new[]
        {
            (3, "member_tag_batch.tag_unknown"), (4, "member_tag_batch.member_not_found"), (5, "member_tag_batch.id_number_invalid"),
            (6, "member_tag_batch.duplicate_member"), (7, "member_tag_batch.tags_missing"),
        }));
        Assert.That(refused.Raw.GetProperty("rows").GetInt32(), Is.EqualTo(6));
        Assert.That(await RowsAsync(members), Is.EqualTo(new[] { (members[0], "woman", "staff") }), "nothing was written");

        // mode=add (default): codes or labels, 、 or ; between them; tags held stay
        var good = $"身份证号,会员卡号,标签\n{idNumber},,model_worker;女职工\n,{cards[0]},劳模\n,{cards[1]},农民工、新就业形态\n";
        var report = await JsonAsync(await UploadAsync(admin, city, good), 200);
        Assert.That((report.GetProperty("rows").GetInt32(), report.GetProperty("membersChanged").GetInt32(), report.GetProperty("tagsAdded").GetInt32(),
            report.GetProperty("tagsRemoved").GetInt32()), Is.EqualTo((3, 3, 5, 0)));
        Assert.That(await RowsAsync(members), Is.EqualTo(new[]
        {
            (members[0], "model_worker", "bulk"), (members[0], "woman", "staff"),
            (members[1], "migrant_worker", "bulk"), (members[1], "new_employment", "bulk"),
            (members[2], "model_worker", "bulk"), (members[2], "woman", "bulk"),
        }));

        // the same file again changes nothing
        var again = await JsonAsync(await UploadAsync(admin, city, good), 200);
        Assert.That((again.GetProperty("membersChanged").GetInt32(), again.GetProperty("tagsAdded").GetInt32()), Is.EqualTo((0, 0)));

        // mode=replace: exactly the row's tags; an empty cell clears
        var replace = $"会员卡号,标签\n{cards[0]},劳模\n{cards[1]},\n";
        var replaced = await JsonAsync(await UploadAsync(admin, city, replace, "replace"), 200);
        Assert.That((replaced.GetProperty("membersChanged").GetInt32(), replaced.GetProperty("tagsRemoved").GetInt32()), Is.EqualTo((2, 3)));
        Assert.That(await RowsAsync(members[0], members[1]), Is.EqualTo(new[] { (members[0], "model_worker", "bulk") }));
        Assert.That(await db.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM audit_log WHERE action = 'member_tags.bulk' AND entity_id = @city",
            new { city = S(city) }), Is.EqualTo(3));

        // another city's admin cannot tag into this organisation; a header without 标签 is refused; a bad mode too
        using var otherAdmin = await NewStaffAsync("org_admin", S(other));
        await Problem.ExpectAsync(await UploadAsync(otherAdmin, city, good), 404, "not_found");
        await Problem.ExpectAsync(await UploadAsync(admin, city, $"会员卡号\n{cards[0]}\n"), 422, "member_tag.batch_invalid_header");
        await Problem.ExpectAsync(await UploadAsync(admin, city, good, "merge"), 422, "validation.failed");
        await Problem.ExpectAsync(await UploadAsync(admin, city, "会员卡号,标签\n"), 422, "member_tag.batch_empty");

        // a CSV file in another encoding: the refusal speaks of the file, not of a fund declaration (the reader is shared)
        var gbk = new ByteArrayContent(Encoding.UTF8.GetBytes(good));
        gbk.Headers.ContentType = MediaTypeHeaderValue.Parse("text/csv; charset=gbk");
        using var notUtf8 = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/admin/orgs/{S(city)}/member-tags") { Content = gbk };
        var notCsv = await Problem.ExpectAsync(await admin.SendAsync(notUtf8), 415, "request.unsupported_media_type");
        Assert.That(notCsv.Title, Is.EqualTo("The file must be sent as text/csv in UTF-8."));
        Assert.That($"{notCsv.Title} {notCsv.Detail}", Does.Not.Contain("declaration"));
    }
}

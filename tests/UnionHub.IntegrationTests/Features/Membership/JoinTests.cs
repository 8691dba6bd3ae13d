using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Dapper;

namespace UnionHub.IntegrationTests.Features.Membership;

/// <summary>Issue #17 item 1: a worker whom no roster lists applies to join online; the organisation's staff decide.</summary>
public sealed class JoinTests : ApiTest
{
    private const string Name = "赵新民";
    private const string Phone = "13912340001";
    private static readonly string IdNo = SeedIds.DistinctIdNumber(7001);

    private sealed record Tree(long City, long District, long Grassroots, long OtherDistrict, long OtherGrassroots);

    private static async Task<Tree> TreeAsync()
    {
        var city = await Seed.OrgAsync("市总工会");
        var district = await Seed.OrgAsync("东城区总工会", city);
        var grassroots = await Seed.OrgAsync("快递行业工会联合会", district);
        var other = await Seed.OrgAsync("西城区总工会", city);
        var otherGrassroots = await Seed.OrgAsync("西城物流工会", other);
        return new Tree(city, district, grassroots, other, otherGrassroots);
    }

    private static string S(long id) => id.ToString(CultureInfo.InvariantCulture);

    private static object Application(long orgId, string idNumber, string name = Name) => new
    {
        name, idNumber, phone = Phone, employment = "platform", platformName = "美团", employerName = (string?)null, orgId = S(orgId),
    };

    private static Task<HttpResponseMessage> ApplyAsync(HttpClient member, object body) =>
        member.PostAsJsonAsync("/api/v1/membership/applications", body);

    [Test]
    public async Task A_worker_applies_the_org_admin_approves_and_the_worker_is_a_member_of_that_org()
    {
        var tree = await TreeAsync();
        var memberId = await Seed.UnverifiedMemberAsync();
        using var member = WithToken(MemberToken(memberId));

        var orgs = await JsonAsync(await member.GetAsync("/api/v1/membership/orgs?q=东城"), 200);
        var listed = orgs.GetProperty("items").EnumerateArray().ToList();
        Assert.That(listed.Select(o => o.GetProperty("id").GetString()), Is.EqualTo(new[] { S(tree.Grassroots) }),
            "the grassroots organisations of the area named, not the area itself nor another area's");
        Assert.That(listed[0].GetProperty("area").GetString(), Is.EqualTo("市总工会 / 东城区总工会"));

        var text = await (await ApplyAsync(member, Application(tree.Grassroots, IdNo))).Content.ReadAsStringAsync();
        var applied = JsonDocument.Parse(text).RootElement;
        Assert.That(applied.GetProperty("status").GetString(), Is.EqualTo("pending"), text);
        Assert.That(text, Does.Not.Contain(IdNo).And.Not.Contain(Name).And.Not.Contain(Phone), "masked on the way out");
        Assert.That(applied.GetProperty("nameMasked").GetString(), Is.EqualTo("赵*民"));
        Assert.That(applied.GetProperty("platformName").GetString(), Is.EqualTo("美团"));
        var applicationId = applied.GetProperty("id").GetString()!;

        await using (var db = await DbAsync())
        {
            var dump = await db.QuerySingleAsync<(byte[] IdEnc, byte[] NameEnc, byte[] PhoneEnc)>(
                "SELECT id_enc, name_enc, phone_enc FROM membership_application WHERE id = @applicationId", new { applicationId });
            var raw = System.Text.Encoding.UTF8.GetString([.. dump.IdEnc, .. dump.NameEnc, .. dump.PhoneEnc]);
            Assert.That(raw, Does.Not.Contain(IdNo).And.Not.Contain(Name).And.Not.Contain(Phone), "encrypted at rest");
        }

        using var outsider = await NewStaffAsync("org_admin", S(tree.OtherDistrict));
        var outside = await JsonAsync(await outsider.GetAsync("/api/v1/admin/membership-applications"), 200);
        Assert.That(outside.GetProperty("items").GetArrayLength(), Is.Zero, "another district does not see it");
        await Problem.ExpectAsync(await outsider.PostAsync($"/api/v1/admin/membership-applications/{applicationId}/approve", null), 404, "not_found");

        using var staff = await NewStaffAsync("org_admin", S(tree.District));
        var pending = await JsonAsync(await staff.GetAsync("/api/v1/admin/membership-applications?status=pending"), 200);
        Assert.That(pending.GetProperty("items").EnumerateArray().Select(a => a.GetProperty("id").GetString()), Is.EqualTo(new[] { applicationId }));

        var approved = await JsonAsync(await staff.PostAsync($"/api/v1/admin/membership-applications/{applicationId}/approve", null), 200);
        Assert.That(approved.GetProperty("status").GetString(), Is.EqualTo("approved"));
        Assert.That(approved.GetProperty("decidedAt").ValueKind, Is.EqualTo(JsonValueKind.String));

        var me = await JsonAsync(await member.GetAsync("/api/v1/me"), 200);
        var realName = me.GetProperty("realName");
        Assert.That(realName.GetProperty("status").GetString(), Is.EqualTo("verified"));
        Assert.That(realName.GetProperty("orgId").GetString(), Is.EqualTo(S(tree.Grassroots)));
        Assert.That(realName.GetProperty("orgName").GetString(), Is.EqualTo("快递行业工会联合会"));
        Assert.That(realName.GetProperty("memberCardNo").GetString(), Does.Match("^UH[0-9]{16}$"));

        await using var conn = await DbAsync();
        var idHash = Seed.Pii.IdNumberIndex(IdNo);
        Assert.That(await conn.ExecuteScalarAsync<long>("SELECT id FROM member WHERE id_hash = @idHash", new { idHash }), Is.EqualTo(memberId));
        Assert.That(await conn.ExecuteScalarAsync<long>("SELECT org_id FROM roster_entry WHERE id_hash = @idHash", new { idHash }),
            Is.EqualTo(tree.Grassroots), "the person is on the organisation's roster");
        Assert.That(await conn.QuerySingleAsync<(string Event, long ToOrgId)>(
                "SELECT event, to_org_id FROM membership_history WHERE member_id = @memberId", new { memberId }),
            Is.EqualTo(("joined", tree.Grassroots)));
        Assert.That(await conn.QueryAsync<string>("SELECT action FROM audit_log WHERE entity = 'membership_application' ORDER BY id"),
            Is.EqualTo(new[] { "membership.apply", "membership.approve" }));
        var notice = await conn.QuerySingleAsync<string>("SELECT payload FROM member_inbox WHERE member_id = @memberId AND kind = 'membership.changed'",
            new { memberId });
        Assert.That(JsonDocument.Parse(notice).RootElement.GetProperty("event").GetString(), Is.EqualTo("join_approved"));
        Assert.That(await conn.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM notification_outbox WHERE member_id = @memberId AND kind = 'membership.changed'",
            new { memberId }), Is.EqualTo(1), "and pushed");

        await Problem.ExpectAsync(await staff.PostAsync($"/api/v1/admin/membership-applications/{applicationId}/approve", null), 409,
            "membership.application_decided");
        await Problem.ExpectAsync(await ApplyAsync(member, Application(tree.Grassroots, IdNo)), 409, "realname.already_verified");
    }

    [Test]
    public async Task A_refused_application_shows_the_reason_to_the_applicant_who_may_apply_again()
    {
        var tree = await TreeAsync();
        var memberId = await Seed.UnverifiedMemberAsync();
        using var member = WithToken(MemberToken(memberId));
        var id = (await JsonAsync(await ApplyAsync(member, Application(tree.Grassroots, IdNo)), 201)).GetProperty("id").GetString();
        await Problem.ExpectAsync(await ApplyAsync(member, Application(tree.Grassroots, IdNo)), 409, "membership.application_open");

        using var staff = await NewStaffAsync("org_admin", S(tree.Grassroots));
        await Problem.ExpectAsync(await staff.PostAsJsonAsync($"/api/v1/admin/membership-applications/{id}/refuse", new { reason = " " }), 422,
            "validation.failed");
        var refused = await JsonAsync(await staff.PostAsJsonAsync($"/api/v1/admin/membership-applications/{id}/refuse",
            new { reason = "请先提供劳动合同" }), 200);
        Assert.That(refused.GetProperty("status").GetString(), Is.EqualTo("refused"));

        var mine = await JsonAsync(await member.GetAsync("/api/v1/membership/applications"), 200);
        Assert.That(mine.GetProperty("items")[0].GetProperty("refusalReason").GetString(), Is.EqualTo("请先提供劳动合同"));
        var me = await JsonAsync(await member.GetAsync("/api/v1/me"), 200);
        Assert.That(me.GetProperty("realName").GetProperty("status").GetString(), Is.EqualTo("unverified"), "no membership");

        await using var db = await DbAsync();
        var reason = await db.ExecuteScalarAsync<byte[]?>("SELECT reason_enc FROM membership_application WHERE id = @id", new { id });
        Assert.That(System.Text.Encoding.UTF8.GetString(reason!), Does.Not.Contain("劳动合同"), "the reason is encrypted");
        Assert.That(await db.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM roster_entry"), Is.Zero);
        Assert.That(await db.ExecuteScalarAsync<string>("SELECT payload FROM member_inbox WHERE member_id = @memberId", new { memberId }),
            Does.Contain("join_refused"));

        var again = await JsonAsync(await ApplyAsync(member, Application(tree.Grassroots, IdNo)), 201);
        var withdrawn = await JsonAsync(await member.PostAsync($"/api/v1/membership/applications/{again.GetProperty("id").GetString()}/withdraw", null), 200);
        Assert.That(withdrawn.GetProperty("status").GetString(), Is.EqualTo("withdrawn"));
        await Problem.ExpectAsync(await staff.PostAsync($"/api/v1/admin/membership-applications/{again.GetProperty("id").GetString()}/approve", null),
            409, "membership.application_decided");
    }

    [Test]
    public async Task Bad_applications_are_refused_and_write_nothing()
    {
        var tree = await TreeAsync();
        using var member = WithToken(MemberToken(await Seed.UnverifiedMemberAsync()));
        var wrongCheck = IdNo[..17] + (IdNo[17] == '0' ? '1' : '0');
        await Problem.ExpectAsync(await ApplyAsync(member, Application(tree.Grassroots, wrongCheck)), 422, "realname.invalid_id");
        var notGrassroots = await Problem.ExpectAsync(await ApplyAsync(member, Application(tree.District, IdNo)), 422, "validation.failed");
        Assert.That(notGrassroots.Raw.GetProperty("errors").GetProperty("orgId")[0].GetString(), Does.Contain("grassroots"));
        var missing = await Problem.ExpectAsync(await ApplyAsync(member, new { name = Name, idNumber = IdNo, phone = "123", employment = "employed", orgId = S(tree.Grassroots) }),
            422, "validation.failed");
        Assert.That(missing.Raw.GetProperty("errors").EnumerateObject().Select(p => p.Name), Is.EquivalentTo(new[] { "phone", "employerName" }));

        var boundId = SeedIds.DistinctIdNumber(7002);
        await using var db = await DbAsync();
        await db.ExecuteAsync("UPDATE member SET id_hash = @h, verified_at = NOW(6), org_id = @org WHERE id = @id",
            new { h = Seed.Pii.IdNumberIndex(boundId), org = tree.OtherGrassroots, id = await Seed.UnverifiedMemberAsync() });
        await Problem.ExpectAsync(await ApplyAsync(member, Application(tree.Grassroots, boundId)), 409, "realname.id_already_bound");

        using var verified = WithToken(MemberToken(await Seed.VerifiedMemberAsync(tree.OtherGrassroots)));
        await Problem.ExpectAsync(await ApplyAsync(verified, Application(tree.Grassroots, IdNo)), 409, "realname.already_verified");
        Assert.That(await db.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM membership_application"), Is.Zero);
    }

    [Test]
    public async Task Eight_racing_applications_for_one_ID_give_one_member()
    {
        var tree = await TreeAsync();
        var accounts = new List<long>();
        for (var i = 0; i < 8; i++)
        {
            accounts.Add(await Seed.UnverifiedMemberAsync());
        }

        var clients = accounts.Select(a => WithToken(MemberToken(a))).ToList();
        var responses = await Task.WhenAll(clients.Select(c => ApplyAsync(c, Application(tree.Grassroots, IdNo))));
        Assert.That(responses.Count(r => r.StatusCode == HttpStatusCode.Created), Is.EqualTo(1),
            string.Join("\n", responses.Select(r => $"{(int)r.StatusCode} {r.Content.ReadAsStringAsync().Result}")));
        foreach (var refused in responses.Where(r => r.StatusCode != HttpStatusCode.Created))
        {
            await Problem.ExpectAsync(refused, 409, "membership.id_application_open");
        }

        // The same account racing itself (a double tap with two keys) gets one application too.
        var twinId = await Seed.UnverifiedMemberAsync();
        using var twin = WithToken(MemberToken(twinId));
        var twinResponses = await Task.WhenAll(Enumerable.Range(0, 5).Select(i => // 5: the day's allowance
            PostKeyedAsync(twin, "/api/v1/membership/applications", Application(tree.OtherGrassroots, SeedIds.DistinctIdNumber(7100)), $"k{i}")));
        Assert.That(twinResponses.Count(r => r.StatusCode == HttpStatusCode.Created), Is.EqualTo(1),
            string.Join("\n", twinResponses.Select(r => $"{(int)r.StatusCode} {r.Content.ReadAsStringAsync().Result}")));
        foreach (var refused in twinResponses.Where(r => r.StatusCode != HttpStatusCode.Created))
        {
            await Problem.ExpectAsync(refused, 409, "membership.application_open");
        }

        // Staff approving in parallel (two admins, double clicks) make one membership.
        var winner = (await JsonAsync(responses.Single(r => r.StatusCode == HttpStatusCode.Created), 201)).GetProperty("id").GetString();
        using var district = await NewStaffAsync("org_admin", S(tree.District));
        using var grassroots = await NewStaffAsync("org_admin", S(tree.Grassroots));
        var approvals = await Task.WhenAll(Enumerable.Range(0, 8).Select(i =>
            (i % 2 == 0 ? district : grassroots).PostAsync($"/api/v1/admin/membership-applications/{winner}/approve", null)));
        Assert.That(approvals.Count(r => r.StatusCode == HttpStatusCode.OK), Is.EqualTo(1));
        foreach (var late in approvals.Where(r => r.StatusCode != HttpStatusCode.OK))
        {
            await Problem.ExpectAsync(late, 409, "membership.application_decided");
        }

        await using var db = await DbAsync();
        var idHash = Seed.Pii.IdNumberIndex(IdNo);
        Assert.That(await db.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM member WHERE id_hash = @idHash AND verified_at IS NOT NULL", new { idHash }),
            Is.EqualTo(1));
        Assert.That(await db.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM membership_application WHERE id_hash = @idHash", new { idHash }), Is.EqualTo(1));
        Assert.That(await db.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM roster_entry WHERE id_hash = @idHash", new { idHash }), Is.EqualTo(1));
        Assert.That(await db.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM membership_history"), Is.EqualTo(1));
        Assert.That(await db.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM member_inbox WHERE kind = 'membership.changed'"), Is.EqualTo(1));
        Assert.That(await db.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM membership_application WHERE member_id = @twinId", new { twinId }),
            Is.EqualTo(1));
    }
}

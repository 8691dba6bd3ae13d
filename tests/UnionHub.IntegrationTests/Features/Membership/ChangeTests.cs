using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using Dapper;
using UnionHub.IntegrationTests.Features.Perks;

namespace UnionHub.IntegrationTests.Features.Membership;

/// <summary>Issue #17 item 2: transfers and leaving; eligibility and open applications follow; history kept.</summary>
public sealed class ChangeTests : PerkTest
{
    private static string S(long id) => id.ToString(CultureInfo.InvariantCulture);

    private static async Task<string> CardAsync(long memberId)
    {
        await using var db = await DbAsync();
        return await db.ExecuteScalarAsync<string>("SELECT member_card_no FROM member WHERE id = @memberId", new { memberId }) ?? "";
    }

    /// <summary>A verified member with a roster row in the org (as an upload would leave it).</summary>
    private static async Task<long> ListedMemberAsync(long orgId)
    {
        var memberId = await Seed.VerifiedMemberAsync(orgId);
        await using var db = await DbAsync();
        await db.ExecuteAsync("""
            INSERT INTO roster_entry (org_id, id_hash, name_hash, id_enc, name_enc, created_at, updated_at)
            SELECT org_id, id_hash, @NameHash, id_enc, name_enc, NOW(6), NOW(6) FROM member WHERE id = @memberId
            """, new { memberId, NameHash = Seed.Pii.NameIndex("张三") });
        return memberId;
    }

    [Test]
    public async Task Staff_transfer_a_member_both_orgs_see_it_and_open_applications_of_the_old_org_are_withdrawn()
    {
        var city = await Seed.OrgAsync("市总工会");
        var a = await Seed.OrgAsync("甲厂工会", city);
        var b = await Seed.OrgAsync("乙厂工会", city);
        var memberId = await ListedMemberAsync(a);
        using var member = WithToken(MemberToken(memberId));
        using var admin = await AdminAsync();
        var fundA = await JsonAsync(await admin.PostAsJsonAsync("/api/v1/admin/funds", new
        {
            name = "甲厂送温暖", kind = "warmth", year = 2026, budgetFen = 1_000_000L, maxGrantFen = 100_000L, orgId = S(a),
        }), 201);
        var fundAll = await JsonAsync(await admin.PostAsJsonAsync("/api/v1/admin/funds", new
        {
            name = "全市大病救助", kind = "hardship", year = 2026, budgetFen = 1_000_000L, maxGrantFen = 100_000L,
        }), 201);
        var appA = await JsonAsync(await member.PostAsJsonAsync("/api/v1/fund-applications", new
        {
            fundId = fundA.GetProperty("id").GetString(), category = "major_illness", requestedFen = 50_000L, reason = "住院", contactPhone = "13912345678",
        }), 201);
        var appAll = await JsonAsync(await member.PostAsJsonAsync("/api/v1/fund-applications", new
        {
            fundId = fundAll.GetProperty("id").GetString(), category = "major_illness", requestedFen = 50_000L, reason = "住院", contactPhone = "13912345678",
        }), 201);

        using var outsider = await NewStaffAsync("org_admin", S(b));
        var card = await CardAsync(memberId);
        await Problem.ExpectAsync(await outsider.PostAsJsonAsync("/api/v1/admin/member-transfers", new { memberCardNo = card, toOrgId = S(b), reason = "调动" }),
            404, "not_found");
        using var staff = await NewStaffAsync("org_admin", S(a));
        var moved = await JsonAsync(await staff.PostAsJsonAsync("/api/v1/admin/member-transfers",
            new { memberCardNo = card, toOrgId = S(b), reason = "工作调动" }), 201);
        Assert.That((moved.GetProperty("event").GetString(), moved.GetProperty("fromOrgId").GetString(), moved.GetProperty("toOrgId").GetString()),
            Is.EqualTo(("transferred", S(a), S(b))));

        var me = await JsonAsync(await member.GetAsync("/api/v1/me"), 200);
        Assert.That(me.GetProperty("realName").GetProperty("orgName").GetString(), Is.EqualTo("乙厂工会"), "the card shows the new org");
        Assert.That(me.GetProperty("realName").GetProperty("memberCardNo").GetString(), Is.EqualTo(card), "the same card number");

        foreach (var (client, org) in new[] { (staff, a), (outsider, b) })
        {
            var history = await JsonAsync(await client.GetAsync($"/api/v1/admin/orgs/{S(org)}/membership-history"), 200);
            Assert.That(history.GetProperty("items").EnumerateArray().Select(h => h.GetProperty("event").GetString()), Is.EqualTo(new[] { "transferred" }),
                $"org {org} sees the transfer");
        }

        await using var db = await DbAsync();
        var rows = (await db.QueryAsync<(long OrgId, DateTime? LeftAt)>("SELECT org_id, left_at FROM roster_entry ORDER BY org_id")).ToList();
        Assert.That(rows.Select(r => (r.OrgId, r.LeftAt is null)), Is.EqualTo(new[] { (a, false), (b, true) }), "left in A, listed in B");
        Assert.That(await db.ExecuteScalarAsync<string>("SELECT status FROM fund_application WHERE id = @id", new { id = appA.GetProperty("id").GetString() }),
            Is.EqualTo("withdrawn"), "the old org's fund no longer applies");
        Assert.That(await db.ExecuteScalarAsync<string>("SELECT status FROM fund_application WHERE id = @id", new { id = appAll.GetProperty("id").GetString() }),
            Is.EqualTo("submitted"), "a federation fund still applies");
        Assert.That(await db.ExecuteScalarAsync<string>("SELECT action FROM audit_log WHERE action LIKE 'membership.%'"), Is.EqualTo("membership.transfer"));
        Assert.That(await db.ExecuteScalarAsync<string>("SELECT payload FROM member_inbox WHERE member_id = @memberId AND kind = 'membership.changed'",
            new { memberId }), Does.Contain("transferred"));
    }

    [Test]
    public async Task A_member_who_leaves_is_no_member_any_more_and_may_join_again()
    {
        var city = await Seed.OrgAsync("市总工会");
        var a = await Seed.OrgAsync("甲厂工会", city);
        var memberId = await ListedMemberAsync(a);
        using var member = WithToken(MemberToken(memberId));
        var perk = await CreatePerkAsync(stock: 10, orgIds: [a]);

        var left = await JsonAsync(await member.PostAsJsonAsync("/api/v1/membership/leave", new { reason = "退休" }), 200);
        Assert.That(left.GetProperty("realName").GetProperty("status").GetString(), Is.EqualTo("unverified"));
        await Problem.ExpectAsync(await member.PostAsJsonAsync("/api/v1/membership/leave", new { }), 409, "membership.not_member");
        var claim = await ClaimAsync(perk, memberId);
        Assert.That((int)claim.StatusCode, Is.Not.EqualTo(201), "no longer eligible");

        var history = await JsonAsync(await member.GetAsync("/api/v1/membership/history"), 200);
        Assert.That(history.GetProperty("items")[0].GetProperty("event").GetString(), Is.EqualTo("left"));
        await using var db = await DbAsync();
        Assert.That(await db.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM roster_entry WHERE org_id = @a AND left_at IS NOT NULL", new { a }), Is.EqualTo(1));
        Assert.That(await db.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM member WHERE id = @memberId AND id_hash IS NULL AND org_id IS NULL", new { memberId }),
            Is.EqualTo(1));
        Assert.That(await db.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM voucher WHERE member_id = @memberId", new { memberId }), Is.Zero);
    }

    [Test]
    public async Task A_transfer_racing_claims_never_leaves_a_member_eligible_in_both_orgs()
    {
        var city = await Seed.OrgAsync("市总工会");
        var a = await Seed.OrgAsync("甲厂工会", city);
        var b = await Seed.OrgAsync("乙厂工会", city);
        var members = new List<long>();
        for (var i = 0; i < 12; i++)
        {
            members.Add(await ListedMemberAsync(a));
        }

        var cards = new List<string>();
        foreach (var m in members)
        {
            cards.Add(await CardAsync(m));
        }

        var perkA = await CreatePerkAsync(stock: 100, orgIds: [a]);
        var perkB = await CreatePerkAsync(stock: 100, orgIds: [b]);
        using var staff = await NewStaffAsync("org_admin", S(city));

        var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var work = new List<Task<HttpResponseMessage>>();
        for (var i = 0; i < members.Count; i++)
        {
            var (m, card) = (members[i], cards[i]);
            work.Add(Task.Run(async () => { await start.Task; return await ClaimAsync(perkA, m); }));
            work.Add(Task.Run(async () =>
            {
                await start.Task;
                return await staff.PostAsJsonAsync("/api/v1/admin/member-transfers", new { memberCardNo = card, toOrgId = S(b), reason = "整体划转" });
            }));
            work.Add(Task.Run(async () => { await start.Task; return await ClaimAsync(perkB, m); }));
        }

        start.SetResult();
        var answers = await Task.WhenAll(work);
        Assert.That(answers.Where((_, i) => i % 3 == 1).Select(r => (int)r.StatusCode), Is.All.EqualTo(201), "every transfer went through");

        await using var db = await DbAsync();
        var perkAId = long.Parse(perkA, CultureInfo.InvariantCulture);
        var perkBId = long.Parse(perkB, CultureInfo.InvariantCulture);
        foreach (var m in members)
        {
            Assert.That(await db.ExecuteScalarAsync<long>("SELECT org_id FROM member WHERE id = @m", new { m }), Is.EqualTo(b));
            // the inbox ids order the commits: a claim holds the member's row shared until it commits, a transfer exclusively
            var moved = await db.ExecuteScalarAsync<long>("SELECT id FROM member_inbox WHERE member_id = @m AND kind = 'membership.changed'", new { m });
            var claims = (await db.QueryAsync<(long Id, string Payload)>(
                "SELECT id, payload FROM member_inbox WHERE member_id = @m AND kind = 'perk.claim_succeeded'", new { m })).ToList();
            var vouchers = (await db.QueryAsync<long>("SELECT perk_id FROM voucher WHERE member_id = @m", new { m })).ToList();
            Assert.That(claims, Has.Count.EqualTo(vouchers.Count));
            foreach (var (id, payload) in claims)
            {
                var perkId = long.Parse(JsonDocument.Parse(payload).RootElement.GetProperty("perkId").GetString()!, CultureInfo.InvariantCulture);
                Assert.That(perkId == perkAId ? id < moved : id > moved, Is.True,
                    $"member {m}: a voucher of {(perkId == perkAId ? "the old" : "the new")} org's perk committed {(id < moved ? "before" : "after")} the transfer");
            }

            Assert.That(vouchers.Count(p => p == perkBId), Is.LessThanOrEqualTo(1));
        }
    }
}

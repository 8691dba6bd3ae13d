using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Dapper;

namespace UnionHub.IntegrationTests.Features.Perks;

public sealed class ClaimConcurrencyTests : PerkTest
{
    [Test]
    public async Task A_storm_of_240_members_on_80_in_stock_issues_exactly_80_vouchers()
    {
        var org = await Seed.OrgAsync();
        var members = await SeedMany.VerifiedMembersAsync(org, 240);

        var perkId = await CreatePerkAsync(stock: 80, perMemberLimit: 1);

        var answers = await ClaimAllAsync(perkId, members);

        var granted = answers.Where(a => a.Status == 201).ToList();
        Assert.That(granted, Has.Count.EqualTo(80));
        Assert.That(answers.Where(a => a.Status != 201).Select(a => (a.Status, Code(a.Body))),
            Is.All.EqualTo((409, "perk.sold_out")).And.Exactly(160).Items);
        var codes = granted.Select(a => a.Body.GetProperty("voucher").GetProperty("code").GetString()!).ToList();
        Assert.That(codes.Distinct().Count(), Is.EqualTo(80));
        Assert.That(codes, Is.All.Matches<string>(c => c.Length >= 12 && c.All(ch => "0123456789ABCDEFGHJKMNPQRSTVWXYZ".Contains(ch))));

        await using var db = await DbAsync();
        Assert.That(await db.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM voucher WHERE perk_id=@perkId", new { perkId }), Is.EqualTo(80));
        Assert.That(await db.ExecuteScalarAsync<long>("SELECT COUNT(DISTINCT member_id) FROM voucher WHERE perk_id=@perkId", new { perkId }),
            Is.EqualTo(80));
        Assert.That(await db.ExecuteScalarAsync<int>("SELECT claimed FROM perk WHERE id=@perkId", new { perkId }), Is.EqualTo(80));
        var ids = granted.Select(a => a.Body.GetProperty("voucher").GetProperty("id").GetString()).ToList();
        Assert.That(granted.Select(a => a.Body.GetProperty("claimId").GetString()).Distinct().Count(), Is.EqualTo(80));
        Assert.That(ids.Distinct().Count(), Is.EqualTo(80));

        // the list shows the perk as gone
        using var member = WithToken(Token(members[0]));
        var perk = await member.GetFromJsonAsync<JsonElement>($"/api/v1/perks/{perkId}");
        Assert.That(perk.GetProperty("remaining").GetInt32(), Is.Zero);
    }

    [Test]
    public async Task One_member_firing_30_parallel_claims_at_a_limit_of_2_gets_exactly_2()
    {
        var org = await Seed.OrgAsync();
        var member = await Seed.VerifiedMemberAsync(org);
        var perkId = await CreatePerkAsync(stock: 100, perMemberLimit: 2);

        var answers = await ClaimAllAsync(perkId, Enumerable.Repeat(member, 30));

        Assert.That(answers.Count(a => a.Status == 201), Is.EqualTo(2));
        Assert.That(answers.Where(a => a.Status != 201).Select(a => (a.Status, Code(a.Body))),
            Is.All.EqualTo((409, "perk.limit_reached")).And.Exactly(28).Items);
        await using var db = await DbAsync();
        Assert.That(await db.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM voucher WHERE perk_id=@perkId AND member_id=@member",
            new { perkId, member }), Is.EqualTo(2));
        Assert.That(await db.ExecuteScalarAsync<int>("SELECT claimed FROM perk WHERE id=@perkId", new { perkId }), Is.EqualTo(2));

        using var client = WithToken(Token(member));
        var perk = await client.GetFromJsonAsync<JsonElement>($"/api/v1/perks/{perkId}");
        Assert.That(perk.GetProperty("claimedByMe").GetInt32(), Is.EqualTo(2));
        Assert.That(perk.GetProperty("remaining").GetInt32(), Is.EqualTo(98));
    }

    [Test]
    public async Task Ten_parallel_claims_under_one_idempotency_key_issue_one_voucher()
    {
        var org = await Seed.OrgAsync();
        var member = await Seed.VerifiedMemberAsync(org);
        var perkId = await CreatePerkAsync(stock: 100, perMemberLimit: 5);

        var answers = await ClaimAllAsync(perkId, Enumerable.Repeat(member, 10), idempotencyKey: "claim-once-1");

        // a call under a key already in flight on this instance waits for the first one and gets its answer
        Assert.That(answers.Select(a => a.Status), Is.All.EqualTo(201));
        var granted = answers.Where(a => a.Status == 201).ToList();
        var voucherIds = granted.Select(a => a.Body.GetProperty("voucher").GetProperty("id").GetString()).Distinct().ToList();
        Assert.That(voucherIds, Has.Count.EqualTo(1));

        var retry = await ClaimAsync(perkId, member, "claim-once-1");
        Assert.That((int)retry.StatusCode, Is.EqualTo(201));
        var replayed = await retry.Content.ReadFromJsonAsync<JsonElement>();
        Assert.That(replayed.GetProperty("voucher").GetProperty("id").GetString(), Is.EqualTo(voucherIds[0]));

        await using var db = await DbAsync();
        Assert.That(await db.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM voucher WHERE perk_id=@perkId", new { perkId }), Is.EqualTo(1));
        Assert.That(await db.ExecuteScalarAsync<int>("SELECT claimed FROM perk WHERE id=@perkId", new { perkId }), Is.EqualTo(1));

        // the same key on another path (another perk) is refused
        var otherPerk = await CreatePerkAsync(stock: 5);
        await Problem.ExpectAsync(await ClaimAsync(otherPerk, member, "claim-once-1"), 422, "idempotency.key_reused");
        Assert.That(await db.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM voucher WHERE perk_id=@otherPerk", new { otherPerk }), Is.Zero);
    }

    [Test]
    public async Task The_movie_ticket_pool_hands_out_each_code_exactly_once()
    {
        var org = await Seed.OrgAsync();
        var members = await SeedMany.VerifiedMembersAsync(org, 60);

        var perkId = await CreatePerkAsync(stock: 0, kind: "movie_ticket");
        using var admin = await AdminAsync();
        var pool = Enumerable.Range(1, 40).Select(i => $"WANDA-{i:D4}").ToList();
        var upload = await admin.PostAsync($"/api/v1/admin/perks/{perkId}/codes",
            new StringContent(string.Join("\r\n", pool.Concat(["WANDA-0001", "", "WANDA-0002"])), Encoding.UTF8, "text/plain"));
        Assert.That((int)upload.StatusCode, Is.EqualTo(200), await upload.Content.ReadAsStringAsync());
        var counts = await upload.Content.ReadFromJsonAsync<JsonElement>();
        Assert.That(counts.GetProperty("added").GetInt32(), Is.EqualTo(40));
        Assert.That(counts.GetProperty("duplicates").GetInt32(), Is.EqualTo(2));

        var again = await admin.PostAsync($"/api/v1/admin/perks/{perkId}/codes", new StringContent("WANDA-0003\nWANDA-0041\n", Encoding.UTF8, "text/plain"));
        var counts2 = await again.Content.ReadFromJsonAsync<JsonElement>();
        Assert.That((counts2.GetProperty("added").GetInt32(), counts2.GetProperty("duplicates").GetInt32()), Is.EqualTo((1, 1)));
        pool.Add("WANDA-0041");

        var answers = await ClaimAllAsync(perkId, members);

        var granted = answers.Where(a => a.Status == 201).Select(a => a.Body.GetProperty("voucher").GetProperty("partnerCode").GetString()).ToList();
        Assert.That(granted, Has.Count.EqualTo(41));
        Assert.That(granted, Is.EquivalentTo(pool), "each pool code handed out exactly once");
        Assert.That(answers.Where(a => a.Status != 201).Select(a => Code(a.Body)), Is.All.EqualTo("perk.sold_out").And.Exactly(19).Items);

        await using var db = await DbAsync();
        Assert.That(await db.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM perk_code WHERE perk_id=@perkId AND voucher_code IS NULL",
            new { perkId }), Is.Zero);
        Assert.That(await db.ExecuteScalarAsync<long>("""
            SELECT COUNT(*) FROM perk_code c JOIN voucher v ON v.code = c.voucher_code AND v.partner_code = c.code WHERE c.perk_id=@perkId
            """, new { perkId }), Is.EqualTo(41));
        Assert.That(await db.ExecuteScalarAsync<int>("SELECT claimed FROM perk WHERE id=@perkId", new { perkId }), Is.EqualTo(41));
    }
}

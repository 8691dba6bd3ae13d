using System.Net.Http.Json;
using System.Text.Json;
using Dapper;
using UnionHub.IntegrationTests.Features.Enterprises;

namespace UnionHub.IntegrationTests.Features.Distributions;

public sealed class DistributionTests : EnterpriseTest
{
    private static async Task<string> AllocationIdAsync(HttpClient contact)
    {
        var list = await JsonAsync(await contact.GetAsync("/api/v1/enterprise/allocations"), 200);
        return list.GetProperty("items")[0].GetProperty("id").GetString()!;
    }

    [Test]
    public async Task Head_count_and_manual_allocations_reserve_the_perks_stock_and_never_more()
    {
        var org = await Seed.OrgAsync();
        var small = await Seed.EnterpriseAsync(org, "小厂");
        var big = await Seed.EnterpriseAsync(org, "大厂");
        var empty = await Seed.EnterpriseAsync(org, "空厂");
        var manual = await Seed.EnterpriseAsync(org, "手工厂");
        var outside = await Seed.EnterpriseAsync(await Seed.OrgAsync("外地"), "外地厂");
        await SeedEnterprise.VerifiedWorkersAsync(org, small, 3);
        await SeedEnterprise.VerifiedWorkersAsync(org, big, 5);
        await using (var db = await DbAsync())
        {
            // an unverified worker and a deleted one are not counted
            var extra = await SeedEnterprise.VerifiedWorkersAsync(org, big, 2);
            await db.ExecuteAsync("UPDATE member SET verified_at = NULL WHERE id = @id", new { id = extra[0] });
            await db.ExecuteAsync("UPDATE member SET deleted_at = verified_at WHERE id = @id", new { id = extra[1] });
        }

        var perkId = await GoodsPerkAsync(stock: 30);
        using var admin = await AdminAsync();
        var id = await DistributionAsync(admin, perkId, org);

        var byHead = await JsonAsync(await admin.PostAsJsonAsync($"/api/v1/admin/distributions/{id}/allocations",
            new { method = "head_count", perHead = 2, enterpriseIds = new[] { S(small), S(big), S(empty) } }), 201);
        var allocations = byHead.GetProperty("allocations").EnumerateArray()
            .ToDictionary(a => a.GetProperty("enterpriseId").GetString()!, a => (a.GetProperty("headCount").GetInt32(), a.GetProperty("allocated").GetInt32()));
        Assert.That(allocations, Is.EqualTo(new Dictionary<string, (int, int)> { [S(small)] = (3, 6), [S(big)] = (5, 10) }));
        Assert.That(byHead.GetProperty("skippedNoMembers").EnumerateArray().Select(e => e.GetString()), Is.EqualTo(new[] { S(empty) }));
        Assert.That(byHead.GetProperty("total").GetInt32(), Is.EqualTo(16));
        Assert.That(byHead.GetProperty("perkRemaining").GetInt32(), Is.EqualTo(14));
        Assert.That(await PerkClaimedAsync(perkId), Is.EqualTo(16));

        await Problem.ExpectAsync(await admin.PostAsJsonAsync($"/api/v1/admin/distributions/{id}/allocations",
            new { method = "manual", allocations = new[] { new { enterpriseId = S(small), quantity = 1 } } }), 409, "distribution.already_allocated");
        var tooMuch = await Problem.ExpectAsync(await admin.PostAsJsonAsync($"/api/v1/admin/distributions/{id}/allocations",
            new { method = "manual", allocations = new[] { new { enterpriseId = S(manual), quantity = 15 } } }), 409, "distribution.insufficient_stock");
        Assert.That(tooMuch.Raw.GetProperty("remaining").GetInt32(), Is.EqualTo(14));
        await Problem.ExpectAsync(await admin.PostAsJsonAsync($"/api/v1/admin/distributions/{id}/allocations",
            new { method = "manual", allocations = new[] { new { enterpriseId = S(outside), quantity = 1 } } }), 422, "distribution.enterprise_outside");
        await Problem.ExpectAsync(await admin.PostAsJsonAsync($"/api/v1/admin/distributions/{id}/allocations",
            new { method = "manual", allocations = new[] { new { enterpriseId = S(manual), quantity = 0 } } }), 422, "validation.failed");
        await Problem.ExpectAsync(await admin.PostAsJsonAsync($"/api/v1/admin/distributions/{id}/allocations",
            new { method = "by_luck" }), 422, "validation.failed");
        Assert.That(await PerkClaimedAsync(perkId), Is.EqualTo(16), "refused allocations reserve nothing");

        await JsonAsync(await admin.PostAsJsonAsync($"/api/v1/admin/distributions/{id}/allocations",
            new { method = "manual", allocations = new[] { new { enterpriseId = S(manual), quantity = 14 } } }), 201);
        Assert.That(await PerkClaimedAsync(perkId), Is.EqualTo(30));

        var report = await JsonAsync(await admin.GetAsync($"/api/v1/admin/distributions/{id}"), 200);
        Assert.That(report.GetProperty("perk").GetProperty("remaining").GetInt32(), Is.Zero);
        Assert.That(report.GetProperty("totals").GetProperty("allocated").GetInt64(), Is.EqualTo(30));
        Assert.That(report.GetProperty("totals").GetProperty("enterprises").GetInt32(), Is.EqualTo(3));

        // members can no longer claim the perk in the app: the distribution took the stock
        var member = await Seed.VerifiedMemberAsync(org);
        using var memberClient = WithToken(MemberToken(member));
        await Problem.ExpectAsync(await memberClient.PostAsync($"/api/v1/perks/{perkId}/claims", null), 409, "perk.sold_out");

        // only goods perks, and only perks and orgs the caller may see
        var voucherPerk = await GoodsPerkAsync(stock: 5, kind: "voucher");
        await Problem.ExpectAsync(await admin.PostAsJsonAsync("/api/v1/admin/distributions",
            new { title = "x", perkId = voucherPerk, orgId = S(org) }), 422, "distribution.perk_not_goods");
        using var otherAdmin = await NewStaffAsync("org_admin", orgId: S(await Seed.OrgAsync("别处")));
        await Problem.ExpectAsync(await otherAdmin.GetAsync($"/api/v1/admin/distributions/{id}"), 404, "not_found");
        var theirs = await JsonAsync(await otherAdmin.GetAsync("/api/v1/admin/distributions"), 200);
        Assert.That(theirs.GetProperty("items").GetArrayLength(), Is.Zero);

        Assert.That((await AuditAsync("distribution.")).Select(a => a.Action),
            Is.EqualTo(new[] { "distribution.create", "distribution.allocate", "distribution.allocate" }));
    }

    [Test]
    public async Task A_perk_for_some_organisations_goes_only_to_their_enterprises()
    {
        var city = await Seed.OrgAsync("市总工会");
        var east = await Seed.OrgAsync("东区", city);
        var west = await Seed.OrgAsync("西区", city);
        var inEast = await Seed.EnterpriseAsync(east, "东厂");
        var inWest = await Seed.EnterpriseAsync(west, "西厂");
        var perkId = await GoodsPerkAsync(stock: 10, orgIds: [east]);
        using var admin = await AdminAsync();
        var id = await DistributionAsync(admin, perkId, city);

        await Problem.ExpectAsync(await admin.PostAsJsonAsync($"/api/v1/admin/distributions/{id}/allocations", new
        {
            method = "manual",
            allocations = new[] { new { enterpriseId = S(inEast), quantity = 2 }, new { enterpriseId = S(inWest), quantity = 2 } },
        }), 422, "distribution.enterprise_not_eligible");
        Assert.That(await PerkClaimedAsync(perkId), Is.Zero);
        await JsonAsync(await admin.PostAsJsonAsync($"/api/v1/admin/distributions/{id}/allocations",
            new { method = "manual", allocations = new[] { new { enterpriseId = S(inEast), quantity = 2 } } }), 201);
        Assert.That(await PerkClaimedAsync(perkId), Is.EqualTo(2));
    }

    [Test]
    public async Task Parallel_allocations_and_member_claims_never_take_more_than_the_stock()
    {
        var org = await Seed.OrgAsync();
        var enterprises = new List<long>();
        for (var i = 0; i < 24; i++)
        {
            enterprises.Add(await Seed.EnterpriseAsync(org, $"企业{i}"));
        }

        var members = await SeedMany.VerifiedMembersAsync(org, 30);
        var perkId = await GoodsPerkAsync(stock: 100);
        using var admin = await AdminAsync();
        var distributions = new[] { await DistributionAsync(admin, perkId, org), await DistributionAsync(admin, perkId, org) };

        // 24 allocations of 7 (168) in two distributions and 30 member claims (30) race for 100
        using var anonymous = Anonymous();
        var calls = enterprises.Select((e, i) => (Func<Task<HttpResponseMessage>>)(() => admin.PostAsJsonAsync(
                $"/api/v1/admin/distributions/{distributions[i % 2]}/allocations",
                new { method = "manual", allocations = new[] { new { enterpriseId = S(e), quantity = 7 } } })))
            .Concat(members.Select(m => (Func<Task<HttpResponseMessage>>)(() =>
            {
                var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/perks/{perkId}/claims");
                request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", MemberToken(m));
                return anonymous.SendAsync(request);
            })))
            .ToList();
        var answers = await ParallelAsync(calls);

        var allocationAnswers = answers.Take(24).ToList();
        var claimAnswers = answers.Skip(24).ToList();
        Assert.That(allocationAnswers.Where(a => a.Status != 201).Select(a => (a.Status, Code(a.Body))),
            Is.All.EqualTo((409, "distribution.insufficient_stock")));
        Assert.That(claimAnswers.Where(a => a.Status != 201).Select(a => (a.Status, Code(a.Body))), Is.All.EqualTo((409, "perk.sold_out")));
        var allocatedOk = allocationAnswers.Count(a => a.Status == 201);
        var claimedOk = claimAnswers.Count(a => a.Status == 201);

        await using var db = await DbAsync();
        var allocated = await db.ExecuteScalarAsync<long>("""
            SELECT COALESCE(SUM(a.allocated), 0) FROM distribution_allocation a JOIN distribution d ON d.id = a.distribution_id WHERE d.perk_id = @perkId
            """, new { perkId });
        var vouchers = await db.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM voucher WHERE perk_id = @perkId", new { perkId });
        var claimed = await PerkClaimedAsync(perkId);
        Assert.That(allocated, Is.EqualTo(7 * allocatedOk));
        Assert.That(vouchers, Is.EqualTo(claimedOk));
        Assert.That(claimed, Is.EqualTo(allocated + vouchers), "the perk's counter is exactly what was allocated and claimed");
        Assert.That(claimed, Is.LessThanOrEqualTo(100));
        Assert.That(claimed, Is.GreaterThan(100 - 7), "a refusal only happens when less than 7 was left");
    }

    [Test]
    public async Task The_contact_confirms_receipt_and_hands_out_by_voucher_or_list_and_the_union_sees_what_is_left()
    {
        var org = await Seed.OrgAsync();
        var enterprise = await Seed.EnterpriseAsync(org, "清凉厂");
        var neighbour = await Seed.EnterpriseAsync(org, "隔壁厂");
        var workers = await SeedEnterprise.VerifiedWorkersAsync(org, enterprise, 6);
        var strangers = await SeedEnterprise.VerifiedWorkersAsync(org, neighbour, 1);
        var perkId = await GoodsPerkAsync(stock: 50);
        var otherPerk = await GoodsPerkAsync(stock: 50);
        using var admin = await AdminAsync();
        var id = await DistributionAsync(admin, perkId, org);
        await JsonAsync(await admin.PostAsJsonAsync($"/api/v1/admin/distributions/{id}/allocations",
            new { method = "head_count", enterpriseIds = new[] { S(enterprise), S(neighbour) } }), 201);

        // workers claim vouchers of the perk in the app (and one of another perk, and the neighbour's worker)
        async Task<JsonElement> ClaimAsync(string perk, long member)
        {
            using var client = WithToken(MemberToken(member));
            return (await JsonAsync(await client.PostAsync($"/api/v1/perks/{perk}/claims", null), 201)).GetProperty("voucher");
        }

        var v0 = await ClaimAsync(perkId, workers[0]);
        var v1 = await ClaimAsync(perkId, workers[1]);
        var wrongPerk = await ClaimAsync(otherPerk, workers[2]);
        var neighbours = await ClaimAsync(perkId, strangers[0]);

        using var contact = await ContactAsync(enterprise);
        var allocation = await AllocationIdAsync(contact);
        var url = $"/api/v1/enterprise/allocations/{allocation}";

        // nothing received yet: nothing can be handed out
        await Problem.ExpectAsync(await contact.PostAsJsonAsync($"{url}/handouts", new { code = v0.GetProperty("code").GetString() }), 409,
            "distribution.handout_exceeds_received");

        var receipt = await JsonAsync(await contact.PostAsJsonAsync($"{url}/receipts", new { quantity = 4, note = "两箱破损" }), 201);
        Assert.That(receipt.GetProperty("allocation").GetProperty("received").GetInt32(), Is.EqualTo(4));
        Assert.That(receipt.GetProperty("allocation").GetProperty("notYetReceived").GetInt32(), Is.EqualTo(2));
        Assert.That(receipt.GetProperty("receipts")[0].GetProperty("note").GetString(), Is.EqualTo("两箱破损"));
        await Problem.ExpectAsync(await contact.PostAsJsonAsync($"{url}/receipts", new { quantity = 3 }), 409, "distribution.receipt_exceeds_allocation");

        // by scanning: the code, or the signed QR payload
        var scanned = await JsonAsync(await contact.PostAsJsonAsync($"{url}/handouts", new { code = v0.GetProperty("code").GetString() }), 201);
        Assert.That(scanned.GetProperty("handedOut")[0].GetProperty("memberId").GetString(), Is.EqualTo(S(workers[0])));
        Assert.That(scanned.GetProperty("allocation").GetProperty("handedOut").GetInt32(), Is.EqualTo(1));
        await Problem.ExpectAsync(await contact.PostAsJsonAsync($"{url}/handouts", new { code = v0.GetProperty("code").GetString() }), 409,
            "voucher.already_redeemed");
        await JsonAsync(await contact.PostAsJsonAsync($"{url}/handouts", new { qrPayload = v1.GetProperty("qrPayload").GetString() }), 201);
        var forged = v1.GetProperty("qrPayload").GetString()!;
        await Problem.ExpectAsync(await contact.PostAsJsonAsync($"{url}/handouts", new { qrPayload = forged[..^3] + "AAA" }), 422, "voucher.bad_signature");
        await Problem.ExpectAsync(await contact.PostAsJsonAsync($"{url}/handouts", new { code = wrongPerk.GetProperty("code").GetString() }), 422,
            "handout.wrong_perk");
        await Problem.ExpectAsync(await contact.PostAsJsonAsync($"{url}/handouts", new { code = neighbours.GetProperty("code").GetString() }), 422,
            "handout.not_our_member");
        await Problem.ExpectAsync(await contact.PostAsJsonAsync($"{url}/handouts", new { code = "0000000000000000" }), 404, "voucher.not_found");

        // from a list: members of this enterprise only, each once, never more than received
        await Problem.ExpectAsync(await contact.PostAsJsonAsync($"{url}/handouts", new { memberIds = new[] { S(workers[2]), S(strangers[0]) } }), 422,
            "handout.not_our_member");
        await Problem.ExpectAsync(await contact.PostAsJsonAsync($"{url}/handouts", new { memberIds = new[] { S(workers[0]) } }), 409,
            "handout.already_handed_out");
        await Problem.ExpectAsync(await contact.PostAsJsonAsync($"{url}/handouts", new { memberIds = new[] { S(workers[2]), S(workers[3]), S(workers[4]) } }),
            409, "distribution.handout_exceeds_received");
        var listed = await JsonAsync(await contact.PostAsJsonAsync($"{url}/handouts", new { memberIds = new[] { S(workers[2]), S(workers[3]) } }), 201);
        Assert.That(listed.GetProperty("allocation").GetProperty("handedOut").GetInt32(), Is.EqualTo(4));
        Assert.That(listed.GetProperty("allocation").GetProperty("onHand").GetInt32(), Is.Zero);

        var handouts = await JsonAsync(await contact.GetAsync($"{url}/handouts"), 200);
        Assert.That(handouts.GetProperty("items").EnumerateArray().Select(h => h.GetProperty("method").GetString()),
            Is.EquivalentTo(new[] { "voucher", "voucher", "list", "list" }));

        await using (var db = await DbAsync())
        {
            Assert.That(await db.ExecuteScalarAsync<string>("SELECT status FROM voucher WHERE code = @c", new { c = v0.GetProperty("code").GetString() }),
                Is.EqualTo("redeemed"));
            Assert.That(await db.ExecuteScalarAsync<string>("SELECT status FROM voucher WHERE code = @c", new { c = wrongPerk.GetProperty("code").GetString() }),
                Is.EqualTo("unused"));
        }

        // another enterprise's contact does not see this allocation
        using var neighbourContact = await ContactAsync(neighbour);
        await Problem.ExpectAsync(await neighbourContact.GetAsync(url), 404, "not_found");
        await Problem.ExpectAsync(await neighbourContact.PostAsJsonAsync($"{url}/receipts", new { quantity = 1 }), 404, "not_found");

        // the union's figures
        var rows = await JsonAsync(await admin.GetAsync($"/api/v1/admin/distributions/{id}/allocations"), 200);
        var mine = rows.GetProperty("items").EnumerateArray().Single(r => r.GetProperty("enterpriseId").GetString() == S(enterprise));
        Assert.That((mine.GetProperty("allocated").GetInt32(), mine.GetProperty("received").GetInt32(), mine.GetProperty("handedOut").GetInt32(),
            mine.GetProperty("notYetReceived").GetInt32(), mine.GetProperty("onHand").GetInt32()), Is.EqualTo((6, 4, 4, 2, 0)));
        var totals = (await JsonAsync(await admin.GetAsync($"/api/v1/admin/distributions/{id}"), 200)).GetProperty("totals");
        Assert.That((totals.GetProperty("allocated").GetInt64(), totals.GetProperty("received").GetInt64(), totals.GetProperty("handedOut").GetInt64(),
            totals.GetProperty("notYetReceived").GetInt64()), Is.EqualTo((7L, 4L, 4L, 3L)));

        Assert.That((await AuditAsync("distribution.")).Select(a => a.Action).Count(a => a == "distribution.handout"), Is.EqualTo(3));
        Assert.That((await AuditAsync("distribution.receipt")).Count, Is.EqualTo(1));
    }

    [Test]
    public async Task A_receipt_retried_under_its_Idempotency_Key_is_counted_once_also_when_the_retries_race()
    {
        var org = await Seed.OrgAsync();
        var enterprise = await Seed.EnterpriseAsync(org, "大厂");
        var perkId = await GoodsPerkAsync(stock: 100);
        using var admin = await AdminAsync();
        var id = await DistributionAsync(admin, perkId, org);
        await JsonAsync(await admin.PostAsJsonAsync($"/api/v1/admin/distributions/{id}/allocations",
            new { method = "manual", allocations = new[] { new { enterpriseId = S(enterprise), quantity = 40 } } }), 201);
        using var contact = await ContactAsync(enterprise);
        var allocation = await AllocationIdAsync(contact);
        var url = $"/api/v1/enterprise/allocations/{allocation}/receipts";

        async Task<(int Status, string Body, bool Replayed)> ReceiveAsync(string key, int quantity)
        {
            using var response = await PostKeyedAsync(contact, url, new { quantity, note = "第一批" }, key);
            return ((int)response.StatusCode, await response.Content.ReadAsStringAsync(), response.Headers.Contains("Idempotent-Replayed"));
        }

        // the answer was lost on the way back: the client sends the same receipt again under the same key
        var first = await ReceiveAsync("receipt-lot-1", 5);
        var retry = await ReceiveAsync("receipt-lot-1", 5);
        Assert.That(first.Status, Is.EqualTo(201));
        Assert.That((retry.Status, retry.Replayed), Is.EqualTo((201, true)));
        Assert.That(retry.Body, Is.EqualTo(first.Body), "the first answer, byte for byte");

        // a double tap: two sends under one key at once; one counts, the other replays it or is told it is in flight
        var racing = await ParallelAsync(Enumerable.Range(0, 2).Select(_ => (Func<Task<HttpResponseMessage>>)(() =>
            PostKeyedAsync(contact, url, new { quantity = 7, note = "第一批" }, "receipt-lot-2"))));
        Assert.That(racing.Count(r => r.Status == 201), Is.GreaterThanOrEqualTo(1));
        Assert.That(racing.Where(r => r.Status != 201).Select(r => (r.Status, Code(r.Body))), Is.All.EqualTo((409, "idempotency.in_progress")));

        await using var db = await DbAsync();
        var (received, receipts) = await db.QuerySingleAsync<(int, long)>("""
            SELECT a.received, (SELECT COUNT(*) FROM distribution_receipt r WHERE r.allocation_id = a.id)
            FROM distribution_allocation a WHERE a.enterprise_id = @enterprise
            """, new { enterprise });
        Assert.That((received, receipts), Is.EqualTo((12, 2L)), "5 once and 7 once, however often they were sent");
    }

    [Test]
    public async Task Parallel_receipts_and_hand_outs_add_up_and_never_exceed_what_was_allocated_or_received()
    {
        var org = await Seed.OrgAsync();
        var enterprise = await Seed.EnterpriseAsync(org, "大厂");
        var workers = await SeedEnterprise.VerifiedWorkersAsync(org, enterprise, 70);
        var perkId = await GoodsPerkAsync(stock: 100);
        using var admin = await AdminAsync();
        var id = await DistributionAsync(admin, perkId, org);
        await JsonAsync(await admin.PostAsJsonAsync($"/api/v1/admin/distributions/{id}/allocations",
            new { method = "manual", allocations = new[] { new { enterpriseId = S(enterprise), quantity = 40 } } }), 201);

        // one worker's voucher, scanned at 8 tills at once
        using (var member = WithToken(MemberToken(workers[0])))
        {
            await JsonAsync(await member.PostAsync($"/api/v1/perks/{perkId}/claims", null), 201);
        }

        string code;
        await using (var db = await DbAsync())
        {
            code = await db.ExecuteScalarAsync<string>("SELECT code FROM voucher WHERE member_id = @m", new { m = workers[0] }) ?? "";
        }

        var contacts = new List<HttpClient>();
        for (var i = 0; i < 3; i++)
        {
            contacts.Add(await ContactAsync(enterprise));
        }

        using var first = contacts[0];
        var allocation = await AllocationIdAsync(first);
        var url = $"/api/v1/enterprise/allocations/{allocation}";

        // phase 1: 12 receipts of 5 against an allocation of 40: exactly 8 go through
        var receipts = await ParallelAsync(Enumerable.Range(0, 12).Select(i => (Func<Task<HttpResponseMessage>>)(() =>
            contacts[i % 3].PostAsJsonAsync($"{url}/receipts", new { quantity = 5, note = $"lot {i}" }))));
        Assert.That(receipts.Count(r => r.Status == 201), Is.EqualTo(8));
        Assert.That(receipts.Where(r => r.Status != 201).Select(r => (r.Status, Code(r.Body))),
            Is.All.EqualTo((409, "distribution.receipt_exceeds_allocation")));

        // phase 2: 60 single hand-outs from the list, 8 scans of one voucher, and 6 more receipts (all refused) at once
        var calls = workers.Skip(1).Take(60).Select((m, i) => (Func<Task<HttpResponseMessage>>)(() =>
                contacts[i % 3].PostAsJsonAsync($"{url}/handouts", new { memberIds = new[] { S(m) } })))
            .Concat(Enumerable.Range(0, 8).Select(i => (Func<Task<HttpResponseMessage>>)(() =>
                contacts[i % 3].PostAsJsonAsync($"{url}/handouts", new { code }))))
            .Concat(Enumerable.Range(0, 6).Select(i => (Func<Task<HttpResponseMessage>>)(() =>
                contacts[i % 3].PostAsJsonAsync($"{url}/receipts", new { quantity = 1 }))))
            .ToList();
        var answers = await ParallelAsync(calls);
        var listAnswers = answers.Take(60).ToList();
        var scanAnswers = answers.Skip(60).Take(8).ToList();
        Assert.That(answers.Skip(68).Select(r => r.Status), Is.All.EqualTo(409));
        Assert.That(scanAnswers.Count(a => a.Status == 201), Is.LessThanOrEqualTo(1), "a voucher is handed out at most once");
        Assert.That(scanAnswers.Where(a => a.Status != 201).Select(a => Code(a.Body)),
            Is.All.AnyOf("voucher.already_redeemed", "handout.already_handed_out", "distribution.handout_exceeds_received"));
        Assert.That(listAnswers.Where(a => a.Status != 201).Select(a => (a.Status, Code(a.Body))),
            Is.All.EqualTo((409, "distribution.handout_exceeds_received")));
        var handedOk = listAnswers.Count(a => a.Status == 201) + scanAnswers.Count(a => a.Status == 201);
        Assert.That(handedOk, Is.EqualTo(40), "every unit received was handed out, not one more");

        await using (var db = await DbAsync())
        {
            var row = await db.QuerySingleAsync<(int Allocated, int Received, int HandedOut)>(
                "SELECT allocated, received, handed_out FROM distribution_allocation WHERE id = @allocation", new { allocation });
            Assert.That(row, Is.EqualTo((40, 40, 40)));
            Assert.That(await db.ExecuteScalarAsync<long>("SELECT SUM(quantity) FROM distribution_receipt WHERE allocation_id = @allocation",
                new { allocation }), Is.EqualTo(40));
            Assert.That(await db.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM distribution_receipt WHERE allocation_id = @allocation",
                new { allocation }), Is.EqualTo(8));
            Assert.That(await db.ExecuteScalarAsync<long>("SELECT COUNT(DISTINCT member_id) FROM distribution_handout WHERE allocation_id = @allocation",
                new { allocation }), Is.EqualTo(40));
            var redeemed = await db.ExecuteScalarAsync<string>("SELECT status FROM voucher WHERE code = @code", new { code });
            var scanned = await db.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM distribution_handout WHERE voucher_id IS NOT NULL");
            Assert.That(scanned, Is.EqualTo(scanAnswers.Count(a => a.Status == 201)));
            Assert.That(redeemed, Is.EqualTo(scanned == 1 ? "redeemed" : "unused"));
            Assert.That(await db.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM audit_log WHERE action = 'distribution.handout'"), Is.EqualTo(40));
        }

        foreach (var c in contacts.Skip(1))
        {
            c.Dispose();
        }
    }
}

using System.Globalization;
using System.Net.Http.Json;
using Dapper;

namespace UnionHub.IntegrationTests.Features.MutualAid;

/// <summary>
/// Issue #21 leftovers: the fund office (reviewer) reviews and pays claims inside its subtree; each decision and payment tells the
/// member once (outbox and inbox), a refused or racing duplicate tells nobody; plans are edited by PATCH within their status's rules.
/// </summary>
public sealed class MutualAidReviewTests : ApiTest
{
    private static string S(long id) => id.ToString(CultureInfo.InvariantCulture);

    private static DateOnly Today => DateOnly.FromDateTime(Api.Clock.GetUtcNow().ToOffset(TimeSpan.FromHours(8)).DateTime);

    private static string Day(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static object PlanBody(string status, string fundId, long accidentCapFen = 10_000) => new
    {
        fundId, name = "2026年度职工互助保障", coversFrom = Day(Today.AddDays(-30)), coversTo = Day(Today.AddDays(300)), priceFen = 3_000, paidBy = "union",
        status, benefits = new object[] { new { eventType = "accident", capFen = accidentCapFen }, new { eventType = "critical_illness", capFen = 5_000_000 } },
    };

    private static async Task<string> ClaimAsync(HttpClient member, string enrolmentId, long askedFen) =>
        (await JsonAsync(await member.PostAsJsonAsync("/api/v1/me/mutual-aid/claims", new
        {
            enrolmentId, eventType = "accident", eventOn = Day(Today.AddDays(-1)), askedFen, description = "下班途中摔伤右腿，住院三天",
        }), 201)).GetProperty("id").GetString()!;

    private static async Task<int> NoticesAsync(string claimId, string @event)
    {
        await using var db = await DbAsync();
        return await db.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM notification_outbox WHERE kind = 'mutual_aid.claim_progress' AND dedupe_key = @key",
            new { key = $"mutual_aid.claim_progress:{claimId}:{@event}" });
    }

    [Test]
    public async Task Reviewers_of_the_subtree_review_and_pay_and_each_step_tells_the_member_once()
    {
        var city = await Seed.OrgAsync("市总工会");
        var workplace = await Seed.OrgAsync("东风机械厂工会", city);
        var otherCity = await Seed.OrgAsync("另一市总工会");
        using var admin = await NewStaffAsync("org_admin", S(city));
        using var reviewer = await NewStaffAsync("reviewer", S(city));
        using var secondReviewer = await NewStaffAsync("reviewer", S(city));
        using var outsider = await NewStaffAsync("reviewer", S(otherCity));
        var fundId = await MutualAidFunds.CreateAsync(city);
        var planId = (await JsonAsync(await admin.PostAsJsonAsync("/api/v1/admin/mutual-aid/plans", PlanBody("open", fundId)), 201)).GetProperty("id").GetString()!;
        var memberId = await Seed.VerifiedMemberAsync(workplace);
        using var member = WithToken(MemberToken(memberId));
        var enrolmentId = (await JsonAsync(await member.PostAsJsonAsync("/api/v1/mutual-aid/enrolments", new { planId }), 201)).GetProperty("id").GetString()!;
        var approved = await ClaimAsync(member, enrolmentId, 6_000);
        var rejected = await ClaimAsync(member, enrolmentId, 2_000);

        // the queue and the audited read; a reviewer of another city sees nothing; plans stay with org_admin
        var queue = await JsonAsync(await reviewer.GetAsync("/api/v1/admin/mutual-aid/claims?status=submitted"), 200);
        Assert.That(queue.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetString()), Is.EqualTo(new[] { rejected, approved }));
        await Problem.ExpectAsync(await reviewer.GetAsync($"/api/v1/admin/mutual-aid/claims/{approved}"), 400, "access.reason_required");
        var detail = await JsonAsync(await reviewer.GetAsync($"/api/v1/admin/mutual-aid/claims/{approved}?reason=理赔审核"), 200);
        Assert.That(detail.GetProperty("claim").GetProperty("description").GetString(), Does.Contain("摔伤"));
        Assert.That((await JsonAsync(await outsider.GetAsync("/api/v1/admin/mutual-aid/claims"), 200)).GetProperty("items").GetArrayLength(), Is.Zero);
        await Problem.ExpectAsync(await outsider.GetAsync($"/api/v1/admin/mutual-aid/claims/{approved}?reason=核对"), 404, "not_found");
        await Problem.ExpectAsync(await outsider.PostAsJsonAsync($"/api/v1/admin/mutual-aid/claims/{approved}/approve", new { approvedFen = 1 }), 404, "not_found");
        Assert.That((int)(await reviewer.PostAsJsonAsync("/api/v1/admin/mutual-aid/plans", PlanBody("open", fundId))).StatusCode, Is.EqualTo(403));
        Assert.That((int)(await reviewer.GetAsync($"/api/v1/admin/mutual-aid/plans/{planId}/figures")).StatusCode, Is.EqualTo(403));
        await using var db = await DbAsync();
        Assert.That(await db.ExecuteScalarAsync<int>(
            "SELECT COUNT(*) FROM audit_log WHERE action = 'mutual_aid_claim.read' AND entity = 'mutual_aid_claim' AND entity_id = @approved", new { approved }),
            Is.EqualTo(1), "the reviewer's read is audited");

        // two reviewers approve the same claim at once: one decision, one notice
        var approvals = await Task.WhenAll(
            reviewer.PostAsJsonAsync($"/api/v1/admin/mutual-aid/claims/{approved}/approve", new { approvedFen = 5_000 }),
            secondReviewer.PostAsJsonAsync($"/api/v1/admin/mutual-aid/claims/{approved}/approve", new { approvedFen = 5_000 }));
        Assert.That(approvals.Select(a => (int)a.StatusCode).Order(), Is.EqualTo(new[] { 200, 409 }));
        Assert.That(await NoticesAsync(approved, "approved"), Is.EqualTo(1));

        // two rejections at once: one decision, one notice; a late approval of the rejected claim tells nobody
        var rejections = await Task.WhenAll(
            reviewer.PostAsJsonAsync($"/api/v1/admin/mutual-aid/claims/{rejected}/reject", new { reason = "事故发生在保障期外" }),
            secondReviewer.PostAsJsonAsync($"/api/v1/admin/mutual-aid/claims/{rejected}/reject", new { reason = "材料不全" }));
        Assert.That(rejections.Select(a => (int)a.StatusCode).Order(), Is.EqualTo(new[] { 200, 409 }));
        await Problem.ExpectAsync(await admin.PostAsJsonAsync($"/api/v1/admin/mutual-aid/claims/{rejected}/approve", new { approvedFen = 100 }), 409,
            "mutual_aid.claim_wrong_state");
        Assert.That(await NoticesAsync(rejected, "rejected"), Is.EqualTo(1));
        Assert.That(await NoticesAsync(rejected, "approved"), Is.Zero);

        // payment: reviewers propose and confirm (not the same one); the refused confirmations tell nobody
        Assert.That(await NoticesAsync(approved, "paid"), Is.Zero);
        await JsonAsync(await reviewer.PostAsync($"/api/v1/admin/mutual-aid/claims/{approved}/payment", null), 200);
        await Problem.ExpectAsync(await reviewer.PostAsync($"/api/v1/admin/mutual-aid/claims/{approved}/payment/confirm", null), 403, "mutual_aid.same_staff");
        Assert.That(await NoticesAsync(approved, "paid"), Is.Zero);
        await JsonAsync(await secondReviewer.PostAsync($"/api/v1/admin/mutual-aid/claims/{approved}/payment/confirm", null), 200);
        await Problem.ExpectAsync(await secondReviewer.PostAsync($"/api/v1/admin/mutual-aid/claims/{approved}/payment/confirm", null), 409,
            "mutual_aid.claim_wrong_state");
        Assert.That(await NoticesAsync(approved, "paid"), Is.EqualTo(1));

        var outbox = (await db.QueryAsync<(long MemberId, string Payload)>(
            "SELECT member_id, payload FROM notification_outbox WHERE kind = 'mutual_aid.claim_progress' ORDER BY id")).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(outbox, Has.Count.EqualTo(3), "approved, rejected, paid: one each");
            Assert.That(outbox.Select(o => o.MemberId), Is.All.EqualTo(memberId));
            Assert.That(outbox[0].Payload, Does.Contain("\"amountFen\":5000").And.Contain($"\"claimId\":\"{approved}\""));
            Assert.That(string.Concat(outbox.Select(o => o.Payload)), Does.Not.Contain("保障期外").And.Not.Contain("材料不全"),
                "the rejection reason never enters a payload or a push");
        });

        // the member's inbox: Chinese texts, the rejection's reason read from the claim, links to the claim
        var inbox = (await JsonAsync(await member.GetAsync("/api/v1/me/notifications"), 200)).GetProperty("items").EnumerateArray()
            .Where(i => i.GetProperty("kind").GetString() == "mutual_aid.claim_progress").ToList();
        Assert.That(inbox.Select(i => i.GetProperty("title").GetString()), Is.EqualTo(new[] { "互助保障理赔款已支付", "互助保障理赔未获核准", "互助保障理赔已核准" }));
        var reason = rejections[0].IsSuccessStatusCode ? "事故发生在保障期外" : "材料不全";
        Assert.Multiple(() =>
        {
            Assert.That(inbox[0].GetProperty("text").GetString(), Does.Contain("50.00 元"));
            Assert.That(inbox[1].GetProperty("text").GetString(), Does.Contain("原因：" + reason));
            Assert.That(inbox[2].GetProperty("text").GetString(), Does.Contain("核定金额 50.00 元"));
            Assert.That(inbox[0].GetProperty("link").GetString(), Is.EqualTo($"/mutual-aid?claim={approved}"));
            Assert.That(inbox[1].GetProperty("link").GetString(), Is.EqualTo($"/mutual-aid?claim={rejected}"));
        });

        // the money went through the plan's fund: a grant and a payment on its ledger, its totals equal to the ledger
        Assert.That(await MutualAidFunds.TotalsMatchLedgerAsync(fundId), Is.EqualTo((5_000L, 5_000L)));

        // the yearly report counts the claim in the fund's relief figures (through its ledger) and breaks it down by plan in the
        // mutual-aid section, which is not added to them (claims follow the member's organisation)
        var year = Api.Clock.GetUtcNow().ToOffset(TimeSpan.FromHours(8)).Year.ToString(CultureInfo.InvariantCulture);
        var report = await JsonAsync(await admin.GetAsync($"/api/v1/admin/reports/{year}"), 200);
        var plan = report.GetProperty("mutualAid").EnumerateArray().Single();
        Assert.Multiple(() =>
        {
            Assert.That(plan.GetProperty("planId").GetString(), Is.EqualTo(planId));
            Assert.That(plan.GetProperty("claims").GetInt32(), Is.EqualTo(2));
            Assert.That(plan.GetProperty("approved").GetInt32(), Is.EqualTo(1));
            Assert.That(plan.GetProperty("approvedFen").GetInt64(), Is.EqualTo(5_000));
            Assert.That(plan.GetProperty("paid").GetInt32(), Is.EqualTo(1));
            Assert.That(plan.GetProperty("paidFen").GetInt64(), Is.EqualTo(5_000));
        });
        var fundFigures = report.GetProperty("reliefByFund").EnumerateArray().Single(f => f.GetProperty("fundId").GetString() == fundId);
        Assert.Multiple(() =>
        {
            Assert.That(fundFigures.GetProperty("kind").GetString(), Is.EqualTo("mutual_aid"));
            Assert.That(fundFigures.GetProperty("applications").GetInt32(), Is.EqualTo(2), "both claims were filed against the plan's fund");
            Assert.That(fundFigures.GetProperty("granted").GetInt32(), Is.EqualTo(1));
            Assert.That(fundFigures.GetProperty("grantedFen").GetInt64(), Is.EqualTo(5_000));
            Assert.That(fundFigures.GetProperty("paidFen").GetInt64(), Is.EqualTo(5_000));
            var byKind = report.GetProperty("reliefByKind").EnumerateArray().Single(k => k.GetProperty("kind").GetString() == "mutual_aid");
            Assert.That(byKind.GetProperty("paidFen").GetInt64(), Is.EqualTo(5_000), "counted once, under the fund's kind");
        });
        using var outsiderAdmin = await NewStaffAsync("org_admin", S(otherCity));
        Assert.That((await JsonAsync(await outsiderAdmin.GetAsync($"/api/v1/admin/reports/{year}"), 200)).GetProperty("mutualAid").GetArrayLength(),
            Is.Zero, "another city's report does not count them");
        using var csvRequest = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/admin/reports/{year}");
        csvRequest.Headers.Accept.ParseAdd("text/csv");
        var csv = await (await admin.SendAsync(csvRequest)).Content.ReadAsStringAsync();
        Assert.That(csv, Does.Contain("\"互助保障(按计划，已含于帮扶资金)\",\"2026年度职工互助保障\",\"已支付金额(分)\",5000")
            .And.Contain("\"帮扶资金(按类别)\",\"互助保障\",\"已拨付(分)\",5000"));
    }

    [Test]
    public async Task A_draft_is_edited_entirely_an_open_plan_only_in_name_text_and_a_later_end_and_caps_are_fixed_once_anyone_enrolled()
    {
        var org = await Seed.OrgAsync();
        var other = await Seed.OrgAsync("另一市总工会");
        using var admin = await NewStaffAsync("org_admin", S(org));
        using var outsider = await NewStaffAsync("org_admin", S(other));
        var planId = (await JsonAsync(await admin.PostAsJsonAsync("/api/v1/admin/mutual-aid/plans", PlanBody("draft", await MutualAidFunds.CreateAsync(org))), 201))
            .GetProperty("id").GetString()!;
        var url = $"/api/v1/admin/mutual-aid/plans/{planId}";

        // a draft: every field
        var draft = await JsonAsync(await admin.PatchAsJsonAsync(url, new
        {
            name = "2027年度职工互助保障", description = "意外伤害、住院", coversFrom = Day(Today), coversTo = Day(Today.AddDays(364)), priceFen = 2_500,
            paidBy = "member", benefits = new object[] { new { eventType = "accident", capFen = 20_000 }, new { eventType = "hospitalisation", capFen = 8_000 } },
        }), 200);
        Assert.Multiple(() =>
        {
            Assert.That(draft.GetProperty("name").GetString(), Is.EqualTo("2027年度职工互助保障"));
            Assert.That(draft.GetProperty("description").GetString(), Is.EqualTo("意外伤害、住院"));
            Assert.That(draft.GetProperty("priceFen").GetInt64(), Is.EqualTo(2_500));
            Assert.That(draft.GetProperty("paidBy").GetString(), Is.EqualTo("member"));
            Assert.That(draft.GetProperty("coversFrom").GetString(), Is.EqualTo(Day(Today)));
        });
        await using var db = await DbAsync();
        Assert.That((await db.QueryAsync<(string, long)>("SELECT event_type, cap_fen FROM mutual_aid_benefit WHERE plan_id = @planId ORDER BY event_type",
            new { planId })).ToList(), Is.EqualTo(new[] { ("accident", 20_000L), ("hospitalisation", 8_000L) }));
        await Problem.ExpectAsync(await admin.PatchAsJsonAsync(url, new { name = " " }), 422, "validation.failed");
        await Problem.ExpectAsync(await admin.PatchAsJsonAsync(url, new { coversTo = Day(Today.AddDays(-1)) }), 422, "validation.failed");
        await Problem.ExpectAsync(await outsider.PatchAsJsonAsync(url, new { name = "别人的计划" }), 404, "not_found");

        // open: name, description and a later end; not the start, price or payer, nor an earlier end
        await JsonAsync(await admin.PostAsJsonAsync($"{url}/status", new { status = "open" }), 200);
        var open = await JsonAsync(await admin.PatchAsJsonAsync(url, new { name = "2027年度互助保障（修订）", description = "含住院津贴", coversTo = Day(Today.AddDays(400)) }), 200);
        Assert.That(open.GetProperty("coversTo").GetString(), Is.EqualTo(Day(Today.AddDays(400))));
        var refused = await Problem.ExpectAsync(await admin.PatchAsJsonAsync(url, new { priceFen = 1_000, coversTo = Day(Today.AddDays(100)) }), 409,
            "mutual_aid.plan_not_editable");
        Assert.That(refused.Raw.GetProperty("fields").EnumerateArray().Select(f => f.GetString()), Is.EquivalentTo(new[] { "priceFen", "coversTo" }));
        await Problem.ExpectAsync(await admin.PatchAsJsonAsync(url, new { paidBy = "union" }), 409, "mutual_aid.plan_not_editable");

        // benefits may change while nobody is enrolled; once a member is, not (the same benefits again are no change)
        var benefits = new object[] { new { eventType = "accident", capFen = 30_000 } };
        await JsonAsync(await admin.PatchAsJsonAsync(url, new { benefits }), 200);
        var memberId = await Seed.VerifiedMemberAsync(org);
        using var member = WithToken(MemberToken(memberId));
        await JsonAsync(await member.PostAsJsonAsync("/api/v1/mutual-aid/enrolments", new { planId }), 201);
        await Problem.ExpectAsync(await admin.PatchAsJsonAsync(url, new { benefits = new object[] { new { eventType = "accident", capFen = 40_000 } } }), 409,
            "mutual_aid.plan_has_enrolments");
        await JsonAsync(await admin.PatchAsJsonAsync(url, new { benefits, name = "2027年度互助保障" }), 200);
        Assert.That(await db.ExecuteScalarAsync<long>("SELECT cap_fen FROM mutual_aid_benefit WHERE plan_id = @planId", new { planId }), Is.EqualTo(30_000));
        Assert.That(await db.ExecuteScalarAsync<long>("SELECT c.cap_fen FROM mutual_aid_cover c JOIN mutual_aid_enrolment e ON e.id = c.enrolment_id WHERE e.plan_id = @planId",
            new { planId }), Is.EqualTo(30_000));

        // closed: no edit; every accepted edit is audited
        await JsonAsync(await admin.PostAsJsonAsync($"{url}/status", new { status = "closed" }), 200);
        await Problem.ExpectAsync(await admin.PatchAsJsonAsync(url, new { name = "关闭后改名" }), 409, "mutual_aid.plan_not_editable");
        Assert.That(await db.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM audit_log WHERE action = 'mutual_aid_plan.update' AND entity_id = @planId",
            new { planId }), Is.EqualTo(4));
        Assert.That(await db.ExecuteScalarAsync<string>("SELECT name FROM mutual_aid_plan WHERE id = @planId", new { planId }), Is.EqualTo("2027年度互助保障"));
    }
}

using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using Dapper;

namespace UnionHub.IntegrationTests.Features.MutualAid;

/// <summary>
/// Mutual-aid money through the relief funds (ADR 0020, 2026-12-03): a plan names the fund that pays it; an approval is a grant on
/// that fund within its budget; a payment is the funds' dual-control disbursement (maker and checker differ, one ledger row, the
/// fund's totals equal its ledger); a cancelled proposal frees the amount. Concurrency with real parallel requests.
/// </summary>
public sealed class MutualAidFundPaymentTests : ApiTest
{
    private static string S(long id) => id.ToString(CultureInfo.InvariantCulture);

    private static DateOnly Today => DateOnly.FromDateTime(Api.Clock.GetUtcNow().ToOffset(TimeSpan.FromHours(8)).DateTime);

    private static string Day(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static object PlanBody(string? fundId, string? orgId = null) => new
    {
        fundId, orgId, name = "2026年度职工互助保障", coversFrom = Day(Today.AddDays(-30)), coversTo = Day(Today.AddDays(300)), priceFen = 0, paidBy = "union",
        status = "open", benefits = new object[] { new { eventType = "accident", capFen = 100_000 } },
    };

    private static async Task<string> PlanAsync(HttpClient admin, string fundId) =>
        (await JsonAsync(await admin.PostAsJsonAsync("/api/v1/admin/mutual-aid/plans", PlanBody(fundId)), 201)).GetProperty("id").GetString()!;

    /// <summary>A verified member of the organisation, enrolled in the plan, with a submitted accident claim; the claim's id.</summary>
    private static async Task<string> ClaimAsync(long orgId, string planId, long askedFen)
    {
        using var member = WithToken(MemberToken(await Seed.VerifiedMemberAsync(orgId)));
        var enrolmentId = (await JsonAsync(await member.PostAsJsonAsync("/api/v1/mutual-aid/enrolments", new { planId }), 201)).GetProperty("id").GetString();
        return (await JsonAsync(await member.PostAsJsonAsync("/api/v1/me/mutual-aid/claims", new
        {
            enrolmentId, eventType = "accident", eventOn = Day(Today.AddDays(-1)), askedFen, description = "工作中被机器划伤手臂",
        }), 201)).GetProperty("id").GetString()!;
    }

    private static async Task<string> ApprovedAsync(HttpClient reviewer, long orgId, string planId, long fen)
    {
        var claimId = await ClaimAsync(orgId, planId, fen);
        await JsonAsync(await reviewer.PostAsJsonAsync($"/api/v1/admin/mutual-aid/claims/{claimId}/approve", new { approvedFen = fen }), 200);
        return claimId;
    }

    /// <summary>A city with an org_admin, two reviewers (the payments' maker and checker), a mutual_aid fund and an open plan paid from it.</summary>
    private sealed record Desk(long City, HttpClient Admin, HttpClient Maker, HttpClient Checker, string FundId, string PlanId) : IDisposable
    {
        public void Dispose()
        {
            Admin.Dispose();
            Maker.Dispose();
            Checker.Dispose();
        }
    }

    private static async Task<Desk> DeskAsync()
    {
        var city = await Seed.OrgAsync("市总工会");
        var admin = await NewStaffAsync("org_admin", S(city));
        var fundId = await MutualAidFunds.CreateAsync(city);
        return new Desk(city, admin, await NewStaffAsync("reviewer", S(city)), await NewStaffAsync("reviewer", S(city)), fundId, await PlanAsync(admin, fundId));
    }

    [Test]
    public async Task A_plan_is_paid_only_from_a_mutual_aid_fund_and_the_picker_lists_only_those()
    {
        var city = await Seed.OrgAsync("市总工会");
        using var admin = await NewStaffAsync("org_admin", S(city));
        using var reviewer = await NewStaffAsync("reviewer");
        var reliefFunds = new List<string>();
        foreach (var kind in new[] { "warmth", "hardship", "epidemic" })
        {
            reliefFunds.Add((await JsonAsync(await reviewer.PostAsJsonAsync("/api/v1/admin/funds", new
            {
                name = "2026 年帮扶资金", kind, year = 2026, budgetFen = 1_000_000L, maxGrantFen = 100_000L, orgId = S(city),
            }), 201)).GetProperty("id").GetString()!);
        }

        var mutualAidFund = (await JsonAsync(await reviewer.PostAsJsonAsync("/api/v1/admin/funds", new
        {
            name = "互助保障理赔资金", kind = "mutual_aid", year = 2026, budgetFen = 1_000_000L, maxGrantFen = 100_000L, orgId = S(city),
        }), 201)).GetProperty("id").GetString()!;
        await using var db = await DbAsync();
        var before = await db.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM mutual_aid_plan");

        foreach (var fundId in reliefFunds)
        {
            var refused = await Problem.ExpectAsync(await admin.PostAsJsonAsync("/api/v1/admin/mutual-aid/plans", PlanBody(fundId)), 422, "validation.failed");
            Assert.That(refused.Raw.GetProperty("errors").GetProperty("fundId")[0].GetString(), Does.Contain("mutual_aid"));
        }

        Assert.That(await db.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM mutual_aid_plan"), Is.EqualTo(before), "nothing written");
        var picker = (await JsonAsync(await admin.GetAsync("/api/v1/admin/mutual-aid/funds"), 200)).GetProperty("items").EnumerateArray()
            .Select(f => f.GetProperty("id").GetString()).ToList();
        Assert.That(picker, Is.EqualTo(new[] { mutualAidFund }), "the plan's fund picker offers only mutual_aid funds");
        Assert.That((await JsonAsync(await admin.PostAsJsonAsync("/api/v1/admin/mutual-aid/plans", PlanBody(mutualAidFund)), 201))
            .GetProperty("fundId").GetString(), Is.EqualTo(mutualAidFund));
    }

    [Test]
    public async Task A_plan_names_a_fund_of_its_organisation_or_above_inside_the_callers_scope()
    {
        var city = await Seed.OrgAsync("市总工会");
        var district = await Seed.OrgAsync("区总工会", city);
        var workplace = await Seed.OrgAsync("机械厂工会", district);
        var otherCity = await Seed.OrgAsync("另一市总工会");
        using var admin = await NewStaffAsync("org_admin", S(city));
        var cityFund = await MutualAidFunds.CreateAsync(city);
        var workplaceFund = await MutualAidFunds.CreateAsync(workplace);
        var otherFund = await MutualAidFunds.CreateAsync(otherCity);
        var federationFund = await MutualAidFunds.CreateAsync(null);
        await using var db = await DbAsync();
        var before = await db.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM mutual_aid_plan");

        await Problem.ExpectAsync(await admin.PostAsJsonAsync("/api/v1/admin/mutual-aid/plans", PlanBody(null)), 422, "validation.failed");
        await Problem.ExpectAsync(await admin.PostAsJsonAsync("/api/v1/admin/mutual-aid/plans", PlanBody(otherFund)), 404, "not_found");
        await Problem.ExpectAsync(await admin.PostAsJsonAsync("/api/v1/admin/mutual-aid/plans", PlanBody(federationFund)), 404, "not_found");
        var below = await Problem.ExpectAsync(await admin.PostAsJsonAsync("/api/v1/admin/mutual-aid/plans", PlanBody(workplaceFund, S(district))), 422,
            "validation.failed");
        Assert.That(below.Raw.GetProperty("errors").GetProperty("fundId")[0].GetString(), Does.Contain("above"));
        Assert.That(await db.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM mutual_aid_plan"), Is.EqualTo(before), "nothing written");

        // the city's fund pays a plan of the district below it; the plan shows its fund
        var plan = await JsonAsync(await admin.PostAsJsonAsync("/api/v1/admin/mutual-aid/plans", PlanBody(cityFund, S(district))), 201);
        Assert.Multiple(() =>
        {
            Assert.That(plan.GetProperty("fundId").GetString(), Is.EqualTo(cityFund));
            Assert.That(plan.GetProperty("fundName").GetString(), Is.EqualTo("互助保障理赔资金"));
        });
    }

    [Test]
    public async Task Two_reviewers_approving_at_the_edge_of_the_funds_budget_give_one_grant_and_one_409()
    {
        var city = await Seed.OrgAsync("市总工会");
        using var admin = await NewStaffAsync("org_admin", S(city));
        using var reviewer = await NewStaffAsync("reviewer", S(city));
        using var secondReviewer = await NewStaffAsync("reviewer", S(city));
        for (var round = 0; round < 3; round++)
        {
            // each claim alone fits the budget (10,000 fen) and its member's cap; both together do not fit the budget
            var fundId = await MutualAidFunds.CreateAsync(city, budgetFen: 10_000);
            var planId = await PlanAsync(admin, fundId);
            var first = await ClaimAsync(city, planId, 6_000);
            var second = await ClaimAsync(city, planId, 6_000);

            var answers = await Task.WhenAll(
                reviewer.PostAsJsonAsync($"/api/v1/admin/mutual-aid/claims/{first}/approve", new { approvedFen = 6_000 }),
                secondReviewer.PostAsJsonAsync($"/api/v1/admin/mutual-aid/claims/{second}/approve", new { approvedFen = 6_000 }));
            Assert.That(answers.Select(a => (int)a.StatusCode).Order(), Is.EqualTo(new[] { 200, 409 }),
                string.Join(" | ", await Task.WhenAll(answers.Select(a => a.Content.ReadAsStringAsync()))));
            var refused = await Problem.ExpectAsync(answers.Single(a => (int)a.StatusCode == 409), 409, "fund.budget_exceeded");
            Assert.That(refused.Raw.GetProperty("remainingFen").GetInt64(), Is.EqualTo(4_000));

            await using var db = await DbAsync();
            var refusedId = answers[0].IsSuccessStatusCode ? second : first;
            Assert.Multiple(async () =>
            {
                Assert.That(await MutualAidFunds.TotalsMatchLedgerAsync(fundId), Is.EqualTo((6_000L, 0L)), "one grant booked");
                Assert.That(await db.ExecuteScalarAsync<int>(
                    "SELECT COUNT(*) FROM fund_ledger WHERE fund_id = @fundId AND entry = 'grant' AND mutual_aid_claim_id IS NOT NULL AND application_id IS NULL",
                    new { fundId }), Is.EqualTo(1));
                Assert.That(await db.ExecuteScalarAsync<string>("SELECT status FROM mutual_aid_claim WHERE id = @refusedId", new { refusedId }),
                    Is.EqualTo("submitted"), "the refused approval left its claim awaiting review");
                Assert.That(await db.ExecuteScalarAsync<long>(
                    "SELECT v.approved_fen FROM mutual_aid_cover v JOIN mutual_aid_claim c ON c.enrolment_id = v.enrolment_id WHERE c.id = @refusedId",
                    new { refusedId }), Is.Zero, "nor did it use the member's cap");
            });

            // what is left can still be approved
            await JsonAsync(await reviewer.PostAsJsonAsync($"/api/v1/admin/mutual-aid/claims/{refusedId}/approve", new { approvedFen = 4_000 }), 200);
            Assert.That(await MutualAidFunds.TotalsMatchLedgerAsync(fundId), Is.EqualTo((10_000L, 0L)));
        }
    }

    /// <summary>
    /// A plan (or a claim's grant) left on a fund that is not a mutual_aid fund, as rows from before the rule would be (made here by changing
    /// the fund's kind in the database): its claims are not approved, proposed for payment nor paid from it: 422
    /// <c>mutual_aid.fund_not_mutual_aid</c>, by the claim's routes and the funds' confirmation alike, with nothing written.
    /// </summary>
    [Test]
    public async Task A_claim_is_not_approved_nor_paid_from_a_fund_that_is_not_a_mutual_aid_fund()
    {
        using var desk = await DeskAsync();
        var (city, admin, maker, checker, fundId, planId) = desk;
        var submitted = await ClaimAsync(city, planId, 6_000);
        var approved = await ApprovedAsync(maker, city, planId, 7_000);
        var proposed = await ApprovedAsync(maker, city, planId, 8_000);
        await JsonAsync(await maker.PostAsync($"/api/v1/admin/mutual-aid/claims/{proposed}/payment", null), 200);
        await using var db = await DbAsync();
        var disbursementId = await db.ExecuteScalarAsync<long>("SELECT id FROM fund_disbursement WHERE mutual_aid_claim_id = @proposed", new { proposed });

        async Task<string> SnapshotAsync() => await db.QuerySingleAsync<string>("""
            SELECT CONCAT_WS('|',
              (SELECT GROUP_CONCAT(CONCAT(id, ':', status, ':', COALESCE(approved_fen, '-'), ':', committed_fen, ':', paid_fen) ORDER BY id)
                 FROM mutual_aid_claim WHERE plan_id = @planId),
              (SELECT GROUP_CONCAT(approved_fen ORDER BY enrolment_id) FROM mutual_aid_cover v JOIN mutual_aid_enrolment e ON e.id = v.enrolment_id
                 WHERE e.plan_id = @planId),
              (SELECT GROUP_CONCAT(CONCAT(id, ':', status) ORDER BY id) FROM fund_disbursement WHERE fund_id = @fundId),
              (SELECT COUNT(*) FROM fund_ledger WHERE fund_id = @fundId),
              (SELECT CONCAT(granted_fen, ':', disbursed_fen) FROM fund WHERE id = @fundId))
            """, new { planId, fundId });

        foreach (var kind in new[] { "hardship", "warmth" })
        {
            await db.ExecuteAsync("UPDATE fund SET kind = @kind WHERE id = @fundId", new { kind, fundId });
            var before = await SnapshotAsync();
            var refused = await Problem.ExpectAsync(await maker.PostAsJsonAsync($"/api/v1/admin/mutual-aid/claims/{submitted}/approve",
                new { approvedFen = 6_000 }), 422, "mutual_aid.fund_not_mutual_aid");
            Assert.That(refused.Raw.GetProperty("detail").GetString(), Does.Contain("mutual_aid"));
            await Problem.ExpectAsync(await maker.PostAsync($"/api/v1/admin/mutual-aid/claims/{approved}/payment", null), 422,
                "mutual_aid.fund_not_mutual_aid");
            await Problem.ExpectAsync(await checker.PostAsync($"/api/v1/admin/mutual-aid/claims/{proposed}/payment/confirm", null), 422,
                "mutual_aid.fund_not_mutual_aid");
            await Problem.ExpectAsync(await checker.PostAsync($"/api/v1/admin/disbursements/{S(disbursementId)}/confirm", null), 422,
                "mutual_aid.fund_not_mutual_aid");
            Assert.That(await SnapshotAsync(), Is.EqualTo(before), $"nothing written ({kind})");
        }

        // back on a mutual_aid fund, the same steps go through
        await db.ExecuteAsync("UPDATE fund SET kind = 'mutual_aid' WHERE id = @fundId", new { fundId });
        await JsonAsync(await maker.PostAsJsonAsync($"/api/v1/admin/mutual-aid/claims/{submitted}/approve", new { approvedFen = 6_000 }), 200);
        await JsonAsync(await maker.PostAsync($"/api/v1/admin/mutual-aid/claims/{approved}/payment", null), 200);
        await JsonAsync(await checker.PostAsync($"/api/v1/admin/mutual-aid/claims/{proposed}/payment/confirm", null), 200);
        Assert.That(await MutualAidFunds.TotalsMatchLedgerAsync(fundId), Is.EqualTo((21_000L, 8_000L)));
    }

    [Test]
    public async Task Two_staff_confirming_one_payment_at_once_pay_it_once_and_the_maker_cannot_confirm()
    {
        using var desk = await DeskAsync();
        var (city, admin, maker, checker, fundId, planId) = desk;
        using var secondChecker = await NewStaffAsync("org_admin", S(city));
        await using var db = await DbAsync();

        for (var round = 0; round < 3; round++)
        {
            var claimId = await ApprovedAsync(maker, city, planId, 8_000);
            var proposed = await JsonAsync(await maker.PostAsync($"/api/v1/admin/mutual-aid/claims/{claimId}/payment", null), 200);
            Assert.That(proposed.GetProperty("status").GetString(), Is.EqualTo("payment_proposed"));
            await Problem.ExpectAsync(await maker.PostAsync($"/api/v1/admin/mutual-aid/claims/{claimId}/payment", null), 409, "mutual_aid.claim_wrong_state");
            var disbursementId = await db.ExecuteScalarAsync<long>(
                "SELECT id FROM fund_disbursement WHERE mutual_aid_claim_id = @claimId AND status = 'proposed'", new { claimId });

            // the maker cannot confirm, by the claim's route nor by the funds' route
            await Problem.ExpectAsync(await maker.PostAsync($"/api/v1/admin/mutual-aid/claims/{claimId}/payment/confirm", null), 403, "mutual_aid.same_staff");
            await Problem.ExpectAsync(await maker.PostAsync($"/api/v1/admin/disbursements/{S(disbursementId)}/confirm", null), 403, "disbursement.same_user");

            var answers = await Task.WhenAll(
                checker.PostAsync($"/api/v1/admin/mutual-aid/claims/{claimId}/payment/confirm", null),
                round == 0
                    ? checker.PostAsync($"/api/v1/admin/disbursements/{S(disbursementId)}/confirm", null)
                    : secondChecker.PostAsync($"/api/v1/admin/mutual-aid/claims/{claimId}/payment/confirm", null));
            Assert.That(answers.Select(a => (int)a.StatusCode).Order(), Is.EqualTo(new[] { 200, 409 }),
                string.Join(" | ", await Task.WhenAll(answers.Select(a => a.Content.ReadAsStringAsync()))));
            Assert.Multiple(async () =>
            {
                Assert.That(await db.ExecuteScalarAsync<int>(
                    "SELECT COUNT(*) FROM fund_ledger WHERE entry = 'disbursement' AND mutual_aid_claim_id = @claimId AND disbursement_id = @disbursementId",
                    new { claimId, disbursementId }), Is.EqualTo(1), "one ledger row");
                Assert.That(await db.ExecuteScalarAsync<int>("""
                    SELECT COUNT(*) FROM mutual_aid_claim c JOIN fund_disbursement d ON d.mutual_aid_claim_id = c.id
                    WHERE c.id = @claimId AND c.status = 'paid' AND c.paid_fen = 8000 AND c.committed_fen = 8000 AND d.status = 'paid'
                      AND d.proposed_by <> d.confirmed_by AND d.application_id IS NULL
                    """, new { claimId }), Is.EqualTo(1), "the claim is paid by its disbursement, maker and checker differ");
                Assert.That(await db.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM notification_outbox WHERE dedupe_key = @key",
                    new { key = $"mutual_aid.claim_progress:{claimId}:paid" }), Is.EqualTo(1), "the member is told once");
            });
        }

        Assert.That(await MutualAidFunds.TotalsMatchLedgerAsync(fundId), Is.EqualTo((24_000L, 24_000L)));
        var fund = await JsonAsync(await checker.GetAsync($"/api/v1/admin/funds/{fundId}"), 200);
        Assert.That(fund.GetProperty("disbursedFen").GetInt64(), Is.EqualTo(24_000), "the fund's figures include the claims");
    }

    [Test]
    public async Task Cancelling_a_proposed_payment_frees_the_amount_and_the_funds_view_names_the_claim()
    {
        using var desk = await DeskAsync();
        var (city, admin, maker, checker, fundId, planId) = desk;
        var claimId = await ApprovedAsync(maker, city, planId, 5_000);
        await using var db = await DbAsync();

        await Problem.ExpectAsync(await maker.PostAsJsonAsync($"/api/v1/admin/mutual-aid/claims/{claimId}/payment/cancel", new { reason = "账号有误" }), 409,
            "mutual_aid.claim_wrong_state");
        await JsonAsync(await maker.PostAsync($"/api/v1/admin/mutual-aid/claims/{claimId}/payment", null), 200);
        await Problem.ExpectAsync(await checker.PostAsJsonAsync($"/api/v1/admin/mutual-aid/claims/{claimId}/payment/cancel", new { reason = " " }), 422,
            "validation.failed");
        var cancelled = await JsonAsync(await checker.PostAsJsonAsync($"/api/v1/admin/mutual-aid/claims/{claimId}/payment/cancel", new { reason = "银行账号有误" }),
            200);
        Assert.That(cancelled.GetProperty("status").GetString(), Is.EqualTo("approved"));
        Assert.Multiple(async () =>
        {
            Assert.That(await db.ExecuteScalarAsync<long>("SELECT committed_fen FROM mutual_aid_claim WHERE id = @claimId", new { claimId }), Is.Zero,
                "the amount is free again");
            Assert.That(await db.ExecuteScalarAsync<string>("SELECT status FROM fund_disbursement WHERE mutual_aid_claim_id = @claimId", new { claimId }),
                Is.EqualTo("cancelled"));
            Assert.That(await db.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM fund_ledger WHERE mutual_aid_claim_id = @claimId AND entry = 'disbursement'",
                new { claimId }), Is.Zero, "no money moved");
        });

        // proposed again (the amount was freed), cancelled through the funds' route, proposed once more and paid through it
        await JsonAsync(await checker.PostAsync($"/api/v1/admin/mutual-aid/claims/{claimId}/payment", null), 200);
        var second = await db.ExecuteScalarAsync<long>("SELECT id FROM fund_disbursement WHERE mutual_aid_claim_id = @claimId AND status = 'proposed'",
            new { claimId });
        var viaFunds = await JsonAsync(await maker.PostAsJsonAsync($"/api/v1/admin/disbursements/{S(second)}/cancel", new { reason = "重复提交" }), 200);
        Assert.Multiple(() =>
        {
            Assert.That(viaFunds.GetProperty("caseKind").GetString(), Is.EqualTo("mutual_aid_claim"));
            Assert.That(viaFunds.GetProperty("mutualAidClaimId").GetString(), Is.EqualTo(claimId));
            Assert.That(viaFunds.GetProperty("applicationId").ValueKind, Is.EqualTo(JsonValueKind.Null));
            Assert.That(viaFunds.GetProperty("caseStatus").GetString(), Is.EqualTo("approved"));
        });
        await JsonAsync(await checker.PostAsync($"/api/v1/admin/mutual-aid/claims/{claimId}/payment", null), 200);
        var third = await db.ExecuteScalarAsync<long>("SELECT id FROM fund_disbursement WHERE mutual_aid_claim_id = @claimId AND status = 'proposed'",
            new { claimId });
        var paid = await JsonAsync(await maker.PostAsync($"/api/v1/admin/disbursements/{S(third)}/confirm", null), 200);
        Assert.Multiple(() =>
        {
            Assert.That(paid.GetProperty("status").GetString(), Is.EqualTo("paid"));
            Assert.That(paid.GetProperty("caseStatus").GetString(), Is.EqualTo("paid"));
        });
        Assert.That(await MutualAidFunds.TotalsMatchLedgerAsync(fundId), Is.EqualTo((5_000L, 5_000L)));
        Assert.That(await db.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM fund_disbursement WHERE mutual_aid_claim_id = @claimId", new { claimId }), Is.EqualTo(3));
    }

    /// <summary>
    /// A plan left on a relief fund (a legacy row: made here by changing the fund's kind in the database) could never pay a claim, so
    /// members are not offered it, cannot enrol in it (alone or in a batch) and an enrolled member cannot file a claim on it: 422
    /// <c>mutual_aid.fund_not_mutual_aid</c>, nothing written (no claim, document or notice). Moved to a mutual_aid fund, it works again.
    /// </summary>
    [Test]
    public async Task A_plan_on_a_relief_fund_takes_no_enrolment_nor_claim_and_is_not_offered_until_it_is_moved()
    {
        using var desk = await DeskAsync();
        var (city, admin, _, _, fundId, planId) = desk;
        using var enrolled = WithToken(MemberToken(await Seed.VerifiedMemberAsync(city)));
        var enrolmentId = (await JsonAsync(await enrolled.PostAsJsonAsync("/api/v1/mutual-aid/enrolments", new { planId }), 201)).GetProperty("id").GetString();
        using var newcomer = WithToken(MemberToken(await Seed.VerifiedMemberAsync(city, "李四")));
        await using var db = await DbAsync();
        await db.ExecuteAsync("UPDATE fund SET kind = 'hardship' WHERE id = @fundId", new { fundId });
        object Claim() => new { enrolmentId, eventType = "accident", eventOn = Day(Today.AddDays(-1)), askedFen = 5_000L, description = "工作中被机器划伤手臂" };

        async Task<string> SnapshotAsync() => await db.QuerySingleAsync<string>("""
            SELECT CONCAT_WS('|', (SELECT COUNT(*) FROM mutual_aid_claim WHERE plan_id = @planId), (SELECT COUNT(*) FROM mutual_aid_claim_document),
              (SELECT COUNT(*) FROM mutual_aid_enrolment WHERE plan_id = @planId), (SELECT COUNT(*) FROM mutual_aid_batch WHERE plan_id = @planId),
              (SELECT COUNT(*) FROM notification_outbox))
            """, new { planId });
        var before = await SnapshotAsync();

        var offered = await JsonAsync(await newcomer.GetAsync("/api/v1/mutual-aid/plans"), 200);
        Assert.That(offered.EnumerateArray().Select(p => p.GetProperty("plan").GetProperty("id").GetString()), Has.No.Member(planId),
            "a plan that cannot pay is not offered");
        var refused = await Problem.ExpectAsync(await enrolled.PostAsJsonAsync("/api/v1/me/mutual-aid/claims", Claim()), 422, "mutual_aid.fund_not_mutual_aid");
        Assert.That(refused.Raw.GetProperty("detail").GetString(), Does.Contain("mutual_aid"));
        await Problem.ExpectAsync(await newcomer.PostAsJsonAsync("/api/v1/mutual-aid/enrolments", new { planId }), 422, "mutual_aid.fund_not_mutual_aid");
        using (var batch = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/admin/orgs/{S(city)}/mutual-aid-plans/{planId}/enrolments")
               { Content = new StringContent("会员卡号\nNOSUCHCARD\n", System.Text.Encoding.UTF8, "text/csv") })
        {
            await Problem.ExpectAsync(await admin.SendAsync(batch), 422, "mutual_aid.fund_not_mutual_aid");
        }

        Assert.That(await SnapshotAsync(), Is.EqualTo(before), "nothing written");

        // moved to a mutual_aid fund, the plan is offered and takes enrolments and claims again
        var other = await MutualAidFunds.CreateAsync(city);
        var moved = await JsonAsync(await admin.PutAsJsonAsync($"/api/v1/admin/mutual-aid/plans/{planId}/fund", new { fundId = other, reason = "改由互助保障资金支付" }),
            200);
        Assert.That(moved.GetProperty("fundId").GetString(), Is.EqualTo(other));
        offered = await JsonAsync(await newcomer.GetAsync("/api/v1/mutual-aid/plans"), 200);
        Assert.That(offered.EnumerateArray().Select(p => p.GetProperty("plan").GetProperty("id").GetString()), Has.Member(planId));
        await JsonAsync(await newcomer.PostAsJsonAsync("/api/v1/mutual-aid/enrolments", new { planId }), 201);
        await JsonAsync(await enrolled.PostAsJsonAsync("/api/v1/me/mutual-aid/claims", Claim()), 201);
    }

    /// <summary>
    /// A draft plan on a relief fund (a legacy row: the fund's kind changed in the database) is not opened: 422
    /// <c>mutual_aid.fund_not_mutual_aid</c>, the plan row unchanged (still a draft, same updated_at) and no audit row; closing it is still
    /// allowed. Moved to a mutual_aid fund, it opens.
    /// </summary>
    [Test]
    public async Task A_draft_plan_on_a_relief_fund_is_not_opened_until_it_is_moved_to_a_mutual_aid_fund()
    {
        var city = await Seed.OrgAsync("市总工会");
        using var admin = await NewStaffAsync("org_admin", S(city));
        var fundId = await MutualAidFunds.CreateAsync(city);
        var body = JsonSerializer.SerializeToNode(PlanBody(fundId))!.AsObject();
        body["status"] = "draft";
        var planId = (await JsonAsync(await admin.PostAsJsonAsync("/api/v1/admin/mutual-aid/plans", body), 201)).GetProperty("id").GetString()!;
        var closing = (await JsonAsync(await admin.PostAsJsonAsync("/api/v1/admin/mutual-aid/plans", body), 201)).GetProperty("id").GetString()!;
        await using var db = await DbAsync();
        await db.ExecuteAsync("UPDATE fund SET kind = 'hardship' WHERE id = @fundId", new { fundId });
        async Task<string> RowAsync() => await db.QuerySingleAsync<string>(
            "SELECT CONCAT_WS('|', status, fund_id, DATE_FORMAT(updated_at, '%Y-%m-%d %H:%i:%s.%f')) FROM mutual_aid_plan WHERE id = @planId", new { planId });
        async Task<int> AuditedAsync() => await db.ExecuteScalarAsync<int>(
            "SELECT COUNT(*) FROM audit_log WHERE action = 'mutual_aid_plan.status' AND entity_id IN (@planId, @closing)", new { planId, closing });
        var before = await RowAsync();
        Api.Clock.Advance(TimeSpan.FromSeconds(1)); // a write would move updated_at

        var refused = await Problem.ExpectAsync(await admin.PostAsJsonAsync($"/api/v1/admin/mutual-aid/plans/{planId}/status", new { status = "open" }),
            422, "mutual_aid.fund_not_mutual_aid");
        Assert.That(refused.Raw.GetProperty("detail").GetString(), Does.Contain("mutual_aid"));
        var (after, audited) = (await RowAsync(), await AuditedAsync());
        Assert.Multiple(() =>
        {
            Assert.That(after, Is.EqualTo(before), "the plan row is unchanged");
            Assert.That(before, Does.StartWith($"draft|{fundId}|"));
            Assert.That(audited, Is.Zero, "no audit row");
        });

        // closing a plan that cannot pay is allowed (it takes nobody)
        var closed = await JsonAsync(await admin.PostAsJsonAsync($"/api/v1/admin/mutual-aid/plans/{closing}/status", new { status = "closed" }), 200);
        Assert.That(closed.GetProperty("status").GetString(), Is.EqualTo("closed"));

        // moved to a mutual_aid fund, it opens
        var other = await MutualAidFunds.CreateAsync(city);
        await JsonAsync(await admin.PutAsJsonAsync($"/api/v1/admin/mutual-aid/plans/{planId}/fund", new { fundId = other, reason = "改由互助保障资金支付" }), 200);
        var opened = await JsonAsync(await admin.PostAsJsonAsync($"/api/v1/admin/mutual-aid/plans/{planId}/status", new { status = "open" }), 200);
        Assert.That((opened.GetProperty("status").GetString(), opened.GetProperty("fundId").GetString()), Is.EqualTo(("open", other)));
        Assert.That(await AuditedAsync(), Is.EqualTo(2), "the close and the open");
    }

    /// <summary>
    /// PUT /admin/mutual-aid/plans/{id}/fund: the target is a mutual_aid fund inside the caller's scope (404 for another city's fund or
    /// plan, 422 on fundId for a relief fund), a reason is required; while claims are approved and unpaid, or payments proposed, the move
    /// is refused with 409 <c>mutual_aid.plan_has_unpaid_claims</c> naming how many, nothing changed. Once they are paid it moves, audited
    /// with the old and new fund and the reason; paid claims stay on the old fund's ledger and new approvals are booked on the new fund.
    /// </summary>
    [Test]
    public async Task A_plans_fund_moves_only_to_a_mutual_aid_fund_in_scope_and_not_while_money_is_committed()
    {
        using var desk = await DeskAsync();
        var (city, admin, maker, checker, fundId, planId) = desk;
        var target = await MutualAidFunds.CreateAsync(city);
        var otherCity = await Seed.OrgAsync("另一个市总工会");
        var foreignFund = await MutualAidFunds.CreateAsync(otherCity);
        using var foreignAdmin = await NewStaffAsync("org_admin", S(otherCity));
        using var reviewer = await NewStaffAsync("reviewer");
        var reliefFund = (await JsonAsync(await reviewer.PostAsJsonAsync("/api/v1/admin/funds", new
        {
            name = "2026 年帮扶资金", kind = "hardship", year = 2026, budgetFen = 1_000_000L, maxGrantFen = 100_000L, orgId = S(city),
        }), 201)).GetProperty("id").GetString()!;
        var approved = await ApprovedAsync(maker, city, planId, 7_000);
        var proposed = await ApprovedAsync(maker, city, planId, 8_000);
        await JsonAsync(await maker.PostAsync($"/api/v1/admin/mutual-aid/claims/{proposed}/payment", null), 200);
        await using var db = await DbAsync();
        Task<string> PlanFundAsync() => db.ExecuteScalarAsync<string>("SELECT CAST(fund_id AS CHAR) FROM mutual_aid_plan WHERE id = @planId", new { planId })!;
        Task<int> AuditsAsync() => db.ExecuteScalarAsync<int>(
            "SELECT COUNT(*) FROM audit_log WHERE action = 'mutual_aid_plan.fund_change' AND entity_id = @planId", new { planId });
        Task<HttpResponseMessage> Move(HttpClient staff, string? to, string? reason = "改由新年度互助保障资金支付") =>
            staff.PutAsJsonAsync($"/api/v1/admin/mutual-aid/plans/{planId}/fund", new { fundId = to, reason });

        await Problem.ExpectAsync(await Move(admin, foreignFund), 404, "not_found");
        await Problem.ExpectAsync(await Move(foreignAdmin, foreignFund), 404, "not_found");
        var kind = await Problem.ExpectAsync(await Move(admin, reliefFund), 422, "validation.failed");
        Assert.That(kind.Raw.GetProperty("errors").GetProperty("fundId")[0].GetString(), Does.Contain("mutual_aid"));
        await Problem.ExpectAsync(await Move(admin, target, " "), 422, "validation.failed");
        await Problem.ExpectAsync(await Move(admin, null), 422, "validation.failed");
        var busy = await Problem.ExpectAsync(await Move(admin, target), 409, "mutual_aid.plan_has_unpaid_claims");
        Assert.Multiple(async () =>
        {
            Assert.That(busy.Raw.GetProperty("approvedClaims").GetInt64(), Is.EqualTo(1));
            Assert.That(busy.Raw.GetProperty("proposedPayments").GetInt64(), Is.EqualTo(1));
            Assert.That(await PlanFundAsync(), Is.EqualTo(fundId), "nothing changed");
            Assert.That(await AuditsAsync(), Is.Zero);
        });

        // the proposed payment confirmed: one approved claim is still unpaid
        await JsonAsync(await checker.PostAsync($"/api/v1/admin/mutual-aid/claims/{proposed}/payment/confirm", null), 200);
        busy = await Problem.ExpectAsync(await Move(admin, target), 409, "mutual_aid.plan_has_unpaid_claims");
        Assert.That((busy.Raw.GetProperty("approvedClaims").GetInt64(), busy.Raw.GetProperty("proposedPayments").GetInt64()), Is.EqualTo((1L, 0L)));
        await JsonAsync(await maker.PostAsync($"/api/v1/admin/mutual-aid/claims/{approved}/payment", null), 200);
        await JsonAsync(await checker.PostAsync($"/api/v1/admin/mutual-aid/claims/{approved}/payment/confirm", null), 200);

        var moved = await JsonAsync(await Move(admin, target), 200);
        Assert.That(moved.GetProperty("fundId").GetString(), Is.EqualTo(target));
        var audit = await db.QuerySingleAsync<string>(
            "SELECT details FROM audit_log WHERE action = 'mutual_aid_plan.fund_change' AND entity = 'mutual_aid_plan' AND entity_id = @planId", new { planId });
        using (var details = JsonDocument.Parse(audit))
        {
            Assert.That((details.RootElement.GetProperty("oldFundId").GetString(), details.RootElement.GetProperty("newFundId").GetString(),
                details.RootElement.GetProperty("reason").GetString()), Is.EqualTo((fundId, target, "改由新年度互助保障资金支付")));
        }

        // the same fund again changes nothing and is not audited again
        await JsonAsync(await Move(admin, target), 200);
        Assert.That(await AuditsAsync(), Is.EqualTo(1));

        var fresh = await ApprovedAsync(maker, city, planId, 3_000);
        Assert.Multiple(async () =>
        {
            Assert.That(await MutualAidFunds.TotalsMatchLedgerAsync(fundId), Is.EqualTo((15_000L, 15_000L)), "paid claims stay on the old fund");
            Assert.That(await MutualAidFunds.TotalsMatchLedgerAsync(target), Is.EqualTo((3_000L, 0L)), "new approvals are booked on the new fund");
            Assert.That(await db.ExecuteScalarAsync<string>("SELECT CAST(fund_id AS CHAR) FROM mutual_aid_claim WHERE id = @fresh", new { fresh }),
                Is.EqualTo(target));
        });
    }

    /// <summary>
    /// The interleaving the plan row's lock exists for, forced: an approval has read the claim (and the plan's fund) but is held before its
    /// decision (the test holds the claim row's lock) while a move to another fund is sent. The move must wait for the approval, then count
    /// it and refuse (409), so the approval is booked on the fund the plan still has; without the lock the move would commit first and the
    /// approval would be booked on the fund the plan had left.
    /// </summary>
    [Test]
    public async Task A_move_sent_while_an_approval_is_under_way_waits_for_it_and_is_refused()
    {
        using var desk = await DeskAsync();
        var (city, admin, maker, _, fundA, planId) = desk;
        var fundB = await MutualAidFunds.CreateAsync(city);
        var claimId = await ClaimAsync(city, planId, 2_000);
        Task<HttpResponseMessage> approval, move;
        await using (var holder = await DbAsync())
        {
            await using var tx = await holder.BeginTransactionAsync();
            Assert.That(await holder.QueryAsync<long>("SELECT id FROM mutual_aid_claim WHERE id = @claimId FOR UPDATE", new { claimId }, tx), Is.Not.Empty);
            approval = maker.PostAsJsonAsync($"/api/v1/admin/mutual-aid/claims/{claimId}/approve", new { approvedFen = 2_000 });
            await WaitForStatementsAsync("UPDATE mutual_aid_claim SET status = 'approved'"); // it has read the plan's fund, waits for the claim row
            move = admin.PutAsJsonAsync($"/api/v1/admin/mutual-aid/plans/{planId}/fund", new { fundId = fundB, reason = "换用新年度资金" });
            await WaitForStatementsAsync("SELECT fund_id FROM mutual_aid_plan WHERE id = % FOR UPDATE"); // the move waits for the approval's plan lock
            await tx.CommitAsync();
        }

        await JsonAsync(await approval, 200);
        var refused = await Problem.ExpectAsync(await move, 409, "mutual_aid.plan_has_unpaid_claims");
        Assert.That(refused.Raw.GetProperty("approvedClaims").GetInt64(), Is.EqualTo(1));
        await using var db = await DbAsync();
        Assert.Multiple(async () =>
        {
            Assert.That(await db.ExecuteScalarAsync<string>("SELECT CAST(fund_id AS CHAR) FROM mutual_aid_plan WHERE id = @planId", new { planId }),
                Is.EqualTo(fundA));
            Assert.That(await db.ExecuteScalarAsync<string>("SELECT CAST(fund_id AS CHAR) FROM mutual_aid_claim WHERE id = @claimId", new { claimId }),
                Is.EqualTo(fundA), "booked on the fund the plan still has");
            Assert.That(await MutualAidFunds.TotalsMatchLedgerAsync(fundA), Is.EqualTo((2_000L, 0L)));
            Assert.That(await MutualAidFunds.TotalsMatchLedgerAsync(fundB), Is.EqualTo((0L, 0L)));
        });
    }

    /// <summary>
    /// Approvals racing a fund move, as real parallel requests: the move and the approvals serialise on the plan row, so an approval is
    /// booked on the fund the plan has when it commits, never on one the plan left; a move that comes after an approval is refused and
    /// names it. Starting on a relief fund, no approval is ever booked on it (each is refused or booked on the mutual_aid fund).
    /// </summary>
    [Test]
    public async Task Approvals_racing_a_fund_move_are_never_booked_on_a_fund_the_plan_left_nor_on_a_relief_fund()
    {
        using var desk = await DeskAsync();
        var (city, admin, maker, checker, fundA, planId) = desk;
        var fundB = await MutualAidFunds.CreateAsync(city);
        var relief = await MutualAidFunds.CreateAsync(city);
        async Task<List<string>> ClaimsAsync()
        {
            var made = new List<string>();
            for (var i = 0; i < 6; i++)
            {
                made.Add(await ClaimAsync(city, planId, 1_000));
            }

            return made;
        }

        // the first round's claims are filed while the plan is still on a mutual_aid fund, then it is left on a relief fund
        var firstClaims = await ClaimsAsync();
        await using var db = await DbAsync();
        await db.ExecuteAsync("UPDATE fund SET kind = 'hardship' WHERE id = @relief", new { relief });
        await db.ExecuteAsync("UPDATE mutual_aid_plan SET fund_id = @relief WHERE id = @planId", new { relief, planId });

        var from = relief;
        foreach (var to in new[] { fundA, fundB, fundA })
        {
            var claims = from == relief ? firstClaims : await ClaimsAsync();

            // the move is sent amid the approvals (after half of them), all in flight at once
            Task<HttpResponseMessage> Approve(string c) => maker.PostAsJsonAsync($"/api/v1/admin/mutual-aid/claims/{c}/approve", new { approvedFen = 1_000 });
            var early = claims.Take(3).Select(Approve).ToList();
            var move = admin.PutAsJsonAsync($"/api/v1/admin/mutual-aid/plans/{planId}/fund", new { fundId = to, reason = "换用互助保障资金" });
            var late = claims.Skip(3).Select(Approve).ToList();
            var answers = await Task.WhenAll(early.Concat(late).Append(move));
            var moveAnswer = answers[^1];
            var planFund = await db.ExecuteScalarAsync<string>("SELECT CAST(fund_id AS CHAR) FROM mutual_aid_plan WHERE id = @planId", new { planId });
            var booked = (await db.QueryAsync<(string Id, string? Status, string? FundId)>(
                "SELECT CAST(id AS CHAR), status, CAST(fund_id AS CHAR) FROM mutual_aid_claim WHERE id IN @claims", new { claims })).ToList();
            var statuses = string.Join(" | ", answers.Select(a => (int)a.StatusCode));
            if (moveAnswer.IsSuccessStatusCode)
            {
                Assert.That(planFund, Is.EqualTo(to), statuses);
                Assert.That(booked.Where(c => c.Status == "approved").Select(c => c.FundId), Is.All.EqualTo(to),
                    $"a move that went through came before every approval ({statuses})");
            }
            else
            {
                var refused = await Problem.ExpectAsync(moveAnswer, 409, "mutual_aid.plan_has_unpaid_claims");
                Assert.That(planFund, Is.EqualTo(from), statuses);
                Assert.That(booked.Where(c => c.Status == "approved").Select(c => c.FundId), Is.All.EqualTo(from), statuses);
                Assert.That(refused.Raw.GetProperty("approvedClaims").GetInt64(), Is.GreaterThan(0));
            }

            foreach (var (answer, claim) in answers[..^1].Zip(claims))
            {
                var row = booked.Single(c => c.Id == claim);
                if (answer.IsSuccessStatusCode)
                {
                    Assert.That(row.FundId, Is.Not.EqualTo(relief), "never booked on a relief fund");
                }
                else
                {
                    await Problem.ExpectAsync(answer, 422, "mutual_aid.fund_not_mutual_aid");
                    Assert.That((row.Status, from), Is.EqualTo(("submitted", relief)), "only an approval that read the relief fund is refused");
                }
            }

            Assert.That(await db.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM fund_ledger WHERE fund_id = @relief", new { relief }), Is.Zero,
                "no money on the relief fund");
            foreach (var f in new[] { fundA, fundB })
            {
                await MutualAidFunds.TotalsMatchLedgerAsync(f);
            }

            // pay what was approved so the next round's move is not held back by it; approve what was refused on the relief fund
            foreach (var claim in claims)
            {
                if (booked.Single(c => c.Id == claim).Status == "submitted")
                {
                    await JsonAsync(await maker.PostAsJsonAsync($"/api/v1/admin/mutual-aid/claims/{claim}/approve", new { approvedFen = 1_000 }), 200);
                }

                await JsonAsync(await maker.PostAsync($"/api/v1/admin/mutual-aid/claims/{claim}/payment", null), 200);
                await JsonAsync(await checker.PostAsync($"/api/v1/admin/mutual-aid/claims/{claim}/payment/confirm", null), 200);
            }

            from = planFund!;
            if (!moveAnswer.IsSuccessStatusCode)
            {
                await JsonAsync(await admin.PutAsJsonAsync($"/api/v1/admin/mutual-aid/plans/{planId}/fund", new { fundId = to, reason = "换用互助保障资金" }), 200);
                from = to;
            }
        }
    }
}

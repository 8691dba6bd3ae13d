using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using Dapper;
using UnionHub.IntegrationTests.Features.Hardship;
using UnionHub.IntegrationTests.Features.MutualAid;

namespace UnionHub.IntegrationTests.Features.Funds;

/// <summary>
/// Money a published grant lottery promised cannot be spent by anything else (ADR 0018, 2026-12-04 evening): every route that books a
/// grant (review meeting, hardship award, mutual-aid approval) and a donation reversal leave <c>budget + donated - granted - promised</c>
/// at least zero under the fund's lock, else 409 fund.promised_to_lottery with the figures and the lotteries' ids and nothing written;
/// a grant that fits beside the promises goes through.
/// </summary>
public sealed class GrantPromiseTests : HardshipTest
{
    private static IEnumerable<string?> LotteryIds(JsonElement body) => body.GetProperty("lotteryIds").EnumerateArray().Select(e => e.GetString());

    private static void AssertFigures(JsonElement body, long budget, long donated, long granted, long promised, long needed, long headroom,
        params string[] lotteryIds) =>
        Assert.Multiple(() =>
        {
            Assert.That(body.GetProperty("code").GetString(), Is.EqualTo("fund.promised_to_lottery"));
            Assert.That(body.GetProperty("budgetFen").GetInt64(), Is.EqualTo(budget), "budgetFen");
            Assert.That(body.GetProperty("donatedFen").GetInt64(), Is.EqualTo(donated), "donatedFen");
            Assert.That(body.GetProperty("grantedFen").GetInt64(), Is.EqualTo(granted), "grantedFen");
            Assert.That(body.GetProperty("promisedFen").GetInt64(), Is.EqualTo(promised), "promisedFen");
            Assert.That(body.GetProperty("neededFen").GetInt64(), Is.EqualTo(needed), "neededFen");
            Assert.That(body.GetProperty("headroomFen").GetInt64(), Is.EqualTo(headroom), "headroomFen");
            Assert.That(LotteryIds(body), Is.EqualTo(lotteryIds), "lotteryIds");
        });

    private static async Task<long> CountAsync(string sql, object args)
    {
        await using var db = await DbAsync();
        return await db.ExecuteScalarAsync<long>(sql, args);
    }

    private static async Task<string> PublishedLotteryAsync(HttpClient admin, string fundId, int places)
    {
        var id = await DraftGrantLotteryAsync(admin, fundId, places);
        await JsonAsync(await PublishAsync(admin, id), 200);
        return id;
    }

    /// <summary>
    /// Budget 1,000,000, a published lottery promises 16 x 50,000 = 800,000: a meeting granting 300,000 (the money is there) is 409
    /// fund.promised_to_lottery with every figure and nothing written (no meeting, decision, ledger row or audit row; the application still
    /// submitted); 200,000, what the promise leaves, is granted, and then not even 1 fen more.
    /// </summary>
    [Test]
    public async Task A_review_meeting_may_not_grant_money_a_published_lottery_promised_and_writes_nothing()
    {
        using var admin = await AdminAsync();
        var fundId = await CreateFundAsync(admin, budgetFen: 1_000_000, maxGrantFen: 300_000);
        var lotteryId = await PublishedLotteryAsync(admin, fundId, places: 16);
        var app = await ApplyAsync(await NewVerifiedMemberAsync(), fundId, 300_000);

        var refused = await Problem.ExpectAsync(await MeetingAsync(admin, fundId, Decision(app, "approve", 300_000)), 409, "fund.promised_to_lottery");
        AssertFigures(refused.Raw, 1_000_000, 0, 0, 800_000, 300_000, 200_000, lotteryId);
        Assert.That(await StatusOfAsync(app), Is.EqualTo("submitted"));
        Assert.That(await CountAsync("SELECT COUNT(*) FROM review_meeting WHERE fund_id = @fundId", new { fundId }), Is.Zero);
        Assert.That(await CountAsync("SELECT COUNT(*) FROM fund_ledger WHERE fund_id = @fundId", new { fundId }), Is.Zero);
        Assert.That(await CountAsync("SELECT COUNT(*) FROM audit_log WHERE action = 'review_meeting.create' AND details LIKE CONCAT('%', @fundId, '%')", new { fundId }), Is.Zero);
        Assert.That(await CountAsync("SELECT granted_fen FROM fund WHERE id = @fundId", new { fundId }), Is.Zero);

        await JsonAsync(await MeetingAsync(admin, fundId, Decision(app, "approve", 200_000)), 201);
        var (granted, _) = await AssertLedgerMatchesAsync(admin, fundId);
        Assert.That(granted, Is.EqualTo(200_000));

        // the rest of the budget is all promised: nothing more is granted, whatever the amount
        var other = await ApplyAsync(await NewVerifiedMemberAsync(), fundId, 300_000);
        var full = await Problem.ExpectAsync(await MeetingAsync(admin, fundId, Decision(other, "approve", 1)), 409, "fund.promised_to_lottery");
        AssertFigures(full.Raw, 1_000_000, 0, 200_000, 800_000, 1, 0, lotteryId);
    }

    /// <summary>
    /// A hardship round's fund of 500,000 with a published lottery promising 300,000: the standard award of 300,000 is 409
    /// fund.promised_to_lottery, nothing written (no award, no fund application, the declaration still in notice, no audit row, no notice
    /// to the member); an award of 200,000 fits beside the promise.
    /// </summary>
    [Test]
    public async Task A_hardship_award_may_not_spend_money_a_published_lottery_promised_and_writes_nothing()
    {
        var orgs = await OrgsAsync();
        using var grassroots = await NewStaffAsync("org_admin", S(orgs.GrassrootsA1));
        var districtUser = await NewStaffUserAsync("org_admin", orgs.DistrictA);
        using var district = await LoginAsync(districtUser);
        using var admin = await AdminAsync();
        var (roundId, fundId) = await RoundAsync(district, orgs.DistrictA, budgetFen: 500_000);
        var lotteryId = await PublishedLotteryAsync(admin, fundId, places: 6);
        var (memberId, _) = await RegisteredMemberAsync(grassroots, orgs.GrassrootsA1);
        var declarationId = await DeclareAsMemberAsync(memberId, roundId);
        await JsonAsync(await ReviewAsync(grassroots, declarationId, "grassroots-review"), 200);
        await JsonAsync(await ReviewAsync(district, declarationId, "district-review"), 200);
        AdvanceTo((await NoticeEndAsync(declarationId)).AddMinutes(1));
        using var approver = await LoginAsync(districtUser); // a token from after the clock moved
        using var reviewer = await NewStaffAsync("reviewer");

        var refused = await Problem.ExpectAsync(await ApproveAsync(approver, declarationId), 409, "fund.promised_to_lottery");
        AssertFigures(refused.Raw, 500_000, 0, 0, 300_000, 300_000, 200_000, lotteryId);
        Assert.That(await CountAsync("SELECT COUNT(*) FROM hardship_award WHERE member_id = @memberId", new { memberId }), Is.Zero);
        Assert.That(await CountAsync("SELECT COUNT(*) FROM fund_application WHERE member_id = @memberId", new { memberId }), Is.Zero);
        Assert.That(await CountAsync("SELECT COUNT(*) FROM fund_ledger WHERE fund_id = @fundId", new { fundId }), Is.Zero);
        Assert.That(await CountAsync("SELECT COUNT(*) FROM audit_log WHERE action = 'hardship_declaration.approve' AND entity_id = @declarationId", new { declarationId }), Is.Zero);
        Assert.That(await CountAsync("SELECT COUNT(*) FROM hardship_declaration WHERE id = @declarationId AND status = 'in_notice'",
            new { declarationId }), Is.EqualTo(1));
        Assert.That(await OutboxCountAsync(memberId), Is.Zero);

        var approved = await JsonAsync(await ApproveAsync(approver, declarationId, 200_000), 200);
        Assert.That(approved.GetProperty("award").GetProperty("amountFen").GetInt64(), Is.EqualTo(200_000));
        var (granted, _) = await AssertLedgerMatchesAsync(reviewer, fundId);
        Assert.That(granted, Is.EqualTo(200_000));
    }

    /// <summary>
    /// A mutual_aid fund of 350,000 holding the promise of a published lottery (300,000; a row from before lotteries were refused such
    /// funds, made here by moving a published lottery's fund in the database): approving 80,000 is 409 fund.promised_to_lottery, nothing
    /// written (the claim still submitted, its cover unchanged, no ledger row, no audit row); 50,000 fits beside the promise.
    /// </summary>
    [Test]
    public async Task A_mutual_aid_approval_may_not_spend_money_a_published_lottery_promised_and_writes_nothing()
    {
        var city = await Seed.OrgAsync("市总工会");
        using var orgAdmin = await NewStaffAsync("org_admin", S(city));
        using var reviewer = await NewStaffAsync("reviewer", S(city));
        using var admin = await AdminAsync();
        var fundId = await MutualAidFunds.CreateAsync(city, budgetFen: 350_000);
        var lotteryId = await PublishedLotteryAsync(admin, await CreateFundAsync(admin, budgetFen: 1_000_000), places: 6);
        await using (var db = await DbAsync())
        {
            await db.ExecuteAsync("UPDATE lottery SET fund_id = @fundId WHERE id = @lotteryId", new { fundId, lotteryId });
        }

        var today = DateOnly.FromDateTime(Api.Clock.GetUtcNow().ToOffset(TimeSpan.FromHours(8)).DateTime);
        string Day(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var planId = (await JsonAsync(await orgAdmin.PostAsJsonAsync("/api/v1/admin/mutual-aid/plans", new
        {
            fundId, orgId = (string?)null, name = "2026年度职工互助保障", coversFrom = Day(today.AddDays(-30)), coversTo = Day(today.AddDays(300)),
            priceFen = 0, paidBy = "union", status = "open", benefits = new object[] { new { eventType = "accident", capFen = 100_000 } },
        }), 201)).GetProperty("id").GetString()!;
        using var member = WithToken(MemberToken(await Seed.VerifiedMemberAsync(city)));
        var enrolmentId = (await JsonAsync(await member.PostAsJsonAsync("/api/v1/mutual-aid/enrolments", new { planId }), 201)).GetProperty("id").GetString();
        var claimId = (await JsonAsync(await member.PostAsJsonAsync("/api/v1/me/mutual-aid/claims", new
        {
            enrolmentId, eventType = "accident", eventOn = Day(today.AddDays(-1)), askedFen = 80_000L, description = "工作中被机器划伤手臂",
        }), 201)).GetProperty("id").GetString()!;

        var refused = await Problem.ExpectAsync(await reviewer.PostAsJsonAsync($"/api/v1/admin/mutual-aid/claims/{claimId}/approve",
            new { approvedFen = 80_000 }), 409, "fund.promised_to_lottery");
        AssertFigures(refused.Raw, 350_000, 0, 0, 300_000, 80_000, 50_000, lotteryId);
        Assert.That(await CountAsync("SELECT COUNT(*) FROM mutual_aid_claim WHERE id = @claimId AND status = 'submitted'",
            new { claimId }), Is.EqualTo(1));
        Assert.That(await CountAsync("SELECT CAST(COALESCE(SUM(approved_fen), 0) AS SIGNED) FROM mutual_aid_cover WHERE enrolment_id = @enrolmentId",
            new { enrolmentId }), Is.Zero);
        Assert.That(await CountAsync("SELECT COUNT(*) FROM fund_ledger WHERE fund_id = @fundId", new { fundId }), Is.Zero);
        Assert.That(await CountAsync("SELECT COUNT(*) FROM audit_log WHERE action = 'mutual_aid_claim.approve' AND entity_id = @claimId", new { claimId }), Is.Zero);

        await JsonAsync(await reviewer.PostAsJsonAsync($"/api/v1/admin/mutual-aid/claims/{claimId}/approve", new { approvedFen = 50_000 }), 200);
        Assert.That((await MutualAidFunds.TotalsMatchLedgerAsync(fundId)).Granted, Is.EqualTo(50_000));
    }

    /// <summary>
    /// A donation of 200,000 on a fund of 500,000 whose published lottery promises 600,000: taking the donation back would leave 500,000 for
    /// a promise of 600,000, so the reversal's approval is 409 fund.promised_to_lottery (the figures before it), nothing changed (still
    /// requested, donations as before, no reversal ledger row). Once the lottery is drawn (its grants booked), the reversal is judged by
    /// the plain rule again (granted 0: allowed).
    /// </summary>
    [Test]
    public async Task A_donation_reversal_may_not_leave_a_published_lottery_short_and_changes_nothing()
    {
        using var requester = await NewStaffAsync("reviewer");
        using var approver = await NewStaffAsync("reviewer");
        using var admin = await AdminAsync();
        var fundId = await CreateFundAsync(admin, budgetFen: 500_000, maxGrantFen: 300_000);
        var donation = await JsonAsync(await PostKeyedAsync(admin, "/api/v1/admin/donations", new
        {
            fundId, donorKind = "anonymous", amountFen = 200_000L, channel = "bank_transfer", receivedOn = new DateOnly(2026, 11, 15),
        }, null), 201);
        var donationId = donation.GetProperty("id").GetString();
        var lotteryId = await PublishedLotteryAsync(admin, fundId, places: 12); // 600,000 of the 700,000
        await JsonAsync(await requester.PostAsJsonAsync($"/api/v1/admin/donations/{donationId}/reversal", new { reason = "款项退回，登记有误" }), 200);

        var refused = await Problem.ExpectAsync(await approver.PostAsync($"/api/v1/admin/donations/{donationId}/reversal/approve", null), 409,
            "fund.promised_to_lottery");
        AssertFigures(refused.Raw, 500_000, 200_000, 0, 600_000, 200_000, 100_000, lotteryId);
        Assert.That(await CountAsync("SELECT COUNT(*) FROM donation WHERE id = @donationId AND status = 'reversal_requested'", new { donationId }),
            Is.EqualTo(1));
        Assert.That(await CountAsync("SELECT donated_fen FROM fund WHERE id = @fundId", new { fundId }), Is.EqualTo(200_000));
        Assert.That(await CountAsync("SELECT COUNT(*) FROM fund_ledger WHERE fund_id = @fundId AND entry = 'donation_reversal'", new { fundId }), Is.Zero);
        Assert.That(await CountAsync("SELECT COUNT(*) FROM audit_log WHERE action = 'donation.reversal_approve' AND entity_id = @donationId", new { donationId }), Is.Zero);

        // the promise gone (here by hand: the lottery closed with nobody drawn), the reversal is the plain rule's again
        await using (var db = await DbAsync())
        {
            await db.ExecuteAsync("UPDATE lottery SET status = 'drawn', winners = 0, applications = 0 WHERE id = @lotteryId", new { lotteryId });
        }

        await JsonAsync(await approver.PostAsync($"/api/v1/admin/donations/{donationId}/reversal/approve", null), 200);
        Assert.That(await CountAsync("SELECT donated_fen FROM fund WHERE id = @fundId", new { fundId }), Is.Zero);
    }

    /// <summary>
    /// A review meeting's approval and a lottery's publication that each fit the fund alone (500,000: a grant of 300,000, 6 places x 50,000)
    /// but not together, sent at the same moment (real parallel requests), ten trials: exactly one succeeds each trial, the other is
    /// refused (the publication after the grant: 409 lottery.fund_budget_short, its places no longer fit what remains; the meeting after
    /// the publication: 409 fund.promised_to_lottery naming the lottery), and the fund never ends with granted + promised above budget +
    /// donations.
    /// </summary>
    [Test]
    public async Task A_meeting_approval_and_a_publication_racing_for_one_funds_money_never_both_succeed()
    {
        using var admin = await AdminAsync();
        var token = admin.DefaultRequestHeaders.Authorization!.Parameter!;
        var outcomes = new List<string>();
        for (var trial = 0; trial < 10; trial++)
        {
            var fundId = await CreateFundAsync(admin, budgetFen: 500_000, maxGrantFen: 300_000);
            var app = await ApplyAsync(await NewVerifiedMemberAsync(), fundId, 300_000);
            var lotteryId = await DraftGrantLotteryAsync(admin, fundId, places: 6);
            Func<Task<HttpResponseMessage>> meeting = async () =>
            {
                using var client = WithToken(token);
                return await MeetingAsync(client, fundId, Decision(app, "approve", 300_000));
            };
            Func<Task<HttpResponseMessage>> publish = async () =>
            {
                using var client = WithToken(token);
                return await PublishAsync(client, lotteryId);
            };
            var answers = await ParallelAsync(trial % 2 == 0 ? [meeting, publish] : [publish, meeting]);
            var (met, published) = trial % 2 == 0 ? (answers[0], answers[1]) : (answers[1], answers[0]);
            string? Code(JsonElement body) => body.ValueKind == JsonValueKind.Object && body.TryGetProperty("code", out var c) ? c.GetString() : null;
            if (met.Status == 201)
            {
                Assert.That((published.Status, Code(published.Body)), Is.EqualTo((409, (string?)"lottery.fund_budget_short")),
                    $"trial {trial}: {published.Body}");
                outcomes.Add("granted");
            }
            else
            {
                Assert.That((met.Status, Code(met.Body)), Is.EqualTo((409, (string?)"fund.promised_to_lottery")), $"trial {trial}: {met.Body}");
                Assert.That(published.Status, Is.EqualTo(200), $"trial {trial}: {published.Body}");
                Assert.That(LotteryIds(met.Body), Is.EqualTo(new[] { lotteryId }), $"trial {trial}");
                outcomes.Add("published");
            }

            await using var db = await DbAsync();
            var fund = await db.QuerySingleAsync<(long Budget, long Donated, long Granted)>(
                "SELECT budget_fen, donated_fen, granted_fen FROM fund WHERE id = @fundId", new { fundId });
            var promised = await db.ExecuteScalarAsync<long>(
                "SELECT CAST(COALESCE(SUM(places * grant_fen), 0) AS SIGNED) FROM lottery WHERE fund_id = @fundId AND status = 'open'", new { fundId });
            Assert.That(fund.Granted + promised, Is.LessThanOrEqualTo(fund.Budget + fund.Donated), $"trial {trial}: granted + promised fit");
            Assert.That(fund.Granted + promised, Is.EqualTo(300_000), $"trial {trial}: exactly one of the two holds the money");
            await AssertLedgerMatchesAsync(admin, fundId);
        }

        TestContext.Out.WriteLine($"outcomes: {string.Join(", ", outcomes)}");
    }
}

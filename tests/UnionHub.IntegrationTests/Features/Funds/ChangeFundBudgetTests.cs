using System.Net.Http.Json;
using Dapper;

namespace UnionHub.IntegrationTests.Features.Funds;

/// <summary>PUT /admin/funds/{id}/budget: staff raise or lower a fund's yearly budget, never below what is granted less donations.</summary>
public sealed class ChangeFundBudgetTests : FundsTest
{
    private static Task<HttpResponseMessage> ChangeAsync(HttpClient staff, string fundId, long? budgetFen, string? reason = "市总工会追加专项资金") =>
        staff.PutAsJsonAsync($"/api/v1/admin/funds/{fundId}/budget", new { budgetFen, reason });

    private static async Task<long> BudgetOfAsync(string fundId)
    {
        await using var db = await DbAsync();
        return await db.ExecuteScalarAsync<long>("SELECT budget_fen FROM fund WHERE id = @fundId", new { fundId });
    }

    private static (long Old, long New, string? Reason) Details(string json)
    {
        var d = System.Text.Json.JsonDocument.Parse(json).RootElement;
        return (d.GetProperty("oldBudgetFen").GetInt64(), d.GetProperty("newBudgetFen").GetInt64(), d.GetProperty("reason").GetString());
    }

    [Test]
    public async Task Staff_raise_and_lower_the_budget_and_each_change_is_audited_with_old_new_and_reason()
    {
        using var reviewer = await NewStaffAsync("reviewer");
        var fundId = await CreateFundAsync(reviewer, budgetFen: 500_000, maxGrantFen: 300_000);
        var app = await ApplyAsync(await NewVerifiedMemberAsync(), fundId, 300_000);
        await JsonAsync(await MeetingAsync(reviewer, fundId, Decision(app, "approve", 200_000)), 201);

        var raised = await JsonAsync(await ChangeAsync(reviewer, fundId, 800_000, "追加冬季送温暖资金"), 200);
        Assert.Multiple(() =>
        {
            Assert.That(raised.GetProperty("id").GetString(), Is.EqualTo(fundId));
            Assert.That(raised.GetProperty("budgetFen").GetInt64(), Is.EqualTo(800_000));
            Assert.That(raised.GetProperty("grantedFen").GetInt64(), Is.EqualTo(200_000));
            Assert.That(raised.GetProperty("remainingFen").GetInt64(), Is.EqualTo(600_000));
        });
        var lowered = await JsonAsync(await ChangeAsync(reviewer, fundId, 200_000, "年中预算调减"), 200);
        Assert.That(lowered.GetProperty("remainingFen").GetInt64(), Is.Zero, "down to exactly what is granted");
        Assert.That(await BudgetOfAsync(fundId), Is.EqualTo(200_000));
        await AssertLedgerMatchesAsync(reviewer, fundId);

        // the same budget again changes nothing and is not audited
        await JsonAsync(await ChangeAsync(reviewer, fundId, 200_000), 200);

        await using var db = await DbAsync();
        var audit = (await db.QueryAsync<(string ActorKind, string ActorId, string Details)>(
            "SELECT actor_kind, actor_id, details FROM audit_log WHERE action = 'fund.budget_change' AND entity = 'fund' AND entity_id = @fundId ORDER BY id",
            new { fundId })).ToList();
        Assert.That(audit, Has.Count.EqualTo(2));
        var staffId = await db.ExecuteScalarAsync<string>("SELECT CAST(created_by AS CHAR) FROM fund WHERE id = @fundId", new { fundId });
        Assert.Multiple(() =>
        {
            Assert.That(audit.Select(a => (a.ActorKind, a.ActorId)), Is.All.EqualTo(("staff", staffId)), "who: the reviewer");
            Assert.That(Details(audit[0].Details), Is.EqualTo((500_000L, 800_000L, "追加冬季送温暖资金")));
            Assert.That(Details(audit[1].Details), Is.EqualTo((800_000L, 200_000L, "年中预算调减")));
        });
    }

    [Test]
    public async Task A_budget_below_what_is_granted_less_donations_is_409_with_the_amounts_and_nothing_changes()
    {
        using var reviewer = await NewStaffAsync("reviewer");
        var fundId = await CreateFundAsync(reviewer, budgetFen: 500_000, maxGrantFen: 300_000, kind: "warmth");
        var a = await ApplyAsync(await NewVerifiedMemberAsync(), fundId, 300_000);
        var b = await ApplyAsync(await NewVerifiedMemberAsync(), fundId, 300_000);
        await JsonAsync(await MeetingAsync(reviewer, fundId, Decision(a, "approve", 300_000), Decision(b, "approve", 150_000)), 201);
        await JsonAsync(await PostKeyedAsync(reviewer, "/api/v1/admin/donations", new
        {
            fundId, donorKind = "anonymous", amountFen = 100_000L, channel = "bank_transfer", receivedOn = new DateOnly(2026, 11, 15),
        }, null), 201);

        var refused = await Problem.ExpectAsync(await ChangeAsync(reviewer, fundId, 349_999), 409, "fund.budget_below_granted");
        Assert.Multiple(() =>
        {
            Assert.That(refused.Raw.GetProperty("grantedFen").GetInt64(), Is.EqualTo(450_000));
            Assert.That(refused.Raw.GetProperty("donatedFen").GetInt64(), Is.EqualTo(100_000));
            Assert.That(refused.Raw.GetProperty("minimumBudgetFen").GetInt64(), Is.EqualTo(350_000));
        });
        Assert.That(await BudgetOfAsync(fundId), Is.EqualTo(500_000), "nothing changed");
        await using (var db = await DbAsync())
        {
            Assert.That(await db.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM audit_log WHERE action = 'fund.budget_change'"), Is.Zero);
        }

        var atMinimum = await JsonAsync(await ChangeAsync(reviewer, fundId, 350_000), 200);
        Assert.That(atMinimum.GetProperty("remainingFen").GetInt64(), Is.Zero, "budget + donations = granted: allowed");
        await AssertLedgerMatchesAsync(reviewer, fundId);
    }

    [Test]
    public async Task A_cut_below_what_published_undrawn_grant_lotteries_promise_is_409_with_the_amounts_and_nothing_changes()
    {
        using var admin = await AdminAsync();
        var fundId = await CreateFundAsync(admin, budgetFen: 1_000_000, maxGrantFen: 300_000);
        var app = await ApplyAsync(await NewVerifiedMemberAsync(), fundId, 300_000);
        await JsonAsync(await MeetingAsync(admin, fundId, Decision(app, "approve", 300_000)), 201);
        var published = await DraftGrantLotteryAsync(admin, fundId, places: 4); // promises 200,000
        await JsonAsync(await PublishAsync(admin, published), 200);
        await DraftGrantLotteryAsync(admin, fundId, places: 8); // a draft promises nothing yet

        var refused = await Problem.ExpectAsync(await ChangeAsync(admin, fundId, 499_999, "年中预算调减"), 409, "fund.budget_below_promised");
        Assert.Multiple(() =>
        {
            Assert.That(refused.Raw.GetProperty("grantedFen").GetInt64(), Is.EqualTo(300_000));
            Assert.That(refused.Raw.GetProperty("donatedFen").GetInt64(), Is.Zero);
            Assert.That(refused.Raw.GetProperty("promisedFen").GetInt64(), Is.EqualTo(4 * LotteryGrant));
            Assert.That(refused.Raw.GetProperty("minimumBudgetFen").GetInt64(), Is.EqualTo(500_000));
            Assert.That(refused.Raw.GetProperty("lotteryIds").EnumerateArray().Select(e => e.GetString()), Is.EqualTo(new[] { published }));
        });
        Assert.That(await BudgetOfAsync(fundId), Is.EqualTo(1_000_000), "nothing changed");
        await using (var db = await DbAsync())
        {
            Assert.That(await db.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM audit_log WHERE action = 'fund.budget_change'"), Is.Zero);
        }

        // exactly the promise fits; a raise is never refused for the lotteries
        var atMinimum = await JsonAsync(await ChangeAsync(admin, fundId, 500_000, "年中预算调减"), 200);
        Assert.That(atMinimum.GetProperty("remainingFen").GetInt64(), Is.EqualTo(4 * LotteryGrant), "what the lottery promised is still there");
        await JsonAsync(await ChangeAsync(admin, fundId, 600_000), 200);
        await AssertLedgerMatchesAsync(admin, fundId);
    }

    [Test]
    public async Task A_cut_below_the_maximum_grant_lowers_it_to_the_new_budget_in_the_same_audited_change()
    {
        using var reviewer = await NewStaffAsync("reviewer");
        var fundId = await CreateFundAsync(reviewer, budgetFen: 1_000_000, maxGrantFen: 300_000);
        var kept = await JsonAsync(await ChangeAsync(reviewer, fundId, 400_000, "年中预算调减"), 200);
        Assert.That(kept.GetProperty("maxGrantFen").GetInt64(), Is.EqualTo(300_000), "under the budget: unchanged");
        var lowered = await JsonAsync(await ChangeAsync(reviewer, fundId, 200_000, "再次调减"), 200);
        Assert.That((lowered.GetProperty("budgetFen").GetInt64(), lowered.GetProperty("maxGrantFen").GetInt64()), Is.EqualTo((200_000L, 200_000L)));
        var raised = await JsonAsync(await ChangeAsync(reviewer, fundId, 900_000, "追加"), 200);
        Assert.That(raised.GetProperty("maxGrantFen").GetInt64(), Is.EqualTo(200_000), "a raise does not put the old maximum back");

        await using var db = await DbAsync();
        Assert.That(await db.ExecuteScalarAsync<long>("SELECT max_grant_fen FROM fund WHERE id = @fundId", new { fundId }), Is.EqualTo(200_000));
        var details = (await db.QueryAsync<string>(
            "SELECT details FROM audit_log WHERE action = 'fund.budget_change' AND entity_id = @fundId ORDER BY id", new { fundId }))
            .Select(d => System.Text.Json.JsonDocument.Parse(d).RootElement)
            .Select(d => (d.GetProperty("oldMaxGrantFen").GetInt64(), d.GetProperty("newMaxGrantFen").GetInt64())).ToList();
        Assert.That(details, Is.EqualTo(new[] { (300_000L, 300_000L), (300_000L, 200_000L), (200_000L, 200_000L) }));

        // a grant above the lowered maximum is refused as any grant over the maximum
        var app = await ApplyAsync(await NewVerifiedMemberAsync(), fundId, 250_000);
        await Problem.ExpectAsync(await MeetingAsync(reviewer, fundId, Decision(app, "approve", 250_000)), 422, "grant.over_max");
    }

    /// <summary>
    /// The race between publishing a grant lottery and cutting the budget under its promise, sent together: one of them wins. Either the
    /// lottery is open and the cut was refused (409 fund.budget_below_promised), or the cut was made and the publication refused (409
    /// lottery.fund_budget_short); never both, so a published lottery's prizes always fit the budget.
    /// </summary>
    [Test]
    public async Task Publishing_a_grant_lottery_racing_a_budget_cut_never_leaves_the_lottery_short()
    {
        using var admin = await AdminAsync();
        var token = admin.DefaultRequestHeaders.Authorization!.Parameter!;
        var outcomes = new List<string>();
        for (var round = 0; round < 8; round++)
        {
            var fundId = await CreateFundAsync(admin, budgetFen: 10 * LotteryGrant, maxGrantFen: LotteryGrant);
            var lotteryId = await DraftGrantLotteryAsync(admin, fundId, places: 6); // fits 10 x grant, not the cut's 5 x grant
            Func<Task<HttpResponseMessage>> publish = async () =>
            {
                using var client = WithToken(token);
                return await PublishAsync(client, lotteryId);
            };
            var delay = TimeSpan.FromMilliseconds(round * 4); // the cut a little later each round, so either side may take the lock first
            Func<Task<HttpResponseMessage>> cut = async () =>
            {
                using var client = WithToken(token);
                await Task.Delay(delay);
                return await ChangeAsync(client, fundId, 5 * LotteryGrant, $"第 {round} 轮调减");
            };
            var answers = await ParallelAsync(round % 2 == 0 ? [publish, cut] : [cut, publish]);
            var (published, cutAnswer) = round % 2 == 0 ? (answers[0], answers[1]) : (answers[1], answers[0]);
            string? Code(System.Text.Json.JsonElement body) => body.TryGetProperty("code", out var c) ? c.GetString() : null;

            await using var db = await DbAsync();
            var (status, budget) = await db.QuerySingleAsync<(string, long)>(
                "SELECT l.status, f.budget_fen FROM lottery l JOIN fund f ON f.id = l.fund_id WHERE l.id = @lotteryId", new { lotteryId });
            var audited = await db.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM audit_log WHERE action = 'fund.budget_change' AND entity_id = @fundId",
                new { fundId });
            if (published.Status == 200)
            {
                Assert.That((cutAnswer.Status, Code(cutAnswer.Body)), Is.EqualTo((409, (string?)"fund.budget_below_promised")), $"round {round}");
                Assert.That((status, budget, audited), Is.EqualTo(("open", 10 * LotteryGrant, 0)), $"round {round}: the cut wrote nothing");
                outcomes.Add("published");
            }
            else
            {
                Assert.That((published.Status, Code(published.Body)), Is.EqualTo((409, (string?)"lottery.fund_budget_short")), $"round {round}");
                Assert.That(cutAnswer.Status, Is.EqualTo(200), $"round {round}");
                Assert.That((status, budget, audited), Is.EqualTo(("draft", 5 * LotteryGrant, 1)), $"round {round}: the lottery stayed a draft");
                outcomes.Add("cut");
            }
        }

        TestContext.Out.WriteLine($"outcomes: {string.Join(", ", outcomes)}");
    }

    [Test]
    public async Task Bad_input_is_422_and_an_unknown_or_foreign_fund_is_404()
    {
        using var reviewer = await NewStaffAsync("reviewer");
        var fundId = await CreateFundAsync(reviewer, budgetFen: 500_000);
        foreach (var (budget, reason, field) in new (long?, string?, string)[]
                 { (null, "追加", "budgetFen"), (0, "追加", "budgetFen"), (-5, "追加", "budgetFen"), (600_000, null, "reason"), (600_000, "  ", "reason"),
                   (600_000, new string('理', 501), "reason") })
        {
            var problem = await Problem.ExpectAsync(await ChangeAsync(reviewer, fundId, budget, reason), 422, "validation.failed");
            Assert.That(problem.Raw.GetProperty("errors").TryGetProperty(field, out _), Is.True, $"{budget} {reason}: {problem.Raw}");
        }

        await Problem.ExpectAsync(await ChangeAsync(reviewer, "999999999", 600_000), 404, "not_found");
        await Problem.ExpectAsync(await ChangeAsync(reviewer, "not-an-id", 600_000), 404, "not_found");

        // a reviewer bound to one organisation cannot change another's fund, nor the federation's
        var districtA = await Seed.OrgAsync("甲区总工会");
        var districtB = await Seed.OrgAsync("乙区总工会");
        var fundOfA = await CreateFundAsync(reviewer, budgetFen: 500_000, orgId: districtA);
        using var reviewerOfB = await NewStaffAsync("reviewer", districtB.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await Problem.ExpectAsync(await ChangeAsync(reviewerOfB, fundOfA, 600_000), 404, "not_found");
        await Problem.ExpectAsync(await ChangeAsync(reviewerOfB, fundId, 600_000), 404, "not_found");
        using var reviewerOfA = await NewStaffAsync("reviewer", districtA.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await JsonAsync(await ChangeAsync(reviewerOfA, fundOfA, 600_000), 200); // the control

        // members and org_admins may not
        using var member = WithToken(MemberToken(await NewVerifiedMemberAsync()));
        Assert.That((int)(await ChangeAsync(member, fundId, 600_000)).StatusCode, Is.EqualTo(403));
        using var orgAdmin = await NewStaffAsync("org_admin", districtA.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.That((int)(await ChangeAsync(orgAdmin, fundOfA, 700_000)).StatusCode, Is.EqualTo(403));

        Assert.That(await BudgetOfAsync(fundId), Is.EqualTo(500_000));
        Assert.That(await BudgetOfAsync(fundOfA), Is.EqualTo(600_000));
    }

    /// <summary>
    /// The race: many meetings each approving one grant, and budget cuts, sent together. Whatever order the database runs them in,
    /// granted never ends above budget + donations, each cut either happened (and then what was granted fitted under it) or was
    /// refused with the amounts, and the fund's totals equal its ledger.
    /// </summary>
    [TestCase(1)]
    [TestCase(2)]
    [TestCase(3)]
    public async Task Budget_cuts_racing_approvals_never_leave_more_granted_than_budget_and_donations(int round)
    {
        using var reviewer = await NewStaffAsync("reviewer");
        const int applications = 16;
        const long grant = 50_000;
        var fundId = await CreateFundAsync(reviewer, budgetFen: applications * grant, maxGrantFen: grant);
        var apps = new List<string>();
        for (var i = 0; i < applications; i++)
        {
            apps.Add(await ApplyAsync(await NewVerifiedMemberAsync(), fundId, grant));
        }

        var token = reviewer.DefaultRequestHeaders.Authorization!.Parameter!;
        var cuts = new[] { 6 * grant, 9 * grant, 12 * grant }; // each fits a different number of the grants
        var calls = apps.Select(app => (Func<Task<HttpResponseMessage>>)(async () =>
            {
                using var client = WithToken(token);
                return await MeetingAsync(client, fundId, Decision(app, "approve", grant));
            }))
            .ToList();
        // the cuts go in the middle of the approvals, so some approvals start before them and some after
        for (var c = 0; c < cuts.Length; c++)
        {
            var cut = cuts[(c + round) % cuts.Length];
            calls.Insert(4 + (c * 4), async () =>
            {
                using var client = WithToken(token);
                return await ChangeAsync(client, fundId, cut, $"第 {round} 轮调减");
            });
        }

        var answers = await ParallelAsync(calls);
        string? Code((int Status, System.Text.Json.JsonElement Body) a) =>
            a.Body.ValueKind == System.Text.Json.JsonValueKind.Object && a.Body.TryGetProperty("code", out var c) ? c.GetString() : null;
        Assert.That(answers.Select(a => a.Status), Is.All.AnyOf(200, 201, 409), string.Join(",", answers.Select(a => a.Status)));
        Assert.That(answers.Where(a => a.Status == 409).Select(Code), Is.All.AnyOf("fund.budget_exceeded", "fund.budget_below_granted"));
        var approved = answers.Count(a => a.Status == 201);
        var cutsApplied = answers.Count(a => a.Status == 200);
        var cutsRefused = answers.Count(a => Code(a) == "fund.budget_below_granted");

        var (granted, _) = await AssertLedgerMatchesAsync(reviewer, fundId); // includes granted <= budget + donations
        var budget = await BudgetOfAsync(fundId);
        await using var db = await DbAsync();
        var audited = await db.ExecuteScalarAsync<int>(
            "SELECT COUNT(*) FROM audit_log WHERE action = 'fund.budget_change' AND entity_id = @fundId", new { fundId });
        Assert.Multiple(() =>
        {
            Assert.That(cutsApplied + cutsRefused, Is.EqualTo(cuts.Length), "each cut was applied or refused");
            Assert.That(approved + answers.Count(a => Code(a) == "fund.budget_exceeded"), Is.EqualTo(applications), "each meeting granted or was refused");
            Assert.That(granted, Is.EqualTo(approved * grant), "every 201 meeting is one grant");
            Assert.That(granted, Is.LessThanOrEqualTo(budget), "never more granted than the budget (no donations here)");
            Assert.That(audited, Is.EqualTo(cutsApplied), "one audit row per cut applied");
            Assert.That(cutsApplied == 0 ? budget == applications * grant : cuts.Contains(budget), Is.True, $"budget {budget}");
        });
        var approvedRows = await db.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM fund_application WHERE fund_id = @fundId AND status = 'approved'",
            new { fundId });
        Assert.That(approvedRows, Is.EqualTo(approved));
    }
}

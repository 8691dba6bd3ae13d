using System.Net.Http.Json;
using System.Text.Json;
using Dapper;
using UnionHub.IntegrationTests.Features.Funds;

namespace UnionHub.IntegrationTests.Features.Lotteries;

/// <summary>
/// A fund's promises add up (ADR 0018, 2026-12-04 (review)): publishing a grant lottery is refused when its places x grant do not fit
/// beside what the fund's other published, undrawn grant lotteries promise (409 lottery.fund_over_promised), with the budget cut's
/// arithmetic; a draft's fund may change under the creation's checks, a published lottery keeps its fund (409 lottery.fund_locked).
/// </summary>
public sealed class LotteryPromiseTests : FundsTest
{
    private static async Task<(string Status, string FundId, DateTime? OpenedAt)> LotteryRowAsync(string lotteryId)
    {
        await using var db = await DbAsync();
        return await db.QuerySingleAsync<(string, string, DateTime?)>(
            "SELECT status, CAST(fund_id AS CHAR), opened_at FROM lottery WHERE id = @lotteryId", new { lotteryId });
    }

    private static async Task<int> AuditCountAsync(string action, params string[] lotteryIds)
    {
        await using var db = await DbAsync();
        return await db.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM audit_log WHERE action = @action AND entity = 'lottery' AND entity_id IN @lotteryIds",
            new { action, lotteryIds });
    }

    private static IEnumerable<string?> Ids(JsonElement array) => array.EnumerateArray().Select(e => e.GetString());

    /// <summary>
    /// Budget 1,000,000 + donations 100,000 - granted 300,000 leaves 800,000; two published lotteries promise 600,000. A third of 300,000
    /// fits what remains alone but not beside them: 409 lottery.fund_over_promised with every amount and the two lotteries' ids, and
    /// nothing written (still a draft, no audit row, the fund's figures as before). One of exactly the headroom is published, and a budget
    /// cut then counts the same promises (one arithmetic for both rules).
    /// </summary>
    [Test]
    public async Task Publishing_beyond_what_the_funds_other_published_lotteries_leave_is_409_with_the_amounts_and_nothing_is_written()
    {
        using var admin = await AdminAsync();
        var fundId = await CreateFundAsync(admin, budgetFen: 1_000_000, maxGrantFen: 300_000);
        var app = await ApplyAsync(await NewVerifiedMemberAsync(), fundId, 300_000);
        await JsonAsync(await MeetingAsync(admin, fundId, Decision(app, "approve", 300_000)), 201);
        await JsonAsync(await PostKeyedAsync(admin, "/api/v1/admin/donations", new
        {
            fundId, donorKind = "anonymous", amountFen = 100_000L, channel = "bank_transfer", receivedOn = new DateOnly(2026, 11, 15),
        }, null), 201);
        var first = await DraftGrantLotteryAsync(admin, fundId, places: 8); // 400,000
        var second = await DraftGrantLotteryAsync(admin, fundId, places: 4); // 200,000
        await JsonAsync(await PublishAsync(admin, first), 200);
        await JsonAsync(await PublishAsync(admin, second), 200);
        var third = await DraftGrantLotteryAsync(admin, fundId, places: 6); // 300,000: fits the 800,000 left, not the 200,000 unpromised
        var fundBefore = await JsonAsync(await admin.GetAsync($"/api/v1/admin/funds/{fundId}"), 200);

        var refused = await Problem.ExpectAsync(await PublishAsync(admin, third), 409, "lottery.fund_over_promised");
        Assert.Multiple(() =>
        {
            Assert.That(refused.Raw.GetProperty("budgetFen").GetInt64(), Is.EqualTo(1_000_000));
            Assert.That(refused.Raw.GetProperty("donatedFen").GetInt64(), Is.EqualTo(100_000));
            Assert.That(refused.Raw.GetProperty("grantedFen").GetInt64(), Is.EqualTo(300_000));
            Assert.That(refused.Raw.GetProperty("promisedFen").GetInt64(), Is.EqualTo(12 * LotteryGrant));
            Assert.That(refused.Raw.GetProperty("neededFen").GetInt64(), Is.EqualTo(6 * LotteryGrant));
            Assert.That(refused.Raw.GetProperty("headroomFen").GetInt64(), Is.EqualTo(200_000));
            Assert.That(Ids(refused.Raw.GetProperty("lotteryIds")), Is.EqualTo(new[] { first, second }));
            Assert.That(refused.Raw.GetProperty("detail").GetString(), Does.Contain("200000 fen left to promise"));
        });
        var row = await LotteryRowAsync(third);
        Assert.That((row.Status, row.FundId, row.OpenedAt), Is.EqualTo(("draft", fundId, (DateTime?)null)), "still a draft");
        Assert.That(await AuditCountAsync("lottery.open", third), Is.Zero, "no audit row");
        var fundAfter = await JsonAsync(await admin.GetAsync($"/api/v1/admin/funds/{fundId}"), 200);
        Assert.That(fundAfter.GetRawText(), Is.EqualTo(fundBefore.GetRawText()), "the fund's figures as before");

        // exactly the headroom is published; the fund is then fully promised, and a budget cut counts the same three promises
        var fourth = await DraftGrantLotteryAsync(admin, fundId, places: 4);
        await JsonAsync(await PublishAsync(admin, fourth), 200);
        await Problem.ExpectAsync(await PublishAsync(admin, third), 409, "lottery.fund_over_promised");
        var cut = await Problem.ExpectAsync(await admin.PutAsJsonAsync($"/api/v1/admin/funds/{fundId}/budget",
            new { budgetFen = 999_999L, reason = "年中预算调减" }), 409, "fund.budget_below_promised");
        Assert.Multiple(() =>
        {
            Assert.That(cut.Raw.GetProperty("promisedFen").GetInt64(), Is.EqualTo(16 * LotteryGrant));
            Assert.That(cut.Raw.GetProperty("minimumBudgetFen").GetInt64(), Is.EqualTo(1_000_000));
            Assert.That(Ids(cut.Raw.GetProperty("lotteryIds")), Is.EqualTo(new[] { first, second, fourth }));
        });
        await AssertLedgerMatchesAsync(admin, fundId);
    }

    /// <summary>
    /// Two lotteries on one fund that each fit alone but not together, published at the same moment (real parallel requests), ten
    /// trials: exactly one is published each trial, the other answers 409 lottery.fund_over_promised naming it and stays a draft, and the
    /// published promises never exceed the budget.
    /// </summary>
    [Test]
    public async Task Two_lotteries_that_fit_alone_but_not_together_published_at_once_publish_exactly_one_each_trial()
    {
        using var admin = await AdminAsync();
        var token = admin.DefaultRequestHeaders.Authorization!.Parameter!;
        var winners = new List<int>();
        for (var trial = 0; trial < 10; trial++)
        {
            var fundId = await CreateFundAsync(admin, budgetFen: 10 * LotteryGrant, maxGrantFen: LotteryGrant);
            var lotteries = new[] { await DraftGrantLotteryAsync(admin, fundId, places: 6), await DraftGrantLotteryAsync(admin, fundId, places: 6) };
            var answers = await ParallelAsync(lotteries.Select(id => (Func<Task<HttpResponseMessage>>)(async () =>
            {
                using var client = WithToken(token);
                return await PublishAsync(client, id);
            })));

            Assert.That(answers.Select(a => a.Status).Order(), Is.EqualTo(new[] { 200, 409 }), $"trial {trial}: {answers[0].Body} {answers[1].Body}");
            var won = answers.FindIndex(a => a.Status == 200);
            var lost = answers[1 - won].Body;
            Assert.That((lost.GetProperty("code").GetString(), lost.GetProperty("promisedFen").GetInt64(), lost.GetProperty("headroomFen").GetInt64()),
                Is.EqualTo(("lottery.fund_over_promised", 6 * LotteryGrant, 4 * LotteryGrant)), $"trial {trial}");
            Assert.That(Ids(lost.GetProperty("lotteryIds")), Is.EqualTo(new[] { lotteries[won] }), $"trial {trial}");
            Assert.That((await LotteryRowAsync(lotteries[won])).Status, Is.EqualTo("open"), $"trial {trial}");
            Assert.That((await LotteryRowAsync(lotteries[1 - won])).Status, Is.EqualTo("draft"), $"trial {trial}");
            Assert.That(await AuditCountAsync("lottery.open", lotteries), Is.EqualTo(1), $"trial {trial}");
            await using var db = await DbAsync();
            Assert.That(await db.ExecuteScalarAsync<long>(
                "SELECT CAST(COALESCE(SUM(places * grant_fen), 0) AS SIGNED) FROM lottery WHERE fund_id = @fundId AND status = 'open'", new { fundId }),
                Is.LessThanOrEqualTo(10 * LotteryGrant), $"trial {trial}: the promises fit the budget");
            winners.Add(won);
        }

        TestContext.Out.WriteLine($"published first / second: {winners.Count(w => w == 0)} / {winners.Count(w => w == 1)}");
    }

    /// <summary>
    /// A publication and a change of the draft's fund sent together, ten trials. The lottery (6 places) fits its fund A; fund B has 10
    /// places of budget of which another published lottery promises 6, so the lottery fits B alone but not beside that promise. Either the
    /// publication wins (open on A, the move 409 lottery.fund_locked) or the move wins (a draft on B, the publication 409
    /// lottery.fund_over_promised); never a lottery published on B, which its promises could not pay.
    /// </summary>
    [Test]
    public async Task A_publication_racing_a_change_of_fund_never_publishes_on_a_fund_it_was_not_checked_against()
    {
        using var admin = await AdminAsync();
        var token = admin.DefaultRequestHeaders.Authorization!.Parameter!;
        var outcomes = new List<string>();
        for (var trial = 0; trial < 10; trial++)
        {
            var fundA = await CreateFundAsync(admin, budgetFen: 10 * LotteryGrant, maxGrantFen: LotteryGrant);
            var fundB = await CreateFundAsync(admin, budgetFen: 10 * LotteryGrant, maxGrantFen: LotteryGrant);
            await JsonAsync(await PublishAsync(admin, await DraftGrantLotteryAsync(admin, fundB, places: 6)), 200);
            var lotteryId = await DraftGrantLotteryAsync(admin, fundA, places: 6);
            Func<Task<HttpResponseMessage>> publish = async () =>
            {
                using var client = WithToken(token);
                return await PublishAsync(client, lotteryId);
            };
            Func<Task<HttpResponseMessage>> move = async () =>
            {
                using var client = WithToken(token);
                return await client.PatchAsJsonAsync($"/api/v1/admin/lotteries/{lotteryId}", new { fundId = fundB });
            };
            var answers = await ParallelAsync(trial % 2 == 0 ? [publish, move] : [move, publish]);
            var (published, moved) = trial % 2 == 0 ? (answers[0], answers[1]) : (answers[1], answers[0]);
            string? Code(JsonElement body) => body.TryGetProperty("code", out var c) ? c.GetString() : null;
            var row = await LotteryRowAsync(lotteryId);
            if (published.Status == 200)
            {
                Assert.That((moved.Status, Code(moved.Body)), Is.EqualTo((409, (string?)"lottery.fund_locked")), $"trial {trial}");
                Assert.That((row.Status, row.FundId), Is.EqualTo(("open", fundA)), $"trial {trial}");
                outcomes.Add("published");
            }
            else
            {
                Assert.That((published.Status, Code(published.Body)), Is.EqualTo((409, (string?)"lottery.fund_over_promised")), $"trial {trial}");
                Assert.That(moved.Status, Is.EqualTo(200), $"trial {trial}");
                Assert.That((row.Status, row.FundId), Is.EqualTo(("draft", fundB)), $"trial {trial}");
                outcomes.Add("moved");
            }
        }

        TestContext.Out.WriteLine($"outcomes: {string.Join(", ", outcomes)}");
    }

    /// <summary>
    /// PATCH /admin/lotteries/{id} with fundId: a draft grant lottery moves to another fund under the creation's fund checks (404 outside
    /// scope, 422 fund.mutual_aid_only, 409 lottery.fund_not_open, 422 lottery.grant_over_max, 409 lottery.fund_budget_short; each refusal
    /// leaves the fund as it was), audited with the old and new fund; once published it keeps its fund (409 lottery.fund_locked). A
    /// published lottery's places and grant are not editable either (409 lottery.published_locked).
    /// </summary>
    [Test]
    public async Task A_drafts_fund_changes_under_the_creation_checks_and_a_published_lottery_keeps_its_fund_and_prize()
    {
        using var admin = await AdminAsync();
        var first = await CreateFundAsync(admin, budgetFen: 10 * LotteryGrant, maxGrantFen: LotteryGrant);
        var second = await CreateFundAsync(admin, budgetFen: 10 * LotteryGrant, maxGrantFen: LotteryGrant);
        var lotteryId = await DraftGrantLotteryAsync(admin, first, places: 6);
        Task<HttpResponseMessage> MoveAsync(string? fundId) => admin.PatchAsJsonAsync($"/api/v1/admin/lotteries/{lotteryId}", new { fundId });

        var moved = await JsonAsync(await MoveAsync(second), 200);
        Assert.That(moved.GetProperty("fundId").GetString(), Is.EqualTo(second));
        await using (var db = await DbAsync())
        {
            var details = JsonDocument.Parse(await db.QuerySingleAsync<string>(
                "SELECT details FROM audit_log WHERE action = 'lottery.update' AND entity_id = @lotteryId", new { lotteryId })).RootElement;
            Assert.That((details.GetProperty("oldFundId").GetString(), details.GetProperty("newFundId").GetString()), Is.EqualTo((first, second)));
        }

        var mutualAid = await CreateFundAsync(admin, budgetFen: 10 * LotteryGrant, maxGrantFen: LotteryGrant, kind: "mutual_aid");
        var small = await CreateFundAsync(admin, budgetFen: 5 * LotteryGrant, maxGrantFen: LotteryGrant);
        var lowMax = await CreateFundAsync(admin, budgetFen: 10 * LotteryGrant, maxGrantFen: LotteryGrant - 1);
        var closed = await CreateFundAsync(admin, budgetFen: 10 * LotteryGrant, maxGrantFen: LotteryGrant,
            opensAt: Api.Clock.GetUtcNow().AddDays(-10), closesAt: Api.Clock.GetUtcNow().AddMinutes(-1));
        await Problem.ExpectAsync(await MoveAsync(mutualAid), 422, "fund.mutual_aid_only");
        await Problem.ExpectAsync(await MoveAsync(small), 409, "lottery.fund_budget_short");
        await Problem.ExpectAsync(await MoveAsync(lowMax), 422, "lottery.grant_over_max");
        await Problem.ExpectAsync(await MoveAsync(closed), 409, "lottery.fund_not_open");
        await Problem.ExpectAsync(await MoveAsync("999999999"), 404, "not_found");
        var bad = await Problem.ExpectAsync(await MoveAsync("not-an-id"), 422, "validation.failed");
        Assert.That(bad.Raw.GetProperty("errors").TryGetProperty("fundId", out _), Is.True);
        Assert.That((await LotteryRowAsync(lotteryId)).FundId, Is.EqualTo(second), "every refusal left the fund as it was");
        Assert.That(await AuditCountAsync("lottery.update", lotteryId), Is.EqualTo(1), "and wrote no audit row");

        // published: the fund is fixed (the same fund again is no change), and so are the places and the grant
        await JsonAsync(await PublishAsync(admin, lotteryId), 200);
        await Problem.ExpectAsync(await MoveAsync(first), 409, "lottery.fund_locked");
        await JsonAsync(await MoveAsync(second), 200);
        // the places and the grant are refused whole (UpdateLotteryTests covers every term), the title sent with them not written either
        await Problem.ExpectAsync(await admin.PatchAsJsonAsync($"/api/v1/admin/lotteries/{lotteryId}",
            new { title = "学历提升补助抽签（第二批）", places = 10, grantFen = 2 * LotteryGrant }), 409, "lottery.published_locked");
        await using (var db = await DbAsync())
        {
            Assert.That(await db.QuerySingleAsync<(string, int, long)>("SELECT CAST(fund_id AS CHAR), places, grant_fen FROM lottery WHERE id = @lotteryId",
                new { lotteryId }), Is.EqualTo((second, 6, LotteryGrant)));
        }
    }
}

using System.Globalization;
using System.Net.Http.Json;
using System.Text;
using Dapper;

namespace UnionHub.IntegrationTests.Features.Funds;

/// <summary>
/// A <c>mutual_aid</c> fund pays mutual-aid plans' claims (ADR 0020) and nothing else, even one made through
/// <c>POST /admin/funds</c> with an open window: every path that opens a relief case on a fund (the member's application, a
/// draft's submission, the counter's filing, a 12351 consultation's conversion, a unit's batch declaration and its check, a
/// hardship round, a lottery grant) refuses it with 422 <c>fund.mutual_aid_only</c> (a legacy draft's submission: 409
/// <c>fund.closed</c>) and writes nothing, and no fund list a member or the counter chooses from offers it.
/// </summary>
public sealed class MutualAidFundKindTests : FundsTest
{
    private static string S(long id) => id.ToString(CultureInfo.InvariantCulture);

    private static object CounterBody(string fundId) => new
    {
        fundId, category = "major_illness", requestedFen = 200_000L, reason = "家人重病住院，医疗费用负担重", contactPhone = "13812345678",
    };

    private static async Task<List<string?>> IdsAsync(HttpClient client, string url) =>
        (await JsonAsync(await client.GetAsync(url), 200)).GetProperty("items").EnumerateArray().Select(f => f.GetProperty("id").GetString()).ToList();

    /// <summary>(applications, their history rows, batches) of the fund.</summary>
    private static async Task<(int Applications, int History, int Batches)> WrittenOnAsync(string fundId)
    {
        await using var db = await DbAsync();
        return await db.QuerySingleAsync<(int, int, int)>("""
            SELECT (SELECT COUNT(*) FROM fund_application WHERE fund_id = @fundId),
                   (SELECT COUNT(*) FROM fund_application_history h JOIN fund_application a ON a.id = h.application_id WHERE a.fund_id = @fundId),
                   (SELECT COUNT(*) FROM fund_application_batch WHERE fund_id = @fundId)
            """, new { fundId });
    }

    [Test]
    public async Task A_member_is_not_offered_a_mutual_aid_fund_and_cannot_apply_to_it_nor_keep_a_draft_of_it()
    {
        using var reviewer = await NewStaffAsync("reviewer");
        var mutualAid = await CreateFundAsync(reviewer, kind: "mutual_aid");
        var relief = await CreateFundAsync(reviewer, kind: "hardship");
        var memberId = await NewVerifiedMemberAsync();
        using var member = WithToken(MemberToken(memberId));

        // the H5 funds page lists GET /funds: the relief fund with its apply button, not the mutual-aid fund
        Assert.That(await IdsAsync(member, "/api/v1/funds"), Does.Contain(relief).And.Not.Contain(mutualAid));

        var refused = await Problem.ExpectAsync(await ApplyRawAsync(memberId, ApplicationBody(mutualAid), "mutual-aid-1"), 422, "fund.mutual_aid_only");
        Assert.That(refused.Raw.GetProperty("detail").GetString(), Does.Contain("warmth"));
        await Problem.ExpectAsync(await ApplyRawAsync(memberId, ApplicationBody(mutualAid), "mutual-aid-1"), 422, "fund.mutual_aid_only"); // replayed
        await Problem.ExpectAsync(await ApplyRawAsync(memberId, ApplicationBody(mutualAid, draft: true)), 422, "fund.mutual_aid_only");
        Assert.That(await WrittenOnAsync(mutualAid), Is.EqualTo((0, 0, 0)), "nothing written");
        await ApplyAsync(memberId, relief); // the same application goes to a relief fund

        // a draft left on a fund that became a mutual-aid fund (made before this rule) is never submitted
        var draft = await ApplyAsync(memberId, await CreateFundAsync(reviewer, kind: "warmth"), draft: true);
        await using var db = await DbAsync();
        await db.ExecuteAsync("UPDATE fund SET kind = 'mutual_aid' WHERE id = (SELECT fund_id FROM fund_application WHERE id = @draft)", new { draft });
        var history = await db.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM fund_application_history WHERE application_id = @draft", new { draft });
        var closed = await Problem.ExpectAsync(await member.PostAsync($"/api/v1/me/fund-applications/{draft}/submit", null), 409, "fund.closed");
        Assert.That(closed.Raw.GetProperty("detail").GetString(), Does.Contain("mutual-aid"));
        Assert.Multiple(async () =>
        {
            Assert.That(await StatusOfAsync(draft), Is.EqualTo("draft"));
            Assert.That(await db.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM fund_application_history WHERE application_id = @draft", new { draft }),
                Is.EqualTo(history), "no history row");
        });
        await JsonAsync(await member.PostAsync($"/api/v1/me/fund-applications/{draft}/withdraw", null), 200); // it can still be withdrawn
    }

    [Test]
    public async Task Staff_cannot_file_a_relief_case_on_a_mutual_aid_fund_for_a_member_at_the_counter_from_a_consultation_or_in_a_batch()
    {
        using var reviewer = await NewStaffAsync("reviewer");
        var org = await Seed.OrgAsync("机械厂工会");
        var mutualAid = await CreateFundAsync(reviewer, kind: "mutual_aid", orgId: org);
        var relief = await CreateFundAsync(reviewer, kind: "epidemic", orgId: org);
        var memberId = await Seed.VerifiedMemberAsync(org);
        using var admin = await NewStaffAsync("org_admin", S(org));

        // the counter's and the unit's fund pickers offer only relief funds
        Assert.That(await IdsAsync(admin, $"/api/v1/admin/members/{S(memberId)}/funds"), Does.Contain(relief).And.Not.Contain(mutualAid));
        Assert.That(await IdsAsync(admin, "/api/v1/admin/declarable-funds"), Does.Contain(relief).And.Not.Contain(mutualAid));

        await Problem.ExpectAsync(await PostKeyedAsync(admin, $"/api/v1/admin/members/{S(memberId)}/fund-applications", CounterBody(mutualAid), "counter-1"),
            422, "fund.mutual_aid_only");

        var consultation = await JsonAsync(await admin.PostAsJsonAsync("/api/v1/admin/consultations", new
        {
            channel = "hotline", category = "hardship", topic = "工伤后收入锐减", memberId = S(memberId), outcome = "建议申请帮扶",
        }), 201);
        var consultationId = consultation.GetProperty("id").GetString();
        await Problem.ExpectAsync(await admin.PostAsJsonAsync($"/api/v1/admin/consultations/{consultationId}/fund-application",
            new { fundId = mutualAid, category = "major_illness", requestedFen = 200_000L }), 422, "fund.mutual_aid_only");

        foreach (var route in new[] { "fund-batches", "fund-batch-checks" })
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/admin/orgs/{S(org)}/{route}?fundId={mutualAid}")
            {
                Content = new StringContent("姓名,身份证号,申请金额,事由\n张三,110101199003070019,1000,因病致困\n", Encoding.UTF8, "text/csv"),
            };
            await Problem.ExpectAsync(await admin.SendAsync(request), 422, "fund.mutual_aid_only");
        }

        Assert.That(await WrittenOnAsync(mutualAid), Is.EqualTo((0, 0, 0)), "nothing written");
        await using var db = await DbAsync();
        Assert.That(await db.ExecuteScalarAsync<string>("SELECT status FROM consultation WHERE id = @consultationId", new { consultationId }),
            Is.Not.EqualTo("converted"));
        await JsonAsync(await PostKeyedAsync(admin, $"/api/v1/admin/members/{S(memberId)}/fund-applications", CounterBody(relief), "counter-2"), 201);
    }

    [Test]
    public async Task A_hardship_round_or_a_lottery_grant_cannot_draw_on_a_mutual_aid_fund()
    {
        using var admin = await AdminAsync();
        var org = await Seed.OrgAsync("区总工会");
        var mutualAid = await CreateFundAsync(admin, kind: "mutual_aid");
        var now = Api.Clock.GetUtcNow();

        await Problem.ExpectAsync(await admin.PostAsJsonAsync("/api/v1/admin/hardship/rounds", new
        {
            orgId = S(org), title = "2026 年下半年困难职工帮扶", kind = "regular", fundId = mutualAid, opensAt = now.AddMinutes(-1), closesAt = now.AddDays(30),
            tiers = new[] { new { tier = "deep", standardFen = 300_000L, capFen = 400_000L } },
        }), 422, "fund.mutual_aid_only");
        await Problem.ExpectAsync(await PostKeyedAsync(admin, "/api/v1/admin/lotteries", new
        {
            title = "学历提升补助抽签", description = "名额有限，抽签决定", orgId = S(org), places = 2, opensAt = now.AddMinutes(1), closesAt = now.AddDays(1),
            fundId = mutualAid, grantFen = 50_000L,
        }, "lottery-1"), 422, "fund.mutual_aid_only");

        await using var db = await DbAsync();
        Assert.Multiple(async () =>
        {
            Assert.That(await db.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM hardship_round WHERE fund_id = @mutualAid", new { mutualAid }), Is.Zero);
            Assert.That(await db.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM lottery WHERE fund_id = @mutualAid", new { mutualAid }), Is.Zero);
            Assert.That(await WrittenOnAsync(mutualAid), Is.EqualTo((0, 0, 0)));
        });
    }
}

using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using Dapper;
using UnionHub.IntegrationTests.Features.Funds;

namespace UnionHub.IntegrationTests.Features.Lotteries;

/// <summary>
/// PATCH /admin/lotteries/{id} on a draft changes its terms as a whole (organisation, window, places, the perk or the fund and grant),
/// each under creation's checks on the values the draft will have; once published each of them is 409 lottery.published_locked naming the
/// refused fields, nothing written, while the title and description still change (ADR 0019, 2026-12-04). A PATCH racing the publication
/// never leaves a lottery published with terms publication did not check.
/// </summary>
public sealed class UpdateLotteryTests : FundsTest
{
    private sealed record LotteryDb(string Status, long OrgId, long? PerkId, long? FundId, long? GrantFen, int Places, DateTime OpensAt, DateTime ClosesAt,
        string Title);

    private static async Task<LotteryDb> RowAsync(string lotteryId)
    {
        await using var db = await DbAsync();
        return await db.QuerySingleAsync<LotteryDb>("""
            SELECT status, org_id AS OrgId, perk_id AS PerkId, fund_id AS FundId, grant_fen AS GrantFen, places, opens_at AS OpensAt,
                   closes_at AS ClosesAt, title
            FROM lottery WHERE id = @lotteryId
            """, new { lotteryId });
    }

    private static async Task<int> UpdateAuditsAsync(string lotteryId)
    {
        await using var db = await DbAsync();
        return await db.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM audit_log WHERE action = 'lottery.update' AND entity_id = @lotteryId",
            new { lotteryId });
    }

    private static async Task<string> PerkModeAsync(string perkId)
    {
        await using var db = await DbAsync();
        return await db.QuerySingleAsync<string>("SELECT mode FROM perk WHERE id = @perkId", new { perkId });
    }

    private static async Task<string> PrizePerkAsync(HttpClient admin, int stock)
    {
        var created = await JsonAsync(await admin.PostAsJsonAsync("/api/v1/admin/perks", new
        {
            kind = "voucher", title = "体育消费券", description = "抽签发放", stock, perMemberLimit = 1,
            startsAt = Api.Clock.GetUtcNow().AddMinutes(-1), endsAt = Api.Clock.GetUtcNow().AddDays(10), faceValueFen = 5000L,
            merchantIds = new[] { "7" }, validDays = 30, eligibility = new { orgIds = (string[]?)null },
        }), 201);
        return created.GetProperty("id").GetString()!;
    }

    private static async Task<string> DraftPerkLotteryAsync(HttpClient admin, string perkId, int places)
    {
        var org = await Seed.OrgAsync();
        var opens = Api.Clock.GetUtcNow().AddMinutes(1);
        using var request = KeyedPost("/api/v1/admin/lotteries", new
        {
            title = "职工运动会门票抽签", orgId = S(org), perkId, places, opensAt = opens, closesAt = opens.AddDays(1),
        }, Guid.NewGuid().ToString("N"));
        return (await JsonAsync(await admin.SendAsync(request), 201)).GetProperty("id").GetString()!;
    }

    private static DateTimeOffset Utc(DateTime stored) => new(DateTime.SpecifyKind(stored, DateTimeKind.Utc));

    private static string S(long id) => id.ToString(CultureInfo.InvariantCulture);

    private static Task<HttpResponseMessage> PatchAsync(HttpClient admin, string lotteryId, object body) =>
        admin.PatchAsJsonAsync($"/api/v1/admin/lotteries/{lotteryId}", body);

    /// <summary>
    /// Each term of a draft grant lottery changes on its own: places, grant, window start, window end, organisation, fund; the answer shows
    /// the new value and so does the row; every change is audited. A perk lottery's perk and places change too: the new perk is in lottery
    /// mode, the old one (held by no other lottery) back to first come.
    /// </summary>
    [Test]
    public async Task Each_term_of_a_draft_changes_and_the_row_and_answer_show_it()
    {
        using var admin = await AdminAsync();
        var fund = await CreateFundAsync(admin, budgetFen: 20 * LotteryGrant, maxGrantFen: 2 * LotteryGrant);
        var otherFund = await CreateFundAsync(admin, budgetFen: 20 * LotteryGrant, maxGrantFen: 2 * LotteryGrant);
        var lotteryId = await DraftGrantLotteryAsync(admin, fund, places: 6);
        var opens = Api.Clock.GetUtcNow().AddDays(2);
        var closes = opens.AddDays(5);
        var newOrg = await Seed.OrgAsync("区总工会");

        var answer = await JsonAsync(await PatchAsync(admin, lotteryId, new { places = 8 }), 200);
        Assert.That(answer.GetProperty("places").GetInt32(), Is.EqualTo(8));
        Assert.That((await RowAsync(lotteryId)).Places, Is.EqualTo(8));

        answer = await JsonAsync(await PatchAsync(admin, lotteryId, new { grantFen = 2 * LotteryGrant }), 200);
        Assert.That(answer.GetProperty("grantFen").GetInt64(), Is.EqualTo(2 * LotteryGrant));
        Assert.That((await RowAsync(lotteryId)).GrantFen, Is.EqualTo(2 * LotteryGrant));

        answer = await JsonAsync(await PatchAsync(admin, lotteryId, new { closesAt = closes }), 200);
        Assert.That(answer.GetProperty("closesAt").GetDateTimeOffset(), Is.EqualTo(closes).Within(TimeSpan.FromMilliseconds(1)));
        Assert.That((await RowAsync(lotteryId)).ClosesAt, Is.EqualTo(closes.UtcDateTime).Within(TimeSpan.FromMilliseconds(1)));

        answer = await JsonAsync(await PatchAsync(admin, lotteryId, new { opensAt = opens }), 200);
        Assert.That(answer.GetProperty("opensAt").GetDateTimeOffset(), Is.EqualTo(opens).Within(TimeSpan.FromMilliseconds(1)));
        Assert.That((await RowAsync(lotteryId)).OpensAt, Is.EqualTo(opens.UtcDateTime).Within(TimeSpan.FromMilliseconds(1)));

        answer = await JsonAsync(await PatchAsync(admin, lotteryId, new { orgId = S(newOrg) }), 200);
        Assert.That(answer.GetProperty("orgId").GetString(), Is.EqualTo(S(newOrg)));
        Assert.That((await RowAsync(lotteryId)).OrgId, Is.EqualTo(newOrg));

        answer = await JsonAsync(await PatchAsync(admin, lotteryId, new { fundId = otherFund }), 200);
        Assert.That(answer.GetProperty("fundId").GetString(), Is.EqualTo(otherFund));
        Assert.That(S((await RowAsync(lotteryId)).FundId!.Value), Is.EqualTo(otherFund));
        Assert.That(await UpdateAuditsAsync(lotteryId), Is.EqualTo(6), "each change audited");

        // and all at once, publishable afterwards on what it now says
        await JsonAsync(await PatchAsync(admin, lotteryId, new { places = 5, grantFen = LotteryGrant, opensAt = opens.AddHours(1), closesAt = closes.AddHours(1) }),
            200);
        var published = await JsonAsync(await PublishAsync(admin, lotteryId), 200);
        Assert.That((published.GetProperty("places").GetInt32(), published.GetProperty("grantFen").GetInt64()), Is.EqualTo((5, LotteryGrant)));

        // a perk lottery: another perk, more places
        var perk = await PrizePerkAsync(admin, stock: 10);
        var otherPerk = await PrizePerkAsync(admin, stock: 20);
        var perkLottery = await DraftPerkLotteryAsync(admin, perk, places: 5);
        Assert.That(await PerkModeAsync(perk), Is.EqualTo("lottery"));
        answer = await JsonAsync(await PatchAsync(admin, perkLottery, new { perkId = otherPerk, places = 15 }), 200);
        Assert.That((answer.GetProperty("perkId").GetString(), answer.GetProperty("places").GetInt32()), Is.EqualTo((otherPerk, 15)));
        var row = await RowAsync(perkLottery);
        Assert.That((S(row.PerkId!.Value), row.Places), Is.EqualTo((otherPerk, 15)));
        Assert.That((await PerkModeAsync(otherPerk), await PerkModeAsync(perk)), Is.EqualTo(("lottery", "first_come")),
            "the new prize is drawn only; the old one, held by no other lottery, is claimable first come again");
    }

    /// <summary>
    /// Creation's checks, on the values the draft will have: the window's end before its start, a past end, places out of range, a grant
    /// of no fen, a grant on a perk lottery, a perk on a grant lottery (422 validation.failed naming the field); places beyond the perk's
    /// stock (422), beyond the fund's budget (409 lottery.fund_budget_short), a grant over the fund's maximum (422 lottery.grant_over_max),
    /// an unknown organisation or perk (404). Nothing is written by any of them.
    /// </summary>
    [Test]
    public async Task A_drafts_edit_is_refused_by_creations_checks_and_nothing_is_written()
    {
        using var admin = await AdminAsync();
        var fund = await CreateFundAsync(admin, budgetFen: 10 * LotteryGrant, maxGrantFen: LotteryGrant);
        var lotteryId = await DraftGrantLotteryAsync(admin, fund, places: 6);
        var perk = await PrizePerkAsync(admin, stock: 10);
        var perkLottery = await DraftPerkLotteryAsync(admin, perk, places: 5);
        var before = await RowAsync(lotteryId);
        var perkBefore = await RowAsync(perkLottery);

        async Task Invalid(string id, object body, string field)
        {
            var problem = await Problem.ExpectAsync(await PatchAsync(admin, id, body), 422, "validation.failed");
            Assert.That(problem.Raw.GetProperty("errors").TryGetProperty(field, out _), Is.True, $"{field} named");
        }

        await Invalid(lotteryId, new { closesAt = Utc(before.OpensAt).AddMinutes(-1) }, "closesAt");
        await Invalid(lotteryId, new { opensAt = Utc(before.ClosesAt).AddMinutes(1) }, "closesAt");
        await Invalid(lotteryId, new { opensAt = Api.Clock.GetUtcNow().AddDays(-3), closesAt = Api.Clock.GetUtcNow().AddDays(-1) }, "closesAt");
        await Invalid(lotteryId, new { places = 0 }, "places");
        await Invalid(lotteryId, new { places = 100_001 }, "places");
        await Invalid(lotteryId, new { grantFen = 0L }, "grantFen");
        await Invalid(lotteryId, new { perkId = perk }, "perkId");
        await Invalid(perkLottery, new { grantFen = LotteryGrant }, "grantFen");
        await Invalid(perkLottery, new { places = 11 }, "places");
        await Invalid(lotteryId, new { orgId = "not-an-id" }, "orgId");
        await Problem.ExpectAsync(await PatchAsync(admin, lotteryId, new { places = 11 }), 409, "lottery.fund_budget_short");
        await Problem.ExpectAsync(await PatchAsync(admin, lotteryId, new { grantFen = LotteryGrant + 1 }), 422, "lottery.grant_over_max");
        await Problem.ExpectAsync(await PatchAsync(admin, lotteryId, new { orgId = "999999999" }), 404, "not_found");
        await Problem.ExpectAsync(await PatchAsync(admin, perkLottery, new { perkId = "999999999" }), 404, "not_found");
        // a valid title beside a refused term is not written either
        await Problem.ExpectAsync(await PatchAsync(admin, lotteryId, new { title = "改名", places = 11 }), 409, "lottery.fund_budget_short");

        Assert.That(await RowAsync(lotteryId), Is.EqualTo(before), "no refusal changed the grant lottery");
        Assert.That(await RowAsync(perkLottery), Is.EqualTo(perkBefore), "no refusal changed the perk lottery");
        Assert.That((await UpdateAuditsAsync(lotteryId), await UpdateAuditsAsync(perkLottery)), Is.EqualTo((0, 0)));
    }

    /// <summary>
    /// Published: every term is 409 lottery.published_locked with the refused fields (the fund: lottery.fund_locked, as before), the
    /// row and the audit log unchanged even when a title came with it; the same values again are no change; the title and description
    /// still change.
    /// </summary>
    [Test]
    public async Task A_published_lotterys_terms_are_409_published_locked_with_the_fields_and_nothing_written()
    {
        using var admin = await AdminAsync();
        var fund = await CreateFundAsync(admin, budgetFen: 20 * LotteryGrant, maxGrantFen: 2 * LotteryGrant);
        var otherFund = await CreateFundAsync(admin, budgetFen: 20 * LotteryGrant, maxGrantFen: 2 * LotteryGrant);
        var lotteryId = await DraftGrantLotteryAsync(admin, fund, places: 6);
        await JsonAsync(await PublishAsync(admin, lotteryId), 200);
        var before = await RowAsync(lotteryId);
        var org = await Seed.OrgAsync("区总工会");

        async Task<List<string?>> Locked(object body)
        {
            var problem = await Problem.ExpectAsync(await PatchAsync(admin, lotteryId, body), 409, "lottery.published_locked");
            return problem.Raw.GetProperty("fields").EnumerateArray().Select(f => f.GetString()).ToList();
        }

        Assert.That(await Locked(new { places = 8 }), Is.EqualTo(new[] { "places" }));
        Assert.That(await Locked(new { grantFen = 2 * LotteryGrant }), Is.EqualTo(new[] { "grantFen" }));
        Assert.That(await Locked(new { opensAt = Api.Clock.GetUtcNow().AddDays(2) }), Is.EqualTo(new[] { "opensAt" }));
        Assert.That(await Locked(new { closesAt = Api.Clock.GetUtcNow().AddDays(9) }), Is.EqualTo(new[] { "closesAt" }));
        Assert.That(await Locked(new { orgId = S(org) }), Is.EqualTo(new[] { "orgId" }));
        Assert.That(await Locked(new { title = "改名", places = 9, closesAt = Api.Clock.GetUtcNow().AddDays(9) }), Is.EqualTo(new[] { "places", "closesAt" }));
        await Problem.ExpectAsync(await PatchAsync(admin, lotteryId, new { fundId = otherFund, places = 8 }), 409, "lottery.fund_locked");
        Assert.That(await RowAsync(lotteryId), Is.EqualTo(before), "nothing written, not even the title sent beside a refused term");
        Assert.That(await UpdateAuditsAsync(lotteryId), Is.EqualTo(0));

        // the values it has are no change; the text changes as before
        var edited = await JsonAsync(await PatchAsync(admin, lotteryId, new
        {
            title = "学历提升补助抽签（第二批）", description = "名额有限", places = before.Places, grantFen = before.GrantFen, fundId = fund,
        }), 200);
        Assert.That((edited.GetProperty("title").GetString(), edited.GetProperty("places").GetInt32()), Is.EqualTo(("学历提升补助抽签（第二批）", 6)));
        Assert.That(await RowAsync(lotteryId), Is.EqualTo(before with { Title = "学历提升补助抽签（第二批）" }));

        // a description left out stays; an empty (or blank) one clears it
        async Task<string?> Description()
        {
            await using var db = await DbAsync();
            return await db.ExecuteScalarAsync<string?>("SELECT description FROM lottery WHERE id = @lotteryId", new { lotteryId });
        }

        Assert.That(await Description(), Is.EqualTo("名额有限"));
        await JsonAsync(await PatchAsync(admin, lotteryId, new { title = "学历提升补助抽签" }), 200);
        Assert.That(await Description(), Is.EqualTo("名额有限"), "left out: unchanged");
        var cleared = await JsonAsync(await PatchAsync(admin, lotteryId, new { description = "  " }), 200);
        Assert.That(cleared.GetProperty("description").ValueKind, Is.EqualTo(JsonValueKind.Null), "the answer shows no description");
        Assert.That(await Description(), Is.Null, "blank: cleared");
    }

    /// <summary>
    /// A PATCH raising a draft's places and its publication sent together, ten trials. The fund has ten places of budget; another published
    /// lottery promises six, so the draft's four fit beside it but eight do not (though eight fit what the fund has left, which is all a
    /// draft's edit checks). Either the publication wins (published with four places, the PATCH 409 lottery.published_locked) or the PATCH
    /// wins (a draft of eight, the publication 409 lottery.fund_over_promised); a published lottery always fits its fund's promises.
    /// </summary>
    [Test]
    public async Task A_publication_racing_an_edit_of_the_places_never_publishes_terms_it_did_not_check()
    {
        using var admin = await AdminAsync();
        var token = admin.DefaultRequestHeaders.Authorization!.Parameter!;
        var outcomes = new List<string>();
        for (var trial = 0; trial < 10; trial++)
        {
            var fund = await CreateFundAsync(admin, budgetFen: 10 * LotteryGrant, maxGrantFen: LotteryGrant);
            await JsonAsync(await PublishAsync(admin, await DraftGrantLotteryAsync(admin, fund, places: 6)), 200);
            var lotteryId = await DraftGrantLotteryAsync(admin, fund, places: 4);
            Func<Task<HttpResponseMessage>> publish = async () =>
            {
                using var client = WithToken(token);
                return await PublishAsync(client, lotteryId);
            };
            Func<Task<HttpResponseMessage>> edit = async () =>
            {
                using var client = WithToken(token);
                return await PatchAsync(client, lotteryId, new { places = 8 });
            };
            var answers = await ParallelAsync(trial % 2 == 0 ? [publish, edit] : [edit, publish]);
            var (published, edited) = trial % 2 == 0 ? (answers[0], answers[1]) : (answers[1], answers[0]);
            string? Code(JsonElement body) => body.TryGetProperty("code", out var c) ? c.GetString() : null;
            var row = await RowAsync(lotteryId);
            if (published.Status == 200)
            {
                Assert.That((edited.Status, Code(edited.Body)), Is.EqualTo((409, (string?)"lottery.published_locked")), $"trial {trial}");
                Assert.That((row.Status, row.Places), Is.EqualTo(("open", 4)), $"trial {trial}");
                outcomes.Add("published");
            }
            else
            {
                Assert.That((published.Status, Code(published.Body)), Is.EqualTo((409, (string?)"lottery.fund_over_promised")), $"trial {trial}");
                Assert.That(edited.Status, Is.EqualTo(200), $"trial {trial}");
                Assert.That((row.Status, row.Places), Is.EqualTo(("draft", 8)), $"trial {trial}");
                outcomes.Add("edited");
            }

            Assert.That(row.Status != "open" || row.Places * row.GrantFen <= 4 * LotteryGrant, Is.True,
                $"trial {trial}: a published lottery fits beside the fund's other promises");
        }

        TestContext.Out.WriteLine($"outcomes: {string.Join(", ", outcomes)}");
    }
}

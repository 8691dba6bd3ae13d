using System.Net.Http.Json;
using Dapper;

namespace UnionHub.IntegrationTests.Features.Lotteries;

public sealed class ApplyForLotteryTests : LotteryTest
{
    private static async Task<List<(long Id, long MemberId)>> ApplicationsAsync(string lotteryId)
    {
        await using var db = await DbAsync();
        return (await db.QueryAsync<(long, long)>("SELECT id, member_id FROM lottery_application WHERE lottery_id = @lotteryId ORDER BY id",
            new { lotteryId })).ToList();
    }

    [Test]
    public async Task Five_hundred_members_racing_to_apply_give_500_applications_without_duplicates()
    {
        var org = await Seed.OrgAsync();
        var members = await SeedMany.VerifiedMembersAsync(org, 500);
        var lotteryId = await OpenLotteryAsync(org, places: 50, stock: 50);

        var answers = await ApplyAllAsync(lotteryId, members);

        Assert.That(answers.Select(a => a.Status), Is.All.EqualTo(200),
            string.Join("\n", answers.Where(a => a.Status != 200).Take(3).Select(a => a.Body.ToString())));
        var mine = answers.Select(a => a.Body.GetProperty("myApplication")).ToList();
        Assert.That(mine.Select(m => m.GetProperty("result").GetString()), Is.All.EqualTo("pending"));
        Assert.That(mine.Select(m => m.GetProperty("id").GetString()).Distinct().Count(), Is.EqualTo(500));
        var rows = await ApplicationsAsync(lotteryId);
        Assert.That(rows, Has.Count.EqualTo(500));
        Assert.That(rows.Select(r => r.MemberId).Order(), Is.EqualTo(members.Order()), "one application per member, none lost");
        for (var i = 0; i < members.Count; i++)
        {
            Assert.That(mine[i].GetProperty("id").GetString(), Is.EqualTo(S(rows.Single(r => r.MemberId == members[i]).Id)));
        }

        using var admin = await AdminAsync();
        var staffView = await JsonAsync(await admin.GetAsync($"/api/v1/admin/lotteries/{lotteryId}"), 200);
        Assert.That(staffView.GetProperty("applications").GetInt32(), Is.EqualTo(500));
        var record = await PublicRecordAsync(lotteryId);
        Assert.That(Ids(record.GetProperty("winners")), Is.Empty);
        Assert.That(record.GetProperty("seed").ValueKind, Is.EqualTo(System.Text.Json.JsonValueKind.Null), "the seed stays secret until the draw");
        Assert.That(record.GetProperty("applications").EnumerateArray().Select(a => a.GetProperty("id").GetString()),
            Is.EqualTo(rows.Select(r => S(r.Id))), "the public list: every application id, ascending");
        Assert.That(record.GetProperty("applications")[0].GetProperty("nameMasked").GetString(), Is.EqualTo("李*"), "names are masked");
    }

    [Test]
    public async Task Twenty_racing_taps_of_one_member_give_one_application_and_a_replay_answers_it()
    {
        var org = await Seed.OrgAsync();
        var member = await Seed.VerifiedMemberAsync(org);
        var lotteryId = await OpenLotteryAsync(org, places: 5, stock: 5);

        var answers = await ApplyAllAsync(lotteryId, Enumerable.Repeat(member, 20));

        Assert.That(answers.Select(a => a.Status), Is.All.EqualTo(200));
        var ids = answers.Select(a => a.Body.GetProperty("myApplication").GetProperty("id").GetString()).Distinct().ToList();
        Assert.That(ids, Has.Count.EqualTo(1));
        Assert.That(await ApplicationsAsync(lotteryId), Has.Count.EqualTo(1));
        var replay = await ApplyAsync(lotteryId, member);
        Assert.That(replay.GetProperty("myApplication").GetProperty("id").GetString(), Is.EqualTo(ids[0]));
        Assert.That(await ApplicationsAsync(lotteryId), Has.Count.EqualTo(1));
    }

    [Test]
    public async Task Applications_keep_to_the_window_the_subtree_and_verification()
    {
        var city = await Seed.OrgAsync("市总工会");
        var district = await Seed.OrgAsync("区总工会", city);
        var elsewhere = await Seed.OrgAsync("外市总工会");
        var inside = await Seed.VerifiedMemberAsync(district);
        var outside = await Seed.VerifiedMemberAsync(elsewhere);
        var unverified = await Seed.VerifiedMemberAsync(district, "王五");
        await using (var db = await DbAsync())
        {
            await db.ExecuteAsync("UPDATE member SET verified_at = NULL WHERE id = @unverified", new { unverified }); // on the roster, not yet verified
        }

        using var admin = await AdminAsync();
        var perkId = await CreatePrizePerkAsync(admin, 3);
        // the perk's stock must cover the places
        await Problem.ExpectAsync(await admin.PostAsJsonAsync("/api/v1/admin/lotteries", new
        {
            title = "超额抽签", perkId, orgId = S(city), places = 4, opensAt = Now.AddMinutes(1), closesAt = Now.AddDays(1),
        }), 422, "validation.failed");
        var draft = await CreateLotteryAsync(admin, city, perkId, places: 3);
        var lotteryId = draft.GetProperty("id").GetString()!;
        Assert.That(draft.GetProperty("status").GetString(), Is.EqualTo("draft"));
        Assert.That(draft.GetProperty("commitment").GetString(), Does.Match("^[0-9a-f]{64}$"));
        Assert.That(draft.GetProperty("seedHeldByServer").GetBoolean(), Is.True);
        Assert.That(draft.GetProperty("seed").ValueKind, Is.EqualTo(System.Text.Json.JsonValueKind.Null), "the server-held seed is never shown before the draw");

        // a draft is nobody's business but staff's
        using (var m = Member(inside))
        {
            await Problem.ExpectAsync(await m.GetAsync($"/api/v1/lotteries/{lotteryId}"), 404, "not_found");
        }

        using (var anonymous = Anonymous())
        {
            await Problem.ExpectAsync(await anonymous.GetAsync($"/api/v1/public/lotteries/{lotteryId}/draw"), 404, "not_found");
        }

        await JsonAsync(await admin.PostAsync($"/api/v1/admin/lotteries/{lotteryId}/open", null), 200);
        await Problem.ExpectAsync(await admin.PostAsync($"/api/v1/admin/lotteries/{lotteryId}/open", null), 409, "lottery.not_draft");

        // published, window not yet open
        await Problem.ExpectAsync(await Member(inside).PutAsync($"/api/v1/lotteries/{lotteryId}/application", null), 409, "lottery.not_open_yet");
        Api.Clock.Advance(TimeSpan.FromMinutes(2));
        using (var stranger = Member(outside))
        {
            await Problem.ExpectAsync(await stranger.GetAsync($"/api/v1/lotteries/{lotteryId}"), 404, "not_found");
            await Problem.ExpectAsync(await stranger.PutAsync($"/api/v1/lotteries/{lotteryId}/application", null), 404, "not_found");
            var list = await JsonAsync(await stranger.GetAsync("/api/v1/lotteries"), 200);
            Assert.That(list.GetProperty("items").GetArrayLength(), Is.Zero);
        }

        using (var m = Member(unverified))
        {
            await Problem.ExpectAsync(await m.PutAsync($"/api/v1/lotteries/{lotteryId}/application", null), 403, "lottery.member_not_verified");
        }

        var applied = await ApplyAsync(lotteryId, inside);
        Assert.That(applied.GetProperty("accepting").GetBoolean(), Is.True);
        using (var m = Member(inside))
        {
            var list = await JsonAsync(await m.GetAsync("/api/v1/lotteries"), 200);
            Assert.That(list.GetProperty("items")[0].GetProperty("myApplication").GetProperty("result").GetString(), Is.EqualTo("pending"));
        }

        CloseWindow();
        var late = await Seed.VerifiedMemberAsync(city);
        await Problem.ExpectAsync(await Member(late).PutAsync($"/api/v1/lotteries/{lotteryId}/application", null), 409, "lottery.closed");
        Assert.That(await ApplicationsAsync(lotteryId), Has.Count.EqualTo(1));
    }
}

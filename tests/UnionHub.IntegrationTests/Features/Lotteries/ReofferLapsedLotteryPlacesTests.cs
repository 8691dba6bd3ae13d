using System.Text.Json;
using System.Text.Json.Nodes;
using Dapper;

namespace UnionHub.IntegrationTests.Features.Lotteries;

/// <summary>Places of prize vouchers that expired unused go to the published waiting order, recorded as lapsed (issue #21 item 1).</summary>
public sealed class ReofferLapsedLotteryPlacesTests : LotteryTest
{
    private static Task<HttpResponseMessage> ReofferAsync(HttpClient staff, string lotteryId) =>
        staff.PostAsync($"/api/v1/admin/lotteries/{lotteryId}/reoffer-lapsed", null);

    [Test]
    public async Task Lapsed_places_go_down_the_waiting_order_once_even_when_reoffered_twice_at_once_and_the_script_checks_it()
    {
        var org = await Seed.OrgAsync();
        var members = await SeedMany.VerifiedMembersAsync(org, 12);
        var lotteryId = await OpenLotteryAsync(org, places: 4, stock: 4);
        Assert.That((await ApplyAllAsync(lotteryId, members)).Select(a => a.Status), Is.All.EqualTo(200));
        using (var early = await AdminAsync())
        {
            await Problem.ExpectAsync(await ReofferAsync(early, lotteryId), 409, "lottery.not_drawn");
        }

        CloseWindow();
        using var admin = await AdminAsync(); // a fresh token: the clock moved a day
        await JsonAsync(await DrawAsync(admin, lotteryId), 200);

        await using var db = await DbAsync();
        var memberOf = (await db.QueryAsync<(long Id, long MemberId)>("SELECT id, member_id FROM lottery_application WHERE lottery_id = @lotteryId",
            new { lotteryId })).ToDictionary(a => S(a.Id), a => a.MemberId);
        var record = await PublicRecordAsync(lotteryId);
        var winnerApps = Ids(record.GetProperty("winners"));
        var waitingApps = Ids(record.GetProperty("waitingOrder"));
        var winners = winnerApps.Select(a => memberOf[a]).ToList();

        // nothing lapsed yet: nothing to do
        var none = await JsonAsync(await ReofferAsync(admin, lotteryId), 200);
        Assert.That(none.GetProperty("lapsed").GetArrayLength() + none.GetProperty("promoted").GetArrayLength(), Is.Zero);

        // two winners let their voucher expire unused, one used it and then it ran out, one still holds a valid one
        var past = Now.UtcDateTime.AddMinutes(-1);
        await db.ExecuteAsync("""
            UPDATE voucher v JOIN lottery l ON l.perk_id = v.perk_id SET v.valid_until = @past WHERE l.id = @lotteryId AND v.member_id IN @expired
            """, new { past, lotteryId, expired = winners.Take(3).ToList() });
        await db.ExecuteAsync("""
            UPDATE voucher v JOIN lottery l ON l.perk_id = v.perk_id SET v.status = 'redeemed' WHERE l.id = @lotteryId AND v.member_id = @used
            """, new { lotteryId, used = winners[2] });

        var answers = await ParallelAsync([() => ReofferAsync(admin, lotteryId), () => ReofferAsync(admin, lotteryId)]);
        Assert.That(answers.Select(a => a.Status), Is.All.EqualTo(200));
        var lapsed = answers.SelectMany(a => Ids(a.Body.GetProperty("lapsed"))).ToList();
        var promoted = answers.SelectMany(a => Ids(a.Body.GetProperty("promoted"))).ToList();
        Assert.That(lapsed, Is.EquivalentTo(winnerApps.Take(2)), "the two unused expired vouchers lapsed, once");
        Assert.That(promoted, Is.EqualTo(waitingApps.Take(2)), "the waiting order's first two were promoted, once");
        var again = await JsonAsync(await ReofferAsync(admin, lotteryId), 200);
        Assert.That(again.GetProperty("lapsed").GetArrayLength() + again.GetProperty("promoted").GetArrayLength(), Is.Zero, "a second run promotes nothing");

        var promotedMembers = promoted.Select(a => memberOf[a]).ToList();
        var fresh = (await db.QueryAsync<(long MemberId, string Status, DateTime ValidUntil)>("""
            SELECT v.member_id, v.status, v.valid_until FROM voucher v JOIN lottery l ON l.perk_id = v.perk_id
            WHERE l.id = @lotteryId AND v.member_id IN @promotedMembers
            """, new { lotteryId, promotedMembers })).ToList();
        Assert.That(fresh.Select(v => v.MemberId), Is.EquivalentTo(promotedMembers));
        Assert.That(fresh.Select(v => v.Status), Is.All.EqualTo("unused"));
        Assert.That(fresh.Select(v => v.ValidUntil), Is.All.GreaterThan(Now.UtcDateTime.AddDays(29)), "valid from now (the perk's 30 days)");
        Assert.That(await db.ExecuteScalarAsync<int>("""
            SELECT COUNT(*) FROM member_inbox WHERE kind = 'lottery.drawn' AND payload LIKE '%"promoted":true%' AND member_id IN @promotedMembers
            """, new { promotedMembers }), Is.EqualTo(2), "each promoted member is told");
        Assert.That(await db.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM audit_log WHERE action = 'lottery.reoffer_lapsed' AND entity_id = @lotteryId",
            new { lotteryId }), Is.EqualTo(4), "every run is audited");

        using (var lapsedWinner = Member(winners[0]))
        {
            var mine = (await JsonAsync(await lapsedWinner.GetAsync($"/api/v1/lotteries/{lotteryId}"), 200)).GetProperty("myApplication");
            Assert.That(mine.GetProperty("result").GetString(), Is.EqualTo("lapsed"));
            var decline = await lapsedWinner.PostAsync($"/api/v1/lotteries/{lotteryId}/decline", null);
            await Problem.ExpectAsync(decline, 409, "lottery.voucher_used");
        }

        // the public record shows lapsed places apart from declined ones, and the script checks the promotions
        var after = await PublicRecordAsync(lotteryId);
        Assert.That(Ids(after.GetProperty("lapsed")), Is.EquivalentTo(winnerApps.Take(2)));
        Assert.That(Ids(after.GetProperty("declined")), Is.Empty);
        Assert.That(after.GetProperty("applications").EnumerateArray().Count(a => a.GetProperty("lapsed").GetBoolean()), Is.EqualTo(2));
        var (exit, verdict, output) = await VerifyWithScriptAsync(after.GetRawText());
        Assert.That((exit, verdict?.GetProperty("ok").GetBoolean()), Is.EqualTo((0, (bool?)true)), output);
        Assert.That(Ids(verdict!.Value.GetProperty("lapsed")), Is.EquivalentTo(winnerApps.Take(2)));

        // a record claiming a promotion for a place that never lapsed (nor was declined) fails the script
        var tampered = JsonNode.Parse(after.GetRawText())!;
        tampered["lapsed"] = new JsonArray(JsonValue.Create(winnerApps[0]));
        foreach (var entry in tampered["applications"]!.AsArray())
        {
            entry!["lapsed"] = entry["id"]!.GetValue<string>() == winnerApps[0];
        }

        Assert.That((await VerifyWithScriptAsync(tampered.ToJsonString())).ExitCode, Is.EqualTo(1));
        // a record claiming a lapse of a place that was never won fails too
        var stranger = JsonNode.Parse(after.GetRawText())!;
        stranger["lapsed"]!.AsArray().Add(JsonValue.Create(waitingApps[^1]));
        Assert.That((await VerifyWithScriptAsync(stranger.ToJsonString())).ExitCode, Is.EqualTo(1));
    }
}

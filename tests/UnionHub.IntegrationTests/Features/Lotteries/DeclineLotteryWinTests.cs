using System.Text.Json;
using System.Text.Json.Nodes;
using Dapper;

namespace UnionHub.IntegrationTests.Features.Lotteries;

public sealed class DeclineLotteryWinTests : LotteryTest
{
    private static async Task<HttpResponseMessage> DeclineAsync(long memberId, string lotteryId)
    {
        using var client = Member(memberId);
        var response = await client.PostAsync($"/api/v1/lotteries/{lotteryId}/decline", null);
        await response.Content.LoadIntoBufferAsync();
        return response;
    }

    private static async Task<JsonElement> MyApplicationAsync(long memberId, string lotteryId)
    {
        using var client = Member(memberId);
        return (await JsonAsync(await client.GetAsync($"/api/v1/lotteries/{lotteryId}"), 200)).GetProperty("myApplication");
    }

    [Test]
    public async Task Racing_declines_promote_the_waiting_order_in_its_published_order_and_the_script_checks_it()
    {
        var org = await Seed.OrgAsync();
        var members = await SeedMany.VerifiedMembersAsync(org, 12);
        var lotteryId = await OpenLotteryAsync(org, places: 4, stock: 4);
        Assert.That((await ApplyAllAsync(lotteryId, members)).Select(a => a.Status), Is.All.EqualTo(200));
        CloseWindow();
        using var admin = await AdminAsync();
        await JsonAsync(await DrawAsync(admin, lotteryId), 200);

        await using var db = await DbAsync();
        var memberOf = (await db.QueryAsync<(long Id, long MemberId)>("SELECT id, member_id FROM lottery_application WHERE lottery_id = @lotteryId",
            new { lotteryId })).ToDictionary(a => S(a.Id), a => a.MemberId);
        var record = await PublicRecordAsync(lotteryId);
        var winners = Ids(record.GetProperty("winners")).Select(a => memberOf[a]).ToList();
        var waiting = Ids(record.GetProperty("waitingOrder")).Select(a => memberOf[a]).ToList();
        Assert.That((await MyApplicationAsync(waiting[2], lotteryId)).GetProperty("position").GetInt32(), Is.EqualTo(3));

        // the first in the waiting order deleted their account: their turn is passed over, in public
        await db.ExecuteAsync("UPDATE member SET deleted_at = @now WHERE id = @id", new { now = Now.UtcDateTime, id = waiting[0] });

        // a waiting member cannot decline
        await Problem.ExpectAsync(await DeclineAsync(waiting[3], lotteryId), 409, "lottery.not_a_winner");

        // the four winners decline at once, each tapping twice
        using (var client = Anonymous())
        {
            var answers = await ParallelAsync(winners.Concat(winners).Select(m => (Func<Task<HttpResponseMessage>>)(async () =>
            {
                using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/lotteries/{lotteryId}/decline");
                request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", MemberToken(m));
                return await client.SendAsync(request);
            })));
            Assert.That(answers.Select(a => a.Status), Is.All.EqualTo(200));
            Assert.That(answers.Select(a => a.Body.GetProperty("myApplication").GetProperty("result").GetString()), Is.All.EqualTo("declined"));
        }

        var promoted = waiting.Skip(1).Take(4).ToList();
        var vouchers = (await db.QueryAsync<(long MemberId, string Status)>("""
            SELECT v.member_id, v.status FROM voucher v JOIN lottery l ON l.perk_id = v.perk_id WHERE l.id = @lotteryId
            """, new { lotteryId })).ToList();
        Assert.That(vouchers.Where(v => v.Status == "void").Select(v => v.MemberId), Is.EquivalentTo(winners), "each declined voucher is void, once");
        Assert.That(vouchers.Where(v => v.Status == "unused").Select(v => v.MemberId), Is.EquivalentTo(promoted),
            "the places went to the waiting order's next four, skipping the deleted account");
        Assert.That(await db.ExecuteScalarAsync<int>("SELECT p.claimed FROM perk p JOIN lottery l ON l.perk_id = p.id WHERE l.id = @lotteryId",
            new { lotteryId }), Is.EqualTo(4), "a declined place given on does not move the stock");
        var notices = (await db.QueryAsync<long>("""
            SELECT member_id FROM member_inbox WHERE kind = 'lottery.drawn' AND payload LIKE '%"promoted":true%' AND member_id IN @promoted
            """, new { promoted })).ToList();
        Assert.That(notices, Is.EquivalentTo(promoted), "one notice per promoted member");

        var mine = await MyApplicationAsync(promoted[0], lotteryId);
        Assert.That((mine.GetProperty("result").GetString(), mine.GetProperty("promoted").GetBoolean()), Is.EqualTo(("won", true)));
        Assert.That(mine.GetProperty("voucherId").GetString(), Is.Not.Null);
        Assert.That((await MyApplicationAsync(waiting[5], lotteryId)).GetProperty("position").GetInt32(), Is.EqualTo(1));

        // the public record shows it, and the repository's script checks the promotions followed the order
        var after = await PublicRecordAsync(lotteryId);
        Assert.That(Ids(after.GetProperty("declined")).Select(a => memberOf[a]), Is.EquivalentTo(winners));
        Assert.That(Ids(after.GetProperty("promoted")).Select(a => memberOf[a]), Is.EqualTo(promoted));
        Assert.That(after.GetProperty("applications").EnumerateArray().Single(a => memberOf[a.GetProperty("id").GetString()!] == waiting[0])
            .GetProperty("passedOver").GetString(), Is.EqualTo("account_deleted"));
        var (exit, verdict, output) = await VerifyWithScriptAsync(after.GetRawText());
        Assert.That((exit, verdict?.GetProperty("ok").GetBoolean()), Is.EqualTo((0, (bool?)true)), output);

        // a record that promoted out of order fails the script
        var tampered = JsonNode.Parse(after.GetRawText())!;
        var list = tampered["promoted"]!.AsArray();
        var first = list[0]!.GetValue<string>();
        list[0] = list[1]!.GetValue<string>();
        list[1] = first;
        Assert.That((await VerifyWithScriptAsync(tampered.ToJsonString())).ExitCode, Is.EqualTo(1));

        // a used voucher cannot be given back
        await db.ExecuteAsync("UPDATE voucher v JOIN lottery l ON l.perk_id = v.perk_id SET v.status = 'redeemed' WHERE l.id = @lotteryId AND v.member_id = @m",
            new { lotteryId, m = promoted[0] });
        await Problem.ExpectAsync(await DeclineAsync(promoted[0], lotteryId), 409, "lottery.voucher_used");

        // once the waiting order is used up, a declined place goes back to the stock
        foreach (var m in promoted.Skip(1))
        {
            await JsonAsync(await DeclineAsync(m, lotteryId), 200); // promotes waiting[5], [6], [7]
        }

        await JsonAsync(await DeclineAsync(waiting[5], lotteryId), 200); // nobody is left to promote
        Assert.That(await db.ExecuteScalarAsync<int>("SELECT p.claimed FROM perk p JOIN lottery l ON l.perk_id = p.id WHERE l.id = @lotteryId",
            new { lotteryId }), Is.EqualTo(3));
        Assert.That(await db.ExecuteScalarAsync<int>("""
            SELECT COUNT(*) FROM voucher v JOIN lottery l ON l.perk_id = v.perk_id WHERE l.id = @lotteryId AND v.status <> 'void'
            """, new { lotteryId }), Is.EqualTo(3), "claimed = the vouchers that still count");
    }
}

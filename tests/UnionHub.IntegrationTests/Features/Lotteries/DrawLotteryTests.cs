using System.Diagnostics;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;
using Dapper;

namespace UnionHub.IntegrationTests.Features.Lotteries;

public sealed class DrawLotteryTests : LotteryTest
{
    private sealed record PerkCounts(int Stock, int Claimed, long Vouchers);

    private static async Task<PerkCounts> PerkCountsAsync(string lotteryId)
    {
        await using var db = await DbAsync();
        return await db.QuerySingleAsync<PerkCounts>("""
            SELECT p.stock, p.claimed, (SELECT COUNT(*) FROM voucher v WHERE v.perk_id = p.id) AS Vouchers
            FROM perk p JOIN lottery l ON l.perk_id = p.id WHERE l.id = @lotteryId
            """, new { lotteryId });
    }

    [Test]
    public async Task The_draw_picks_exactly_N_winners_that_an_independent_recomputation_and_the_repository_script_reproduce()
    {
        var org = await Seed.OrgAsync();
        var members = await SeedMany.VerifiedMembersAsync(org, 60);
        var lotteryId = await OpenLotteryAsync(org, places: 10, stock: 15);
        Assert.That((await ApplyAllAsync(lotteryId, members)).Select(a => a.Status), Is.All.EqualTo(200));
        Assert.That(await PerkCountsAsync(lotteryId), Is.EqualTo(new PerkCounts(15, 0, 0)));

        using (var early = await AdminAsync())
        {
            await Problem.ExpectAsync(await DrawAsync(early, lotteryId), 409, "lottery.not_closed_yet");
        }

        CloseWindow();
        using var admin = await AdminAsync();
        var drawn = await JsonAsync(await DrawAsync(admin, lotteryId), 200);
        Assert.That(drawn.GetProperty("status").GetString(), Is.EqualTo("drawn"));

        var record = await PublicRecordAsync(lotteryId);
        var winners = Ids(record.GetProperty("winners"));
        var waiting = Ids(record.GetProperty("waitingOrder"));
        Assert.That(winners, Has.Count.EqualTo(10));
        Assert.That(waiting, Has.Count.EqualTo(50));
        var (expectedWinners, expectedWaiting) = Recompute(record);
        Assert.That(winners, Is.EqualTo(expectedWinners), "the published winners are the documented function of the seed and the ids");
        Assert.That(waiting, Is.EqualTo(expectedWaiting), "and so is the waiting order");
        Assert.That(Ids(drawn.GetProperty("winners")), Is.EqualTo(winners));

        // the repository's verification script, run on the published JSON, agrees
        var file = Path.Combine(Path.GetTempPath(), $"lottery-{lotteryId}-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(file, record.GetRawText());
        try
        {
            var script = Path.Combine(RepositoryRoot(), "tools", "verify-lottery.mjs");
            using var node = Process.Start(new ProcessStartInfo("node", [script, file]) { RedirectStandardOutput = true, RedirectStandardError = true })!;
            var stdout = await node.StandardOutput.ReadToEndAsync();
            var stderr = await node.StandardError.ReadToEndAsync();
            await node.WaitForExitAsync();
            Assert.That(node.ExitCode, Is.Zero, stdout + stderr);
            var verdict = JsonDocument.Parse(stdout).RootElement;
            Assert.That(verdict.GetProperty("ok").GetBoolean(), Is.True, stdout);
            Assert.That(Ids(verdict.GetProperty("winners")), Is.EqualTo(winners));

            // a tampered record fails the script
            var tampered = System.Text.Json.Nodes.JsonNode.Parse(record.GetRawText())!;
            tampered["winners"]![0] = waiting[0]; // the first of the waiting order passed off as a winner
            await File.WriteAllTextAsync(file, tampered.ToJsonString());
            using var again = Process.Start(new ProcessStartInfo("node", [script, file]) { RedirectStandardOutput = true, RedirectStandardError = true })!;
            await again.StandardOutput.ReadToEndAsync();
            await again.WaitForExitAsync();
            Assert.That(again.ExitCode, Is.EqualTo(1), "a record whose winners are not the recomputed ones fails");
        }
        finally
        {
            File.Delete(file);
        }

        // vouchers issued = N, the perk's claimed moved by N, in the draw's transaction
        Assert.That(await PerkCountsAsync(lotteryId), Is.EqualTo(new PerkCounts(15, 10, 10)));
        await using var db = await DbAsync();
        var winnerMembers = (await db.QueryAsync<long>("""
            SELECT a.member_id FROM lottery_outcome r JOIN lottery_application a ON a.id = r.application_id
            WHERE r.lottery_id = @lotteryId AND r.won = 1
            """, new { lotteryId })).ToList();
        var voucherMembers = (await db.QueryAsync<long>("""
            SELECT v.member_id FROM voucher v JOIN lottery l ON l.perk_id = v.perk_id WHERE l.id = @lotteryId
            """, new { lotteryId })).ToList();
        Assert.That(voucherMembers, Is.EquivalentTo(winnerMembers));
        Assert.That(await db.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM lottery_outcome WHERE lottery_id = @lotteryId", new { lotteryId }),
            Is.EqualTo(60));
        Assert.That(await db.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM member_inbox WHERE kind = 'lottery.drawn'"), Is.EqualTo(60),
            "winners and losers are told");
        Assert.That(await db.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM audit_log WHERE action = 'lottery.draw' AND entity_id = @lotteryId",
            new { lotteryId }), Is.EqualTo(1));

        // a winner sees the result and the voucher; a loser sees the place in the waiting order
        var winnerApp = winners[0];
        var winner = await db.ExecuteScalarAsync<long>("SELECT member_id FROM lottery_application WHERE id = @winnerApp", new { winnerApp });
        using (var m = Member(winner))
        {
            var view = await JsonAsync(await m.GetAsync($"/api/v1/lotteries/{lotteryId}"), 200);
            Assert.That(view.GetProperty("status").GetString(), Is.EqualTo("drawn"));
            var mine = view.GetProperty("myApplication");
            Assert.That(mine.GetProperty("result").GetString(), Is.EqualTo("won"));
            var voucher = await JsonAsync(await m.GetAsync($"/api/v1/me/vouchers/{mine.GetProperty("voucherId").GetString()}"), 200);
            Assert.That(voucher.GetProperty("status").GetString(), Is.EqualTo("unused"));
            var inbox = await JsonAsync(await m.GetAsync("/api/v1/me/notifications"), 200);
            Assert.That(inbox.GetProperty("items")[0].GetProperty("title").GetString(), Is.EqualTo("抽签结果：中签"));
        }

        var thirdWaiting = waiting[2];
        var loser = await db.ExecuteScalarAsync<long>("SELECT member_id FROM lottery_application WHERE id = @thirdWaiting", new { thirdWaiting });
        using (var m = Member(loser))
        {
            var mine = (await JsonAsync(await m.GetAsync($"/api/v1/lotteries/{lotteryId}"), 200)).GetProperty("myApplication");
            Assert.That((mine.GetProperty("result").GetString(), mine.GetProperty("position").GetInt32()), Is.EqualTo(("waiting", 3)));
            Assert.That(mine.GetProperty("voucherId").ValueKind, Is.EqualTo(JsonValueKind.Null));
        }
    }

    [Test]
    public async Task A_second_draw_and_two_racing_draws_are_refused_and_audited_and_issue_nothing_more()
    {
        var org = await Seed.OrgAsync();
        var members = await SeedMany.VerifiedMembersAsync(org, 30);
        var lotteryId = await OpenLotteryAsync(org, places: 8, stock: 20);
        Assert.That((await ApplyAllAsync(lotteryId, members)).Select(a => a.Status), Is.All.EqualTo(200));
        CloseWindow();

        using var admin = await AdminAsync();
        var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var racing = Enumerable.Range(0, 4).Select(async _ =>
        {
            await start.Task;
            using var response = await DrawAsync(admin, lotteryId);
            return ((int)response.StatusCode, await response.Content.ReadAsStringAsync());
        }).ToList();
        start.SetResult();
        var answers = await Task.WhenAll(racing);
        Assert.That(answers.Count(a => a.Item1 == 200), Is.EqualTo(1), string.Join("\n", answers.Select(a => a.Item2)));
        Assert.That(answers.Where(a => a.Item1 != 200).Select(a => a.Item1), Is.All.EqualTo(409));
        Assert.That(answers.Where(a => a.Item1 == 409).Select(a => JsonDocument.Parse(a.Item2).RootElement.GetProperty("code").GetString()),
            Is.All.EqualTo("lottery.already_drawn"));

        await Problem.ExpectAsync(await DrawAsync(admin, lotteryId), 409, "lottery.already_drawn");

        Assert.That(await PerkCountsAsync(lotteryId), Is.EqualTo(new PerkCounts(20, 8, 8)), "exactly N vouchers, claimed moved once");
        await using var db = await DbAsync();
        Assert.That(await db.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM lottery_outcome WHERE lottery_id = @lotteryId", new { lotteryId }),
            Is.EqualTo(30));
        Assert.That(await db.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM member_inbox WHERE kind = 'lottery.drawn'"), Is.EqualTo(30));
        Assert.That(await db.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM audit_log WHERE action = 'lottery.draw' AND entity_id = @lotteryId",
            new { lotteryId }), Is.EqualTo(1));
        Assert.That(await db.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM audit_log WHERE action = 'lottery.draw_refused' AND entity_id = @lotteryId",
            new { lotteryId }), Is.EqualTo(4), "every refused attempt is kept");
    }

    [Test]
    public async Task The_commitment_cannot_change_once_the_window_opens_and_the_draw_needs_its_seed()
    {
        var org = await Seed.OrgAsync();
        var seed = Convert.ToHexString(RandomNumberGenerator.GetBytes(32)).ToLowerInvariant();
        var commitment = Convert.ToHexString(SHA256.HashData(Convert.FromHexString(seed))).ToLowerInvariant();
        var first = Convert.ToHexString(SHA256.HashData("an earlier seed"u8)).ToLowerInvariant();

        using var admin = await AdminAsync();
        var perkId = await CreatePrizePerkAsync(admin, 5);
        var created = await CreateLotteryAsync(admin, org, perkId, places: 2, commitment: first.ToUpperInvariant(), opensIn: TimeSpan.FromHours(1));
        var lotteryId = created.GetProperty("id").GetString()!;
        Assert.That(created.GetProperty("commitment").GetString(), Is.EqualTo(first), "stored in lower case");
        Assert.That(created.GetProperty("seedHeldByServer").GetBoolean(), Is.False);
        await JsonAsync(await admin.PostAsync($"/api/v1/admin/lotteries/{lotteryId}/open", null), 200);

        // published, before the window opens: staff may still replace it
        var changed = await JsonAsync(await admin.PatchAsJsonAsync($"/api/v1/admin/lotteries/{lotteryId}", new { commitment }), 200);
        Assert.That(changed.GetProperty("commitment").GetString(), Is.EqualTo(commitment));
        await Problem.ExpectAsync(await admin.PatchAsJsonAsync($"/api/v1/admin/lotteries/{lotteryId}", new { commitment = "abc" }), 422, "validation.failed");

        Api.Clock.Advance(TimeSpan.FromHours(1));
        using var staff = await AdminAsync();
        await Problem.ExpectAsync(await staff.PatchAsJsonAsync($"/api/v1/admin/lotteries/{lotteryId}", new { commitment = first }), 409,
            "lottery.commitment_locked");
        await Problem.ExpectAsync(await staff.PatchAsJsonAsync($"/api/v1/admin/lotteries/{lotteryId}", new { regenerateSeed = true }), 409,
            "lottery.commitment_locked");
        var renamed = await JsonAsync(await staff.PatchAsJsonAsync($"/api/v1/admin/lotteries/{lotteryId}", new { title = "改名后的抽签" }), 200);
        Assert.That((renamed.GetProperty("title").GetString(), renamed.GetProperty("commitment").GetString()), Is.EqualTo(("改名后的抽签", commitment)));
        await using (var db = await DbAsync())
        {
            Assert.That(await db.ExecuteScalarAsync<string>("SELECT commitment FROM lottery WHERE id = @lotteryId", new { lotteryId }),
                Is.EqualTo(commitment));
        }

        var members = await SeedMany.VerifiedMembersAsync(org, 5);
        Assert.That((await ApplyAllAsync(lotteryId, members)).Select(a => a.Status), Is.All.EqualTo(200));
        CloseWindow();
        using var drawer = await AdminAsync();
        await Problem.ExpectAsync(await DrawAsync(drawer, lotteryId), 422, "lottery.seed_required");
        var wrong = Convert.ToHexString(RandomNumberGenerator.GetBytes(32));
        await Problem.ExpectAsync(await DrawAsync(drawer, lotteryId, wrong), 422, "lottery.seed_mismatch");
        await Problem.ExpectAsync(await DrawAsync(drawer, lotteryId, "not hex"), 422, "validation.failed");
        Assert.That(await PerkCountsAsync(lotteryId), Is.EqualTo(new PerkCounts(5, 0, 0)), "a refused draw writes nothing");

        var drawn = await JsonAsync(await DrawAsync(drawer, lotteryId, seed.ToUpperInvariant()), 200);
        Assert.That(drawn.GetProperty("seed").GetString(), Is.EqualTo(seed));
        var record = await PublicRecordAsync(lotteryId);
        Assert.That(Ids(record.GetProperty("winners")), Is.EqualTo(Recompute(record).Winners));
        Assert.That(await PerkCountsAsync(lotteryId), Is.EqualTo(new PerkCounts(5, 2, 2)));
        await Problem.ExpectAsync(await drawer.PatchAsJsonAsync($"/api/v1/admin/lotteries/{lotteryId}", new { commitment = first }), 409,
            "lottery.commitment_locked");
    }

    [Test]
    public async Task A_draw_the_perk_can_no_longer_cover_is_refused_with_nothing_written()
    {
        var org = await Seed.OrgAsync();
        var members = await SeedMany.VerifiedMembersAsync(org, 6);
        var lotteryId = await OpenLotteryAsync(org, places: 4, stock: 4);
        Assert.That((await ApplyAllAsync(lotteryId, members)).Select(a => a.Status), Is.All.EqualTo(200));
        await using (var db = await DbAsync())
        {
            // first-come claims of the same perk took 2 of the 4 (as the claim engine would)
            await db.ExecuteAsync("UPDATE perk p JOIN lottery l ON l.perk_id = p.id SET p.claimed = 2 WHERE l.id = @lotteryId", new { lotteryId });
        }

        CloseWindow();
        using var admin = await AdminAsync();
        await Problem.ExpectAsync(await DrawAsync(admin, lotteryId), 409, "lottery.stock_short");
        await using var check = await DbAsync();
        Assert.That(await check.ExecuteScalarAsync<string>("SELECT status FROM lottery WHERE id = @lotteryId", new { lotteryId }), Is.EqualTo("open"));
        Assert.That(await check.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM lottery_outcome WHERE lottery_id = @lotteryId", new { lotteryId }), Is.Zero);
        Assert.That(await PerkCountsAsync(lotteryId), Is.EqualTo(new PerkCounts(4, 2, 0)));
    }
}

using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using Dapper;

namespace UnionHub.IntegrationTests.Features.Lotteries;

/// <summary>Lottery weights by member tag (issue #21 item 1): fixed on the application, published, verifiable.</summary>
public sealed class WeightedDrawTests : LotteryTest
{
    private static async Task TagAsync(IEnumerable<long> members, params string[] tags)
    {
        await using var db = await DbAsync();
        await db.ExecuteAsync("INSERT INTO member_tag (member_id, tag, source, set_at) VALUES (@MemberId, @Tag, 'staff', @Now)",
            members.SelectMany(m => tags.Select(t => new { MemberId = m, Tag = t, Now = Now.UtcDateTime })));
    }

    private static async Task<JsonElement> CreateWeightedAsync(HttpClient admin, long org, string perkId, int places, object tagWeights)
    {
        var opens = Now + TimeSpan.FromMinutes(1);
        using var request = KeyedPost("/api/v1/admin/lotteries", new
        {
            title = "劳模优先抽签", perkId, orgId = S(org), places, opensAt = opens, closesAt = opens.AddDays(1), tagWeights,
        }, Guid.NewGuid().ToString("N"));
        return await admin.SendAsync(request) is var response && (int)response.StatusCode == 201
            ? await JsonAsync(response, 201)
            : (await Problem.ReadAsync(response)).Raw;
    }

    [Test]
    public async Task Weights_are_fixed_when_applying_published_with_the_draw_and_the_repository_script_reproduces_the_winners()
    {
        var org = await Seed.OrgAsync();
        var members = await SeedMany.VerifiedMembersAsync(org, 40);
        var modelWorkers = members.Take(10).ToList();
        var women = members.Skip(10).Take(10).ToList();
        var both = members.Skip(20).Take(5).ToList();
        var none = members.Skip(25).ToList();
        await TagAsync(modelWorkers, "model_worker");
        await TagAsync(women, "woman");
        await TagAsync(both, "model_worker", "woman");

        using var admin = await AdminAsync();
        var perkId = await CreatePrizePerkAsync(admin, 20);
        var unknown = await CreateWeightedAsync(admin, org, perkId, 10, new Dictionary<string, int> { ["vip"] = 2 });
        Assert.That(unknown.GetProperty("code").GetString(), Is.EqualTo("member_tag.unknown"));
        var tooHeavy = await CreateWeightedAsync(admin, org, perkId, 10, new Dictionary<string, int> { ["woman"] = 11 });
        Assert.That(tooHeavy.GetProperty("code").GetString(), Is.EqualTo("validation.failed"));

        var created = await CreateWeightedAsync(admin, org, perkId, 10, new Dictionary<string, int> { ["woman"] = 5 });
        var lotteryId = created.GetProperty("id").GetString()!;
        // a draft's weights may still change; weight 1 is the default and is not stored
        var patched = await JsonAsync(await admin.PatchAsJsonAsync($"/api/v1/admin/lotteries/{lotteryId}", new
        {
            tagWeights = new Dictionary<string, int> { ["model_worker"] = 3, ["woman"] = 2, ["migrant_worker"] = 1 },
        }), 200);
        Assert.That(patched.GetProperty("tagWeights").EnumerateArray().Select(w => (w.GetProperty("code").GetString(), w.GetProperty("label").GetString(),
            w.GetProperty("weight").GetInt32())), Is.EqualTo(new[] { ("model_worker", "劳模", 3), ("woman", "女职工", 2) }));
        await JsonAsync(await admin.PostAsync($"/api/v1/admin/lotteries/{lotteryId}/open", null), 200);
        Api.Clock.Advance(TimeSpan.FromMinutes(2));

        using (var late = await AdminAsync())
        {
            await Problem.ExpectAsync(await late.PatchAsJsonAsync($"/api/v1/admin/lotteries/{lotteryId}", new
            {
                tagWeights = new Dictionary<string, int> { ["woman"] = 9 },
            }), 409, "lottery.weights_locked");
        }

        Assert.That((await ApplyAllAsync(lotteryId, members)).Select(a => a.Status), Is.All.EqualTo(200));

        // the weight of each application: the highest of the member's tags, 1 without
        await using var db = await DbAsync();
        var weights = (await db.QueryAsync<(long MemberId, int Weight)>(
            "SELECT member_id, weight FROM lottery_application WHERE lottery_id = @lotteryId", new { lotteryId })).ToDictionary(r => r.MemberId, r => r.Weight);
        Assert.That(modelWorkers.Select(m => weights[m]), Is.All.EqualTo(3));
        Assert.That(women.Select(m => weights[m]), Is.All.EqualTo(2));
        Assert.That(both.Select(m => weights[m]), Is.All.EqualTo(3), "several tags: the highest weight");
        Assert.That(none.Select(m => weights[m]), Is.All.EqualTo(1));

        // a tag set after applying does not change the weight: it was fixed when the member applied
        await TagAsync([none[0]], "model_worker");
        var again = await ApplyAsync(lotteryId, none[0]);
        Assert.That(again.GetProperty("myApplication").GetProperty("weight").GetInt32(), Is.EqualTo(1));
        Assert.That(await db.ExecuteScalarAsync<int>("SELECT weight FROM lottery_application WHERE lottery_id = @lotteryId AND member_id = @m",
            new { lotteryId, m = none[0] }), Is.EqualTo(1));

        CloseWindow();
        using var drawer = await AdminAsync();
        await JsonAsync(await DrawAsync(drawer, lotteryId), 200);
        var record = await PublicRecordAsync(lotteryId);
        Assert.That(record.GetProperty("applications").EnumerateArray().Select(a => a.GetProperty("weight").GetInt32()).Order(),
            Is.EqualTo(Enumerable.Repeat(1, 15).Concat(Enumerable.Repeat(2, 10)).Concat(Enumerable.Repeat(3, 15))), "the published list carries the weights");
        Assert.That(record.GetProperty("tagWeights").GetArrayLength(), Is.EqualTo(2));
        var winners = Ids(record.GetProperty("winners"));
        var waiting = Ids(record.GetProperty("waitingOrder"));
        Assert.That(winners, Has.Count.EqualTo(10));
        var (expectedWinners, expectedWaiting) = RecomputeWeighted(record);
        Assert.That(winners, Is.EqualTo(expectedWinners), "the documented ln(u)/w form gives the published winners");
        Assert.That(waiting, Is.EqualTo(expectedWaiting));
        var (unweighted, _) = Recompute(record);
        Assert.That(winners.Concat(waiting), Is.Not.EqualTo(unweighted.Concat(Recompute(record).Waiting)), "the weights changed the order");

        // the repository's script agrees, and fails a record whose weights were altered
        var file = Path.Combine(Path.GetTempPath(), $"lottery-{lotteryId}-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(file, record.GetRawText());
        try
        {
            var script = Path.Combine(RepositoryRoot(), "tools", "verify-lottery.mjs");
            var (exit, stdout) = await NodeAsync(script, file);
            Assert.That(exit, Is.Zero, stdout);
            var verdict = JsonDocument.Parse(stdout).RootElement;
            Assert.That(verdict.GetProperty("ok").GetBoolean(), Is.True, stdout);
            Assert.That(Ids(verdict.GetProperty("winners")), Is.EqualTo(winners));
            Assert.That(Ids(verdict.GetProperty("waitingOrder")), Is.EqualTo(waiting));

            var tampered = System.Text.Json.Nodes.JsonNode.Parse(record.GetRawText())!;
            foreach (var entry in tampered["applications"]!.AsArray())
            {
                entry!["weight"] = 1; // everyone equal: a different order
            }

            await File.WriteAllTextAsync(file, tampered.ToJsonString());
            Assert.That((await NodeAsync(script, file)).Exit, Is.EqualTo(1), "a record whose weights do not give its winners fails");
        }
        finally
        {
            File.Delete(file);
        }

        // the member sees the weight of their application
        using var m = Member(modelWorkers[0]);
        var view = await JsonAsync(await m.GetAsync($"/api/v1/lotteries/{lotteryId}"), 200);
        Assert.That(view.GetProperty("myApplication").GetProperty("weight").GetInt32(), Is.EqualTo(3));
        Assert.That(view.GetProperty("tagWeights")[0].GetProperty("label").GetString(), Is.EqualTo("劳模"));
    }

    private static async Task<(int Exit, string Stdout)> NodeAsync(string script, string file)
    {
        using var node = Process.Start(new ProcessStartInfo("node", [script, file]) { RedirectStandardOutput = true, RedirectStandardError = true })!;
        var stdout = await node.StandardOutput.ReadToEndAsync();
        var stderr = await node.StandardError.ReadToEndAsync();
        await node.WaitForExitAsync();
        return (node.ExitCode, stdout + stderr);
    }
}

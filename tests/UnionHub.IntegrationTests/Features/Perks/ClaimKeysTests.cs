using System.Globalization;
using System.Net.Http.Headers;
using System.Text.Json;
using Dapper;
using Microsoft.Extensions.DependencyInjection;
using UnionHub.Api.Features.Perks;

namespace UnionHub.IntegrationTests.Features.Perks;

/// <summary>
/// Claims as phones send them: an Idempotency-Key on every claim, double taps, retries under the same key, sell-outs, and
/// more than one API instance (docs/adr/0008-claim-combiner.md). Every answer is checked against the database.
/// </summary>
public sealed class ClaimKeysTests : PerkTest
{
    private static readonly Dictionary<string, string?> NoSettings = [];

    private static async Task<(int Status, string Body, bool Replayed)> SendAsync(HttpClient client, string perkId, long member, string? key)
    {
        using var request = ClaimRequest(perkId, member, key);
        using var response = await client.SendAsync(request);
        return ((int)response.StatusCode, await response.Content.ReadAsStringAsync(), response.Headers.Contains("Idempotent-Replayed"));
    }

    private static string VoucherId(string body) => JsonDocument.Parse(body).RootElement.GetProperty("voucher").GetProperty("id").GetString()!;

    [Test]
    public async Task A_key_replayed_while_its_batch_is_in_flight_on_this_and_a_second_instance_yields_one_voucher()
    {
        var org = await Seed.OrgAsync();
        var member = await Seed.VerifiedMemberAsync(org);
        var perkId = await CreatePerkAsync(stock: 50, perMemberLimit: 5); // only the key stops a second voucher
        await using var second = new ApiFactory(NoSettings);
        using var viaA = Anonymous();
        using var viaB = second.CreateClient();

        var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var calls = Enumerable.Range(0, 24).Select(async i =>
        {
            await start.Task;
            return await SendAsync(i % 2 == 0 ? viaA : viaB, perkId, member, "tap-once-7");
        }).ToList();
        start.SetResult();
        var answers = await Task.WhenAll(calls);

        Assert.That(answers.Select(a => a.Status), Is.All.EqualTo(201), string.Join("\n", answers.Select(a => $"{a.Status} {a.Body}")));
        Assert.That(answers.Select(a => VoucherId(a.Body)).Distinct().Count(), Is.EqualTo(1), "every answer names the same voucher");
        await using var db = await DbAsync();
        Assert.That(await db.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM voucher WHERE perk_id=@perkId", new { perkId }), Is.EqualTo(1));
        Assert.That(await db.ExecuteScalarAsync<int>("SELECT claimed FROM perk WHERE id=@perkId", new { perkId }), Is.EqualTo(1));
        Assert.That(await db.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM idempotency_key WHERE idem_key='tap-once-7'"), Is.EqualTo(1));
    }

    [Test]
    public async Task A_replay_after_commit_answers_the_first_answer_byte_for_byte_on_any_instance()
    {
        var org = await Seed.OrgAsync();
        var member = await Seed.VerifiedMemberAsync(org);
        var other = await Seed.VerifiedMemberAsync(org);
        var perkId = await CreatePerkAsync(stock: 1, perMemberLimit: 1);
        await using var second = new ApiFactory(NoSettings);
        using var viaA = Anonymous();
        using var viaB = second.CreateClient();

        var first = await SendAsync(viaA, perkId, member, "k-201");
        Assert.That(first.Status, Is.EqualTo(201), first.Body);
        Assert.That(first.Replayed, Is.False);
        foreach (var client in new[] { viaA, viaB })
        {
            var replay = await SendAsync(client, perkId, member, "k-201");
            Assert.That((replay.Status, replay.Body, replay.Replayed), Is.EqualTo((201, first.Body, true)));
        }

        // sent as stored, with the charset every other JSON answer of the API carries
        using (var request = ClaimRequest(perkId, member, "k-201"))
        using (var response = await viaB.SendAsync(request))
        {
            Assert.That(response.Content.Headers.ContentType?.ToString(), Is.EqualTo("application/json; charset=utf-8"));
        }

        // refusals answered from memory (the stock is gone), stored a moment later: each replayed as it was
        var soldOut = await SendAsync(viaA, perkId, other, "k-409-a");
        Assert.That(soldOut.Status, Is.EqualTo(409), soldOut.Body);
        Assert.That(Code(JsonDocument.Parse(soldOut.Body).RootElement), Is.EqualTo("perk.sold_out"));
        var fromMemory = await SendAsync(viaA, perkId, other, "k-409-b");
        Assert.That(Code(JsonDocument.Parse(fromMemory.Body).RootElement), Is.EqualTo("perk.sold_out"));
        Assert.That(await SendAsync(viaA, perkId, other, "k-409-a"), Is.EqualTo((409, soldOut.Body, true)));
        Assert.That(await SendAsync(viaA, perkId, other, "k-409-b"), Is.EqualTo((409, fromMemory.Body, true)));

        // the refusal answered from memory is stored off the request path; once there, another instance replays it too
        await using var db = await DbAsync();
        for (var i = 0; i < 600 && await db.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM idempotency_key WHERE idem_key='k-409-b'") == 0; i++)
        {
            await Task.Delay(50);
        }

        Assert.That(await SendAsync(viaB, perkId, other, "k-409-b"), Is.EqualTo((409, fromMemory.Body, true)));
        Assert.That(await SendAsync(viaB, perkId, other, "k-409-a"), Is.EqualTo((409, soldOut.Body, true)));
        Assert.That(await db.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM voucher WHERE perk_id=@perkId", new { perkId }), Is.EqualTo(1));
    }

    [Test]
    public async Task A_member_double_tapping_30_times_with_fresh_keys_at_a_limit_of_2_gets_exactly_2_and_no_5xx()
    {
        var org = await Seed.OrgAsync();
        var member = await Seed.VerifiedMemberAsync(org);
        var neighbours = await SeedMany.VerifiedMembersAsync(org, 60);
        var perkId = await CreatePerkAsync(stock: 1000, perMemberLimit: 2);
        using var client = Anonymous();

        // the double-tapper shares the batches with 60 other members claiming at the same moment
        var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var taps = Enumerable.Range(0, 30).Select(async i =>
        {
            await start.Task;
            return await SendAsync(client, perkId, member, $"tap-{i}");
        }).ToList();
        var others = neighbours.Select(async m =>
        {
            await start.Task;
            return await SendAsync(client, perkId, m, $"n-{m}");
        }).ToList();
        start.SetResult();
        var mine = await Task.WhenAll(taps);
        var theirs = await Task.WhenAll(others);

        Assert.That(mine.Count(a => a.Status == 201), Is.EqualTo(2));
        Assert.That(mine.Where(a => a.Status != 201).Select(a => (a.Status, Code(JsonDocument.Parse(a.Body).RootElement))),
            Is.All.EqualTo((409, "perk.limit_reached")).And.Exactly(28).Items);
        Assert.That(theirs.Select(a => a.Status), Is.All.EqualTo(201), "nobody else's claim is poisoned by the double tap");
        await using var db = await DbAsync();
        Assert.That(await db.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM voucher WHERE perk_id=@perkId AND member_id=@member",
            new { perkId, member }), Is.EqualTo(2));
        Assert.That(await db.ExecuteScalarAsync<int>("SELECT claimed FROM perk WHERE id=@perkId", new { perkId }), Is.EqualTo(62));
    }

    [Test]
    public async Task Forty_members_tapping_four_times_at_once_at_a_limit_of_3_get_claim_numbers_1_to_3_each()
    {
        // a member's taps share a batch (numbered in turn) or wait for the next one: never two running batches with the same member
        var org = await Seed.OrgAsync();
        var members = await SeedMany.VerifiedMembersAsync(org, 40);
        var perkId = await CreatePerkAsync(stock: 1000, perMemberLimit: 3);
        using var client = Anonymous();

        var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var taps = members.SelectMany(m => Enumerable.Range(0, 4).Select(async i =>
        {
            await start.Task;
            return (Member: m, Answer: await SendAsync(client, perkId, m, $"t{i}-{m}"));
        })).ToList();
        start.SetResult();
        var answers = await Task.WhenAll(taps);

        Assert.That(answers.Count(a => a.Answer.Status == 201), Is.EqualTo(120));
        Assert.That(answers.Where(a => a.Answer.Status != 201).Select(a => (a.Answer.Status, Code(JsonDocument.Parse(a.Answer.Body).RootElement))),
            Is.All.EqualTo((409, "perk.limit_reached")).And.Exactly(40).Items);
        await using var db = await DbAsync();
        var numbers = (await db.QueryAsync<(long Member, int ClaimNo)>(
            "SELECT member_id, claim_no FROM voucher WHERE perk_id=@perkId ORDER BY member_id, claim_no", new { perkId }))
            .GroupBy(v => v.Member).ToDictionary(g => g.Key, g => g.Select(v => v.ClaimNo).ToArray());
        Assert.That(numbers.Keys, Is.EquivalentTo(members));
        Assert.That(numbers.Values, Is.All.EqualTo(new[] { 1, 2, 3 }));
        Assert.That(await db.ExecuteScalarAsync<int>("SELECT claimed FROM perk WHERE id=@perkId", new { perkId }), Is.EqualTo(120));
    }

    [Test]
    public async Task Ten_thousand_claims_on_random_perk_ids_leave_no_queue_behind()
    {
        var org = await Seed.OrgAsync();
        var member = await Seed.VerifiedMemberAsync(org);
        var engine = Api.Services.GetRequiredService<ClaimEngine>();
        var queuesBefore = engine.QueueCount;
        using var client = Anonymous();
        var token = Token(member);
        var ids = Enumerable.Range(0, 10_000).Select(_ => Random.Shared.NextInt64(10_000_000, long.MaxValue / 2)).ToList();
        var statuses = new System.Collections.Concurrent.ConcurrentBag<int>();

        await Parallel.ForEachAsync(ids, new ParallelOptions { MaxDegreeOfParallelism = 32 }, async (id, ct) =>
        {
            using var request = KeyedPost($"/api/v1/perks/{id.ToString(CultureInfo.InvariantCulture)}/claims", null, Guid.NewGuid().ToString("N"));
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            using var response = await client.SendAsync(request, ct);
            statuses.Add((int)response.StatusCode);
        });

        Assert.That(statuses, Has.Count.EqualTo(10_000));
        Assert.That(statuses, Is.All.EqualTo(404));
        Assert.That(ids.Where(engine.HasQueue), Is.Empty, "no queue or writer for a perk that does not exist");
        Assert.That(engine.QueueCount, Is.LessThanOrEqualTo(queuesBefore));
        await using var db = await DbAsync();
        Assert.That(await db.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM idempotency_key WHERE caller = @caller",
            new { caller = "member:" + member.ToString(CultureInfo.InvariantCulture) }), Is.Zero, "a 404 stores nothing");
    }

    [Test]
    public async Task An_idle_queue_is_retired_and_the_next_claim_starts_a_new_one()
    {
        var org = await Seed.OrgAsync();
        var members = await SeedMany.VerifiedMembersAsync(org, 2);
        var perkId = await CreatePerkAsync(stock: 10);
        var engine = Api.Services.GetRequiredService<ClaimEngine>();
        var idleBefore = engine.IdleAfter;
        engine.IdleAfter = TimeSpan.FromMilliseconds(200);
        try
        {
            var before = engine.QueueCount;
            Assert.That((int)(await ClaimAsync(perkId, members[0], "idle-1")).StatusCode, Is.EqualTo(201));
            for (var i = 0; i < 600 && engine.QueueCount > before; i++)
            {
                await Task.Delay(50);
            }

            Assert.That(engine.QueueCount, Is.LessThanOrEqualTo(before), "the perk's queue retired itself");
            Assert.That((int)(await ClaimAsync(perkId, members[1], "idle-2")).StatusCode, Is.EqualTo(201));
        }
        finally
        {
            engine.IdleAfter = idleBefore;
        }

        await using var db = await DbAsync();
        Assert.That(await db.ExecuteScalarAsync<int>("SELECT claimed FROM perk WHERE id=@perkId", new { perkId }), Is.EqualTo(2));
    }

    [Test]
    public async Task Two_instances_racing_with_keys_keep_stock_limit_and_one_voucher_per_key()
    {
        var org = await Seed.OrgAsync();
        var members = await SeedMany.VerifiedMembersAsync(org, 120);
        var perkId = await CreatePerkAsync(stock: 100, perMemberLimit: 2);
        await using var second = new ApiFactory(NoSettings);
        using var viaA = Anonymous();
        using var viaB = second.CreateClient();

        // each member: three taps with fresh keys, each sent twice (a client retry), to alternating instances
        var sends = members.SelectMany(m => Enumerable.Range(0, 3).SelectMany(t => new[]
        {
            (Member: m, Key: $"m{m}-t{t}", Client: (m + t) % 2 == 0 ? viaA : viaB),
            (Member: m, Key: $"m{m}-t{t}", Client: (m + t) % 2 == 0 ? viaB : viaA),
        })).ToList();
        var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var calls = sends.Select(async s =>
        {
            await start.Task;
            var answer = await SendAsync(s.Client, perkId, s.Member, s.Key);
            return (s.Key, answer.Status, answer.Body);
        }).ToList();
        start.SetResult();
        var answers = await Task.WhenAll(calls);

        Assert.That(answers.Where(a => a.Status >= 500), Is.Empty, "no 5xx");
        Assert.That(answers.Select(a => a.Status), Is.All.AnyOf(201, 409));
        foreach (var sameKey in answers.GroupBy(a => a.Key))
        {
            var distinct = sameKey.Select(a => a.Status == 201 ? "201:" + VoucherId(a.Body) : "409:" + Code(JsonDocument.Parse(a.Body).RootElement))
                .Distinct().ToList();
            Assert.That(distinct, Has.Count.EqualTo(1), $"key {sameKey.Key}: one answer, got {string.Join(", ", distinct)}");
        }

        await using var db = await DbAsync();
        var vouchers = await db.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM voucher WHERE perk_id=@perkId", new { perkId });
        Assert.That(vouchers, Is.EqualTo(100), "360 claims for 100 in stock sell it out");
        Assert.That(await db.ExecuteScalarAsync<int>("SELECT claimed FROM perk WHERE id=@perkId", new { perkId }), Is.EqualTo(vouchers));
        Assert.That(await db.ExecuteScalarAsync<long>(
            "SELECT COALESCE(MAX(n), 0) FROM (SELECT COUNT(*) AS n FROM voucher WHERE perk_id=@perkId GROUP BY member_id) t", new { perkId }),
            Is.LessThanOrEqualTo(2));
        Assert.That(answers.Where(a => a.Status == 201).Select(a => VoucherId(a.Body)).Distinct().Count(), Is.EqualTo(vouchers),
            "every voucher was announced under exactly one key");
    }
}

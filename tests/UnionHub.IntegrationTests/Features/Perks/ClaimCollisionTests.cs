using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Dapper;
using Microsoft.Extensions.DependencyInjection;
using MySqlConnector;
using UnionHub.Api.Features.Perks;
using UnionHub.Api.Platform;

namespace UnionHub.IntegrationTests.Features.Perks;

/// <summary>
/// Two API instances whose batches collide: another instance commits a member's claim number or an Idempotency-Key while
/// this instance's batch runs. Only the claims that collided are decided again, inside the same transaction; the rest of the
/// batch is kept, and nobody gets a 503 (docs/adr/0008-claim-combiner.md, "collisions re-decide only what collided").
/// </summary>
public sealed class ClaimCollisionTests : PerkTest
{
    private static readonly Dictionary<string, string?> NoSettings = [];

    private static byte[] HashOf(string key) => SHA256.HashData(Encoding.UTF8.GetBytes("POST claim " + key));

    private static async Task<(int Status, string Body)> SendAsync(HttpClient client, string perkId, long member, string key)
    {
        using var request = ClaimRequest(perkId, member, key);
        using var response = await client.SendAsync(request);
        return ((int)response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    private static string VoucherId(string body) => JsonDocument.Parse(body).RootElement.GetProperty("voucher").GetProperty("id").GetString()!;

    private static string Problem(string body) => Code(JsonDocument.Parse(body).RootElement);

    [Test]
    public async Task Sixty_members_tapping_three_times_through_two_instances_at_a_limit_of_2_get_claim_numbers_1_and_2_and_no_503()
    {
        var org = await Seed.OrgAsync();
        var members = await SeedMany.VerifiedMembersAsync(org, 60);
        var perkId = await CreatePerkAsync(stock: 1000, perMemberLimit: 2);
        await using var second = new ApiFactory(NoSettings);
        using var viaA = Anonymous();
        using var viaB = second.CreateClient();
        await WarmUpAsync(org, viaA, viaB);
        var engines = new[] { Api.Services.GetRequiredService<ClaimEngine>(), second.Services.GetRequiredService<ClaimEngine>() };
        var rerunBefore = engines.Sum(e => e.BatchesRerunWhole);
        var redecidedBefore = engines.Sum(e => e.ClaimsRedecided);

        // each member's three taps (fresh keys) go to both instances at the same moment; each batch lingers 30 ms between its
        // reads and its writes, so the two instances' batches read the same claim numbers and collide
        var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var taps = members.SelectMany(m => Enumerable.Range(0, 3).Select(async t =>
        {
            await start.Task;
            var key = $"c{m}-t{t}";
            return (Member: m, Key: key, Via: (m + t) % 2, Answer: await SendAsync((m + t) % 2 == 0 ? viaA : viaB, perkId, m, key));
        })).ToList();
        var answers = await WithSlowBatchesAsync(engines, () =>
        {
            start.SetResult();
            return Task.WhenAll(taps);
        });
        var redecided = engines.Sum(e => e.ClaimsRedecided) - redecidedBefore;
        var rerun = engines.Sum(e => e.BatchesRerunWhole) - rerunBefore;
        Assert.That(redecided, Is.GreaterThan(0), "the instances' batches did collide");

        var report = $"re-decided {redecided}, batches rerun whole {rerun}; refusals: "
            + string.Join("\n", answers.Where(a => a.Answer.Status != 201).Select(a => $"{a.Answer.Status} {a.Answer.Body}").Distinct().Take(5));
        Assert.That(answers.Count(a => a.Answer.Status == 201), Is.EqualTo(120), report);
        Assert.That(answers.Where(a => a.Answer.Status != 201).Select(a => (a.Answer.Status, Problem(a.Answer.Body))),
            Is.All.EqualTo((409, "perk.limit_reached")).And.Exactly(60).Items, report);
        await using var db = await DbAsync();
        var numbers = (await db.QueryAsync<(long Member, int ClaimNo)>(
            "SELECT member_id, claim_no FROM voucher WHERE perk_id=@perkId ORDER BY member_id, claim_no", new { perkId }))
            .GroupBy(v => v.Member).ToDictionary(g => g.Key, g => g.Select(v => v.ClaimNo).ToArray());
        Assert.That(numbers.Keys, Is.EquivalentTo(members));
        Assert.That(numbers.Values, Is.All.EqualTo(new[] { 1, 2 }));
        Assert.That(await db.ExecuteScalarAsync<int>("SELECT claimed FROM perk WHERE id=@perkId", new { perkId }), Is.EqualTo(120));
        Assert.That(await db.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM member_inbox WHERE kind=@kind AND member_id IN @members",
            new { kind = NotificationKinds.ClaimSucceeded, members }), Is.EqualTo(120), "one notice per voucher");

        // each stored 201 names the voucher it reported: replayed on the other instance, byte for byte, a voucher of that member
        var vouchers = (await db.QueryAsync<(long Id, long Member)>("SELECT id, member_id FROM voucher WHERE perk_id=@perkId", new { perkId }))
            .ToDictionary(v => v.Id.ToString(CultureInfo.InvariantCulture), v => v.Member);
        foreach (var a in answers.Where(a => a.Answer.Status == 201))
        {
            Assert.That(vouchers[VoucherId(a.Answer.Body)], Is.EqualTo(a.Member));
            var replay = await SendAsync(a.Via == 0 ? viaB : viaA, perkId, a.Member, a.Key);
            Assert.That(replay, Is.EqualTo((201, a.Answer.Body)), $"key {a.Key}");
        }

        Assert.That(answers.Where(a => a.Answer.Status == 201).Select(a => VoucherId(a.Answer.Body)).Distinct().Count(), Is.EqualTo(120),
            "every voucher announced under exactly one key");
        TestContext.Out.WriteLine(report);
    }

    [Test]
    public async Task The_same_key_sent_to_both_instances_at_once_gives_one_voucher_and_the_same_bytes_to_both_calls()
    {
        var org = await Seed.OrgAsync();
        var members = await SeedMany.VerifiedMembersAsync(org, 80);
        var perkId = await CreatePerkAsync(stock: 1000, perMemberLimit: 5); // only the key stops a second voucher
        await using var second = new ApiFactory(NoSettings);
        using var viaA = Anonymous();
        using var viaB = second.CreateClient();
        await WarmUpAsync(org, viaA, viaB);
        var engines = new[] { Api.Services.GetRequiredService<ClaimEngine>(), second.Services.GetRequiredService<ClaimEngine>() };
        var redecidedBefore = engines.Sum(e => e.ClaimsRedecided);

        var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var pairs = members.Select(async m =>
        {
            await start.Task;
            var key = $"both-{m}";
            var answers = await Task.WhenAll(SendAsync(viaA, perkId, m, key), SendAsync(viaB, perkId, m, key));
            return (Member: m, A: answers[0], B: answers[1]);
        }).ToList();
        var results = await WithSlowBatchesAsync(engines, () =>
        {
            start.SetResult();
            return Task.WhenAll(pairs);
        });
        Assert.That(engines.Sum(e => e.ClaimsRedecided) - redecidedBefore, Is.GreaterThan(0), "the instances' batches did collide on the keys");

        Assert.That(results.SelectMany(r => new[] { r.A.Status, r.B.Status }), Is.All.EqualTo(201),
            string.Join("\n", results.SelectMany(r => new[] { r.A, r.B }).Where(a => a.Status != 201).Select(a => $"{a.Status} {a.Body}").Take(5)));
        foreach (var r in results)
        {
            Assert.That(r.B.Body, Is.EqualTo(r.A.Body), $"member {r.Member}: both calls get the first answer's bytes");
        }

        await using var db = await DbAsync();
        Assert.That(await db.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM voucher WHERE perk_id=@perkId", new { perkId }), Is.EqualTo(80),
            "one voucher per key");
        Assert.That(await db.ExecuteScalarAsync<long>("SELECT COUNT(DISTINCT member_id) FROM voucher WHERE perk_id=@perkId", new { perkId }),
            Is.EqualTo(80));
        Assert.That(await db.ExecuteScalarAsync<int>("SELECT claimed FROM perk WHERE id=@perkId", new { perkId }), Is.EqualTo(80));
        Assert.That(await db.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM idempotency_key WHERE idem_key LIKE 'both-%' AND caller IN @callers",
            new { callers = members.Select(m => "member:" + m.ToString(CultureInfo.InvariantCulture)).ToArray() }), Is.EqualTo(80));
        Assert.That(await db.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM member_inbox WHERE kind=@kind AND member_id IN @members",
            new { kind = NotificationKinds.ClaimSucceeded, members }), Is.EqualTo(80), "one notice per voucher");
    }

    [Test]
    public async Task A_batch_that_collides_again_after_three_rounds_is_run_again_whole_and_the_member_still_gets_a_voucher()
    {
        var org = await Seed.OrgAsync();
        var member = await Seed.VerifiedMemberAsync(org);
        var perk = long.Parse(await CreatePerkAsync(stock: 100, perMemberLimit: 10), CultureInfo.InvariantCulture);
        await using var engine = NewEngine();

        // "another instance" commits the member's next claim number just before each of the batch's writes, four times in a
        // row: rounds 1-3 are decided again in the transaction, the fourth collision sends the whole batch round again
        var stolen = 0;
        var rounds = new List<int>();
        engine.BeforeWrites = async (round, batchMembers) =>
        {
            rounds.Add(round);
            if (!batchMembers.Contains(member) || stolen == ClaimEngine.CollisionRounds + 1)
            {
                return;
            }

            stolen++;
            await using var otherInstance = await DbAsync();
            await otherInstance.ExecuteAsync("""
                INSERT INTO voucher (perk_id, member_id, claim_no, code, qr_payload, status, valid_until, created_at)
                VALUES (@perk, @member, @stolen, @code, 'elsewhere', 'unused', @until, @now);
                UPDATE perk SET claimed = claimed + 1 WHERE id = @perk
                """, new { perk, member, stolen, code = VoucherSigner.NewCode(), until = Now.UtcDateTime.AddDays(30), now = Now.UtcDateTime });
        };

        var outcome = await engine.ClaimAsync(perk, member, "k-again", HashOf("k-again"), "trace-again").WaitAsync(TimeSpan.FromSeconds(60));

        Assert.That(outcome.Refusal?.ProblemDetails.Extensions["code"], Is.Null, "no 503 and no refusal");
        Assert.That(outcome.Granted, Is.Not.Null);
        Assert.That(rounds, Is.EqualTo(new[] { 1, 2, 3, 4, 1 }), "three rounds decided again, the fourth collision reruns the batch from its reads");
        Assert.That(engine.ClaimsRedecided, Is.EqualTo(ClaimEngine.CollisionRounds), "one claim decided again in each of the three rounds");
        Assert.That(engine.BatchesRerunWhole, Is.EqualTo(1), "then the batch was run again whole, once");
        await using var db = await DbAsync();
        Assert.That(await db.QueryAsync<int>("SELECT claim_no FROM voucher WHERE perk_id=@perk AND member_id=@member ORDER BY claim_no",
            new { perk, member }), Is.EqualTo(new[] { 1, 2, 3, 4, 5 }), "the four numbers taken elsewhere, then the member's own: number 5");
        Assert.That(await db.ExecuteScalarAsync<string>("SELECT code FROM voucher WHERE perk_id=@perk AND member_id=@member AND claim_no=5",
            new { perk, member }), Is.EqualTo(outcome.Granted!.Voucher.Code));
        Assert.That(await db.ExecuteScalarAsync<int>("SELECT claimed FROM perk WHERE id=@perk", new { perk }), Is.EqualTo(5));
        Assert.That(await db.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM member_inbox WHERE kind=@kind AND member_id=@member",
            new { kind = NotificationKinds.ClaimSucceeded, member }), Is.EqualTo(1), "one notice: the rolled-back rounds left none");
    }

    [TestCase(2, 100, TestName = "A claim number taken by another instance mid-batch: that claim takes the next number, the 20 others are kept")]
    [TestCase(1, 100, TestName = "A claim number taken by another instance mid-batch at a limit of 1: that claim is limit_reached, the 20 others are kept")]
    [TestCase(1, 22, TestName = "A claim number and a unit of stock taken by another instance mid-batch: the stock left is counted again, no rerun")]
    [TestCase(1, 22, "movie_ticket",
        TestName = "A claim number and a partner code taken by another instance mid-batch: the batch's codes are taken again, each code once")]
    public async Task A_collision_in_a_batch_re_decides_only_the_claim_that_collided(int limit, int stock, string kind = "voucher")
    {
        var org = await Seed.OrgAsync();
        var blockers = await SeedMany.VerifiedMembersAsync(org, 2);
        var member = await Seed.VerifiedMemberAsync(org);
        var others = await SeedMany.VerifiedMembersAsync(org, 20);
        var perkId = await CreatePerkAsync(stock: stock, perMemberLimit: limit, kind: kind);
        var perk = long.Parse(perkId, CultureInfo.InvariantCulture);
        if (kind == "movie_ticket")
        {
            using var admin = await AdminAsync();
            var upload = await admin.PostAsync($"/api/v1/admin/perks/{perkId}/codes", new StringContent(
                string.Join("\n", Enumerable.Range(1, stock).Select(i => $"CINEMA-{i:D3}")), Encoding.UTF8, "text/plain"));
            Assert.That((int)upload.StatusCode, Is.EqualTo(200), await upload.Content.ReadAsStringAsync());
        }

        var keys = Api.Services.GetRequiredService<IdempotencyGate>();
        await using var engine = NewEngine();

        // the first two batches (one blocker each) wait after their reads, so the member and the 20 others queue up behind them
        // and form one batch; when that batch has read, "another instance" commits the member's claim number 1
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var entered = new[] { NewSignal(), NewSignal() };
        IReadOnlyCollection<long>? collidingBatch = null;
        var batchesAfter = 0;
        engine.AfterReads = async batchMembers =>
        {
            for (var b = 0; b < blockers.Count; b++)
            {
                if (batchMembers.Contains(blockers[b]))
                {
                    entered[b].TrySetResult();
                    await release.Task;
                    return;
                }
            }

            if (batchMembers.Contains(member) && collidingBatch is null)
            {
                collidingBatch = batchMembers;
                await using var otherInstance = await DbAsync();
                var code = VoucherSigner.NewCode();
                var partner = kind == "movie_ticket" ? await otherInstance.ExecuteScalarAsync<string>("""
                    UPDATE perk_code SET voucher_code = @code, taken_at = @now WHERE perk_id = @perk AND voucher_code IS NULL ORDER BY id LIMIT 1;
                    SELECT code FROM perk_code WHERE voucher_code = @code
                    """, new { perk, code, now = Now.UtcDateTime }) : null;
                await otherInstance.ExecuteAsync("""
                    INSERT INTO voucher (perk_id, member_id, claim_no, code, qr_payload, partner_code, status, valid_until, created_at)
                    VALUES (@perk, @member, 1, @code, 'elsewhere', @partner, 'unused', @until, @now);
                    UPDATE perk SET claimed = claimed + 1 WHERE id = @perk
                    """, new { perk, member, code, partner, until = Now.UtcDateTime.AddDays(30), now = Now.UtcDateTime });
                return;
            }

            Interlocked.Increment(ref batchesAfter);
        };

        // the meter /metrics exports: claims re-decided and batches rerun whole are told apart
        long metered = 0, meteredReruns = 0;
        using var meter = new System.Diagnostics.Metrics.MeterListener();
        meter.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Name == AppMetrics.MeterName && instrument.Name is "unionhub.claim.redecided" or "unionhub.claim.batch_reruns")
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        meter.SetMeasurementEventCallback<long>((instrument, value, _, _) =>
            Interlocked.Add(ref instrument.Name == "unionhub.claim.redecided" ? ref metered : ref meteredReruns, value));
        meter.Start();

        var held = new List<Task<ClaimOutcome>>();
        for (var b = 0; b < blockers.Count; b++)
        {
            var key = $"block-{b}";
            held.Add(engine.ClaimAsync(perk, blockers[b], key, HashOf(key), "trace-block"));
            await entered[b].Task.WaitAsync(TimeSpan.FromSeconds(20));
        }

        var claims = others.Prepend(member).Select(m => (Member: m, Key: $"k-{m}")).ToList();
        // the member's claim first (the batch's first candidate, so it is granted in the first round whatever the stock), then the others
        var outcomes = new List<Task<ClaimOutcome>>();
        foreach (var c in claims)
        {
            outcomes.Add(Task.Run(() => engine.ClaimAsync(perk, c.Member, c.Key, HashOf(c.Key), "trace-" + c.Key)));
            for (var i = 0; i < 3000 && outcomes.Count == 1 && engine.Queued(perk) < 1; i++)
            {
                await Task.Delay(10);
            }
        }

        for (var i = 0; i < 1200 && engine.Queued(perk) < claims.Count; i++)
        {
            await Task.Delay(25);
        }

        Assert.That(engine.Queued(perk), Is.EqualTo(claims.Count), "the 21 claims wait in the queue behind the two held batches");
        release.SetResult();
        await Task.WhenAll(held);
        var answered = await Task.WhenAll(outcomes);

        Assert.That(collidingBatch, Is.EquivalentTo(others.Append(member)), "the member shared one batch with the 20 others");
        Assert.That(engine.ClaimsRedecided, Is.EqualTo(1), "only the member's claim was decided again");
        Assert.That(engine.BatchesRerunWhole, Is.Zero, "no batch was rolled back and run again whole");
        Assert.That((metered, meteredReruns), Is.EqualTo((1L, 0L)), "unionhub_claim_redecided_total and unionhub_claim_batch_reruns_total");
        // the others are granted while the stock lasts: 2 blockers and the other instance's voucher came first
        var grantedOthers = Math.Min(others.Count, stock - blockers.Count - 1 - (limit == 2 ? 1 : 0));
        Assert.That(answered.Skip(1).Count(o => o.Granted is not null), Is.EqualTo(grantedOthers), "the others were granted while the stock lasts");
        Assert.That(answered.Skip(1).Where(o => o.Granted is null).Select(o => o.Refusal?.ProblemDetails.Extensions["code"]),
            Is.All.EqualTo("perk.sold_out").And.Exactly(others.Count - grantedOthers).Items);
        await using var db = await DbAsync();
        var numbers = (await db.QueryAsync<int>("SELECT claim_no FROM voucher WHERE perk_id=@perk AND member_id=@member ORDER BY claim_no",
            new { perk, member })).ToArray();
        if (limit == 2)
        {
            Assert.That(answered[0].Granted, Is.Not.Null, "the member's claim takes the next claim number");
            Assert.That(numbers, Is.EqualTo(new[] { 1, 2 }));
        }
        else
        {
            Assert.That(answered[0].Refusal?.ProblemDetails.Extensions["code"], Is.EqualTo("perk.limit_reached"));
            Assert.That(numbers, Is.EqualTo(new[] { 1 }), "only the other instance's voucher");
        }

        var ours = grantedOthers + (limit == 2 ? 1 : 0) + blockers.Count;
        Assert.That(await db.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM voucher WHERE perk_id=@perk", new { perk }), Is.EqualTo(ours + 1));
        Assert.That(await db.ExecuteScalarAsync<int>("SELECT claimed FROM perk WHERE id=@perk", new { perk }), Is.EqualTo(ours + 1));
        if (kind == "movie_ticket")
        {
            // the codes the first round took were given back by the rollback to the savepoint and taken again: each code once
            Assert.That(await db.ExecuteScalarAsync<long>("""
                SELECT COUNT(*) FROM perk_code c JOIN voucher v ON v.code = c.voucher_code AND v.partner_code = c.code WHERE c.perk_id=@perk
                """, new { perk }), Is.EqualTo(ours + 1));
            Assert.That(await db.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM perk_code WHERE perk_id=@perk AND voucher_code IS NULL", new { perk }),
                Is.EqualTo(stock - ours - 1));
        }

        Assert.That(await db.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM member_inbox WHERE kind=@kind AND member_id IN @ids",
            new { kind = NotificationKinds.ClaimSucceeded, ids = others.Append(member).ToArray() }), Is.EqualTo(grantedOthers + (limit == 2 ? 1 : 0)),
            "a notice for each claim granted here, exactly once (none for the other instance's voucher)");

        // every answer is stored exactly once under its key; each stored 201 names a voucher of its member
        var stored = await IdempotencyGate.ReadManyAsync(db, null, claims.Select(c => ("member:" + c.Member.ToString(CultureInfo.InvariantCulture), c.Key)).ToList(),
            CancellationToken.None);
        Assert.That(stored, Has.Count.EqualTo(claims.Count));
        for (var i = 0; i < claims.Count; i++)
        {
            var row = stored[("member:" + claims[i].Member.ToString(CultureInfo.InvariantCulture), claims[i].Key)];
            var replay = keys.Decide(row, HashOf(claims[i].Key), Now.UtcDateTime) as IdempotencyGate.Decision.Replay;
            Assert.That(replay, Is.Not.Null);
            if (answered[i].Granted is { } granted)
            {
                Assert.That((replay!.Response.Status, replay.Response.Body), Is.EqualTo((201, answered[i].Stored!.Body)));
                Assert.That(await db.ExecuteScalarAsync<long>("SELECT member_id FROM voucher WHERE id=@id", new { id = VoucherId(replay.Response.Body) }),
                    Is.EqualTo(claims[i].Member));
                Assert.That(VoucherId(replay.Response.Body), Is.EqualTo(granted.ClaimId));
            }
            else
            {
                Assert.That((replay!.Response.Status, Problem(replay.Response.Body)),
                    Is.EqualTo((409, (string?)answered[i].Refusal!.ProblemDetails.Extensions["code"])));
            }
        }

        // what the batch learnt is the re-decided number: the member's next claim is refused from memory, without a batch
        var before = batchesAfter;
        var again = await engine.ClaimAsync(perk, member, "k-again", HashOf("k-again"), "trace-again");
        Assert.That(again.Refusal?.ProblemDetails.Extensions["code"], Is.EqualTo("perk.limit_reached"));
        Assert.That(batchesAfter, Is.EqualTo(before), "answered from what the batch learnt");
    }

    /// <summary>A claim through each instance first: a fresh host's first requests are slow, and the race would be over before they arrive.</summary>
    private static async Task WarmUpAsync(long org, HttpClient viaA, HttpClient viaB)
    {
        var perkId = await CreatePerkAsync(stock: 10, perMemberLimit: 5);
        var member = await Seed.VerifiedMemberAsync(org);
        foreach (var (client, i) in new[] { (viaA, 0), (viaB, 1), (viaA, 2), (viaB, 3) })
        {
            var answer = await SendAsync(client, perkId, member, $"warm-{member}-{i}");
            Assert.That(answer.Status, Is.EqualTo(201), answer.Body);
        }
    }

    /// <summary>Runs <paramref name="run"/> with every batch of these engines pausing 30 ms after its reads (a wider race window).</summary>
    private static async Task<T> WithSlowBatchesAsync<T>(ClaimEngine[] engines, Func<Task<T>> run)
    {
        foreach (var e in engines)
        {
            e.AfterReads = _ => Task.Delay(30);
        }

        try
        {
            return await run();
        }
        finally
        {
            foreach (var e in engines)
            {
                e.AfterReads = null;
            }
        }
    }

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}

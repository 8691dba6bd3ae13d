using System.Text.Json;
using Dapper;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using UnionHub.Api.Features.Lotteries;
using UnionHub.Api.Features.Perks;
using UnionHub.Api.Platform;

namespace UnionHub.IntegrationTests.Features.Lotteries;

/// <summary>
/// The automatic re-offer (ADR 0019, 2026-12-04): with the clock past a prize voucher's validity, the sweep lapses exactly the unused
/// expired places and promotes the waiting order as the staff route does, once, batch by batch, and racing the staff route it
/// promotes nobody twice.
/// </summary>
public sealed class LapsedPlaceSweepTests : LotteryTest
{
    /// <summary>A sweep of its own with a small batch (the host's runs with the configured one; its timer is off in tests).</summary>
    private static LapsedPlaceSweep Sweep(int batchSize) => new(Api.Services.GetRequiredService<Transactions>(),
        Api.Services.GetRequiredService<Leases>(), Api.Services.GetRequiredService<VoucherSigner>(), Api.Services.GetRequiredService<PiiProtector>(),
        Api.Services.GetRequiredService<TimeProvider>(),
        Microsoft.Extensions.Options.Options.Create(new LotteryOptions { LapseSweepBatchSize = batchSize }), NullLogger<LapsedPlaceSweep>.Instance);

    private static Task<HttpResponseMessage> ReofferAsync(HttpClient staff, string lotteryId) =>
        staff.PostAsync($"/api/v1/admin/lotteries/{lotteryId}/reoffer-lapsed", null);

    private sealed record Drawn(string LotteryId, Dictionary<string, long> MemberOf, List<string> Winners, List<string> Waiting);

    private static async Task<Drawn> DrawnLotteryAsync(int places, int members)
    {
        var org = await Seed.OrgAsync();
        var ids = await SeedMany.VerifiedMembersAsync(org, members);
        var lotteryId = await OpenLotteryAsync(org, places, stock: places);
        Assert.That((await ApplyAllAsync(lotteryId, ids)).Select(a => a.Status), Is.All.EqualTo(200));
        CloseWindow();
        using (var admin = await AdminAsync())
        {
            await JsonAsync(await DrawAsync(admin, lotteryId), 200);
        }

        await using var db = await DbAsync();
        var memberOf = (await db.QueryAsync<(long Id, long MemberId)>("SELECT id, member_id FROM lottery_application WHERE lottery_id = @lotteryId",
            new { lotteryId })).ToDictionary(a => S(a.Id), a => a.MemberId);
        var record = await PublicRecordAsync(lotteryId);
        return new Drawn(lotteryId, memberOf, Ids(record.GetProperty("winners")), Ids(record.GetProperty("waitingOrder")));
    }

    private static async Task<List<JsonElement>> AuditDetailsAsync(string lotteryId, string actorKind)
    {
        await using var db = await DbAsync();
        return (await db.QueryAsync<string>("""
                SELECT details FROM audit_log WHERE action = 'lottery.reoffer_lapsed' AND entity_id = @lotteryId AND actor_kind = @actorKind ORDER BY id
                """, new { lotteryId, actorKind }))
            .Select(d => JsonDocument.Parse(d).RootElement.Clone()).ToList();
    }

    [Test]
    public async Task The_sweep_lapses_exactly_the_unused_expired_places_promotes_in_order_tells_them_and_a_second_run_changes_nothing()
    {
        var d = await DrawnLotteryAsync(places: 5, members: 12);
        var winner = d.Winners.Select(a => d.MemberOf[a]).ToList();
        await using var db = await DbAsync();

        // the fifth winner declines now: the first waiting one is promoted by the decline (their voucher valid 30 days from now)
        using (var declining = Member(winner[4]))
        {
            await JsonAsync(await declining.PostAsync($"/api/v1/lotteries/{d.LotteryId}/decline", null), 200);
        }

        // before any voucher's validity passed, the sweep finds nothing
        using var sweep = Sweep(batchSize: 2);
        Assert.That(await sweep.SweepAsync(CancellationToken.None), Is.EqualTo(new LapsedPlaceSweep.Outcome(0, 0, 0)));

        // the third winner used their voucher; the fourth holds one valid beyond the clock's move; then the clock passes 30 days
        await db.ExecuteAsync("""
            UPDATE voucher v JOIN lottery l ON l.perk_id = v.perk_id SET v.status = 'redeemed' WHERE l.id = @LotteryId AND v.member_id = @used
            """, new { d.LotteryId, used = winner[2] });
        await db.ExecuteAsync("""
            UPDATE voucher v JOIN lottery l ON l.perk_id = v.perk_id SET v.valid_until = @later WHERE l.id = @LotteryId AND v.member_id = @valid
            """, new { d.LotteryId, valid = winner[3], later = Now.UtcDateTime.AddDays(40) });
        Api.Clock.Advance(TimeSpan.FromDays(31));

        // lapsed: the first two winners and the member the decline promoted (unused, expired); batches of 2: two transactions
        var done = await sweep.SweepAsync(CancellationToken.None);
        Assert.That(done, Is.EqualTo(new LapsedPlaceSweep.Outcome(1, 3, 3)));
        var expectedLapsed = new[] { d.Winners[0], d.Winners[1], d.Waiting[0] };
        var record = await PublicRecordAsync(d.LotteryId);
        Assert.That(Ids(record.GetProperty("lapsed")), Is.EqualTo(expectedLapsed), "exactly the unused expired places, in draw order");
        Assert.That(Ids(record.GetProperty("declined")), Is.EqualTo(new[] { d.Winners[4] }), "the declined place is not a lapse");
        Assert.That(Ids(record.GetProperty("promoted")), Is.EqualTo(d.Waiting.Take(4)), "the waiting order's next three, in order");
        Assert.That(record.GetProperty("applications").EnumerateArray().Where(a => a.GetProperty("lapsed").GetBoolean())
            .Select(a => a.GetProperty("id").GetString()), Is.EquivalentTo(expectedLapsed));
        var (exit, verdict, output) = await VerifyWithScriptAsync(record.GetRawText());
        Assert.That((exit, verdict?.GetProperty("ok").GetBoolean()), Is.EqualTo((0, (bool?)true)), output);
        Assert.That(Ids(verdict!.Value.GetProperty("lapsed")), Is.EquivalentTo(expectedLapsed));

        // the promoted members hold a voucher valid from now and were told, as after a decline or a staff re-offer
        var promotedMembers = d.Waiting.Skip(1).Take(3).Select(a => d.MemberOf[a]).ToList();
        var vouchers = (await db.QueryAsync<(long MemberId, string Status, DateTime ValidUntil)>("""
            SELECT v.member_id, v.status, v.valid_until FROM voucher v JOIN lottery l ON l.perk_id = v.perk_id
            WHERE l.id = @LotteryId AND v.member_id IN @promotedMembers
            """, new { d.LotteryId, promotedMembers })).ToList();
        Assert.That(vouchers.Select(v => v.MemberId), Is.EquivalentTo(promotedMembers), "one voucher each");
        Assert.That(vouchers.Select(v => v.Status), Is.All.EqualTo("unused"));
        Assert.That(vouchers.Select(v => v.ValidUntil), Is.All.GreaterThan(Now.UtcDateTime.AddDays(29)));
        Assert.That(await db.QueryAsync<long>("""
            SELECT member_id FROM member_inbox WHERE kind = 'lottery.drawn' AND payload LIKE '%"promoted":true%' AND member_id IN @promotedMembers
            """, new { promotedMembers }), Is.EquivalentTo(promotedMembers), "each promoted member is told once");
        using (var promoted = Member(promotedMembers[0]))
        {
            var mine = (await JsonAsync(await promoted.GetAsync($"/api/v1/lotteries/{d.LotteryId}"), 200)).GetProperty("myApplication");
            Assert.That((mine.GetProperty("result").GetString(), mine.GetProperty("promoted").GetBoolean()), Is.EqualTo(("won", true)));
            Assert.That(mine.GetProperty("voucherId").GetString(), Is.Not.Null);
        }

        // the lapsed member's view says lapsed; the used, the still valid and the declined places stay as they were
        foreach (var (member, result) in new[] { (winner[0], "lapsed"), (d.MemberOf[d.Waiting[0]], "lapsed"), (winner[2], "won"), (winner[3], "won"),
                     (winner[4], "declined") })
        {
            using var client = Member(member);
            var mine = (await JsonAsync(await client.GetAsync($"/api/v1/lotteries/{d.LotteryId}"), 200)).GetProperty("myApplication");
            Assert.That(mine.GetProperty("result").GetString(), Is.EqualTo(result));
        }

        // one audit row per transaction that changed something, by the system, naming the places
        var audits = await AuditDetailsAsync(d.LotteryId, "system");
        Assert.That(audits.Select(a => Ids(a.GetProperty("lapsed"))), Is.EqualTo(new[] { expectedLapsed[..2], expectedLapsed[2..] }));
        Assert.That(audits.SelectMany(a => Ids(a.GetProperty("promoted"))), Is.EqualTo(d.Waiting.Skip(1).Take(3)));

        // a second sweep changes nothing, and neither does the staff route after it
        Assert.That(await sweep.SweepAsync(CancellationToken.None), Is.EqualTo(new LapsedPlaceSweep.Outcome(0, 0, 0)));
        using var admin = await AdminAsync();
        var staff = await JsonAsync(await ReofferAsync(admin, d.LotteryId), 200);
        Assert.That(staff.GetProperty("lapsed").GetArrayLength() + staff.GetProperty("promoted").GetArrayLength(), Is.Zero);
        Assert.That(staff.GetProperty("record").GetProperty("promoted").GetRawText(), Is.EqualTo(record.GetProperty("promoted").GetRawText()));
        Assert.That((await AuditDetailsAsync(d.LotteryId, "system")).Count, Is.EqualTo(2), "a sweep that changed nothing is not audited");
        Assert.That((await PublicRecordAsync(d.LotteryId)).GetProperty("applications").GetRawText(),
            Is.EqualTo(record.GetProperty("applications").GetRawText()));
    }

    [Test]
    public async Task Only_the_lease_holder_sweeps_and_an_exhausted_waiting_order_records_the_lapse_and_gives_the_place_back_to_stock()
    {
        var d = await DrawnLotteryAsync(places: 2, members: 3);
        await using var db = await DbAsync();
        var perkId = await db.ExecuteScalarAsync<long>("SELECT perk_id FROM lottery WHERE id = @LotteryId", new { d.LotteryId });
        Assert.That(await db.ExecuteScalarAsync<int>("SELECT claimed FROM perk WHERE id = @perkId", new { perkId }), Is.EqualTo(2));
        Api.Clock.Advance(TimeSpan.FromDays(31));

        // another instance holds the sweep's lease: this one does nothing
        await db.ExecuteAsync("""
            INSERT INTO lease (name, holder, acquired_at, expires_at) VALUES (@name, 'another-instance', UTC_TIMESTAMP(6), UTC_TIMESTAMP(6) + INTERVAL 1 HOUR)
            ON DUPLICATE KEY UPDATE holder = 'another-instance', expires_at = UTC_TIMESTAMP(6) + INTERVAL 1 HOUR
            """, new { name = LapsedPlaceSweep.LeaseName });
        var sweep = Api.Services.GetRequiredService<LapsedPlaceSweep>();
        Assert.That(await sweep.SweepIfLeaderAsync(CancellationToken.None), Is.Null);
        Assert.That(Ids((await PublicRecordAsync(d.LotteryId)).GetProperty("lapsed")), Is.Empty);

        // its lease ran out: this instance takes it and sweeps; two places lapsed, one waiting member to promote
        await db.ExecuteAsync("UPDATE lease SET expires_at = UTC_TIMESTAMP(6) - INTERVAL 1 SECOND WHERE name = @name",
            new { name = LapsedPlaceSweep.LeaseName });
        Assert.That(await sweep.SweepIfLeaderAsync(CancellationToken.None), Is.EqualTo(new LapsedPlaceSweep.Outcome(1, 2, 1)));
        var record = await PublicRecordAsync(d.LotteryId);
        Assert.That(Ids(record.GetProperty("lapsed")), Is.EqualTo(d.Winners));
        Assert.That(Ids(record.GetProperty("promoted")), Is.EqualTo(d.Waiting));
        Assert.That(await db.ExecuteScalarAsync<int>("SELECT claimed FROM perk WHERE id = @perkId", new { perkId }), Is.EqualTo(1),
            "the place nobody was left to take went back to the perk's stock");
        var (exit, _, output) = await VerifyWithScriptAsync(record.GetRawText());
        Assert.That(exit, Is.Zero, output);
        Assert.That(await db.ExecuteScalarAsync<string>("SELECT actor_id FROM audit_log WHERE action = 'lottery.reoffer_lapsed' AND actor_kind = 'system'"),
            Is.EqualTo(LapsedPlaceSweep.AuditActor));

        // again: nothing more, and the stock is not given back twice
        Assert.That(await sweep.SweepIfLeaderAsync(CancellationToken.None), Is.EqualTo(new LapsedPlaceSweep.Outcome(0, 0, 0)));
        Assert.That(await db.ExecuteScalarAsync<int>("SELECT claimed FROM perk WHERE id = @perkId", new { perkId }), Is.EqualTo(1));
    }

    [Test]
    public async Task The_sweep_racing_staff_reoffers_promotes_each_waiting_member_at_most_once_and_no_more_places_than_lapsed([Values(1, 2, 3)] int trial)
    {
        var d = await DrawnLotteryAsync(places: 6, members: 14);
        Api.Clock.Advance(TimeSpan.FromDays(31)); // every winner's voucher expired unused
        using var admin = await AdminAsync();
        using var small = Sweep(batchSize: 2);
        var host = Api.Services.GetRequiredService<LapsedPlaceSweep>();

        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var sweeps = new[] { small, host }.Select(s => Task.Run(async () =>
        {
            await gate.Task;
            return await s.SweepAsync(CancellationToken.None);
        })).ToList();
        var staff = ParallelAsync([() => ReofferAsync(admin, d.LotteryId), () => ReofferAsync(admin, d.LotteryId)]);
        gate.SetResult();
        var outcomes = await Task.WhenAll(sweeps);
        var answers = await staff;
        Assert.That(answers.Select(a => a.Status), Is.All.EqualTo(200));

        // every place lapsed exactly once, whoever did it, and exactly as many promotions followed, down the published order
        var staffLapsed = answers.SelectMany(a => Ids(a.Body.GetProperty("lapsed"))).ToList();
        var staffPromoted = answers.SelectMany(a => Ids(a.Body.GetProperty("promoted"))).ToList();
        var systemAudits = await AuditDetailsAsync(d.LotteryId, "system");
        var sweptLapsed = systemAudits.SelectMany(a => Ids(a.GetProperty("lapsed"))).ToList();
        var sweptPromoted = systemAudits.SelectMany(a => Ids(a.GetProperty("promoted"))).ToList();
        Assert.That(staffLapsed.Concat(sweptLapsed), Is.EquivalentTo(d.Winners), $"trial {trial}: each place lapsed once");
        Assert.That(staffPromoted.Concat(sweptPromoted), Is.EquivalentTo(d.Waiting.Take(6)), $"trial {trial}: each promoted once");
        Assert.That(outcomes.Sum(o => o.Lapsed), Is.EqualTo(sweptLapsed.Count));

        await using var db = await DbAsync();
        var record = await PublicRecordAsync(d.LotteryId);
        Assert.That(Ids(record.GetProperty("lapsed")), Is.EqualTo(d.Winners));
        Assert.That(Ids(record.GetProperty("promoted")), Is.EqualTo(d.Waiting.Take(6)), "never more places than lapsed");
        Assert.That(await db.ExecuteScalarAsync<int>("""
            SELECT COUNT(*) FROM (SELECT v.member_id FROM voucher v JOIN lottery l ON l.perk_id = v.perk_id WHERE l.id = @LotteryId
            GROUP BY v.member_id HAVING COUNT(*) > 1) twice
            """, new { d.LotteryId }), Is.Zero, "nobody holds two prize vouchers");
        var promotedMembers = d.Waiting.Take(6).Select(a => d.MemberOf[a]).ToList();
        Assert.That(await db.QueryAsync<long>("""
            SELECT member_id FROM member_inbox WHERE kind = 'lottery.drawn' AND payload LIKE '%"promoted":true%'
            """), Is.EquivalentTo(promotedMembers), "each promoted member is told once");
        var (exit, _, output) = await VerifyWithScriptAsync(record.GetRawText());
        Assert.That(exit, Is.Zero, output);
    }
}

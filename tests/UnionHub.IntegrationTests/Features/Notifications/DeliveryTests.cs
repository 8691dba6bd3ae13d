using System.Net.Http.Json;
using System.Text.Json;
using Dapper;
using UnionHub.Api.Features.Notifications;
using UnionHub.Api.Platform;
using static UnionHub.IntegrationTests.Features.Notifications.NotificationTestData;

namespace UnionHub.IntegrationTests.Features.Notifications;

/// <summary>The outbox delivery: retries with backoff, dead letters and requeue, skipped members, leases, several workers.</summary>
public sealed class DeliveryTests : ApiTest
{
    [Test]
    public async Task A_provider_failing_a_few_times_delays_the_notice_but_it_is_sent_once_in_the_end()
    {
        var member = await WeChatMemberAsync(await Seed.OrgAsync());
        var id = await EnqueueAsync(member);
        var fake = new FakeNotificationSender();
        fake.FailNext(2);
        var worker = Worker(fake);

        Assert.That(await worker.DeliverDueAsync(default), Is.EqualTo(1));
        var row = await RowAsync(id);
        Assert.That((row.Status, row.Attempts), Is.EqualTo(("pending", 1)));
        Assert.That(row.LastError, Does.Contain("fail"));
        Assert.That(row.NextAttemptAt, Is.EqualTo(Api.Clock.GetUtcNow().UtcDateTime.AddSeconds(30)).Within(TimeSpan.FromSeconds(5)), "first backoff 30 s");

        Assert.That(await worker.DeliverDueAsync(default), Is.Zero, "not due before its backoff ends");
        Api.Clock.Advance(TimeSpan.FromSeconds(31));
        Assert.That(await worker.DeliverDueAsync(default), Is.EqualTo(1));
        row = await RowAsync(id);
        Assert.That((row.Status, row.Attempts), Is.EqualTo(("pending", 2)));
        Assert.That(row.NextAttemptAt, Is.EqualTo(Api.Clock.GetUtcNow().UtcDateTime.AddSeconds(60)).Within(TimeSpan.FromSeconds(5)), "backoff doubles");

        Api.Clock.Advance(TimeSpan.FromSeconds(61));
        await DrainAsync(worker);
        row = await RowAsync(id);
        Assert.That((row.Status, row.Attempts, row.SentAt.HasValue), Is.EqualTo(("sent", 3, true)));
        Assert.That(fake.Sent.Select(s => (s.OutboxId, s.OpenId, s.Kind)), Is.EqualTo(new[] { (id, $"openid-{member}", NotificationKinds.FundPaid) }));

        Api.Clock.Advance(TimeSpan.FromHours(2));
        await DrainAsync(worker);
        Assert.That(fake.Sent, Has.Count.EqualTo(1), "a sent notice is never sent again");
    }

    [Test]
    public async Task A_provider_that_always_fails_ends_in_the_dead_letter_list_and_a_requeue_sends_it()
    {
        var member = await WeChatMemberAsync(await Seed.OrgAsync());
        var id = await EnqueueAsync(member, NotificationKinds.ClaimSucceeded); // not important: it stays on WeChat (important ones go on by SMS: ReachTests)
        var other = await EnqueueAsync(member, NotificationKinds.FundDecided);
        var fake = new FakeNotificationSender { FailAlways = true };
        var worker = Worker(fake, Options(maxAttempts: 3));

        for (var i = 0; i < 3; i++)
        {
            await DrainAsync(worker);
            Api.Clock.Advance(TimeSpan.FromHours(1));
        }

        await DrainAsync(worker);
        Assert.That((await RowAsync(id)).Status, Is.EqualTo("dead"));
        Assert.That((await RowAsync(id)).Attempts, Is.EqualTo(3), "exactly MaxAttempts attempts");
        Assert.That(fake.Sent, Is.Empty);

        using var admin = await AdminAsync();
        var list = JsonDocument.Parse(await admin.GetStringAsync("/api/v1/admin/notifications/dead-letters")).RootElement;
        var items = list.GetProperty("items").EnumerateArray().ToList();
        Assert.That(items.Select(i => i.GetProperty("id").GetString()), Is.EqualTo(new[] { other.ToString(), id.ToString() }), "newest first");
        Assert.That(items[0].GetProperty("lastError").GetString(), Does.Contain("fail"));
        var filtered = JsonDocument.Parse(await admin.GetStringAsync($"/api/v1/admin/notifications/dead-letters?kind={NotificationKinds.ClaimSucceeded}"))
            .RootElement.GetProperty("items");
        Assert.That(filtered.GetArrayLength(), Is.EqualTo(1));

        fake.FailAlways = false;
        var requeued = await admin.PostAsync($"/api/v1/admin/notifications/{id}/requeue", null);
        Assert.That((int)requeued.StatusCode, Is.EqualTo(200), await requeued.Content.ReadAsStringAsync());
        var body = await requeued.Content.ReadFromJsonAsync<JsonElement>();
        Assert.That((body.GetProperty("status").GetString(), body.GetProperty("attempts").GetInt32()), Is.EqualTo(("pending", 0)));
        await Problem.ExpectAsync(await admin.PostAsync($"/api/v1/admin/notifications/{id}/requeue", null), 409, "notification.not_dead");
        await Problem.ExpectAsync(await admin.PostAsync("/api/v1/admin/notifications/999999/requeue", null), 404, "not_found");

        await DrainAsync(worker);
        Assert.That((await RowAsync(id)).Status, Is.EqualTo("sent"));
        Assert.That((await RowAsync(other)).Status, Is.EqualTo("dead"), "only the requeued one moves");
        Assert.That(fake.Sent.Select(s => s.OutboxId), Is.EqualTo(new[] { id }));

        await using var db = await DbAsync();
        Assert.That(await db.ExecuteScalarAsync<int>(
            "SELECT COUNT(*) FROM audit_log WHERE action = 'notification.requeue' AND entity_id = @id", new { id = id.ToString() }), Is.EqualTo(1));
    }

    [Test]
    public async Task Only_super_admin_sees_dead_letters()
    {
        var org = await Seed.OrgAsync();
        using var orgAdmin = await NewStaffAsync("org_admin", org.ToString());
        Assert.That((int)(await orgAdmin.GetAsync("/api/v1/admin/notifications/dead-letters")).StatusCode, Is.EqualTo(403));
        Assert.That((int)(await orgAdmin.PostAsync("/api/v1/admin/notifications/1/requeue", null)).StatusCode, Is.EqualTo(403));
        using var member = WithToken(MemberToken(await Seed.VerifiedMemberAsync(org)));
        Assert.That((int)(await member.GetAsync("/api/v1/admin/notifications/dead-letters")).StatusCode, Is.EqualTo(403));
    }

    [Test]
    public async Task Members_without_a_WeChat_openid_or_deleted_are_skipped_with_the_reason()
    {
        var org = await Seed.OrgAsync();
        var noWeChat = await EnqueueAsync(await Seed.VerifiedMemberAsync(org), NotificationKinds.FundDecided); // not important: no SMS fallback
        var deletedMember = await WeChatMemberAsync(org);
        var deleted = await EnqueueAsync(deletedMember);
        await using (var db = await DbAsync())
        {
            await db.ExecuteAsync("UPDATE member SET deleted_at = @now WHERE id = @deletedMember",
                new { now = Api.Clock.GetUtcNow().UtcDateTime, deletedMember });
        }

        var fake = new FakeNotificationSender();
        await DrainAsync(Worker(fake));
        Assert.That(((await RowAsync(noWeChat)).Status, (await RowAsync(noWeChat)).LastError), Is.EqualTo(("skipped", "no WeChat openid")));
        Assert.That(((await RowAsync(deleted)).Status, (await RowAsync(deleted)).LastError), Is.EqualTo(("skipped", "member deleted")));
        Assert.That(fake.Sent, Is.Empty);
    }

    [Test]
    public async Task A_row_left_sending_by_a_crashed_worker_is_delivered_after_its_lease_ends()
    {
        var member = await WeChatMemberAsync(await Seed.OrgAsync());
        var id = await EnqueueAsync(member);
        await using (var db = await DbAsync())
        {
            // what a worker that died mid-send leaves behind
            await db.ExecuteAsync("""
                UPDATE notification_outbox SET status = 'sending', attempts = 1, claim_token = 'crashed', next_attempt_at = @lease, locked_until = @lease
                WHERE id = @id
                """, new { id, lease = Api.Clock.GetUtcNow().UtcDateTime.AddSeconds(120) });
        }

        var fake = new FakeNotificationSender();
        var worker = Worker(fake);
        Assert.That(await worker.DeliverDueAsync(default), Is.Zero, "leased to another worker");
        Api.Clock.Advance(TimeSpan.FromSeconds(121));
        await DrainAsync(worker);
        var row = await RowAsync(id);
        Assert.That((row.Status, row.Attempts), Is.EqualTo(("sent", 2)));
        Assert.That(fake.Sent, Has.Count.EqualTo(1));
    }

    [Test]
    public async Task Three_workers_draining_one_outbox_together_send_every_notice_exactly_once()
    {
        var org = await Seed.OrgAsync();
        var members = new List<long>();
        for (var i = 0; i < 20; i++)
        {
            members.Add(await WeChatMemberAsync(org));
        }

        await using (var db = await DbAsync())
        {
            var now = Api.Clock.GetUtcNow();
            var notices = Enumerable.Range(0, 400).Select(i => new Outbox.Notice(members[i % members.Count], NotificationKinds.ClaimSucceeded,
                new { voucherId = i.ToString(System.Globalization.CultureInfo.InvariantCulture) })).ToList();
            await using var tx = await db.BeginTransactionAsync();
            await Outbox.EnqueueManyAsync(db, tx, now, notices, default);
            await tx.CommitAsync();
        }

        // one provider records for all three "instances"; a few transient failures on the way
        var fake = new FakeNotificationSender { Latency = TimeSpan.FromMilliseconds(1) };
        fake.FailNext(15);
        var workers = Enumerable.Range(0, 3).Select(_ => Worker(fake, Options(maxAttempts: 10, batchSize: 16))).ToList();
        var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var runs = workers.SelectMany(w => new[] { w, w }).Select(w => Task.Run(async () =>
        {
            await start.Task;
            await DrainAsync(w);
        })).ToList();
        start.SetResult();
        await Task.WhenAll(runs);
        Api.Clock.Advance(TimeSpan.FromMinutes(5)); // the failed ones come due again
        await Task.WhenAll(workers.Select(w => Task.Run(() => DrainAsync(w))));

        var rows = await RowsAsync();
        Assert.That(rows, Has.Count.EqualTo(400));
        Assert.That(rows.Select(r => r.Status).Distinct(), Is.EqualTo(new[] { "sent" }));
        var sent = fake.Sent.Select(s => s.OutboxId).ToList();
        Assert.That(sent, Has.Count.EqualTo(400), "every notice sent once, none twice");
        Assert.That(sent, Is.Unique);
        Assert.That(rows.Sum(r => r.Attempts), Is.EqualTo(415), "400 first attempts and the 15 failed ones repeated");
    }
}

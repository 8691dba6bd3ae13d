using System.Text.Json;
using Dapper;
using Microsoft.Extensions.DependencyInjection;
using UnionHub.Api.Features.Notifications;
using UnionHub.Api.Platform;
using static UnionHub.IntegrationTests.Features.Notifications.NotificationTestData;

namespace UnionHub.IntegrationTests.Features.Notifications;

/// <summary>The member's inbox: written with the outbox by the one enqueue helper, read and marked only by its member.</summary>
public sealed class InboxTests : ApiTest
{
    [Test]
    public async Task The_enqueue_writes_the_inbox_row_in_the_outbox_transaction_once_per_dedupe_key_and_inbox_only_kinds_get_no_outbox_row()
    {
        var member = await Seed.VerifiedMemberAsync(await Seed.OrgAsync());
        await using var db = await DbAsync();
        await using (var tx = await db.BeginTransactionAsync())
        {
            await Outbox.EnqueueAsync(db, tx, Api.Clock.GetUtcNow(), member, NotificationKinds.FundPaid, new { applicationId = "1", amountFen = 100 }, default);
            await tx.RollbackAsync();
        }

        Assert.That(await InboxRowsAsync(), Is.Empty, "rolled back with its event");

        await using (var tx = await db.BeginTransactionAsync())
        {
            await Outbox.EnqueueAsync(db, tx, Api.Clock.GetUtcNow(), member, NotificationKinds.FundPaid, new { applicationId = "1", amountFen = 100 }, default);
            await Outbox.EnqueueManyAsync(db, tx, Api.Clock.GetUtcNow(),
            [
                new Outbox.Notice(member, NotificationKinds.VoucherExpiring, new { voucherId = "9" }, "voucher.expiring:9"),
                new Outbox.Notice(member, NotificationKinds.VoucherExpiring, new { voucherId = "9" }, "voucher.expiring:9"),
                new Outbox.Notice(member, NotificationKinds.Broadcast, new { broadcastId = "1", title = "通知" }),
            ], default);
            await tx.CommitAsync();
        }

        Assert.That((await InboxRowsAsync()).Select(r => r.Kind),
            Is.EqualTo(new[] { NotificationKinds.FundPaid, NotificationKinds.VoucherExpiring, NotificationKinds.Broadcast }));
        Assert.That((await RowsAsync()).Select(r => r.Kind), Is.EqualTo(new[] { NotificationKinds.FundPaid, NotificationKinds.VoucherExpiring }),
            "a broadcast is never pushed: no outbox row");
    }

    [Test]
    public async Task A_member_pages_through_their_own_inbox_with_the_unread_count_and_marks_notices_read()
    {
        var org = await Seed.OrgAsync();
        var alice = await Seed.VerifiedMemberAsync(org);
        var bob = await Seed.VerifiedMemberAsync(org);
        for (var i = 0; i < 23; i++)
        {
            await EnqueueAsync(alice);
        }

        await EnqueueAsync(bob);
        var bobs = (await InboxRowsAsync()).Single(r => r.MemberId == bob).Id; // the inbox row's id (EnqueueAsync answers the outbox row's)
        using var a = WithToken(MemberToken(alice));
        using var b = WithToken(MemberToken(bob));

        var first = await JsonAsync(await a.GetAsync("/api/v1/me/notifications"), 200);
        var items = first.GetProperty("items").EnumerateArray().ToList();
        Assert.That(items, Has.Count.EqualTo(20));
        Assert.That(first.GetProperty("unreadCount").GetInt32(), Is.EqualTo(23));
        var ids = items.Select(i => long.Parse(i.GetProperty("id").GetString()!)).ToList();
        Assert.That(ids, Is.Ordered.Descending, "newest first");
        Assert.That(items[0].GetProperty("title").GetString(), Is.EqualTo("帮扶资金已发放"));
        Assert.That(items[0].GetProperty("text").GetString(), Is.EqualTo("已向您发放帮扶资金 1.00 元。"));
        Assert.That(items[0].GetProperty("link").GetString(), Is.EqualTo("/fund-applications/1"));
        Assert.That(items[0].GetProperty("readAt").ValueKind, Is.EqualTo(JsonValueKind.Null));

        var second = await JsonAsync(await a.GetAsync($"/api/v1/me/notifications?cursor={first.GetProperty("nextCursor").GetString()}"), 200);
        Assert.That(second.GetProperty("items").GetArrayLength(), Is.EqualTo(3));
        Assert.That(second.GetProperty("nextCursor").ValueKind, Is.EqualTo(JsonValueKind.Null));
        await Problem.ExpectAsync(await a.GetAsync("/api/v1/me/notifications?cursor=nope"), 400, "request.bad_cursor");

        // another member's notice: neither readable nor markable (404, as an id that does not exist)
        await Problem.ExpectAsync(await a.PostAsync($"/api/v1/me/notifications/{bobs}/read", null), 404, "not_found");
        await Problem.ExpectAsync(await a.PostAsync("/api/v1/me/notifications/999999999/read", null), 404, "not_found");
        var bobsInbox = await JsonAsync(await b.GetAsync("/api/v1/me/notifications"), 200);
        Assert.That(bobsInbox.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetString()), Is.EqualTo(new[] { bobs.ToString() }));
        Assert.That(bobsInbox.GetProperty("unreadCount").GetInt32(), Is.EqualTo(1), "bob's notice is still unread");

        var read = await JsonAsync(await a.PostAsync($"/api/v1/me/notifications/{ids[0]}/read", null), 200);
        Assert.That(read.GetProperty("unreadCount").GetInt32(), Is.EqualTo(22));
        Assert.That(read.GetProperty("notification").GetProperty("readAt").ValueKind, Is.EqualTo(JsonValueKind.String));
        var again = await JsonAsync(await a.PostAsync($"/api/v1/me/notifications/{ids[0]}/read", null), 200);
        Assert.That(again.GetProperty("unreadCount").GetInt32(), Is.EqualTo(22), "reading twice changes nothing");

        var all = await JsonAsync(await a.PostAsync("/api/v1/me/notifications/read-all", null), 200);
        Assert.That(all.GetProperty("unreadCount").GetInt32(), Is.Zero);
        Assert.That((await InboxRowsAsync()).Where(r => r.ReadAt is null).Select(r => r.MemberId), Is.EqualTo(new[] { bob }),
            "read-all touched only the caller's notices");
        using var anonymous = Anonymous();
        Assert.That((int)(await anonymous.GetAsync("/api/v1/me/notifications")).StatusCode, Is.EqualTo(401));
    }

    [Test]
    public async Task The_voucher_expiry_scan_writes_each_voucher_into_the_inbox_once()
    {
        var member = await Seed.VerifiedMemberAsync(await Seed.OrgAsync());
        await using var db = await DbAsync();
        var now = Api.Clock.GetUtcNow().UtcDateTime;
        var perk = await db.ExecuteScalarAsync<long>("""
            INSERT INTO perk (kind, title, stock, claimed, per_member_limit, starts_at, ends_at, created_at, updated_at)
            VALUES ('voucher', '中秋月饼券', 100, 0, 10, @now, @end, @now, @now); SELECT LAST_INSERT_ID();
            """, new { now, end = now.AddDays(30) });
        await db.ExecuteAsync("""
            INSERT INTO voucher (perk_id, member_id, claim_no, code, qr_payload, status, valid_until, created_at)
            VALUES (@perk, @member, 1, 'EXPIRY0000000001', 'q', 'unused', @until, @now)
            """, new { perk, member, until = now.AddDays(2), now });
        var scan = Api.Services.GetRequiredService<VoucherExpiryScan>();
        Assert.That(await scan.RunAsync(default), Is.EqualTo(1));
        Assert.That(await scan.RunAsync(default), Is.Zero);

        using var client = WithToken(MemberToken(member));
        var inbox = await JsonAsync(await client.GetAsync("/api/v1/me/notifications"), 200);
        var item = inbox.GetProperty("items").EnumerateArray().Single();
        Assert.That(item.GetProperty("kind").GetString(), Is.EqualTo(NotificationKinds.VoucherExpiring));
        Assert.That(item.GetProperty("text").GetString(), Does.StartWith("您的「中秋月饼券」将于 "));
    }

    [Test]
    public async Task Housekeeping_deletes_inbox_notices_past_the_retention_and_keeps_younger_ones()
    {
        var member = await Seed.VerifiedMemberAsync(await Seed.OrgAsync());
        var old = await EnqueueAsync(member);
        Api.Clock.Advance(TimeSpan.FromDays(100));
        await EnqueueAsync(member, NotificationKinds.FundDecided);
        Api.Clock.Advance(TimeSpan.FromDays(81)); // the first is 181 days old, the second 81

        var deleted = await Api.Services.GetRequiredService<Housekeeping>().SweepAsync(CancellationToken.None);
        Assert.That(deleted["member_inbox"], Is.EqualTo(1));
        Assert.That((await InboxRowsAsync()).Select(r => r.Kind), Is.EqualTo(new[] { NotificationKinds.FundDecided }));
        Assert.That((await RowAsync(old)).Kind, Is.EqualTo(NotificationKinds.FundPaid), "the outbox row is not the inbox's to delete");
    }
}

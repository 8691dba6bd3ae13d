using System.Text.Json;
using Dapper;
using Microsoft.Extensions.DependencyInjection;
using UnionHub.Api.Features.Notifications;
using UnionHub.Api.Platform;
using static UnionHub.IntegrationTests.Features.Notifications.NotificationTestData;

namespace UnionHub.IntegrationTests.Features.Notifications;

/// <summary>Notices exist exactly when their event committed; the expiry scan enqueues each voucher once.</summary>
public sealed class EnqueueTests : ApiTest
{
    [Test]
    public async Task An_enqueue_rolls_back_with_its_transaction_and_commits_with_it()
    {
        var member = await Seed.VerifiedMemberAsync(await Seed.OrgAsync());
        await using var db = await DbAsync();
        await using (var tx = await db.BeginTransactionAsync())
        {
            await Outbox.EnqueueAsync(db, tx, Api.Clock.GetUtcNow(), member, NotificationKinds.FundPaid, new { applicationId = "1" }, default);
            await Outbox.EnqueueManyAsync(db, tx, Api.Clock.GetUtcNow(),
                [new Outbox.Notice(member, NotificationKinds.ClaimSucceeded, new { voucherId = "2" })], default);
            await tx.RollbackAsync();
        }

        Assert.That(await RowsAsync(), Is.Empty);
        await using (var tx = await db.BeginTransactionAsync())
        {
            await Outbox.EnqueueAsync(db, tx, Api.Clock.GetUtcNow(), member, NotificationKinds.FundPaid, new { applicationId = "1" }, default);
            await tx.CommitAsync();
        }

        Assert.That((await RowsAsync()).Select(r => (r.MemberId, r.Kind, r.Status)), Is.EqualTo(new[] { (member, NotificationKinds.FundPaid, "pending") }));
    }

    private static async Task<(long PerkId, long VoucherId)> VoucherAsync(long member, TimeSpan validFor, string status = "unused", long? perkId = null)
    {
        await using var db = await DbAsync();
        var now = Api.Clock.GetUtcNow().UtcDateTime;
        perkId ??= await db.ExecuteScalarAsync<long>("""
            INSERT INTO perk (kind, title, stock, claimed, per_member_limit, starts_at, ends_at, created_at, updated_at)
            VALUES ('voucher', '中秋月饼券', 100, 0, 10, @now, @end, @now, @now); SELECT LAST_INSERT_ID();
            """, new { now, end = now.AddDays(30) });
        var claimNo = await db.ExecuteScalarAsync<int>("SELECT COUNT(*) + 1 FROM voucher WHERE perk_id = @perkId", new { perkId });
        var code = Guid.NewGuid().ToString("N")[..16].ToUpperInvariant();
        var voucherId = await db.ExecuteScalarAsync<long>("""
            INSERT INTO voucher (perk_id, member_id, claim_no, code, qr_payload, status, valid_until, created_at)
            VALUES (@perkId, @member, @claimNo, @code, @code, @status, @validUntil, @now); SELECT LAST_INSERT_ID();
            """, new { perkId, member, claimNo, code, status, validUntil = now + validFor, now });
        return (perkId.Value, voucherId);
    }

    [Test]
    public async Task The_expiry_scan_announces_each_voucher_expiring_within_3_days_once()
    {
        var member = await Seed.VerifiedMemberAsync(await Seed.OrgAsync());
        var (perk, soon) = await VoucherAsync(member, TimeSpan.FromDays(2));
        var (_, later) = await VoucherAsync(member, TimeSpan.FromDays(5), perkId: perk);
        await VoucherAsync(member, TimeSpan.FromDays(1), status: "redeemed", perkId: perk);
        await VoucherAsync(member, TimeSpan.FromHours(-1), perkId: perk); // already expired: too late to warn
        var scan = Api.Services.GetRequiredService<VoucherExpiryScan>();

        Assert.That(await scan.RunAsync(default), Is.EqualTo(1));
        var rows = await RowsAsync(NotificationKinds.VoucherExpiring);
        Assert.That(rows, Has.Count.EqualTo(1));
        Assert.That(rows[0].MemberId, Is.EqualTo(member));
        var payload = JsonDocument.Parse(rows[0].Payload).RootElement;
        Assert.That(payload.GetProperty("voucherId").GetString(), Is.EqualTo(soon.ToString()));
        Assert.That(payload.GetProperty("perkTitle").GetString(), Is.EqualTo("中秋月饼券"));

        // again, and several instances at once: nothing more
        Assert.That(await scan.RunAsync(default), Is.Zero);
        var parallel = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(() => scan.RunAsync(default))));
        Assert.That(parallel.Sum(), Is.Zero);
        Assert.That(await RowsAsync(NotificationKinds.VoucherExpiring), Has.Count.EqualTo(1));

        // even after the first notice was sent, two days on only the later voucher is new
        await using (var db = await DbAsync())
        {
            await db.ExecuteAsync("UPDATE notification_outbox SET status = 'sent'");
        }

        Api.Clock.Advance(TimeSpan.FromDays(2.5));
        var concurrent = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(async () =>
        {
            try
            {
                return await scan.RunAsync(default);
            }
            catch (MySqlConnector.MySqlException ex) when (ex.IsDuplicateKey())
            {
                return 0; // a racing scan got there first: still one row
            }
        })));
        Assert.That(concurrent.Sum(), Is.EqualTo(1));
        rows = await RowsAsync(NotificationKinds.VoucherExpiring);
        Assert.That(rows.Select(r => JsonDocument.Parse(r.Payload).RootElement.GetProperty("voucherId").GetString()),
            Is.EqualTo(new[] { soon.ToString(), later.ToString() }));
    }
}

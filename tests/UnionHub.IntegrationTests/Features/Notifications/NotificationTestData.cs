using Dapper;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using MySqlConnector;
using UnionHub.Api.Features.Identity;
using UnionHub.Api.Features.Notifications;
using UnionHub.Api.Platform;

namespace UnionHub.IntegrationTests.Features.Notifications;

/// <summary>Outbox rows, WeChat bindings and delivery workers for the notification tests (each with its own fake provider).</summary>
public static class NotificationTestData
{
    public static string AppId => TestRun.Api.Services.GetRequiredService<IWeChatClient>().AppId;

    public static NotificationOptions Options(int maxAttempts = 4, int batchSize = 50) => new()
    {
        WorkerEnabled = false, MaxAttempts = maxAttempts, BatchSize = batchSize, RetryBaseSeconds = 30, RetryMaxSeconds = 3600,
        LeaseSeconds = 120, SendConcurrency = 4,
    };

    /// <summary>A delivery worker as another API instance would run it, against the test database and clock.</summary>
    public static NotificationDispatcher Worker(FakeNotificationSender sender, NotificationOptions? options = null) =>
        new(TestRun.Api.Services.GetRequiredService<MySqlDataSource>(), TestRun.Api.Services.GetRequiredService<Transactions>(), TestRun.Api.Clock, sender,
            TestRun.Api.Services.GetRequiredService<IWeChatClient>(), Sms, Seed.Pii, TestRun.Api.Services.GetRequiredService<RateCounter>(),
            options ?? Options(), NullLogger<NotificationDispatcher>.Instance);

    /// <summary>The host's fake SMS provider (notices in <see cref="FakeSmsSender.NoticesFor"/>).</summary>
    public static FakeSmsSender Sms => TestRun.Api.Services.GetRequiredService<FakeSmsSender>();

    /// <summary>A verified member bound to a WeChat openid of the mini-program.</summary>
    public static async Task<long> WeChatMemberAsync(long orgId)
    {
        var member = await Seed.VerifiedMemberAsync(orgId);
        await using var db = new MySqlConnection(ApiFactory.ConnectionString);
        await db.OpenAsync();
        await db.ExecuteAsync("INSERT INTO member_wechat (app_id, open_id, member_id, created_at) VALUES (@AppId, @OpenId, @member, @now)",
            new { AppId, OpenId = $"openid-{member}", member, now = TestRun.Api.Clock.GetUtcNow().UtcDateTime });
        return member;
    }

    public static async Task<long> EnqueueAsync(long memberId, string kind = NotificationKinds.FundPaid, string? dedupeKey = null)
    {
        await using var db = new MySqlConnection(ApiFactory.ConnectionString);
        await db.OpenAsync();
        await using var tx = await db.BeginTransactionAsync();
        await Outbox.EnqueueAsync(db, tx, TestRun.Api.Clock.GetUtcNow(), memberId, kind, new { applicationId = "1", amountFen = 100L }, default,
            dedupeKey);
        var id = await db.ExecuteScalarAsync<long>("SELECT LAST_INSERT_ID()", transaction: tx);
        await tx.CommitAsync();
        return id;
    }

    public sealed record OutboxRow(long Id, long MemberId, string Kind, string Payload, string Status, int Attempts, string? LastError,
        DateTime NextAttemptAt, DateTime? SentAt);

    public static async Task<OutboxRow> RowAsync(long id)
    {
        await using var db = new MySqlConnection(ApiFactory.ConnectionString);
        await db.OpenAsync();
        return await db.QuerySingleAsync<OutboxRow>("""
            SELECT id, member_id AS MemberId, kind, payload, status, attempts, last_error AS LastError, next_attempt_at AS NextAttemptAt,
                   sent_at AS SentAt
            FROM notification_outbox WHERE id = @id
            """, new { id });
    }

    public static async Task<List<OutboxRow>> RowsAsync(string? kind = null)
    {
        await using var db = new MySqlConnection(ApiFactory.ConnectionString);
        await db.OpenAsync();
        return (await db.QueryAsync<OutboxRow>("""
            SELECT id, member_id AS MemberId, kind, payload, status, attempts, last_error AS LastError, next_attempt_at AS NextAttemptAt,
                   sent_at AS SentAt
            FROM notification_outbox WHERE @kind IS NULL OR kind = @kind ORDER BY id
            """, new { kind })).ToList();
    }

    public sealed record InboxRow(long Id, long MemberId, string Kind, string Payload, DateTime CreatedAt, DateTime? ReadAt);

    public static async Task<List<InboxRow>> InboxRowsAsync(string? kind = null)
    {
        await using var db = new MySqlConnection(ApiFactory.ConnectionString);
        await db.OpenAsync();
        return (await db.QueryAsync<InboxRow>("""
            SELECT id, member_id AS MemberId, kind, payload, created_at AS CreatedAt, read_at AS ReadAt
            FROM member_inbox WHERE @kind IS NULL OR kind = @kind ORDER BY id
            """, new { kind })).ToList();
    }

    /// <summary>Runs the worker until it finds nothing due.</summary>
    public static async Task DrainAsync(NotificationDispatcher worker)
    {
        while (await worker.DeliverDueAsync(CancellationToken.None) > 0)
        {
        }
    }
}

using Dapper;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using UnionHub.Api.Features.Notifications;
using UnionHub.Api.Platform;
using UnionHub.IntegrationTests.Features.Identity;

namespace UnionHub.IntegrationTests.Features.Notifications;

/// <summary>The outbox retention sweep: finished notices past the retention go, in batches; pending ones and the inbox stay.</summary>
public sealed class OutboxRetentionTests : ApiTest
{
    [Test]
    public async Task Old_sent_skipped_and_dead_notices_are_deleted_in_batches_and_pending_young_and_inbox_rows_stay()
    {
        var member = await Seed.VerifiedMemberAsync(await Seed.OrgAsync());
        var now = Api.Clock.GetUtcNow().UtcDateTime;
        await using var db = await DbAsync();

        async Task<long> OutboxAsync(string status, double daysAgo)
        {
            var at = now.AddDays(-daysAgo);
            return await db.ExecuteScalarAsync<long>("""
                INSERT INTO notification_outbox (member_id, kind, payload, status, attempts, next_attempt_at, created_at, sent_at)
                VALUES (@member, 'fund.paid', '{"applicationId":"1","amountFen":100}', @status, 1, @at, @at, @sent);
                SELECT LAST_INSERT_ID();
                """, new { member, status, at, sent = status == "sent" ? at : (DateTime?)null });
        }

        var gone = new List<long>();
        for (var i = 0; i < 4; i++)
        {
            gone.Add(await OutboxAsync("sent", 31 + i));
        }

        gone.Add(await OutboxAsync("skipped", 45));
        gone.Add(await OutboxAsync("dead", 90));
        var stay = new List<long>
        {
            await OutboxAsync("pending", 60), // held back (quiet hours, retries): never deleted, however old
            await OutboxAsync("sending", 60),
            await OutboxAsync("sent", 29), // younger than the retention
            await OutboxAsync("dead", 29),
        };
        await db.ExecuteAsync("INSERT INTO member_inbox (member_id, kind, payload, created_at) VALUES (@member, 'fund.paid', '{}', @at)",
            new { member, at = now.AddDays(-60) });

        var logs = new CapturingLoggerProvider();
        using var loggers = LoggerFactory.Create(b => b.AddProvider(logs).SetMinimumLevel(LogLevel.Information));
        var sweep = new OutboxRetention(Api.Services.GetRequiredService<Transactions>(), Api.Services.GetRequiredService<Leases>(), Api.Clock,
            new NotificationOptions { OutboxRetentionDays = 30, RetentionBatchSize = 4 }, loggers.CreateLogger<OutboxRetention>());

        Assert.That(await sweep.RunAsync(CancellationToken.None), Is.EqualTo(6));
        var left = (await db.QueryAsync<long>("SELECT id FROM notification_outbox")).ToList();
        Assert.That(left, Is.EquivalentTo(stay));
        Assert.That(await db.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM member_inbox"), Is.EqualTo(1), "the inbox keeps its own retention");

        // two deletes of at most 4 rows (4, then 2), progress logged as counts only
        var progress = logs.Lines.Where(l => l.Contains("Outbox retention", StringComparison.Ordinal)).ToList();
        Assert.That(progress, Has.Count.EqualTo(2));
        Assert.That(progress[^1], Does.Contain("6 finished notices older than 30 days"));
        // counts only: each line is the counts sentence with the counts as its only values (the check was "no member id in the text",
        // which failed by chance whenever the member's id was 1, 2, 3, 4, 6 or 30: digits the sentence itself holds)
        const string value = @"(?:(?:Deleted|Batches|Days)=\d+|\{OriginalFormat\}=[^;\]]*)";
        Assert.That(progress, Has.All.Match(
            @"^Information \S+: Outbox retention: \d+ finished notices older than 30 days deleted so far \(\d+ batches\) \[" + value + "(?:;" + value + @")*\]\s*$"));
        Assert.That(string.Join("\n", progress), Does.Not.Contain("amountFen"));

        Assert.That(await sweep.RunAsync(CancellationToken.None), Is.Zero, "a second pass finds nothing");

        // the retention never drops below what the voucher expiry scan needs to see each notice (ExpiryNoticeDays + 1)
        var tooShort = new OutboxRetention(Api.Services.GetRequiredService<Transactions>(), Api.Services.GetRequiredService<Leases>(), Api.Clock,
            new NotificationOptions { OutboxRetentionDays = 1, ExpiryNoticeDays = 3 }, loggers.CreateLogger<OutboxRetention>());
        Assert.That(tooShort.RetentionDays, Is.EqualTo(4));
    }

    [Test]
    public async Task The_sweep_runs_on_one_instance_at_a_time()
    {
        var sweep = Api.Services.GetRequiredService<OutboxRetention>();
        Assert.That(await sweep.RunIfLeaderAsync(CancellationToken.None), Is.EqualTo(0));
        var other = new OutboxRetention(Api.Services.GetRequiredService<Transactions>(), new Leases(Api.Services.GetRequiredService<Transactions>()),
            Api.Clock, new NotificationOptions(), Microsoft.Extensions.Logging.Abstractions.NullLogger<OutboxRetention>.Instance);
        Assert.That(await other.RunIfLeaderAsync(CancellationToken.None), Is.Null, "another instance holds the lease");
    }
}

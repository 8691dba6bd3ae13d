using System.Data;
using Dapper;
using MySqlConnector;
using UnionHub.Api.Features.Identity;
using UnionHub.Api.Platform;

namespace UnionHub.Api.Features.Notifications;

/// <summary>
/// Delivers due outbox rows (docs/adr/0013-notification-delivery.md). Safe with any number of instances, on one database
/// node or on several (Galera, where SKIP LOCKED skips only what this node has locked: two nodes may pick the same rows, the
/// claim UPDATEs conflict at certification, and the loser's claim is re-run by <see cref="Transactions"/> and picks others):
/// <list type="number">
/// <item>Claim: in one short transaction, <c>SELECT ... FOR UPDATE SKIP LOCKED</c> picks due rows no other worker is
/// claiming, and a conditional UPDATE stamps this round's token on them: status 'sending', attempts + 1, and
/// next_attempt_at = the end of the lease. A row is due when pending and its time has come, or when it is 'sending'
/// and its lease ran out (its worker died).</item>
/// <item>Send each outside any transaction.</item>
/// <item>Mark: sent / pending again with backoff / dead / skipped, by a conditional UPDATE that requires this round's token,
/// so a worker that lost its lease cannot overwrite the row's newer state. The round's sent rows are marked by one UPDATE
/// (a claim storm enqueues thousands of notices a second: one autocommit per notice made the worker the database's
/// busiest client); the rare failures one by one, each with its own backoff.</item>
/// </list>
/// Delivery is at least once: a worker that dies after WeChat accepted a message but before marking it leaves the row to be
/// sent again when its lease ends. Within a live lease no row is ever handed to two workers.
/// <para>Reach beyond WeChat (docs/adr/0017-inbox-and-reach.md): a row goes out on its <c>channel</c>. Kinds the member turned off
/// are skipped (the inbox still has them). An important kind (<see cref="NotificationKinds.Important"/>) whose member has no
/// openid, did not subscribe, or whose WeChat send died moves to the <c>sms</c> channel with a fresh set of attempts; an SMS
/// inside the member's quiet hours, or beyond their daily cap (<see cref="RateCounter"/>, shared by every instance), is held
/// (pending, the attempt not counted) until the window ends. The clock is the injected <see cref="TimeProvider"/>.</para>
/// </summary>
public sealed partial class NotificationDispatcher(
    MySqlDataSource db, Transactions transactions, TimeProvider clock, INotificationSender sender, IWeChatClient wechat, ISmsSender sms,
    PiiProtector pii, RateCounter limits, NotificationOptions options, ILogger<NotificationDispatcher> logger)
{
    public const string ChannelWeChat = "wechat";
    public const string ChannelSms = "sms";

    public const string Pending = "pending";
    public const string Sending = "sending";
    public const string Sent = "sent";
    public const string Dead = "dead";
    public const string Skipped = "skipped";

    /// <summary>
    /// Due rows of one status, oldest first. One status per statement: the index (status, next_attempt_at) then gives the order and
    /// the server stops after @Take rows. With <c>status IN ('pending', 'sending')</c> it sorted every due row and locked each one
    /// it read, so a backlog of 20,000 notices cost 20,000 row reads and locks per round (measured in ./dev bench).
    /// </summary>
    private const string PickDue = """
        SELECT id FROM notification_outbox
        WHERE status = @Status AND next_attempt_at <= @Now
        ORDER BY next_attempt_at, id
        LIMIT @Take
        FOR UPDATE SKIP LOCKED
        """;

    private const string Claim = """
        UPDATE notification_outbox
        SET status = 'sending', claim_token = @Token, attempts = attempts + 1, last_attempt_at = @Now,
            next_attempt_at = @LeaseUntil, locked_until = @LeaseUntil
        WHERE id IN @Ids AND status IN ('pending', 'sending') AND next_attempt_at <= @Now
        """;

    private const string SelectClaimed = """
        SELECT o.id, o.member_id AS MemberId, o.kind, o.payload, o.attempts, o.channel,
               (SELECT w.open_id FROM member_wechat w WHERE w.member_id = o.member_id AND w.app_id = @AppId
                ORDER BY w.created_at DESC LIMIT 1) AS OpenId,
               m.id IS NULL OR m.deleted_at IS NOT NULL AS MemberGone, m.phone_enc AS PhoneEnc,
               s.muted_kinds AS MutedKinds, COALESCE(s.quiet_enabled, 1) AS QuietEnabled, s.quiet_from AS QuietFrom, s.quiet_to AS QuietTo
        FROM notification_outbox o LEFT JOIN member m ON m.id = o.member_id
        LEFT JOIN member_notification_settings s ON s.member_id = o.member_id
        WHERE o.id IN @Ids AND o.claim_token = @Token AND o.status = 'sending'
        ORDER BY o.id
        """;

    private const string Mark = """
        UPDATE notification_outbox
        SET status = @Status, next_attempt_at = @Next, last_error = @Error, sent_at = @SentAt, locked_until = NULL, claim_token = NULL
        WHERE id = @Id AND claim_token = @Token AND status = 'sending'
        """;

    private const string Release = """
        UPDATE notification_outbox SET status = 'pending', next_attempt_at = @Now, locked_until = NULL, claim_token = NULL,
            attempts = GREATEST(attempts - 1, 0)
        WHERE id IN @Ids AND claim_token = @Token AND status = 'sending'
        """;

    private sealed class Row
    {
        public long Id { get; set; }
        public long MemberId { get; set; }
        public string Kind { get; set; } = "";
        public string Payload { get; set; } = "";
        public int Attempts { get; set; }
        public string Channel { get; set; } = ChannelWeChat;
        public string? OpenId { get; set; }
        public int MemberGone { get; set; }
        public byte[]? PhoneEnc { get; set; }
        public string? MutedKinds { get; set; }
        public bool QuietEnabled { get; set; } = true;
        public int? QuietFrom { get; set; }
        public int? QuietTo { get; set; }

        public bool Muted => !NotificationKinds.Important.Contains(Kind) && NotificationSettings.Muted(MutedKinds).Contains(Kind);

        /// <summary>May this notice fall back to SMS: an important kind, on WeChat still, for a member with a phone.</summary>
        public bool SmsFallback => Channel == ChannelWeChat && NotificationKinds.Important.Contains(Kind) && PhoneEnc is not null;
    }

    private const string ToSms = """
        UPDATE notification_outbox SET channel = 'sms', status = 'pending', attempts = 0, next_attempt_at = @Now, last_error = @Reason,
            locked_until = NULL, claim_token = NULL
        WHERE id IN @Ids AND claim_token = @Token AND status = 'sending'
        """;

    private const string Hold = """
        UPDATE notification_outbox SET status = 'pending', next_attempt_at = @Until, last_error = @Reason, locked_until = NULL, claim_token = NULL,
            attempts = GREATEST(attempts - 1, 0)
        WHERE id = @Id AND claim_token = @Token AND status = 'sending'
        """;

    /// <summary>Claims up to one batch of due rows and delivers them. Returns how many rows it handled.</summary>
    public async Task<int> DeliverDueAsync(CancellationToken ct)
    {
        var token = Guid.NewGuid().ToString("N");
        var rows = await ClaimAsync(token, ct);
        var ids = rows.Select(r => r.Id).ToArray();
        if (rows.Count == 0)
        {
            return 0;
        }

        // members who cannot receive anything are skipped in bulk (a claim storm for members without WeChat is common)
        var live = rows.Where(r => r.Attempts <= options.MaxAttempts).ToList();
        var gone = live.Where(r => r.MemberGone != 0).ToList();
        var muted = live.Except(gone).Where(r => r.Muted).ToList();
        var noOpenId = live.Except(gone).Except(muted).Where(r => r.Channel == ChannelWeChat && r.OpenId is null).ToList();
        await SkipAllAsync(gone, token, "member deleted");
        await SkipAllAsync(muted, token, "turned off by the member");
        await SkipAllAsync(noOpenId.Where(r => !r.SmsFallback).ToList(), token, "no WeChat openid");
        await ToSmsAsync(noOpenId.Where(r => r.SmsFallback).ToList(), token, "no WeChat openid");
        var deliverable = rows.Except(gone).Except(muted).Except(noOpenId).ToList();

        var sent = new System.Collections.Concurrent.ConcurrentBag<Row>();
        try
        {
            await Parallel.ForEachAsync(deliverable, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, options.SendConcurrency), CancellationToken = ct },
                async (row, token2) =>
                {
                    if (await DeliverAsync(row, token, token2))
                    {
                        sent.Add(row);
                    }
                });
        }
        finally
        {
            await MarkSentAsync(sent, token); // also when stopping: what was sent is not sent again

            if (ct.IsCancellationRequested)
            {
                await ReleaseAsync(token, ids); // shutting down: hand what is left back at once rather than after the lease
            }
        }

        return rows.Count;
    }

    /// <summary>Picks, stamps and reads this round's rows in one transaction (re-run whole on a conflict).</summary>
    private Task<List<Row>> ClaimAsync(string token, CancellationToken ct) =>
        transactions.RunAsync<List<Row>>(async (conn, tx) =>
        {
            var now = clock.GetUtcNow().UtcDateTime;
            // leases that ran out first (their worker died mid-round), then pending notices
            var take = Math.Max(1, options.BatchSize);
            var picked = (await conn.QueryAsync<long>(new CommandDefinition(PickDue, new { Status = Sending, Now = now, Take = take }, tx,
                cancellationToken: ct))).AsList();
            if (picked.Count < take)
            {
                picked.AddRange(await conn.QueryAsync<long>(new CommandDefinition(PickDue, new { Status = Pending, Now = now, Take = take - picked.Count },
                    tx, cancellationToken: ct)));
            }

            var ids = picked.ToArray();
            if (ids.Length == 0)
            {
                return [];
            }

            await conn.ExecuteAsync(new CommandDefinition(Claim, new
            {
                Ids = ids, Token = token, Now = now, LeaseUntil = now.AddSeconds(Math.Max(5, options.LeaseSeconds)),
            }, tx, cancellationToken: ct));
            return (await conn.QueryAsync<Row>(new CommandDefinition(SelectClaimed, new { Ids = ids, Token = token, wechat.AppId }, tx,
                cancellationToken: ct))).ToList();
        }, ct, IsolationLevel.ReadCommitted);

    /// <summary>Sends one row, or marks it when it cannot be sent. True when the sender accepted it (marked with the round's other sent rows).</summary>
    private async Task<bool> DeliverAsync(Row row, string token, CancellationToken ct)
    {
        if (row.Attempts > options.MaxAttempts)
        {
            // its worker vanished during the last allowed attempt
            await MarkAsync(row, token, Dead, "lease expired during the last attempt", null);
            return false;
        }

        if (row.MemberGone != 0)
        {
            await MarkAsync(row, token, Skipped, "member deleted", null);
            return false;
        }

        if (row.Channel == ChannelSms)
        {
            return await SendSmsAsync(row, token, ct);
        }

        if (row.OpenId is null)
        {
            await MarkAsync(row, token, Skipped, "no WeChat openid", null);
            return false;
        }

        SendResult result;
        try
        {
            result = await sender.SendAsync(new OutgoingNotification(row.Id, row.OpenId, row.Kind, row.Payload), ct);
        }
        catch (Exception ex) when (!ct.IsCancellationRequested)
        {
            LogSendThrew(logger, ex, row.Id);
            result = new SendResult(SendOutcome.Retry, ex.GetType().Name);
        }

        switch (result.Outcome)
        {
            case SendOutcome.Sent:
                return true;
            case SendOutcome.Refused when row.SmsFallback:
            case SendOutcome.Permanent when row.SmsFallback:
            case SendOutcome.Retry when row.SmsFallback && row.Attempts >= options.MaxAttempts:
                await ToSmsAsync([row], token, "WeChat: " + result.Reason); // what WeChat cannot deliver goes by SMS
                break;
            case SendOutcome.Refused:
                await MarkAsync(row, token, Skipped, result.Reason, null);
                break;
            case SendOutcome.Permanent:
                await MarkAsync(row, token, Dead, result.Reason, null);
                break;
            default:
                await MarkAsync(row, token, row.Attempts >= options.MaxAttempts ? Dead : Pending, result.Reason, null);
                break;
        }

        return false;
    }

    /// <summary>
    /// The SMS channel: held in the member's quiet hours and beyond their daily cap (the attempt not counted), otherwise sent
    /// through the SMS provider with the text the inbox shows. True when the provider accepted it.
    /// </summary>
    private async Task<bool> SendSmsAsync(Row row, string token, CancellationToken ct)
    {
        if (pii.DecryptOrNull(row.PhoneEnc) is not { } phone)
        {
            await MarkAsync(row, token, Skipped, "no phone", null);
            return false;
        }

        var now = clock.GetUtcNow();
        if (NotificationSettings.Quiet(row.QuietEnabled, row.QuietFrom, row.QuietTo, options) is { } quiet && quiet.Contains(now))
        {
            await HoldAsync(row, token, quiet.End(now), "quiet hours");
            return false;
        }

        var cap = await limits.HitAsync($"notice-sms:{row.MemberId.Text()}", Math.Max(0, options.SmsDailyCapPerMember), TimeSpan.FromDays(1), ct);
        if (!cap.Allowed)
        {
            await HoldAsync(row, token, now + cap.RetryAfter, "daily SMS cap reached");
            return false;
        }

        var text = NotificationTexts.Render(row.Kind, row.Payload);
        try
        {
            await sms.SendTextAsync(phone, $"{options.SmsSignature}{text.Title}：{text.Body}", ct);
            return true;
        }
        catch (Exception ex) when (!ct.IsCancellationRequested)
        {
            LogSendThrew(logger, ex, row.Id);
            await MarkAsync(row, token, row.Attempts >= options.MaxAttempts ? Dead : Pending, "SMS: " + ex.GetType().Name, null);
            return false;
        }
    }

    private async Task ToSmsAsync(IReadOnlyCollection<Row> rows, string token, string reason)
    {
        if (rows.Count == 0)
        {
            return;
        }

        try
        {
            await using var conn = await db.OpenConnectionAsync(CancellationToken.None);
            await conn.ExecuteAsync(new CommandDefinition(ToSms,
                new { Ids = rows.Select(r => r.Id).ToArray(), Token = token, Now = clock.GetUtcNow().UtcDateTime, Reason = reason }));
        }
        catch (MySqlException ex)
        {
            LogMarkFailed(logger, ex, rows.First().Id); // their lease runs out and another round decides again
        }
    }

    private async Task HoldAsync(Row row, string token, DateTimeOffset until, string reason)
    {
        try
        {
            await using var conn = await db.OpenConnectionAsync(CancellationToken.None);
            await conn.ExecuteAsync(new CommandDefinition(Hold, new { row.Id, Token = token, Until = until.UtcDateTime, Reason = reason }));
        }
        catch (MySqlException ex)
        {
            LogMarkFailed(logger, ex, row.Id);
        }
    }

    /// <summary>Delay before attempt n + 1 after n failed attempts: base, 2 x base, 4 x base ... capped.</summary>
    public static TimeSpan Backoff(int attempts, NotificationOptions options)
    {
        var seconds = Math.Max(1, options.RetryBaseSeconds) * Math.Pow(2, Math.Clamp(attempts - 1, 0, 20));
        return TimeSpan.FromSeconds(Math.Min(seconds, Math.Max(options.RetryBaseSeconds, options.RetryMaxSeconds)));
    }

    private async Task MarkAsync(Row row, string token, string status, string? error, DateTime? sentAt)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var next = status == Pending ? now + Backoff(row.Attempts, options) : now;
        int changed;
        try
        {
            await using var conn = await db.OpenConnectionAsync(CancellationToken.None);
            changed = await conn.ExecuteAsync(new CommandDefinition(Mark, new
            {
                row.Id, Token = token, Status = status, Next = next, SentAt = sentAt,
                Error = error is { Length: > 500 } ? error[..500] : error,
            }));
        }
        catch (MySqlException ex)
        {
            LogMarkFailed(logger, ex, row.Id);
            return; // the lease runs out and another round decides again
        }

        if (changed != 1)
        {
            LogLeaseLost(logger, row.Id);
            return;
        }

        AppMetrics.Notification(status switch { Pending => "failed", _ => status });
    }

    private const string SkipMany = """
        UPDATE notification_outbox SET status = 'skipped', last_error = @Reason, locked_until = NULL, claim_token = NULL
        WHERE id IN @Ids AND claim_token = @Token AND status = 'sending'
        """;

    private const string MarkManySent = """
        UPDATE notification_outbox SET status = 'sent', sent_at = @Now, last_error = NULL, locked_until = NULL, claim_token = NULL
        WHERE id IN @Ids AND claim_token = @Token AND status = 'sending'
        """;

    private async Task MarkSentAsync(IReadOnlyCollection<Row> rows, string token)
    {
        if (rows.Count == 0)
        {
            return;
        }

        try
        {
            await using var conn = await db.OpenConnectionAsync(CancellationToken.None);
            var changed = await conn.ExecuteAsync(new CommandDefinition(MarkManySent,
                new { Ids = rows.Select(r => r.Id).ToArray(), Token = token, Now = clock.GetUtcNow().UtcDateTime }));
            AppMetrics.Notifications.Add(changed, new KeyValuePair<string, object?>("outcome", Sent));
            if (changed != rows.Count)
            {
                LogLeaseLost(logger, rows.First().Id); // some rows' lease ran out meanwhile: their new worker records them
            }
        }
        catch (MySqlException ex)
        {
            LogMarkFailed(logger, ex, rows.First().Id); // their lease runs out and they are sent again (at least once)
        }
    }

    private async Task SkipAllAsync(List<Row> rows, string token, string reason)
    {
        if (rows.Count == 0)
        {
            return;
        }

        try
        {
            await using var conn = await db.OpenConnectionAsync(CancellationToken.None);
            var changed = await conn.ExecuteAsync(new CommandDefinition(SkipMany, new { Ids = rows.Select(r => r.Id).ToArray(), Token = token, Reason = reason }));
            AppMetrics.Notifications.Add(changed, new KeyValuePair<string, object?>("outcome", Skipped));
        }
        catch (MySqlException ex)
        {
            LogMarkFailed(logger, ex, rows[0].Id); // their lease runs out and another round decides again
        }
    }

    private async Task ReleaseAsync(string token, long[] ids)
    {
        try
        {
            await using var conn = await db.OpenConnectionAsync(CancellationToken.None);
            await conn.ExecuteAsync(new CommandDefinition(Release, new { Ids = ids, Token = token, Now = clock.GetUtcNow().UtcDateTime }));
        }
        catch (MySqlException ex)
        {
            LogMarkFailed(logger, ex, 0);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Notification {Id}: the sender threw; will retry")]
    private static partial void LogSendThrew(ILogger logger, Exception ex, long id);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Notification {Id}: could not record the outcome; its lease will expire")]
    private static partial void LogMarkFailed(ILogger logger, Exception ex, long id);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Notification {Id}: lease lost before the outcome was recorded")]
    private static partial void LogLeaseLost(ILogger logger, long id);
}

using System.Collections.Frozen;
using System.Data.Common;
using System.Text.Json;
using Dapper;

namespace UnionHub.Api.Platform;

/// <summary>Kinds of member notifications; each pushed kind maps to one subscribe-message template.</summary>
public static class NotificationKinds
{
    public const string ClaimSucceeded = "perk.claim_succeeded";
    public const string VoucherExpiring = "voucher.expiring";
    public const string FundDecided = "fund.decided";
    public const string FundPaid = "fund.paid";
    public const string CaseProgress = "legal_case.progress";
    public const string HardshipDecided = "hardship.decided";
    public const string SurveyOpened = "hardship.survey_opened";
    public const string Broadcast = "org.broadcast";
    public const string MembershipChanged = "membership.changed";
    public const string ActivityPromoted = "activity.promoted";
    public const string LotteryDrawn = "lottery.drawn";
    /// <summary>A mutual-aid claim was approved, rejected or paid (payload <c>event</c>: approved | rejected | paid).</summary>
    public const string MutualAidClaimProgress = "mutual_aid.claim_progress";
    public const string ActivityChanged = "activity.changed";
    public const string ActivityCancelled = "activity.cancelled";

    /// <summary>Every kind, in the order settings and template lists show them.</summary>
    public static readonly IReadOnlyList<string> All =
        [ClaimSucceeded, VoucherExpiring, FundDecided, FundPaid, CaseProgress, HardshipDecided, SurveyOpened, Broadcast, MembershipChanged,
         ActivityPromoted, LotteryDrawn, MutualAidClaimProgress, ActivityChanged, ActivityCancelled];

    /// <summary>
    /// Kinds a member must hear of: they fall back to SMS when WeChat cannot reach the member, and a member cannot turn them off.
    /// </summary>
    public static readonly FrozenSet<string> Important = FrozenSet.Create(StringComparer.Ordinal, FundPaid, CaseProgress, HardshipDecided, MembershipChanged,
        MutualAidClaimProgress);

    /// <summary>Kinds kept only in the inbox: never pushed, so they get no outbox row (a broadcast reaches tens of thousands).</summary>
    public static readonly FrozenSet<string> InboxOnly = FrozenSet.Create(StringComparer.Ordinal, Broadcast);
}

/// <summary>
/// The notification outbox and the member's inbox: call <see cref="EnqueueAsync"/> (or <see cref="EnqueueManyAsync"/>) inside the
/// transaction that makes the change the member is told about, so the notice exists exactly when the change committed. Every
/// notice is written to the member's inbox (<c>member_inbox</c>) and, unless its kind is <see cref="NotificationKinds.InboxOnly"/>,
/// to the outbox that a background worker delivers.
/// The payload must hold no personal data (ids, titles, amounts, dates only).
/// </summary>
public static class Outbox
{
    private const string OnDuplicate = "ON DUPLICATE KEY UPDATE id = id";

    /// <param name="dedupeKey">When set, a second enqueue with the same key is a no-op (e.g. "voucher.expiring:123").</param>
    public static Task<int> EnqueueAsync(DbConnection connection, DbTransaction? transaction, DateTimeOffset now,
        long memberId, string kind, object payload, CancellationToken ct, string? dedupeKey = null) =>
        EnqueueManyAsync(connection, transaction, now, [new Notice(memberId, kind, payload, dedupeKey)], ct);

    /// <summary>One notice for <see cref="EnqueueManyAsync"/>.</summary>
    public sealed record Notice(long MemberId, string Kind, object Payload, string? DedupeKey = null);

    /// <summary>
    /// Enqueues several notices inside the caller's transaction with one multi-row INSERT per table (the claim combiner's
    /// batches of up to 256: two round trips per batch): the inbox rows first, then the outbox rows (so LAST_INSERT_ID() is the
    /// first outbox row's). Notices with a dedupe key already present are skipped, or, with <paramref name="failOnDuplicate"/>,
    /// make the statement fail with a duplicate-key error (1062) so the caller learns that another writer got there first.
    /// Returns the inbox rows written.
    /// </summary>
    public static async Task<int> EnqueueManyAsync(DbConnection connection, DbTransaction? transaction, DateTimeOffset now,
        IReadOnlyList<Notice> notices, CancellationToken ct, bool failOnDuplicate = false)
    {
        if (notices.Count == 0)
        {
            return 0;
        }

        var dedupe = !failOnDuplicate && notices.Any(n => n.DedupeKey is not null) ? OnDuplicate : null;
        var inbox = new MultiRowInsert("member_inbox", "member_id", "kind", "payload", "dedupe_key", "created_at") { OnDuplicate = dedupe };
        var outbox = new MultiRowInsert("notification_outbox",
            "member_id", "kind", "payload", "dedupe_key", "status", "attempts", "next_attempt_at", "created_at") { OnDuplicate = dedupe };
        var at = now.UtcDateTime;
        foreach (var notice in notices)
        {
            var payload = JsonSerializer.Serialize(notice.Payload, JsonSerializerOptions.Web);
            inbox.Row(notice.MemberId, notice.Kind, payload, notice.DedupeKey, at);
            if (!NotificationKinds.InboxOnly.Contains(notice.Kind))
            {
                outbox.Row(notice.MemberId, notice.Kind, payload, notice.DedupeKey, "pending", 0, at, at);
            }
        }

        var written = await inbox.ExecuteAsync(connection, transaction, ct);
        await outbox.ExecuteAsync(connection, transaction, ct);
        return written;
    }

    /// <summary>Members per statement of <see cref="EnqueueForEachAsync"/>: what it holds in memory at once.</summary>
    public const int FanOutChunk = 500;

    /// <summary>
    /// Tells every member that <paramref name="memberIdsSql"/> selects (an organisation's subtree: tens of thousands), in the
    /// caller's transaction, <see cref="FanOutChunk"/> members at a time: never more than one chunk of ids and one statement in
    /// memory. The query must select member ids above <c>@After</c> in ascending order with <c>LIMIT @Take</c>; its other
    /// parameters come from <paramref name="parameters"/>. Returns how many members were told.
    /// </summary>
    public static async Task<int> EnqueueForEachAsync(DbConnection connection, DbTransaction? transaction, DateTimeOffset now,
        string memberIdsSql, object parameters, Func<long, Notice> notice, CancellationToken ct)
    {
        var total = 0;
        var after = 0L;
        while (true)
        {
            var args = new DynamicParameters(parameters);
            args.Add("After", after);
            args.Add("Take", FanOutChunk);
            var ids = (await connection.QueryAsync<long>(new CommandDefinition(memberIdsSql, args, transaction, cancellationToken: ct))).AsList();
            if (ids.Count == 0)
            {
                return total;
            }

            await EnqueueManyAsync(connection, transaction, now, ids.Select(notice).ToList(), ct);
            total += ids.Count;
            if (ids.Count < FanOutChunk)
            {
                return total;
            }

            after = ids[^1];
        }
    }
}

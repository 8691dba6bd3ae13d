using System.Data.Common;
using System.Text.Json;
using Dapper;

namespace UnionHub.Api.Platform;

/// <summary>Kinds of member notifications; each maps to one subscribe-message template.</summary>
public static class NotificationKinds
{
    public const string ClaimSucceeded = "perk.claim_succeeded";
    public const string VoucherExpiring = "voucher.expiring";
    public const string FundDecided = "fund.decided";
    public const string FundPaid = "fund.paid";
    public const string CaseProgress = "legal_case.progress";
    public const string HardshipDecided = "hardship.decided";
}

/// <summary>
/// The notification outbox: call <see cref="EnqueueAsync"/> inside the transaction that makes the change the member is
/// told about, so the notice exists exactly when the change committed. A background worker delivers due rows.
/// The payload must hold no personal data (ids, titles, amounts, dates only).
/// </summary>
public static class Outbox
{
    private const string Insert = """
        INSERT INTO notification_outbox (member_id, kind, payload, dedupe_key, status, attempts, next_attempt_at, created_at)
        VALUES (@MemberId, @Kind, @Payload, @DedupeKey, 'pending', 0, @Now, @Now)
        """;

    private const string InsertOnce = Insert + " ON DUPLICATE KEY UPDATE id = id";

    /// <param name="dedupeKey">When set, a second enqueue with the same key is a no-op (e.g. "voucher.expiring:123").</param>
    public static Task EnqueueAsync(DbConnection connection, DbTransaction? transaction, DateTimeOffset now,
        long memberId, string kind, object payload, CancellationToken ct, string? dedupeKey = null) =>
        connection.ExecuteAsync(new CommandDefinition(dedupeKey is null ? Insert : InsertOnce, new
        {
            MemberId = memberId,
            Kind = kind,
            Payload = JsonSerializer.Serialize(payload, JsonSerializerOptions.Web),
            DedupeKey = dedupeKey,
            Now = now.UtcDateTime,
        }, transaction, cancellationToken: ct));

    /// <summary>One notice for <see cref="EnqueueManyAsync"/>.</summary>
    public sealed record Notice(long MemberId, string Kind, object Payload, string? DedupeKey = null);

    /// <summary>
    /// Enqueues several notices with ONE multi-row INSERT (the claim combiner's batches of up to 256): one round trip
    /// inside the caller's transaction. Notices with a dedupe key already present are skipped.
    /// </summary>
    public static Task EnqueueManyAsync(DbConnection connection, DbTransaction? transaction, DateTimeOffset now,
        IReadOnlyList<Notice> notices, CancellationToken ct)
    {
        if (notices.Count == 0)
        {
            return Task.CompletedTask;
        }

        var insert = new MultiRowInsert("notification_outbox",
            "member_id", "kind", "payload", "dedupe_key", "status", "attempts", "next_attempt_at", "created_at")
        {
            OnDuplicate = notices.Any(n => n.DedupeKey is not null) ? "ON DUPLICATE KEY UPDATE id = id" : null,
        };
        foreach (var notice in notices)
        {
            insert.Row(notice.MemberId, notice.Kind, JsonSerializer.Serialize(notice.Payload, JsonSerializerOptions.Web), notice.DedupeKey,
                "pending", 0, now.UtcDateTime, now.UtcDateTime);
        }

        return insert.ExecuteAsync(connection, transaction, ct);
    }
}

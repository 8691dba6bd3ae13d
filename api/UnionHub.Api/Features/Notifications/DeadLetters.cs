using System.Globalization;
using UnionHub.Api.Platform;

namespace UnionHub.Api.Features.Notifications;

/// <summary>
/// GET /admin/notifications/dead-letters: notifications that exhausted their attempts (or can never be sent as configured),
/// newest first. POST /admin/notifications/{id}/requeue: a dead one goes back to pending with a fresh set of attempts.
/// </summary>
public static class DeadLetters
{
    public sealed record Notification(string Id, string MemberId, string Kind, string Status, int Attempts, string? LastError,
        DateTimeOffset CreatedAt, DateTimeOffset? LastAttemptAt, DateTimeOffset NextAttemptAt, DateTimeOffset? SentAt);

    internal sealed class Row
    {
        public long Id { get; set; }
        public long MemberId { get; set; }
        public string Kind { get; set; } = "";
        public string Status { get; set; } = "";
        public int Attempts { get; set; }
        public string? LastError { get; set; }
        public DateTime CreatedAt { get; set; }
        public DateTime? LastAttemptAt { get; set; }
        public DateTime NextAttemptAt { get; set; }
        public DateTime? SentAt { get; set; }

        public Notification View() => new(Id.ToString(CultureInfo.InvariantCulture), MemberId.ToString(CultureInfo.InvariantCulture), Kind,
            Status, Attempts, LastError, CreatedAt.ToChina(), LastAttemptAt.ToChina(), NextAttemptAt.ToChina(), SentAt.ToChina());
    }

    internal const string Columns = """
        id, member_id AS MemberId, kind, status, attempts, last_error AS LastError, created_at AS CreatedAt,
        last_attempt_at AS LastAttemptAt, next_attempt_at AS NextAttemptAt, sent_at AS SentAt
        """;
}

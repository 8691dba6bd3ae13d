using System.Globalization;
using Dapper;
using Microsoft.AspNetCore.Http.HttpResults;
using MySqlConnector;
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

    private sealed class Row
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

    private const string Columns = """
        id, member_id AS MemberId, kind, status, attempts, last_error AS LastError, created_at AS CreatedAt,
        last_attempt_at AS LastAttemptAt, next_attempt_at AS NextAttemptAt, sent_at AS SentAt
        """;

    private const string SelectDead = "SELECT " + Columns + """
         FROM notification_outbox WHERE status = 'dead' AND id < @After AND (@Kind IS NULL OR kind = @Kind)
        ORDER BY id DESC LIMIT @Take
        """;

    public static async Task<Results<Ok<Page<Notification>>, ProblemHttpResult>> List(
        MySqlDataSource db, CancellationToken ct, string? kind = null, int? limit = null, string? cursor = null)
    {
        if (Paging.After(cursor) is not { } after)
        {
            return Problems.BadCursor();
        }

        var take = Paging.Limit(limit);
        await using var conn = await db.OpenConnectionAsync(ct);
        var rows = (await conn.QueryAsync<Row>(new CommandDefinition(SelectDead,
            new { After = after, Kind = string.IsNullOrWhiteSpace(kind) ? null : kind.Trim(), Take = take + 1 }, cancellationToken: ct))).ToList();
        var page = Paging.Build(rows, take, r => r.Id);
        return TypedResults.Ok(new Page<Notification>(page.Items.Select(r => r.View()).ToList(), page.NextCursor));
    }

    private const string RequeueSql = """
        UPDATE notification_outbox SET status = 'pending', attempts = 0, next_attempt_at = @Now, locked_until = NULL, claim_token = NULL
        WHERE id = @Id AND status = 'dead'
        """;

    public static async Task<Results<Ok<Notification>, ProblemHttpResult>> Requeue(
        string id, HttpContext http, MySqlDataSource db, TimeProvider clock, CancellationToken ct)
    {
        if (!long.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var notificationId) || notificationId <= 0)
        {
            return Problems.NotFound("notification");
        }

        await using var conn = await db.OpenConnectionAsync(ct);
        await using var tx = await conn.BeginTransactionAsync(ct);
        var changed = await conn.ExecuteAsync(new CommandDefinition(RequeueSql,
            new { Id = notificationId, Now = clock.GetUtcNow().UtcDateTime }, tx, cancellationToken: ct));
        var row = await conn.QuerySingleOrDefaultAsync<Row>(new CommandDefinition(
            "SELECT " + Columns + " FROM notification_outbox WHERE id = @Id", new { Id = notificationId }, tx, cancellationToken: ct));
        if (row is null)
        {
            return Problems.NotFound("notification");
        }

        if (changed != 1)
        {
            await tx.RollbackAsync(ct);
            return Problems.Create(409, "notification.not_dead", "Only a dead notification can be requeued.", $"The notification is {row.Status}.");
        }

        await Audit.WriteAsync(conn, tx, http, "notification.requeue", "notification_outbox", row.Id.ToString(CultureInfo.InvariantCulture),
            new { row.Kind }, ct);
        await tx.CommitAsync(ct);
        return TypedResults.Ok(row.View());
    }
}

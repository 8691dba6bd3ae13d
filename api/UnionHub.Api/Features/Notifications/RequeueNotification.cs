using System.Globalization;
using Dapper;
using Microsoft.AspNetCore.Http.HttpResults;
using MySqlConnector;
using UnionHub.Api.Platform;
using static UnionHub.Api.Features.Notifications.DeadLetters;

namespace UnionHub.Api.Features.Notifications;

public static class RequeueNotification
{
    private const string RequeueSql = """
        UPDATE notification_outbox SET status = 'pending', attempts = 0, next_attempt_at = @Now, locked_until = NULL, claim_token = NULL
        WHERE id = @Id AND status = 'dead'
        """;

    public static async Task<Results<Ok<Notification>, ProblemHttpResult>> Handle(
        string id, HttpContext http, Transactions transactions, TimeProvider clock, CancellationToken ct)
    {
        if (Ids.Parse(id) is not { } notificationId)
        {
            return Problems.NotFound("notification");
        }

        return await transactions.RunAsync<Results<Ok<Notification>, ProblemHttpResult>>(async (conn, tx) =>
        {
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
                return Problems.Create(409, NotificationProblems.NotificationNotDead, "Only a dead notification can be requeued.", $"The notification is {row.Status}.");
            }

            await Audit.WriteAsync(conn, tx, http, "notification.requeue", "notification_outbox", row.Id.ToString(CultureInfo.InvariantCulture),
                new { row.Kind }, ct);
            return TypedResults.Ok(row.View());
        }, ct);
    }
}

using Dapper;
using Microsoft.AspNetCore.Http.HttpResults;
using MySqlConnector;
using UnionHub.Api.Platform;
using static UnionHub.Api.Features.Notifications.DeadLetters;

namespace UnionHub.Api.Features.Notifications;

public static class ListDeadNotifications
{
    private const string SelectDead = "SELECT " + Columns + """
         FROM notification_outbox WHERE status = 'dead' AND id < @After AND (@Kind IS NULL OR kind = @Kind)
        ORDER BY id DESC LIMIT @Take
        """;

    public static async Task<Results<Ok<Page<Notification>>, ProblemHttpResult>> Handle(
        MySqlDataSource db, CancellationToken ct, string? kind = null, int? limit = null, string? cursor = null)
    {
        if (Paging.Read(limit, cursor, out var paging) is { } badCursor)
        {
            return badCursor;
        }

        await using var conn = await db.OpenConnectionAsync(ct);
        var rows = (await conn.QueryAsync<Row>(new CommandDefinition(SelectDead,
            new { After = paging.After, Kind = string.IsNullOrWhiteSpace(kind) ? null : kind.Trim(), Take = paging.Fetch }, cancellationToken: ct))).ToList();
        var page = paging.Build(rows, r => r.Id);
        return TypedResults.Ok(new Page<Notification>(page.Items.Select(r => r.View()).ToList(), page.NextCursor));
    }
}

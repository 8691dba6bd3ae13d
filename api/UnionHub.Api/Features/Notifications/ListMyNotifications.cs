using Dapper;
using Microsoft.AspNetCore.Http.HttpResults;
using MySqlConnector;
using UnionHub.Api.Platform;
using static UnionHub.Api.Features.Notifications.Inbox;

namespace UnionHub.Api.Features.Notifications;

public static class ListMyNotifications
{
    private const string SelectPage = "SELECT " + Columns + """
         FROM member_inbox WHERE member_id = @MemberId AND id < @After
        ORDER BY id DESC LIMIT @Take
        """;

    public static async Task<Results<Ok<InboxPage>, ProblemHttpResult>> Handle(
        HttpContext http, MySqlDataSource db, PiiProtector pii, CancellationToken ct, int? limit = null, string? cursor = null)
    {
        if (Paging.Read(limit, cursor, out var paging) is { } badCursor)
        {
            return badCursor;
        }

        var memberId = http.User.MemberId()!.Value;
        await using var conn = await db.OpenConnectionAsync(ct);
        var rows = (await conn.QueryAsync<Row>(new CommandDefinition(SelectPage,
            new { MemberId = memberId, After = paging.After, Take = paging.Fetch }, cancellationToken: ct))).AsList();
        var page = paging.Build(rows, r => r.Id);
        var unread = await UnreadAsync(conn, null, memberId, ct);
        return TypedResults.Ok(new InboxPage(await ViewsAsync(conn, page.Items, ct, memberId, pii), page.NextCursor, unread));
    }
}

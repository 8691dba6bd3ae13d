using System.Data.Common;
using Dapper;
using UnionHub.Api.Platform;

namespace UnionHub.Api.Features.Notifications;

/// <summary>
/// The member's in-app inbox (<c>member_inbox</c>): every notice <see cref="Outbox"/> writes, newest first, with titles and texts
/// rendered by <see cref="NotificationTexts"/>. A member sees and marks only their own rows: another member's id is 404.
/// </summary>
public static class Inbox
{
    public sealed record Item(string Id, string Kind, string Title, string Text, string? Link, DateTimeOffset CreatedAt, DateTimeOffset? ReadAt);

    /// <summary>A page of the inbox (<c>{ items, nextCursor }</c> as every list) and how many of the member's notices are unread.</summary>
    public sealed record InboxPage(IReadOnlyList<Item> Items, string? NextCursor, int UnreadCount);

    public sealed record Unread(int UnreadCount);

    internal sealed class Row
    {
        public long Id { get; set; }
        public string Kind { get; set; } = "";
        public string Payload { get; set; } = "";
        public DateTime CreatedAt { get; set; }
        public DateTime? ReadAt { get; set; }
    }

    internal const string Columns = "id, kind, payload, created_at AS CreatedAt, read_at AS ReadAt";

    private const string CountUnread = "SELECT COUNT(*) FROM member_inbox WHERE member_id = @MemberId AND read_at IS NULL";

    internal static Task<int> UnreadAsync(DbConnection conn, DbTransaction? tx, long memberId, CancellationToken ct) =>
        conn.ExecuteScalarAsync<int>(new CommandDefinition(CountUnread, new { MemberId = memberId }, tx, cancellationToken: ct));

    /// <summary>The rows as the member reads them; a broadcast's text and link are read from its <c>org_broadcast</c> row.</summary>
    internal static async Task<List<Item>> ViewsAsync(DbConnection conn, IReadOnlyList<Row> rows, CancellationToken ct)
    {
        var broadcastIds = rows.Where(r => r.Kind == NotificationKinds.Broadcast).Select(r => BroadcastId(r.Payload)).OfType<long>().Distinct().ToArray();
        var broadcasts = broadcastIds.Length == 0 ? [] : (await conn.QueryAsync<(long Id, string Body, string? Link)>(new CommandDefinition(
            "SELECT id, body, link FROM org_broadcast WHERE id IN @broadcastIds", new { broadcastIds }, cancellationToken: ct)))
            .ToDictionary(b => b.Id, b => new NotificationTexts.Text("", b.Body, b.Link));
        return rows.Select(row =>
        {
            var extra = row.Kind == NotificationKinds.Broadcast && BroadcastId(row.Payload) is { } b ? broadcasts.GetValueOrDefault(b) : null;
            var text = NotificationTexts.Render(row.Kind, row.Payload, extra);
            return new Item(row.Id.Text(), row.Kind, text.Title, text.Body, text.Link, row.CreatedAt.ToChina(), row.ReadAt.ToChina());
        }).ToList();
    }

    private static long? BroadcastId(string payload)
    {
        try
        {
            return System.Text.Json.JsonDocument.Parse(payload).RootElement.TryGetProperty("broadcastId", out var id) ? Ids.Parse(id.GetString()) : null;
        }
        catch (System.Text.Json.JsonException)
        {
            return null;
        }
    }
}

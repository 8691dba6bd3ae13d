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

    /// <summary>The rows as the member reads them; a broadcast's text and link are read from its <c>org_broadcast</c> row, and the
    /// reason a mutual-aid claim of the member's was rejected from the claim (encrypted there: it never enters a payload or a push).</summary>
    internal static async Task<List<Item>> ViewsAsync(DbConnection conn, IReadOnlyList<Row> rows, CancellationToken ct, long memberId,
        PiiProtector pii)
    {
        var broadcastIds = rows.Where(r => r.Kind == NotificationKinds.Broadcast).Select(r => PayloadId(r.Payload, "broadcastId")).OfType<long>()
            .Distinct().ToArray();
        var broadcasts = broadcastIds.Length == 0 ? [] : (await conn.QueryAsync<(long Id, string Body, string? Link)>(new CommandDefinition(
            "SELECT id, body, link FROM org_broadcast WHERE id IN @broadcastIds", new { broadcastIds }, cancellationToken: ct)))
            .ToDictionary(b => b.Id, b => new NotificationTexts.Text("", b.Body, b.Link));
        var claimIds = rows.Where(r => r.Kind == NotificationKinds.MutualAidClaimProgress).Select(r => PayloadId(r.Payload, "claimId")).OfType<long>()
            .Distinct().ToArray();
        var reasons = claimIds.Length == 0 ? [] : (await conn.QueryAsync<(long Id, byte[] ReasonEnc)>(new CommandDefinition(
            "SELECT id, reject_reason_enc FROM mutual_aid_claim WHERE id IN @claimIds AND member_id = @memberId AND reject_reason_enc IS NOT NULL",
            new { claimIds, memberId }, cancellationToken: ct)))
            .ToDictionary(c => c.Id, c => new NotificationTexts.Text("", Mask.InText(pii.Decrypt(c.ReasonEnc)), null));
        return rows.Select(row =>
        {
            var extra = row.Kind switch
            {
                NotificationKinds.Broadcast when PayloadId(row.Payload, "broadcastId") is { } b => broadcasts.GetValueOrDefault(b),
                NotificationKinds.MutualAidClaimProgress when PayloadId(row.Payload, "claimId") is { } c => reasons.GetValueOrDefault(c),
                _ => null,
            };
            var text = NotificationTexts.Render(row.Kind, row.Payload, extra);
            return new Item(row.Id.Text(), row.Kind, text.Title, text.Body, text.Link, row.CreatedAt.ToChina(), row.ReadAt.ToChina());
        }).ToList();
    }

    private static long? PayloadId(string payload, string name)
    {
        try
        {
            return System.Text.Json.JsonDocument.Parse(payload).RootElement.TryGetProperty(name, out var id)
                && id.ValueKind == System.Text.Json.JsonValueKind.String ? Ids.Parse(id.GetString()) : null;
        }
        catch (System.Text.Json.JsonException)
        {
            return null;
        }
    }
}

using Dapper;
using Microsoft.AspNetCore.Http.HttpResults;
using MySqlConnector;
using UnionHub.Api.Features.Members;
using UnionHub.Api.Platform;

namespace UnionHub.Api.Features.Notifications;

/// <summary>
/// POST /admin/orgs/{orgId}/broadcasts: a message from staff over the organisation to every verified member of its subtree,
/// in their inbox (an inbox-only kind: never pushed). At most <see cref="NotificationOptions.BroadcastsPerOrgPerDay"/> per
/// organisation per Beijing day: under the organisation row's lock the n-th takes seq n of the UNIQUE (org_id, day, seq), so
/// parallel requests cannot exceed it; beyond it 429 <c>broadcast.daily_limit</c>. The recipients are written <see cref="Outbox.FanOutChunk"/> at a time
/// (<see cref="Outbox.EnqueueForEachAsync"/>: tens of thousands of members, never more than one chunk in memory) in the
/// broadcast's transaction: all of them or none. Phone and ID numbers in the title and text are masked before they are stored.
/// </summary>
public static class SendBroadcast
{
    public sealed record Request(string? Title, string? Text, string? Link);

    public sealed record Broadcast(string Id, string OrgId, string Title, string Text, string? Link, int Recipients, DateTimeOffset CreatedAt);

    /// <summary>Verified, not deleted members of the subtree of <c>@ScopePath</c>, for <see cref="Outbox.EnqueueForEachAsync"/>.</summary>
    internal static readonly string AudienceSql = $"""
        SELECT m.id FROM member m JOIN org o ON o.id = m.org_id
        WHERE {Scope.Sql("o.path")} AND m.verified_at IS NOT NULL AND m.deleted_at IS NULL AND m.id > @After
        ORDER BY m.id LIMIT @Take
        """;

    private const string Insert = """
        INSERT INTO org_broadcast (org_id, day, seq, title, body, link, created_by, created_at)
        SELECT @OrgId, @Day, COUNT(*) + 1, @Title, @Body, @Link, @StaffId, @Now FROM org_broadcast WHERE org_id = @OrgId AND day = @Day;
        SELECT id, seq FROM org_broadcast WHERE id = LAST_INSERT_ID();
        """;

    public static async Task<Results<Created<Broadcast>, ProblemHttpResult>> Handle(
        string orgId, Request request, HttpContext http, Transactions transactions, IdempotencyScope idem, NotificationOptions options,
        TimeProvider clock, CancellationToken ct)
    {
        var link = string.IsNullOrWhiteSpace(request.Link) ? null : request.Link.Trim();
        var v = new Validator()
            .Required(request.Title, "title", 60)
            .Required(request.Text, "text", 1000)
            .Check(link is null || (link.Length <= 500 && ((link.StartsWith('/') && !link.StartsWith("//", StringComparison.Ordinal))
                || link.StartsWith("https://", StringComparison.Ordinal))), "link", "must be an app path (/...) or an https:// address of at most 500 characters");
        if (!v.IsValid)
        {
            return v.Problem();
        }

        var now = clock.GetUtcNow();
        var day = DateOnly.FromDateTime(now.ToChina().DateTime);
        var title = Mask.InText(request.Title!.Trim());
        var body = Mask.InText(request.Text!.Trim());
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await transactions.RunAsync<Results<Created<Broadcast>, ProblemHttpResult>>(async (conn, tx) =>
                {
                    var org = await Orgs.FindVisibleAsync(conn, tx, await Scope.OfAsync(conn, tx, http.User, ct), Ids.Parse(orgId), ct);
                    if (org is null)
                    {
                        return await idem.RefuseAsync(Problems.NotFound("organisation"), ct);
                    }

                    // the organisation row's lock, taken by writing it (RowLocks: a bare FOR UPDATE, or the no-op SET id = id used until
                    // 2026-12-04, would not serialise two cluster nodes), so one broadcast of the org counts and takes its seq at a time
                    await RowLocks.WriteAsync(conn, tx, RowLocks.Org, org.Id, ct);
                    var (id, seq) = await conn.QuerySingleAsync<(long, int)>(new CommandDefinition(Insert, new
                    {
                        OrgId = org.Id, Day = day.ToDateTime(TimeOnly.MinValue), Title = title, Body = body, Link = link,
                        StaffId = http.User.StaffId()!.Value, Now = now.UtcDateTime,
                    }, tx, cancellationToken: ct));
                    if (seq > Math.Max(0, options.BroadcastsPerOrgPerDay))
                    {
                        return await idem.RefuseAsync(DailyLimit(options), ct); // the insert rolls back with the refusal
                    }

                    var recipients = await Outbox.EnqueueForEachAsync(conn, tx, now, AudienceSql, new { ScopePath = org.Path },
                        member => new Outbox.Notice(member, NotificationKinds.Broadcast, new { broadcastId = id.Text(), title }), ct);
                    await conn.ExecuteAsync(new CommandDefinition("UPDATE org_broadcast SET recipients = @recipients WHERE id = @id",
                        new { recipients, id }, tx, cancellationToken: ct));
                    await Audit.WriteAsync(conn, tx, http, "broadcast.send", "org_broadcast", id.Text(), new { orgId = org.Id.Text(), recipients }, ct);
                    var view = new Broadcast(id.Text(), org.Id.Text(), title, body, link, recipients, now.ToChina());
                    await idem.CompleteAsync(conn, tx, 201, view, ct);
                    return TypedResults.Created($"/api/v1/admin/orgs/{view.OrgId}/broadcasts/{view.Id}", view);
                }, ct);
            }
            catch (MySqlException ex) when (ex.IsDuplicateKey() && attempt < 3)
            {
                // only where the org lock did not serialise (two cluster nodes): a parallel broadcast took this seq, count again
            }
        }
    }

    private static ProblemHttpResult DailyLimit(NotificationOptions options) =>
        Problems.Create(429, NotificationProblems.BroadcastDailyLimit, "This organisation has sent as many broadcasts today as it may.",
            $"At most {options.BroadcastsPerOrgPerDay} broadcasts per organisation per day (Beijing time).",
            new Dictionary<string, object?> { ["limit"] = options.BroadcastsPerOrgPerDay });
}

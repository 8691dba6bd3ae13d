using Dapper;
using Microsoft.AspNetCore.Http.HttpResults;
using MySqlConnector;
using UnionHub.Api.Platform;
using static UnionHub.Api.Features.Identity.AuditLog;

namespace UnionHub.Api.Features.Identity;

public static class ListAudit
{
    private sealed record Row(long Id, DateTime At, string ActorKind, string? ActorId, string Action, string Entity,
        string EntityId, string? ClientIp, string? Details);

    private const string Select = """
        SELECT id, at, actor_kind AS ActorKind, actor_id AS ActorId, action, entity, entity_id AS EntityId,
               client_ip AS ClientIp, details
        FROM audit_log
        WHERE id < @After AND (@Entity IS NULL OR entity = @Entity) AND (@EntityId IS NULL OR entity_id = @EntityId)
        ORDER BY id DESC
        LIMIT @Take
        """;

    public static async Task<Results<Ok<Page<Entry>>, ProblemHttpResult>> Handle(
        MySqlDataSource db, CancellationToken ct, string? entity = null, string? entityId = null, int? limit = null, string? cursor = null)
    {
        if (Paging.Read(limit, cursor, out var paging) is { } badCursor)
        {
            return badCursor;
        }

        await using var conn = await db.OpenConnectionAsync(ct);
        var rows = (await conn.QueryAsync<Row>(new CommandDefinition(Select,
            new { After = paging.After, Entity = entity, EntityId = entityId, Take = paging.Fetch }, cancellationToken: ct))).ToList();
        var page = paging.Build(rows, r => r.Id);
        return TypedResults.Ok(new Page<Entry>(
            page.Items.Select(r => new Entry(r.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), r.At.ToChina(),
                r.ActorKind, r.ActorId, r.Action, r.Entity, r.EntityId, r.ClientIp, r.Details)).ToList(),
            page.NextCursor));
    }
}

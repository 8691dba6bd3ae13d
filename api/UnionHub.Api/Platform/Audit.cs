using System.Data.Common;
using System.Diagnostics;
using System.Text.Json;
using Dapper;

namespace UnionHub.Api.Platform;

/// <summary>Append-only audit rows, written in the same transaction as the change they record.</summary>
public static class Audit
{
    private const string Insert = """
        INSERT INTO audit_log (at, actor_kind, actor_id, action, entity, entity_id, client_ip, trace_id, details)
        VALUES (@At, @ActorKind, @ActorId, @Action, @Entity, @EntityId, @ClientIp, @TraceId, @Details)
        """;

    public static Task WriteAsync(DbConnection connection, DbTransaction transaction, HttpContext http,
        string action, string entity, string entityId, object? details, CancellationToken ct)
    {
        var user = http.User;
        var (kind, id) = user.StaffId() is { } staff ? ("staff", staff.ToString(System.Globalization.CultureInfo.InvariantCulture))
            : user.MemberId() is { } member ? ("member", member.ToString(System.Globalization.CultureInfo.InvariantCulture))
            : user.MerchantKeyId() is { } key ? ("merchant_key", key.ToString(System.Globalization.CultureInfo.InvariantCulture))
            : ("anonymous", (string?)null);
        var now = http.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow();
        return connection.ExecuteAsync(new CommandDefinition(Insert, new
        {
            At = now.UtcDateTime,
            ActorKind = kind,
            ActorId = id,
            Action = action,
            Entity = entity,
            EntityId = entityId,
            ClientIp = DbRateLimit.ClientAddress(http), // a keyed hash of the address (IPv6: its /64), never the address itself
            TraceId = Activity.Current?.TraceId.ToString(),
            Details = details is null ? null : JsonSerializer.Serialize(details, JsonSerializerOptions.Web),
        }, transaction, cancellationToken: ct));
    }
}

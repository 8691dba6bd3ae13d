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

    /// <summary>
    /// The audit row of a background job's change (no request, no caller): actor kind <c>system</c>, the job's name as the actor,
    /// no client address. Written in the job's transaction, as a staff change's row is in the request's.
    /// </summary>
    public static Task WriteSystemAsync(DbConnection connection, DbTransaction transaction, DateTime at, string job,
        string action, string entity, string entityId, object? details, CancellationToken ct) =>
        connection.ExecuteAsync(new CommandDefinition(Insert, new
        {
            At = at,
            ActorKind = "system",
            ActorId = job,
            Action = action,
            Entity = entity,
            EntityId = entityId,
            ClientIp = (string?)null,
            TraceId = Activity.Current?.TraceId.ToString(),
            Details = details is null ? null : JsonSerializer.Serialize(details, JsonSerializerOptions.Web),
        }, transaction, cancellationToken: ct));
}

/// <summary>Endpoint metadata of a route mapped <see cref="StaffReads.WithStaffReadAudit"/> (the OpenAPI document lists <c>reason</c>).</summary>
public sealed record StaffReadMetadata(string Entity, string IdRouteValue);

/// <summary>
/// The one way a staff read of personal data (a case file, a document, an application, a household) is put on record: who
/// (the token), what (entity and id, the other route ids as details) and why (the required <c>reason</c> query parameter).
/// </summary>
public static class StaffReads
{
    public const string ReasonParameter = "reason";
    public const int MaxReasonLength = 200;
    private const string DetailsItem = "StaffReads.Details";

    /// <summary>
    /// A detail the handler adds to the read's audit row (a search's kind and the ids it found); never personal data.
    /// </summary>
    public static void AddDetail(HttpContext http, string name, object? value)
    {
        if (http.Items[DetailsItem] is not Dictionary<string, object?> details)
        {
            http.Items[DetailsItem] = details = [];
        }

        details[name] = value;
    }

    /// <summary>
    /// An endpoint filter that refuses a call without a reason (400 <c>access.reason_required</c>, before anything is read)
    /// and, when the handler answered with the data (not a problem), writes the audit row <c>{entity}.read</c> with the
    /// reason before the answer is sent: if the row cannot be written, the data is not served.
    /// </summary>
    /// <param name="entity">What is read (the audit row's entity; the action is <c>{entity}.read</c>).</param>
    /// <param name="idRouteValue">The route value naming the entity's id.</param>
    /// <param name="parent">For a file of a record: the details' name of the record's id (route value <c>id</c>).</param>
    public static RouteHandlerBuilder WithStaffReadAudit(this RouteHandlerBuilder route, string entity, string idRouteValue = "id",
        string? parent = null) =>
        route.WithMetadata(new StaffReadMetadata(entity, idRouteValue)).AddEndpointFilter(async (context, next) =>
        {
            var http = context.HttpContext;
            var reason = http.Request.Query[ReasonParameter].ToString().Trim();
            if (reason.Length is 0 or > MaxReasonLength)
            {
                return Problems.Create(400, PlatformProblems.AccessReasonRequired, "Say why you read this personal data.",
                    $"The query parameter '{ReasonParameter}' (1-{MaxReasonLength} characters) is required and kept in the audit log.");
            }

            var result = await next(context);
            if (Transactions.IsError(result))
            {
                return result;
            }

            var values = http.Request.RouteValues;
            var details = new Dictionary<string, object?> { ["reason"] = reason };
            if (parent is not null)
            {
                details[parent] = values["id"];
            }

            if (http.Items[DetailsItem] is Dictionary<string, object?> added)
            {
                foreach (var (name, value) in added)
                {
                    details.TryAdd(name, value);
                }
            }

            await http.RequestServices.GetRequiredService<Transactions>().RunAsync((conn, tx) => Audit.WriteAsync(conn, tx, http,
                $"{entity}.read", entity, values[idRouteValue]?.ToString() ?? "", details, http.RequestAborted), http.RequestAborted);
            return result;
        });
}

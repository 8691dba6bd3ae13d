namespace UnionHub.Api.Features.Identity;

/// <summary>GET /admin/audit: the audit trail, newest first, filtered by entity.</summary>
public static class AuditLog
{
    public sealed record Entry(string Id, DateTimeOffset At, string ActorKind, string? ActorId, string Action, string Entity,
        string EntityId, string? ClientIp, string? Details);
}

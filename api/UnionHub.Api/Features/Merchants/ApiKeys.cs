namespace UnionHub.Api.Features.Merchants;

/// <summary>API keys for partner till systems: several per merchant, named, shown once, stored hashed, revocable.</summary>
public static class ApiKeys
{
    public sealed record CreateRequest(string? Name);
    public sealed record Created(string KeyId, string ApiKey, string Name, string Prefix, DateTimeOffset CreatedAt);
    public sealed record KeyInfo(string KeyId, string Name, string Prefix, DateTimeOffset CreatedAt, DateTimeOffset? LastUsedAt,
        DateTimeOffset? RevokedAt);
}

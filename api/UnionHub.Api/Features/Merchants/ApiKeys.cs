using Dapper;
using Microsoft.AspNetCore.Http.HttpResults;
using MySqlConnector;
using UnionHub.Api.Platform;

namespace UnionHub.Api.Features.Merchants;

/// <summary>API keys for partner till systems: several per merchant, named, shown once, stored hashed, revocable.</summary>
public static class ApiKeys
{
    public sealed record CreateRequest(string? Name);
    public sealed record Created(string KeyId, string ApiKey, string Name, string Prefix, DateTimeOffset CreatedAt);
    public sealed record KeyInfo(string KeyId, string Name, string Prefix, DateTimeOffset CreatedAt, DateTimeOffset? LastUsedAt,
        DateTimeOffset? RevokedAt);

    private sealed record KeyRow(long Id, string Name, string KeyPrefix, DateTime CreatedAt, DateTime? LastUsedAt, DateTime? RevokedAt);

    public static async Task<Results<Created<Created>, ProblemHttpResult>> Create(
        string merchantId, CreateRequest? request, HttpContext http, MySqlDataSource db, TimeProvider clock, CancellationToken ct)
    {
        var name = string.IsNullOrWhiteSpace(request?.Name) ? "default" : request.Name.Trim();
        if (name.Length > 100)
        {
            return new Validator().Check(false, "name", "must be at most 100 characters").Problem();
        }

        var id = MerchantsApi.ParseId(merchantId);
        var key = ApiKeyAuthenticationHandler.NewKey();
        var prefix = key[..12];
        var now = clock.GetUtcNow().UtcDateTime;
        await using var conn = await db.OpenConnectionAsync(ct);
        await using var tx = await conn.BeginTransactionAsync(ct);
        var keyId = id is null ? 0 : await conn.ExecuteScalarAsync<long>(new CommandDefinition("""
            INSERT INTO merchant_api_key (merchant_id, name, key_prefix, key_hash, created_at, created_by)
            SELECT id, @name, @prefix, @hash, @now, @by FROM merchant WHERE id = @id;
            SELECT IF(ROW_COUNT() = 1, LAST_INSERT_ID(), 0);
            """, new { id, name, prefix, hash = ApiKeyAuthenticationHandler.Hash(key), now, by = http.User.StaffId() }, tx, cancellationToken: ct));
        if (keyId == 0)
        {
            return Problems.NotFound("merchant");
        }

        await Audit.WriteAsync(conn, tx, http, "merchant_api_key.create", "merchant", ManageMerchants.Inv(id!.Value),
            new { keyId, name, prefix }, ct);
        await tx.CommitAsync(ct);
        var keyIdText = ManageMerchants.Inv(keyId);
        return TypedResults.Created($"/api/v1/admin/merchants/{merchantId}/api-keys", new Created(keyIdText, key, name, prefix, now.ToChina()));
    }

    public static async Task<Results<Ok<IReadOnlyList<KeyInfo>>, ProblemHttpResult>> List(string merchantId, MySqlDataSource db, CancellationToken ct)
    {
        var id = MerchantsApi.ParseId(merchantId);
        await using var conn = await db.OpenConnectionAsync(ct);
        if (id is null || !await conn.ExecuteScalarAsync<bool>(new CommandDefinition("SELECT EXISTS (SELECT 1 FROM merchant WHERE id = @id)",
                new { id }, cancellationToken: ct)))
        {
            return Problems.NotFound("merchant");
        }

        var rows = await conn.QueryAsync<KeyRow>(new CommandDefinition("""
            SELECT id, name, key_prefix AS KeyPrefix, created_at AS CreatedAt, last_used_at AS LastUsedAt, revoked_at AS RevokedAt
            FROM merchant_api_key WHERE merchant_id = @id ORDER BY id DESC
            """, new { id }, cancellationToken: ct));
        return TypedResults.Ok<IReadOnlyList<KeyInfo>>(rows.Select(r => new KeyInfo(ManageMerchants.Inv(r.Id), r.Name, r.KeyPrefix,
            r.CreatedAt.ToChina(), r.LastUsedAt.ToChina(), r.RevokedAt.ToChina())).ToList());
    }

    public static async Task<Results<NoContent, ProblemHttpResult>> Revoke(
        string merchantId, string keyId, HttpContext http, MySqlDataSource db, TimeProvider clock, CancellationToken ct)
    {
        var (mid, kid) = (MerchantsApi.ParseId(merchantId), MerchantsApi.ParseId(keyId));
        await using var conn = await db.OpenConnectionAsync(ct);
        await using var tx = await conn.BeginTransactionAsync(ct);
        var known = mid is not null && kid is not null && await conn.ExecuteScalarAsync<bool>(new CommandDefinition(
            "SELECT EXISTS (SELECT 1 FROM merchant_api_key WHERE id = @kid AND merchant_id = @mid)", new { kid, mid }, tx, cancellationToken: ct));
        if (!known)
        {
            return Problems.NotFound("API key");
        }

        var revoked = await conn.ExecuteAsync(new CommandDefinition(
            "UPDATE merchant_api_key SET revoked_at = @now WHERE id = @kid AND revoked_at IS NULL",
            new { kid, now = clock.GetUtcNow().UtcDateTime }, tx, cancellationToken: ct));
        if (revoked == 1)
        {
            await Audit.WriteAsync(conn, tx, http, "merchant_api_key.revoke", "merchant", ManageMerchants.Inv(mid!.Value), new { keyId = kid }, ct);
        }

        await tx.CommitAsync(ct);
        return TypedResults.NoContent(); // revoking a revoked key is a no-op, not an error
    }
}

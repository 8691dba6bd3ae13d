using Dapper;
using Microsoft.AspNetCore.Http.HttpResults;
using MySqlConnector;
using UnionHub.Api.Platform;
using static UnionHub.Api.Features.Merchants.ApiKeys;

namespace UnionHub.Api.Features.Merchants;

public static class ListMerchantApiKeys
{
    private sealed record KeyRow(long Id, string Name, string KeyPrefix, DateTime CreatedAt, DateTime? LastUsedAt, DateTime? RevokedAt);

    public static async Task<Results<Ok<IReadOnlyList<KeyInfo>>, ProblemHttpResult>> Handle(string merchantId, MySqlDataSource db, CancellationToken ct)
    {
        var id = Ids.Parse(merchantId);
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
}

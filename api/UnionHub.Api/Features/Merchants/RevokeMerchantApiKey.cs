using Dapper;
using Microsoft.AspNetCore.Http.HttpResults;
using MySqlConnector;
using UnionHub.Api.Platform;

namespace UnionHub.Api.Features.Merchants;

public static class RevokeMerchantApiKey
{
    public static async Task<Results<NoContent, ProblemHttpResult>> Handle(
        string merchantId, string keyId, HttpContext http, Transactions transactions, TimeProvider clock, CancellationToken ct)
    {
        var (mid, kid) = (Ids.Parse(merchantId), Ids.Parse(keyId));
        return await transactions.RunAsync<Results<NoContent, ProblemHttpResult>>(async (conn, tx) =>
        {
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

            return TypedResults.NoContent(); // revoking a revoked key is a no-op, not an error
        }, ct);
    }
}

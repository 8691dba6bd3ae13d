using Dapper;
using Microsoft.AspNetCore.Http.HttpResults;
using MySqlConnector;
using UnionHub.Api.Platform;
using static UnionHub.Api.Features.Merchants.ApiKeys;

namespace UnionHub.Api.Features.Merchants;

public static class CreateMerchantApiKey
{
    public static async Task<Results<Created<ApiKeys.Created>, ProblemHttpResult>> Handle(
        string merchantId, CreateRequest? request, HttpContext http, Transactions transactions, TimeProvider clock, CancellationToken ct)
    {
        var name = string.IsNullOrWhiteSpace(request?.Name) ? "default" : request.Name.Trim();
        if (name.Length > 100)
        {
            return new Validator().Check(false, "name", "must be at most 100 characters").Problem();
        }

        var id = Ids.Parse(merchantId);
        var key = ApiKeyAuthenticationHandler.NewKey();
        var prefix = key[..12];
        var now = clock.GetUtcNow().UtcDateTime;
        return await transactions.RunAsync<Results<Created<ApiKeys.Created>, ProblemHttpResult>>(async (conn, tx) =>
        {
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
            var keyIdText = ManageMerchants.Inv(keyId);
            return TypedResults.Created($"/api/v1/admin/merchants/{merchantId}/api-keys", new ApiKeys.Created(keyIdText, key, name, prefix, now.ToChina()));
        }, ct);
    }
}

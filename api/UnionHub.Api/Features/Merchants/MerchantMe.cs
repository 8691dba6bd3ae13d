using Dapper;
using Microsoft.AspNetCore.Http.HttpResults;
using MySqlConnector;
using UnionHub.Api.Platform;
using static UnionHub.Api.Features.Merchants.ManageMerchants;

namespace UnionHub.Api.Features.Merchants;

public static class MerchantMe
{
    public static async Task<Results<Ok<MeResponse>, ProblemHttpResult>> Handle(HttpContext http, MySqlDataSource db, CancellationToken ct)
    {
        var merchantId = http.User.MerchantId()!.Value;
        await using var conn = await db.OpenConnectionAsync(ct);
        var name = await conn.ExecuteScalarAsync<string?>(new CommandDefinition("SELECT name FROM merchant WHERE id = @merchantId",
            new { merchantId }, cancellationToken: ct));
        return name is null
            ? Problems.NotFound("merchant")
            : TypedResults.Ok(new MeResponse(Inv(merchantId), name, http.User.MerchantKeyId() is null ? "staff" : "api_key"));
    }
}

using Dapper;
using Microsoft.AspNetCore.Http.HttpResults;
using MySqlConnector;
using UnionHub.Api.Platform;
using static UnionHub.Api.Features.Merchants.ManageMerchants;

namespace UnionHub.Api.Features.Merchants;

public static class GetMerchant
{
    private sealed record StoreRow(long Id, string Name, string? Address, DateTime CreatedAt);

    public static async Task<Results<Ok<Merchant>, ProblemHttpResult>> Handle(string merchantId, MySqlDataSource db, CancellationToken ct)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        var row = Ids.Parse(merchantId) is { } id
            ? await conn.QuerySingleOrDefaultAsync<MerchantRow>(new CommandDefinition(SelectMerchant + " WHERE id = @id", new { id }, cancellationToken: ct))
            : null;
        if (row is null)
        {
            return Problems.NotFound("merchant");
        }

        var stores = await conn.QueryAsync<StoreRow>(new CommandDefinition(
            "SELECT id, name, address, created_at AS CreatedAt FROM merchant_store WHERE merchant_id = @id ORDER BY id",
            new { id = row.Id }, cancellationToken: ct));
        return TypedResults.Ok(row.ToDto(stores.Select(s => new Store(Inv(s.Id), s.Name, s.Address, s.CreatedAt.ToChina())).ToList()));
    }
}

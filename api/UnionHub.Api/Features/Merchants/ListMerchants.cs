using Dapper;
using Microsoft.AspNetCore.Http.HttpResults;
using MySqlConnector;
using UnionHub.Api.Platform;
using static UnionHub.Api.Features.Merchants.ManageMerchants;

namespace UnionHub.Api.Features.Merchants;

public static class ListMerchants
{
    public static async Task<Results<Ok<Page<Merchant>>, ProblemHttpResult>> Handle(
        MySqlDataSource db, CancellationToken ct, int? limit = null, string? cursor = null)
    {
        if (Paging.After(cursor) is not { } after)
        {
            return Problems.BadCursor();
        }

        var take = Paging.Limit(limit);
        await using var conn = await db.OpenConnectionAsync(ct);
        var rows = (await conn.QueryAsync<MerchantRow>(new CommandDefinition(
            SelectMerchant + " WHERE id < @after ORDER BY id DESC LIMIT @take", new { after, take = take + 1 }, cancellationToken: ct))).ToList();
        var page = Paging.Build(rows, take, r => r.Id);
        return TypedResults.Ok(new Page<Merchant>(page.Items.Select(r => r.ToDto()).ToList(), page.NextCursor));
    }
}

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
        if (Paging.Read(limit, cursor, out var paging) is { } badCursor)
        {
            return badCursor;
        }

        await using var conn = await db.OpenConnectionAsync(ct);
        var rows = (await conn.QueryAsync<MerchantRow>(new CommandDefinition(
            SelectMerchant + " WHERE id < @after ORDER BY id DESC LIMIT @take", new { after = paging.After, take = paging.Fetch }, cancellationToken: ct))).ToList();
        var page = paging.Build(rows, r => r.Id);
        return TypedResults.Ok(new Page<Merchant>(page.Items.Select(r => r.ToDto()).ToList(), page.NextCursor));
    }
}

using Dapper;
using Microsoft.AspNetCore.Http.HttpResults;
using MySqlConnector;
using UnionHub.Api.Platform;
using static UnionHub.Api.Features.Perks.MyVouchers;

namespace UnionHub.Api.Features.Perks;

public static class ListMyVouchers
{
    public static async Task<Results<Ok<Page<VoucherView>>, ProblemHttpResult>> Handle(
        int? limit, string? cursor, HttpContext http, MySqlDataSource db, TimeProvider clock, CancellationToken ct)
    {
        if (Paging.Read(limit, cursor, out var paging) is { } badCursor)
        {
            return badCursor;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        await using var conn = await db.OpenConnectionAsync(ct);
        var rows = (await conn.QueryAsync<Row>(new CommandDefinition(Select + " AND v.id < @after ORDER BY v.id DESC LIMIT @take",
            new { memberId = http.User.MemberId(), after = paging.After, take = paging.Fetch }, cancellationToken: ct))).ToList();
        var page = paging.Build(rows, r => r.Id);
        return TypedResults.Ok(new Page<VoucherView>(page.Items.Select(r => View(r, now)).ToList(), page.NextCursor));
    }
}

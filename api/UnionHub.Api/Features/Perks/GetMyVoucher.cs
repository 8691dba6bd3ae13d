using Dapper;
using Microsoft.AspNetCore.Http.HttpResults;
using MySqlConnector;
using UnionHub.Api.Platform;
using static UnionHub.Api.Features.Perks.MyVouchers;

namespace UnionHub.Api.Features.Perks;

public static class GetMyVoucher
{
    public static async Task<Results<Ok<VoucherView>, ProblemHttpResult>> Handle(
        string id, HttpContext http, MySqlDataSource db, TimeProvider clock, CancellationToken ct)
    {
        if (Ids.Parse(id) is not { } voucherId)
        {
            return Problems.NotFound("voucher");
        }

        await using var conn = await db.OpenConnectionAsync(ct);
        var row = await conn.QuerySingleOrDefaultAsync<Row>(new CommandDefinition(Select + " AND v.id = @voucherId",
            new { memberId = http.User.MemberId(), voucherId }, cancellationToken: ct));
        return row is null ? Problems.NotFound("voucher") : TypedResults.Ok(View(row, clock.GetUtcNow().UtcDateTime));
    }
}

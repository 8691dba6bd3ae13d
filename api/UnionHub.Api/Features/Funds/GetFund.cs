using Microsoft.AspNetCore.Http.HttpResults;
using MySqlConnector;
using UnionHub.Api.Platform;
using static UnionHub.Api.Features.Funds.FundFigures;

namespace UnionHub.Api.Features.Funds;

public static class GetFund
{
    public static async Task<Results<Ok<Fund>, ProblemHttpResult>> Handle(string id, HttpContext http, MySqlDataSource db, TimeProvider clock, CancellationToken ct)
    {
        if (Ids.Parse(id) is not { } fundId)
        {
            return Problems.NotFound("fund");
        }

        await using var conn = await db.OpenConnectionAsync(ct);
        if (!await FundRules.IsUsableAsync(conn, null, await Scope.OfAsync(conn, null, http.User, ct), fundId, ct))
        {
            return Problems.NotFound("fund");
        }

        var fund = await LoadAsync(conn, null, fundId, clock.GetUtcNow().UtcDateTime, ct);
        return fund is null ? Problems.NotFound("fund") : TypedResults.Ok(fund);
    }
}

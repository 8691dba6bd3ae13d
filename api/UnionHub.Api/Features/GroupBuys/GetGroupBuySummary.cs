using Microsoft.AspNetCore.Http.HttpResults;
using MySqlConnector;
using UnionHub.Api.Platform;
using static UnionHub.Api.Features.GroupBuys.GroupBuyReports;

namespace UnionHub.Api.Features.GroupBuys;

public static class GetGroupBuySummary
{
    public static async Task<Results<Ok<SummaryResponse>, ProblemHttpResult>> Handle(
        string id, HttpContext http, MySqlDataSource db, TimeProvider clock, CancellationToken ct)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        return await BuildAsync(conn, http, id, clock.GetUtcNow().UtcDateTime, ct) is { } summary
            ? TypedResults.Ok(summary)
            : Problems.NotFound("group-buy");
    }
}

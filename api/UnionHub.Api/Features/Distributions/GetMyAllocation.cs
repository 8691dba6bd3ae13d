using Microsoft.AspNetCore.Http.HttpResults;
using MySqlConnector;
using UnionHub.Api.Platform;
using static UnionHub.Api.Features.Distributions.MyAllocations;

namespace UnionHub.Api.Features.Distributions;

public static class GetMyAllocation
{
    public static async Task<Results<Ok<AllocationDetail>, ProblemHttpResult>> Handle(
        string id, HttpContext http, MySqlDataSource db, CancellationToken ct)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        if (await FindOwnAsync(conn, null, http, id, ct) is not { } row)
        {
            return Problems.NotFound("allocation");
        }

        return TypedResults.Ok(await DetailAsync(conn, null, row, ct));
    }
}

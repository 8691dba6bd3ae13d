using Microsoft.AspNetCore.Http.HttpResults;
using MySqlConnector;
using UnionHub.Api.Platform;

namespace UnionHub.Api.Features.Funds;

/// <summary>
/// POST /admin/orgs/{orgId}/fund-batch-checks?fundId= (org_admin over the organisation, super_admin): what committing the file to
/// <see cref="DeclareFundBatch"/> would do, written nowhere: its data rows, the amount the good ones request and every refused
/// row with its code (the same report the commit answers with 422). Whole-file problems answer as the commit does.
/// </summary>
public static class CheckFundBatch
{
    public static async Task<Results<Ok<DeclareFundBatch.Preview>, ProblemHttpResult>> Handle(
        string orgId, FundBatchFile file, HttpContext http, MySqlDataSource db, PiiProtector pii, TimeProvider clock, CancellationToken ct,
        string? fundId = null)
    {
        var (ready, refused) = await DeclareFundBatch.PrepareAsync(orgId, file, http, db, pii, clock, fundId, null, ct);
        if (refused is not null)
        {
            return refused;
        }

        return TypedResults.Ok(ready!.Preview);
    }
}

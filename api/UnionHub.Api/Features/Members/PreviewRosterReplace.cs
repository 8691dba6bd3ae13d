using Microsoft.AspNetCore.Http.HttpResults;
using MySqlConnector;
using UnionHub.Api.Platform;

namespace UnionHub.Api.Features.Members;

/// <summary>
/// POST /admin/orgs/{orgId}/roster/replace-preview: the roster file read exactly as an upload reads it, nothing written; the
/// answer lists (masked, the first 1,000) the organisation's roster rows that <c>mode=replace</c> would mark left because the
/// file does not list them, with the member bound to each.
/// </summary>
public static class PreviewRosterReplace
{
    public static async Task<Results<Ok<UploadRoster.ReplacePreview>, ProblemHttpResult>> Handle(
        string orgId, HttpContext http, MySqlDataSource db, Transactions transactions, PiiProtector pii, TimeProvider clock, ILoggerFactory logs,
        CancellationToken ct)
    {
        var outcome = await UploadRoster.RunAsync(orgId, http, db, transactions, pii, clock, logs, UploadRoster.Mode.Preview, ct);
        return outcome.Problem is { } problem ? problem : TypedResults.Ok(outcome.Preview!);
    }
}

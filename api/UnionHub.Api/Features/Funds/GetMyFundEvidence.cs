using Microsoft.AspNetCore.Http.HttpResults;
using MySqlConnector;
using UnionHub.Api.Platform;
using static UnionHub.Api.Features.Funds.Evidence;

namespace UnionHub.Api.Features.Funds;

public static class GetMyFundEvidence
{
    public static Task<Results<FileContentHttpResult, ProblemHttpResult>> Handle(
        string id, string fileId, HttpContext http, MySqlDataSource db, CancellationToken ct) =>
        DownloadAsync(id, fileId, http.User.MemberId() ?? -1, http, db, ct);
}

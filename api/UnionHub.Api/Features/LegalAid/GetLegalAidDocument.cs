using Microsoft.AspNetCore.Http.HttpResults;
using MySqlConnector;
using UnionHub.Api.Platform;
using static UnionHub.Api.Features.LegalAid.Documents;

namespace UnionHub.Api.Features.LegalAid;

public static class GetLegalAidDocument
{
    public static Task<Results<FileContentHttpResult, ProblemHttpResult>> Handle(
        string id, string documentId, HttpContext http, MySqlDataSource db, CancellationToken ct) =>
        DownloadAsync(id, documentId, http, db, ct);
}

using Dapper;
using Microsoft.AspNetCore.Http.HttpResults;
using MySqlConnector;
using UnionHub.Api.Platform;

namespace UnionHub.Api.Features.MutualAid;

/// <summary>GET /admin/mutual-aid/claims/{id}/documents/{fileId}?reason=: one document of a claim of the caller's subtree (audited).</summary>
public static class GetMutualAidClaimDocument
{
    private sealed class FileRow
    {
        public string ContentType { get; set; } = "";
        public byte[] Data { get; set; } = [];
    }

    private static readonly string SelectFile = $"""
        SELECT d.content_type AS ContentType, d.data
        FROM mutual_aid_claim_document d JOIN mutual_aid_claim c ON c.id = d.claim_id JOIN mutual_aid_plan p ON p.id = c.plan_id
        WHERE d.id = @FileId AND d.claim_id = @ClaimId AND {MutualAidRules.PlanInScopeSql}
        """;

    public static async Task<Results<FileContentHttpResult, ProblemHttpResult>> Handle(string id, string fileId, HttpContext http,
        MySqlDataSource db, CancellationToken ct)
    {
        if (Ids.Parse(id) is not { } claimId || Ids.Parse(fileId) is not { } documentId)
        {
            return Problems.NotFound("file");
        }

        await using var conn = await db.OpenConnectionAsync(ct);
        var scope = await Scope.OfAsync(conn, null, http.User, ct);
        var file = scope.Path is null
            ? null
            : await conn.QuerySingleOrDefaultAsync<FileRow>(new CommandDefinition(SelectFile,
                new { FileId = documentId, ClaimId = claimId, ScopePath = scope.Path }, cancellationToken: ct));
        return file is null ? Problems.NotFound("file") : FileUploads.Serve(http, file.Data, file.ContentType, $"claim-document-{documentId.Text()}");
    }
}

using Dapper;
using Microsoft.AspNetCore.Http.HttpResults;
using MySqlConnector;
using UnionHub.Api.Platform;

namespace UnionHub.Api.Features.Bargaining;

public static class GetBargainingDocument
{
    private sealed class FileRow
    {
        public int Step { get; set; }
        public string ContentType { get; set; } = "";
        public byte[] Data { get; set; } = [];
    }

    public static async Task<Results<FileContentHttpResult, ProblemHttpResult>> Handle(
        string id, string documentId, HttpContext http, MySqlDataSource db, CancellationToken ct)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        var scope = await Scope.OfAsync(conn, null, http.User, ct);
        var enterprise = await BargainingRules.FindVisibleAsync(conn, null, scope, Ids.Parse(id), ct);
        if (enterprise is null || Ids.Parse(documentId) is not { } docId)
        {
            return Problems.NotFound("document");
        }

        var file = await conn.QuerySingleOrDefaultAsync<FileRow>(new CommandDefinition("""
            SELECT step, content_type AS ContentType, data FROM bargaining_document WHERE id = @DocId AND enterprise_id = @EnterpriseId
            """, new { DocId = docId, EnterpriseId = enterprise.Id }, cancellationToken: ct));
        if (file is null)
        {
            return Problems.NotFound("document");
        }

        return FileUploads.Serve(http, file.Data, file.ContentType, $"bargaining-{enterprise.Id.Text()}-step{file.Step}-{docId.Text()}");
    }
}

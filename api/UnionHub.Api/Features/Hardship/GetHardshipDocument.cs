using Dapper;
using Microsoft.AspNetCore.Http.HttpResults;
using MySqlConnector;
using UnionHub.Api.Platform;

namespace UnionHub.Api.Features.Hardship;

public static class GetHardshipDocument
{
    private sealed record FileRow(string ContentType, byte[] Data);

    public static async Task<Results<FileContentHttpResult, ProblemHttpResult>> Handle(
        string id, string fileId, HttpContext http, MySqlDataSource db, CancellationToken ct)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        var scope = await Scope.OfAsync(conn, null, http.User, ct);
        var household = await Households.FindVisibleAsync(conn, null, scope, Ids.Parse(id), ct);
        if (household is null || Ids.Parse(fileId) is not { } documentId)
        {
            return Problems.NotFound("file");
        }

        var file = await conn.QuerySingleOrDefaultAsync<FileRow>(new CommandDefinition("""
            SELECT content_type AS ContentType, data FROM hardship_document WHERE id = @documentId AND household_id = @householdId
            """, new { documentId, householdId = household.Id }, cancellationToken: ct));
        if (file is null)
        {
            return Problems.NotFound("file");
        }

        return FileUploads.Serve(http, file.Data, file.ContentType, $"document-{documentId.Text()}");
    }
}

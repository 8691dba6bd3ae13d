using Dapper;
using Microsoft.AspNetCore.Http.HttpResults;
using MySqlConnector;
using UnionHub.Api.Platform;

namespace UnionHub.Api.Features.Hardship;

public static class GetMyHardshipDeclarationDocument
{
    public static async Task<Results<FileContentHttpResult, ProblemHttpResult>> Handle(
        string id, string fileId, HttpContext http, MySqlDataSource db, CancellationToken ct)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        var own = Ids.Parse(id) is { } declarationId && await conn.ExecuteScalarAsync<long?>(new CommandDefinition(
            "SELECT id FROM hardship_declaration WHERE id = @declarationId AND member_id = @memberId",
            new { declarationId, memberId = http.User.MemberId()!.Value }, cancellationToken: ct)) is not null;
        return own ? await DeclarationDocuments.ServeAsync(conn, http, Ids.Parse(id)!.Value, fileId, ct) : Problems.NotFound("file");
    }
}

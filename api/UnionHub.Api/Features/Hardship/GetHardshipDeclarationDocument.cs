using Microsoft.AspNetCore.Http.HttpResults;
using MySqlConnector;
using UnionHub.Api.Platform;

namespace UnionHub.Api.Features.Hardship;

public static class GetHardshipDeclarationDocument
{
    public static async Task<Results<FileContentHttpResult, ProblemHttpResult>> Handle(
        string id, string fileId, HttpContext http, MySqlDataSource db, CancellationToken ct)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        var scope = await Scope.OfAsync(conn, null, http.User, ct);
        var declaration = await Declarations.FindVisibleAsync(conn, null, scope, Ids.Parse(id), ct);
        return declaration is null ? Problems.NotFound("file") : await DeclarationDocuments.ServeAsync(conn, http, declaration.Id, fileId, ct);
    }
}

using System.Data.Common;
using Dapper;
using Microsoft.AspNetCore.Http.HttpResults;
using UnionHub.Api.Platform;

namespace UnionHub.Api.Features.Hardship;

/// <summary>
/// Documents a member attaches to their own declaration (proof of illness, income, an accident): read with the shared
/// <see cref="FileUploads"/> (typed from their bytes, at most 5 MiB, virus-scanned when a scanner is configured,
/// encrypted at rest), at most <see cref="MaxFiles"/> per declaration by a conditional <c>document_count &lt; max</c>
/// update, and only while the declaration is still under review (submitted or past the grassroots review). The member
/// reads their own; staff whose subtree holds the member's org read them with a reason (audited).
/// </summary>
public static class DeclarationDocuments
{
    public const int MaxFiles = 10;

    private sealed record DocumentRow(long Id, string ContentType, int SizeBytes, DateTime CreatedAt);

    private sealed record FileRow(string ContentType, byte[] Data);

    internal static async Task<IReadOnlyList<Households.DocumentFile>> ListAsync(DbConnection conn, DbTransaction? tx, long declarationId,
        CancellationToken ct) =>
        (await conn.QueryAsync<DocumentRow>(new CommandDefinition("""
            SELECT id, content_type AS ContentType, size_bytes AS SizeBytes, created_at AS CreatedAt
            FROM hardship_declaration_document WHERE declaration_id = @declarationId ORDER BY id
            """, new { declarationId }, tx, cancellationToken: ct)))
        .Select(d => new Households.DocumentFile(d.Id.Text(), d.ContentType, d.SizeBytes, d.CreatedAt.ToChina())).ToList();

    /// <summary>Serves one document of <paramref name="declarationId"/> (the caller's right to the declaration already checked).</summary>
    internal static async Task<Results<FileContentHttpResult, ProblemHttpResult>> ServeAsync(DbConnection conn, HttpContext http, long declarationId,
        string fileId, CancellationToken ct)
    {
        if (Ids.Parse(fileId) is not { } documentId)
        {
            return Problems.NotFound("file");
        }

        var file = await conn.QuerySingleOrDefaultAsync<FileRow>(new CommandDefinition("""
            SELECT content_type AS ContentType, data FROM hardship_declaration_document WHERE id = @documentId AND declaration_id = @declarationId
            """, new { documentId, declarationId }, cancellationToken: ct));
        return file is null ? Problems.NotFound("file") : FileUploads.Serve(http, file.Data, file.ContentType, $"document-{documentId.Text()}");
    }
}

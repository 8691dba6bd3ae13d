using Dapper;
using Microsoft.AspNetCore.Http.HttpResults;
using MySqlConnector;
using UnionHub.Api.Platform;

namespace UnionHub.Api.Features.LegalAid;

/// <summary>
/// Documents of a case (contracts, pay slips, dismissal notices...): JPEG, PNG or PDF recognised by their first bytes
/// (<see cref="FileUploads"/>, as for fund evidence), at most <see cref="MaxFiles"/> of <see cref="MaxFileBytes"/>, kept
/// privately in the database. The member adds them until the case is archived; the member, staff in scope and the
/// case's lawyer read them.
/// </summary>
public static class Documents
{
    public const int MaxFiles = 10;
    public const int MaxFileBytes = 5 * 1024 * 1024;

    private sealed record FileRow(string ContentType, byte[] Data);

    internal static async Task<Results<FileContentHttpResult, ProblemHttpResult>> DownloadAsync(
        string id, string documentId, HttpContext http, MySqlDataSource db, Transactions transactions, CancellationToken ct)
    {
        if (Ids.Parse(id) is not { } caseId || Ids.Parse(documentId) is not { } docId)
        {
            return Problems.NotFound("document");
        }

        await using var conn = await db.OpenConnectionAsync(ct);
        var scope = await Scope.OfAsync(conn, null, http.User, ct);
        if (await Cases.FindVisibleAsync(conn, null, scope, caseId, ct) is null)
        {
            return Problems.NotFound("document");
        }

        var file = await conn.QuerySingleOrDefaultAsync<FileRow>(new CommandDefinition(
            "SELECT content_type AS ContentType, data FROM legal_case_document WHERE id = @DocId AND case_id = @CaseId",
            new { DocId = docId, CaseId = caseId }, cancellationToken: ct));
        if (file is null)
        {
            return Problems.NotFound("document");
        }

        if (scope.MemberId is null)
        {
            await transactions.RunAsync((c, tx) => Audit.WriteAsync(c, tx, http, "legal_case_document.read", "legal_case_document",
                LegalAidRules.Id(docId), new { caseId = LegalAidRules.Id(caseId) }, ct), ct);
        }

        return FileUploads.Serve(http, file.Data, file.ContentType, $"document-{LegalAidRules.Id(docId)}");
    }
}

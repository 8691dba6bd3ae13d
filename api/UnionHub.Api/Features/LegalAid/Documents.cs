using System.Security.Cryptography;
using Dapper;
using Microsoft.AspNetCore.Http.HttpResults;
using MySqlConnector;
using UnionHub.Api.Features.Members;
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
    public const long RouteBodyLimit = MaxFileBytes + 64 * 1024;

    private const string Reserve = """
        UPDATE legal_case SET document_count = document_count + 1, updated_at = @Now
        WHERE id = @Id AND member_id = @MemberId AND status NOT IN ('closed', 'refused') AND document_count < @Max
        """;

    private const string Insert = """
        INSERT INTO legal_case_document (case_id, content_type, size_bytes, sha256, data, created_at)
        VALUES (@CaseId, @ContentType, @Size, @Sha, @Data, @Now);
        SELECT LAST_INSERT_ID();
        """;

    private sealed record CaseState(string Status, int DocumentCount);

    public static async Task<Results<Created<Cases.Document>, ProblemHttpResult>> Upload(
        string id, HttpContext http, MySqlDataSource db, TimeProvider clock, CancellationToken ct)
    {
        if (OrgScope.ParseId(id) is not { } caseId)
        {
            return Problems.NotFound("case");
        }

        var (upload, problem) = await FileUploads.ReadAsync(http.Request, MaxFileBytes, "document", "A document", ct);
        if (upload is null)
        {
            return problem!;
        }

        var (data, contentType) = (upload.Data, upload.ContentType);

        var memberId = http.User.MemberId();
        var now = clock.GetUtcNow().UtcDateTime;
        await using var conn = await db.OpenConnectionAsync(ct);
        await using var tx = await conn.BeginTransactionAsync(ct);
        if (await conn.ExecuteAsync(new CommandDefinition(Reserve, new { Id = caseId, MemberId = memberId, Now = now, Max = MaxFiles }, tx,
                cancellationToken: ct)) != 1)
        {
            var state = await conn.QuerySingleOrDefaultAsync<CaseState>(new CommandDefinition(
                "SELECT status, document_count AS DocumentCount FROM legal_case WHERE id = @Id AND member_id = @MemberId",
                new { Id = caseId, MemberId = memberId }, tx, cancellationToken: ct));
            await tx.RollbackAsync(ct);
            return state switch
            {
                null => Problems.NotFound("case"),
                { DocumentCount: >= MaxFiles } => Problems.Create(409, "document.limit_reached", $"A case holds at most {MaxFiles} documents."),
                { } s => Transition.NotOpen(s.Status),
            };
        }

        var documentId = await conn.ExecuteScalarAsync<long>(new CommandDefinition(Insert, new
        {
            CaseId = caseId, ContentType = contentType, Size = data.Length, Sha = SHA256.HashData(data), Data = data, Now = now,
        }, tx, cancellationToken: ct));
        await tx.CommitAsync(ct);
        var view = new Cases.Document(CaseRules.Id(documentId), contentType, data.Length, now.ToChina());
        return TypedResults.Created($"/api/v1/me/legal-aid/cases/{CaseRules.Id(caseId)}/documents/{view.Id}", view);
    }

    public static Task<Results<FileContentHttpResult, ProblemHttpResult>> DownloadMine(
        string id, string documentId, HttpContext http, MySqlDataSource db, CancellationToken ct) =>
        DownloadAsync(id, documentId, Cases.Viewer.Member, http, db, ct);

    public static Task<Results<FileContentHttpResult, ProblemHttpResult>> DownloadAsStaff(
        string id, string documentId, HttpContext http, MySqlDataSource db, CancellationToken ct) =>
        DownloadAsync(id, documentId, Cases.Viewer.Staff, http, db, ct);

    public static Task<Results<FileContentHttpResult, ProblemHttpResult>> DownloadAsLawyer(
        string id, string documentId, HttpContext http, MySqlDataSource db, CancellationToken ct) =>
        DownloadAsync(id, documentId, Cases.Viewer.Lawyer, http, db, ct);

    private sealed record FileRow(string ContentType, byte[] Data);

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> DownloadAsync(
        string id, string documentId, Cases.Viewer viewer, HttpContext http, MySqlDataSource db, CancellationToken ct)
    {
        if (OrgScope.ParseId(id) is not { } caseId || OrgScope.ParseId(documentId) is not { } docId)
        {
            return Problems.NotFound("document");
        }

        await using var conn = await db.OpenConnectionAsync(ct);
        if (await Cases.FindAsync(conn, null, http, viewer, caseId, ct) is null)
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

        if (viewer != Cases.Viewer.Member)
        {
            await using var tx = await conn.BeginTransactionAsync(ct);
            await Audit.WriteAsync(conn, tx, http, "legal_case_document.read", "legal_case_document", CaseRules.Id(docId),
                new { caseId = CaseRules.Id(caseId) }, ct);
            await tx.CommitAsync(ct);
        }

        return FileUploads.Serve(http, file.Data, file.ContentType, $"document-{CaseRules.Id(docId)}");
    }
}

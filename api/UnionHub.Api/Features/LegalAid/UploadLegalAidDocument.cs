using Dapper;
using Microsoft.AspNetCore.Http.HttpResults;
using MySqlConnector;
using UnionHub.Api.Platform;
using static UnionHub.Api.Features.LegalAid.Documents;

namespace UnionHub.Api.Features.LegalAid;

public static class UploadLegalAidDocument
{
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

    public static async Task<Results<Created<Cases.Document>, ProblemHttpResult>> Handle(
        string id, DocumentUpload document, HttpContext http, Transactions transactions, IdempotencyScope idem, TimeProvider clock,
        Microsoft.Extensions.Options.IOptions<LegalAidOptions> options, CancellationToken ct)
    {
        if (Ids.Parse(id) is not { } caseId)
        {
            return Problems.NotFound("case");
        }

        if (document.File is not { } upload)
        {
            return document.Problem!;
        }

        var (data, contentType) = (upload.Data, upload.ContentType);

        var memberId = http.User.MemberId();
        var now = clock.GetUtcNow().UtcDateTime;
        var maxFiles = options.Value.MaxDocumentsPerCase;
        return await transactions.RunAsync<Results<Created<Cases.Document>, ProblemHttpResult>>(async (conn, tx) =>
        {
            if (await conn.ExecuteAsync(new CommandDefinition(Reserve, new { Id = caseId, MemberId = memberId, Now = now, Max = maxFiles }, tx,
                    cancellationToken: ct)) != 1)
            {
                var state = await conn.QuerySingleOrDefaultAsync<CaseState>(new CommandDefinition(
                    "SELECT status, document_count AS DocumentCount FROM legal_case WHERE id = @Id AND member_id = @MemberId",
                    new { Id = caseId, MemberId = memberId }, tx, cancellationToken: ct));
                return state switch
                {
                    null => Problems.NotFound("case"),
                    { } s when s.DocumentCount >= maxFiles => Problems.Create(409, LegalAidProblems.DocumentLimitReached, $"A case holds at most {maxFiles} documents."),
                    { } s => Transition.NotOpen(s.Status),
                };
            }

            // the member's total over all cases, counted under their member row's lock (parallel uploads to two cases wait for each other)
            await MemberQuota.LockAsync(conn, tx, memberId!.Value, ct);
            var held = await conn.ExecuteScalarAsync<long>(new CommandDefinition("""
                SELECT COALESCE(SUM(d.size_bytes), 0) FROM legal_case_document d JOIN legal_case c ON c.id = d.case_id WHERE c.member_id = @MemberId
                LOCK IN SHARE MODE
                """, new { MemberId = memberId }, tx, cancellationToken: ct));
            if (held + data.Length > options.Value.MaxDocumentBytesPerMember)
            {
                return Problems.Create(409, LegalAidProblems.DocumentQuotaExceeded, "Your legal aid documents together would exceed what one member may store.",
                    $"At most {options.Value.MaxDocumentBytesPerMember} bytes; {held} held.",
                    new Dictionary<string, object?> { ["maxBytes"] = options.Value.MaxDocumentBytesPerMember, ["heldBytes"] = held });
            }

            var documentId = await conn.ExecuteScalarAsync<long>(new CommandDefinition(Insert, new
            {
                CaseId = caseId, ContentType = contentType, Size = upload.Size, Sha = upload.Sha256, Data = data, Now = now,
            }, tx, cancellationToken: ct));
            var view = new Cases.Document(LegalAidRules.Id(documentId), contentType, upload.Size, now.ToChina());
            await idem.CompleteAsync(conn, tx, StatusCodes.Status201Created, view, ct);
            return TypedResults.Created($"/api/v1/me/legal-aid/cases/{LegalAidRules.Id(caseId)}/documents/{view.Id}", view);
        }, ct);
    }
}

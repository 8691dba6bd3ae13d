using Dapper;
using Microsoft.AspNetCore.Http.HttpResults;
using MySqlConnector;
using UnionHub.Api.Platform;

namespace UnionHub.Api.Features.Hardship;

public static class UploadHardshipDeclarationDocument
{
    private const string Reserve = """
        UPDATE hardship_declaration SET document_count = document_count + 1, updated_at = @Now
        WHERE id = @Id AND member_id = @MemberId AND status IN ('submitted', 'grassroots_approved') AND document_count < @Max
        """;

    private const string Insert = """
        INSERT INTO hardship_declaration_document (declaration_id, content_type, size_bytes, sha256, data, created_at)
        VALUES (@DeclarationId, @ContentType, @Size, @Sha, @Data, @Now);
        SELECT LAST_INSERT_ID();
        """;

    private sealed record State(string Status, int DocumentCount);

    public static async Task<Results<Created<Households.DocumentFile>, ProblemHttpResult>> Handle(
        string id, DocumentUpload document, HttpContext http, Transactions transactions, IdempotencyScope idem, TimeProvider clock,
        CancellationToken ct)
    {
        if (Ids.Parse(id) is not { } declarationId)
        {
            return Problems.NotFound("declaration");
        }

        if (document.File is not { } upload)
        {
            return document.Problem!;
        }

        var memberId = http.User.MemberId()!.Value;
        var now = clock.GetUtcNow().UtcDateTime;
        return await transactions.RunAsync<Results<Created<Households.DocumentFile>, ProblemHttpResult>>(async (conn, tx) =>
        {
            if (await conn.ExecuteAsync(new CommandDefinition(Reserve,
                    new { Id = declarationId, MemberId = memberId, Now = now, Max = DeclarationDocuments.MaxFiles }, tx, cancellationToken: ct)) != 1)
            {
                var state = await conn.QuerySingleOrDefaultAsync<State>(new CommandDefinition(
                    "SELECT status, document_count AS DocumentCount FROM hardship_declaration WHERE id = @Id AND member_id = @MemberId",
                    new { Id = declarationId, MemberId = memberId }, tx, cancellationToken: ct));
                return state switch
                {
                    null => Problems.NotFound("declaration"),
                    { Status: HardshipRules.Submitted or HardshipRules.GrassrootsApproved } =>
                        Problems.Create(409, HardshipProblems.EvidenceLimitReached, $"A declaration holds at most {DeclarationDocuments.MaxFiles} documents."),
                    { } s => HardshipRules.WrongState("submitted or grassroots_approved", s.Status),
                };
            }

            var fileId = await conn.ExecuteScalarAsync<long>(new CommandDefinition(Insert, new
            {
                DeclarationId = declarationId, upload.ContentType, Size = upload.Size, Sha = upload.Sha256, upload.Data, Now = now,
            }, tx, cancellationToken: ct));
            await Audit.WriteAsync(conn, tx, http, "hardship_declaration_document.upload", "hardship_declaration_document", fileId.Text(),
                new { declarationId = declarationId.Text(), upload.ContentType, size = upload.Size }, ct);
            var view = new Households.DocumentFile(fileId.Text(), upload.ContentType, upload.Size, now.ToChina());
            await idem.CompleteAsync(conn, tx, StatusCodes.Status201Created, view, ct);
            return TypedResults.Created($"/api/v1/me/hardship/declarations/{declarationId.Text()}/documents/{view.Id}", view);
        }, ct);
    }
}

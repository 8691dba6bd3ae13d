using Dapper;
using Microsoft.AspNetCore.Http.HttpResults;
using UnionHub.Api.Platform;

namespace UnionHub.Api.Features.MutualAid;

/// <summary>POST /me/mutual-aid/claims/{id}/documents (idempotent): attach a JPEG, PNG or PDF (the platform's document upload:
/// sniffed, scanned, encrypted before it is stored) to the caller's claim while it awaits review, at most
/// <see cref="MutualAidRules.MaxDocuments"/>.</summary>
public static class UploadMutualAidClaimDocument
{
    public sealed record Document(string Id, string ContentType, int SizeBytes, DateTimeOffset UploadedAt);

    private const string Reserve = """
        UPDATE mutual_aid_claim SET document_count = document_count + 1, updated_at = @Now
        WHERE id = @Id AND member_id = @MemberId AND status = 'submitted' AND document_count < @Max
        """;

    private const string Insert = """
        INSERT INTO mutual_aid_claim_document (claim_id, content_type, size_bytes, sha256, data, created_at)
        VALUES (@ClaimId, @ContentType, @Size, @Sha, @Data, @Now);
        SELECT LAST_INSERT_ID();
        """;

    public static async Task<Results<Created<Document>, ProblemHttpResult>> Handle(string id, DocumentUpload document, HttpContext http,
        Transactions transactions, IdempotencyScope idem, TimeProvider clock, CancellationToken ct)
    {
        if (Ids.Parse(id) is not { } claimId)
        {
            return Problems.NotFound("claim");
        }

        if (document.File is not { } upload)
        {
            return document.Problem!;
        }

        var memberId = http.User.MemberId();
        var now = clock.GetUtcNow().UtcDateTime;
        return await transactions.RunAsync<Results<Created<Document>, ProblemHttpResult>>(async (conn, tx) =>
        {
            if (await conn.ExecuteAsync(new CommandDefinition(Reserve, new { Id = claimId, MemberId = memberId, Now = now, Max = MutualAidRules.MaxDocuments },
                    tx, cancellationToken: ct)) != 1)
            {
                var mine = await conn.ExecuteScalarAsync<bool>(new CommandDefinition(
                    "SELECT EXISTS (SELECT 1 FROM mutual_aid_claim WHERE id = @Id AND member_id = @MemberId)", new { Id = claimId, MemberId = memberId }, tx,
                    cancellationToken: ct));
                return mine
                    ? Problems.Create(409, MutualAidProblems.DocumentsClosed,
                        $"A claim takes at most {MutualAidRules.MaxDocuments} files, and only while it awaits review.")
                    : Problems.NotFound("claim");
            }

            var fileId = await conn.ExecuteScalarAsync<long>(new CommandDefinition(Insert, new
            {
                ClaimId = claimId, upload.ContentType, upload.Size, Sha = upload.Sha256, upload.Data, Now = now,
            }, tx, cancellationToken: ct));
            var view = new Document(fileId.Text(), upload.ContentType, upload.Size, now.ToChina());
            await idem.CompleteAsync(conn, tx, StatusCodes.Status201Created, view, ct);
            return TypedResults.Created($"/api/v1/admin/mutual-aid/claims/{claimId.Text()}/documents/{view.Id}", view);
        }, ct);
    }
}

using Dapper;
using Microsoft.AspNetCore.Http.HttpResults;
using MySqlConnector;
using UnionHub.Api.Platform;
using static UnionHub.Api.Features.Hardship.HouseholdDocuments;

namespace UnionHub.Api.Features.Hardship;

public static class UploadHardshipDocument
{
    private const string Reserve = """
        UPDATE hardship_household SET document_count = document_count + 1, updated_at = @Now
        WHERE id = @Id AND document_count < @Max
        """;

    private const string Insert = """
        INSERT INTO hardship_document (household_id, content_type, size_bytes, sha256, data, created_by, created_at)
        VALUES (@HouseholdId, @ContentType, @Size, @Sha, @Data, @StaffId, @Now);
        SELECT LAST_INSERT_ID();
        """;

    public static async Task<Results<Created<Households.DocumentFile>, ProblemHttpResult>> Handle(
        string id, DocumentUpload document, HttpContext http, Transactions transactions, IdempotencyScope idem, TimeProvider clock,
        CancellationToken ct)
    {
        if (document.File is not { } upload)
        {
            return document.Problem!;
        }

        return await transactions.RunAsync<Results<Created<Households.DocumentFile>, ProblemHttpResult>>(async (conn, tx) =>
        {
            var scope = await Scope.OfAsync(conn, tx, http.User, ct);
            var household = await Households.FindVisibleAsync(conn, tx, scope, Ids.Parse(id), ct);
            if (household is null)
            {
                return Problems.NotFound("household");
            }

            var now = clock.GetUtcNow().UtcDateTime;
            if (await conn.ExecuteAsync(new CommandDefinition(Reserve, new { household.Id, Now = now, Max = MaxFiles }, tx, cancellationToken: ct)) != 1)
            {
                return Problems.Create(409, HardshipProblems.EvidenceLimitReached, $"A case file holds at most {MaxFiles} documents.");
            }

            var fileId = await conn.ExecuteScalarAsync<long>(new CommandDefinition(Insert, new
            {
                HouseholdId = household.Id, upload.ContentType, Size = upload.Size, Sha = upload.Sha256, upload.Data,
                StaffId = http.User.StaffId()!.Value, Now = now,
            }, tx, cancellationToken: ct));
            await Audit.WriteAsync(conn, tx, http, "hardship_document.upload", "hardship_document", fileId.Text(),
                new { householdId = household.Id.Text(), upload.ContentType, size = upload.Size }, ct);
            var view = new Households.DocumentFile(fileId.Text(), upload.ContentType, upload.Size, now.ToChina());
            await idem.CompleteAsync(conn, tx, StatusCodes.Status201Created, view, ct);
            return TypedResults.Created($"/api/v1/admin/hardship/households/{household.Id.Text()}/documents/{view.Id}", view);
        }, ct);
    }
}

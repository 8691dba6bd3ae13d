using Dapper;
using Microsoft.AspNetCore.Http.HttpResults;
using MySqlConnector;
using UnionHub.Api.Platform;
using static UnionHub.Api.Features.Bargaining.Documents;

namespace UnionHub.Api.Features.Bargaining;

public static class UploadBargainingDocument
{
    private const string Insert = """
        INSERT INTO bargaining_document (enterprise_id, step, content_type, size_bytes, sha256, data, created_by, created_at)
        VALUES (@EnterpriseId, @Step, @ContentType, @Size, @Sha, @Data, @StaffId, @Now);
        SELECT LAST_INSERT_ID();
        """;

    public static async Task<Results<Created<Tracker.DocumentView>, ProblemHttpResult>> Handle(
        string id, string step, DocumentUpload document, HttpContext http, Transactions transactions, IdempotencyScope idem, TimeProvider clock,
        CancellationToken ct)
    {
        if (BargainingRules.ParseStep(step) is not { } definition)
        {
            return Problems.Validation(new Dictionary<string, string[]> { ["step"] = ["must be 1-8 or a step key"] });
        }

        if (document.File is not { } upload)
        {
            return document.Problem!;
        }

        return await transactions.RunAsync<Results<Created<Tracker.DocumentView>, ProblemHttpResult>>(async (conn, tx) =>
        {
            var scope = await Scope.OfAsync(conn, tx, http.User, ct);
            if (await BargainingRules.FindVisibleAsync(conn, tx, scope, Ids.Parse(id), ct) is not { } visible)
            {
                return Problems.NotFound("enterprise");
            }

            var now = clock.GetUtcNow().UtcDateTime;
            // the enterprise row lock orders uploads of one enterprise; the count is a locking read, so it sees the uploads committed
            // while this one waited for the lock (a plain read would count the snapshot of the scope read above: ADR 0021)
            var enterprise = await BargainingRules.LockAsync(conn, tx, visible.Id, ct);
            if (definition.Number > enterprise.BargainingStep + 1)
            {
                return Problems.Create(409, BargainingProblems.BargainingStepNotReached, "Documents can be attached to completed steps and the next one.",
                    $"Step {definition.Number} is not reached yet; {enterprise.BargainingStep} steps are done.");
            }

            var count = await conn.ExecuteScalarAsync<int>(new CommandDefinition(
                "SELECT COUNT(*) FROM bargaining_document WHERE enterprise_id = @Id AND step = @Step LOCK IN SHARE MODE",
                new { enterprise.Id, Step = definition.Number }, tx, cancellationToken: ct));
            if (count >= MaxPerStep)
            {
                return Problems.Create(409, BargainingProblems.BargainingDocumentLimit, $"A step holds at most {MaxPerStep} documents.");
            }

            var documentId = await conn.ExecuteScalarAsync<long>(new CommandDefinition(Insert, new
            {
                EnterpriseId = enterprise.Id, Step = definition.Number, upload.ContentType, Size = upload.Size,
                Sha = upload.Sha256, upload.Data, StaffId = http.User.StaffId(), Now = now,
            }, tx, cancellationToken: ct));
            await Audit.WriteAsync(conn, tx, http, "bargaining.document_upload", "bargaining_document", documentId.Text(),
                new { enterpriseId = enterprise.Id.Text(), step = definition.Number, upload.ContentType, size = upload.Size }, ct);
            var view = new Tracker.DocumentView(documentId.Text(), definition.Number, upload.ContentType, upload.Size, now.ToChina());
            await idem.CompleteAsync(conn, tx, StatusCodes.Status201Created, view, ct);
            return TypedResults.Created($"/api/v1/admin/enterprises/{enterprise.Id.Text()}/bargaining/documents/{view.Id}", view);
        }, ct);
    }
}

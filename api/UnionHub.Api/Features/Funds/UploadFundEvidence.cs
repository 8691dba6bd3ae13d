using Dapper;
using Microsoft.AspNetCore.Http.HttpResults;
using MySqlConnector;
using UnionHub.Api.Platform;
using static UnionHub.Api.Features.Funds.Evidence;

namespace UnionHub.Api.Features.Funds;

public static class UploadFundEvidence
{
    private const string Reserve = """
        UPDATE fund_application SET evidence_count = evidence_count + 1, updated_at = @Now
        WHERE id = @Id AND member_id = @MemberId AND status IN ('draft', 'submitted', 'returned') AND evidence_count < @Max
        """;

    private const string Insert = """
        INSERT INTO fund_evidence (application_id, content_type, size_bytes, sha256, data, created_at)
        VALUES (@ApplicationId, @ContentType, @Size, @Sha, @Data, @Now);
        SELECT LAST_INSERT_ID();
        """;

    public static async Task<Results<Created<Applications.EvidenceFile>, ProblemHttpResult>> Handle(
        string id, DocumentUpload document, HttpContext http, Transactions transactions, IdempotencyScope idem, TimeProvider clock,
        CancellationToken ct)
    {
        if (Ids.Parse(id) is not { } appId)
        {
            return Problems.NotFound("application");
        }

        if (document.File is not { } upload)
        {
            return document.Problem!;
        }

        var (data, contentType) = (upload.Data, upload.ContentType);
        var memberId = http.User.MemberId();
        var now = clock.GetUtcNow().UtcDateTime;
        return await transactions.RunAsync<Results<Created<Applications.EvidenceFile>, ProblemHttpResult>>(async (conn, tx) =>
        {
            if (await conn.ExecuteAsync(new CommandDefinition(Reserve, new { Id = appId, MemberId = memberId, Now = now, Max = MaxFiles }, tx,
                    cancellationToken: ct)) != 1)
            {
                var app = await conn.QuerySingleOrDefaultAsync<AppState>(new CommandDefinition(
                    "SELECT status, evidence_count AS EvidenceCount FROM fund_application WHERE id = @Id AND member_id = @MemberId",
                    new { Id = appId, MemberId = memberId }, tx, cancellationToken: ct));
                return app switch
                {
                    null => Problems.NotFound("application"),
                    { EvidenceCount: >= MaxFiles } => Problems.Create(409, FundProblems.EvidenceLimitReached, $"An application holds at most {MaxFiles} files."),
                    { } a => Problems.Create(409, FundProblems.ApplicationNotEditable, "Evidence can be added only to a draft, submitted or returned application.",
                        $"The application is {a.Status}."),
                };
            }

            var fileId = await conn.ExecuteScalarAsync<long>(new CommandDefinition(Insert, new
            {
                ApplicationId = appId, ContentType = contentType, Size = upload.Size, Sha = upload.Sha256, Data = data, Now = now,
            }, tx, cancellationToken: ct));
            var view = new Applications.EvidenceFile(FundRules.Id(fileId), contentType, upload.Size, now.ToChina());
            await idem.CompleteAsync(conn, tx, StatusCodes.Status201Created, view, ct);
            return TypedResults.Created($"/api/v1/me/fund-applications/{FundRules.Id(appId)}/evidence/{view.Id}", view);
        }, ct);
    }

    private sealed class AppState
    {
        public string Status { get; set; } = "";
        public int EvidenceCount { get; set; }
    }
}

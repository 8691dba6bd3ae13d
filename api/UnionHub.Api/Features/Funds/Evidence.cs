using System.Security.Cryptography;
using Dapper;
using Microsoft.AspNetCore.Http.HttpResults;
using MySqlConnector;
using UnionHub.Api.Platform;

namespace UnionHub.Api.Features.Funds;

/// <summary>
/// Evidence files of an application: JPEG, PNG or PDF, recognised by their first bytes (never by name or declared
/// type), at most <see cref="MaxFiles"/> of <see cref="MaxFileBytes"/> each, kept privately in the database.
/// Only the applicant and reviewers/super_admins read them; anyone else gets 404.
/// </summary>
public static class Evidence
{
    public const int MaxFiles = 5;
    public const int MaxFileBytes = 5 * 1024 * 1024;
    /// <summary>The route's body cap: one file plus room for multipart framing.</summary>
    public const long RouteBodyLimit = MaxFileBytes + 64 * 1024;

    /// <summary>The content type the bytes really are, or null when they are none of the accepted kinds.</summary>
    public static string? Sniff(ReadOnlySpan<byte> data) => FileUploads.Sniff(data);

    private const string Reserve = """
        UPDATE fund_application SET evidence_count = evidence_count + 1, updated_at = @Now
        WHERE id = @Id AND member_id = @MemberId AND status IN ('draft', 'submitted', 'returned') AND evidence_count < @Max
        """;

    private const string Insert = """
        INSERT INTO fund_evidence (application_id, content_type, size_bytes, sha256, data, created_at)
        VALUES (@ApplicationId, @ContentType, @Size, @Sha, @Data, @Now);
        SELECT LAST_INSERT_ID();
        """;

    public static async Task<Results<Created<Applications.EvidenceFile>, ProblemHttpResult>> Upload(
        string id, HttpContext http, MySqlDataSource db, TimeProvider clock, CancellationToken ct)
    {
        if (FundRules.ParseId(id) is not { } appId)
        {
            return Problems.NotFound("application");
        }

        var (upload, problem) = await FileUploads.ReadAsync(http.Request, MaxFileBytes, "evidence", "Evidence", ct);
        if (problem is not null)
        {
            return problem;
        }

        var (data, contentType) = (upload!.Data, upload.ContentType);
        var memberId = http.User.MemberId();
        var now = clock.GetUtcNow().UtcDateTime;
        await using var conn = await db.OpenConnectionAsync(ct);
        await using var tx = await conn.BeginTransactionAsync(ct);
        if (await conn.ExecuteAsync(new CommandDefinition(Reserve, new { Id = appId, MemberId = memberId, Now = now, Max = MaxFiles }, tx,
                cancellationToken: ct)) != 1)
        {
            var app = await conn.QuerySingleOrDefaultAsync<AppState>(new CommandDefinition(
                "SELECT status, evidence_count AS EvidenceCount FROM fund_application WHERE id = @Id AND member_id = @MemberId",
                new { Id = appId, MemberId = memberId }, tx, cancellationToken: ct));
            await tx.RollbackAsync(ct);
            return app switch
            {
                null => Problems.NotFound("application"),
                { EvidenceCount: >= MaxFiles } => Problems.Create(409, "evidence.limit_reached", $"An application holds at most {MaxFiles} files."),
                { } a => Problems.Create(409, "application.not_editable", "Evidence can be added only to a draft, submitted or returned application.",
                    $"The application is {a.Status}."),
            };
        }

        var fileId = await conn.ExecuteScalarAsync<long>(new CommandDefinition(Insert, new
        {
            ApplicationId = appId, ContentType = contentType, Size = data.Length, Sha = SHA256.HashData(data), Data = data, Now = now,
        }, tx, cancellationToken: ct));
        await tx.CommitAsync(ct);
        var view = new Applications.EvidenceFile(FundRules.Id(fileId), contentType, data.Length, now.ToChina());
        return TypedResults.Created($"/api/v1/me/fund-applications/{FundRules.Id(appId)}/evidence/{view.Id}", view);
    }

    private sealed class AppState
    {
        public string Status { get; set; } = "";
        public int EvidenceCount { get; set; }
    }

    private sealed class FileRow
    {
        public string ContentType { get; set; } = "";
        public byte[] Data { get; set; } = [];
    }

    private const string SelectFile = """
        SELECT e.content_type AS ContentType, e.data
        FROM fund_evidence e JOIN fund_application a ON a.id = e.application_id
        WHERE e.id = @FileId AND e.application_id = @AppId AND (@MemberId IS NULL OR a.member_id = @MemberId)
        """;

    public static Task<Results<FileContentHttpResult, ProblemHttpResult>> DownloadMine(
        string id, string fileId, HttpContext http, MySqlDataSource db, CancellationToken ct) =>
        DownloadAsync(id, fileId, http.User.MemberId() ?? -1, http, db, ct);

    public static Task<Results<FileContentHttpResult, ProblemHttpResult>> DownloadAsStaff(
        string id, string fileId, HttpContext http, MySqlDataSource db, CancellationToken ct) =>
        DownloadAsync(id, fileId, null, http, db, ct);

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> DownloadAsync(
        string id, string fileId, long? memberId, HttpContext http, MySqlDataSource db, CancellationToken ct)
    {
        if (FundRules.ParseId(id) is not { } appId || FundRules.ParseId(fileId) is not { } evidenceId)
        {
            return Problems.NotFound("file");
        }

        await using var conn = await db.OpenConnectionAsync(ct);
        var file = await conn.QuerySingleOrDefaultAsync<FileRow>(new CommandDefinition(SelectFile,
            new { FileId = evidenceId, AppId = appId, MemberId = memberId }, cancellationToken: ct));
        if (file is null)
        {
            return Problems.NotFound("file");
        }

        if (memberId is null)
        {
            // staff reading a member's evidence is on record too
            await using var tx = await conn.BeginTransactionAsync(ct);
            await Audit.WriteAsync(conn, tx, http, "fund_evidence.read", "fund_evidence", FundRules.Id(evidenceId),
                new { applicationId = FundRules.Id(appId) }, ct);
            await tx.CommitAsync(ct);
        }

        return FileUploads.Serve(http, file.Data, file.ContentType, $"evidence-{FundRules.Id(evidenceId)}");
    }
}

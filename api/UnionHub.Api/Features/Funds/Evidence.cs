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

    /// <summary>The content type the bytes really are, or null when they are none of the accepted kinds.</summary>
    public static string? Sniff(ReadOnlySpan<byte> data) => FileUploads.Sniff(data);

    private sealed class FileRow
    {
        public string ContentType { get; set; } = "";
        public byte[] Data { get; set; } = [];
    }

    private static readonly string SelectFile = $"""
        SELECT e.content_type AS ContentType, e.data
        FROM fund_evidence e JOIN fund_application a ON a.id = e.application_id JOIN fund f ON f.id = a.fund_id
        WHERE e.id = @FileId AND e.application_id = @AppId AND (@MemberId IS NULL OR a.member_id = @MemberId) AND {FundRules.InScopeSql}
        """;

    internal static async Task<Results<FileContentHttpResult, ProblemHttpResult>> DownloadAsync(
        string id, string fileId, long? memberId, HttpContext http, MySqlDataSource db, CancellationToken ct)
    {
        if (Ids.Parse(id) is not { } appId || Ids.Parse(fileId) is not { } evidenceId)
        {
            return Problems.NotFound("file");
        }

        await using var conn = await db.OpenConnectionAsync(ct);
        var scope = memberId is null ? await Scope.OfAsync(conn, null, http.User, ct) : null;
        var file = await conn.QuerySingleOrDefaultAsync<FileRow>(new CommandDefinition(SelectFile,
            new { FileId = evidenceId, AppId = appId, MemberId = memberId, ScopePath = Applications.ScopePathFor(memberId, scope) },
            cancellationToken: ct));
        if (file is null)
        {
            return Problems.NotFound("file");
        }

        return FileUploads.Serve(http, file.Data, file.ContentType, $"evidence-{FundRules.Id(evidenceId)}");
    }
}

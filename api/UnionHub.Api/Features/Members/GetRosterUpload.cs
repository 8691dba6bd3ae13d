using Dapper;
using Microsoft.AspNetCore.Http.HttpResults;
using MySqlConnector;
using UnionHub.Api.Platform;

namespace UnionHub.Api.Features.Members;

/// <summary>
/// GET /admin/roster-uploads/{id}: what one upload committed. A client that lost the connection mid-upload
/// learns here how many rows went in (status <c>aborted</c> or, after a crash, <c>in_progress</c>).
/// </summary>
public static class GetRosterUpload
{
    public sealed record UploadResponse(string Id, string OrgId, string Status, int Added, int Updated, int Rejected, int Lines,
        DateTimeOffset StartedAt, DateTimeOffset? FinishedAt, int Conflicts);

    private sealed record Row(long Id, long OrgId, string Status, int Added, int Updated, int Rejected, int LineCount,
        DateTime StartedAt, DateTime? FinishedAt, int Conflicts);

    private const string Select = """
        SELECT id, org_id AS OrgId, status, added, updated, rejected, line_count AS LineCount, started_at AS StartedAt, finished_at AS FinishedAt,
               conflicts
        FROM roster_upload WHERE id = @Id
        """;

    public static async Task<Results<Ok<UploadResponse>, ProblemHttpResult>> Handle(
        string id, HttpContext http, MySqlDataSource db, CancellationToken ct)
    {
        if (Ids.Parse(id) is not { } uploadId)
        {
            return Problems.NotFound("roster upload");
        }

        await using var conn = await db.OpenConnectionAsync(ct);
        var row = await conn.QuerySingleOrDefaultAsync<Row>(new CommandDefinition(Select, new { Id = uploadId }, cancellationToken: ct));
        if (row is null || await Orgs.FindVisibleAsync(conn, null, await Scope.OfAsync(conn, null, http.User, ct), row.OrgId, ct) is null)
        {
            return Problems.NotFound("roster upload");
        }

        return TypedResults.Ok(new UploadResponse(row.Id.Text(), row.OrgId.Text(), row.Status, row.Added, row.Updated, row.Rejected,
            row.LineCount, row.StartedAt.ToChina(), row.FinishedAt.ToChina(), row.Conflicts));
    }
}

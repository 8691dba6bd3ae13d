using Dapper;
using Microsoft.AspNetCore.Http.HttpResults;
using MySqlConnector;
using UnionHub.Api.Platform;
using static UnionHub.Api.Features.Funds.FundBatches;

namespace UnionHub.Api.Features.Funds;

/// <summary>GET /admin/fund-batches/{id}: one committed batch declaration; 404 outside the caller's subtree.</summary>
public static class GetFundBatch
{
    private sealed class Row : IOrgOwned
    {
        public long Id { get; set; }
        public long FundId { get; set; }
        public string FundName { get; set; } = "";
        public long OrgId { get; set; }
        public string OrgName { get; set; } = "";
        public string OrgPath { get; set; } = "";
        public long StaffId { get; set; }
        public byte[]? FileNameEnc { get; set; }
        public int RowCount { get; set; }
        public long TotalRequestedFen { get; set; }
        public DateTime CreatedAt { get; set; }
    }

    private const string Select = """
        SELECT b.id, b.fund_id AS FundId, f.name AS FundName, b.org_id AS OrgId, o.name AS OrgName, o.path AS OrgPath, b.staff_id AS StaffId,
               b.file_name_enc AS FileNameEnc, b.row_count AS RowCount, b.total_requested_fen AS TotalRequestedFen, b.created_at AS CreatedAt
        FROM fund_application_batch b JOIN fund f ON f.id = b.fund_id JOIN org o ON o.id = b.org_id
        WHERE b.id = @Id
        """;

    public static async Task<Results<Ok<Batch>, ProblemHttpResult>> Handle(string id, HttpContext http, MySqlDataSource db, PiiProtector pii,
        CancellationToken ct)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        var scope = await Scope.OfAsync(conn, null, http.User, ct);
        if (await scope.FindAsync<Row>(conn, null, Select, Ids.Parse(id), ct) is not { } row)
        {
            return Problems.NotFound("batch");
        }

        var applications = await conn.QueryAsync<long>(new CommandDefinition(
            "SELECT id FROM fund_application WHERE batch_id = @Id ORDER BY id", new { row.Id }, cancellationToken: ct));
        return TypedResults.Ok(new Batch(row.Id.Text(), row.FundId.Text(), row.FundName, row.OrgId.Text(), row.OrgName, row.StaffId.Text(),
            pii.DecryptOrNull(row.FileNameEnc), row.RowCount, row.TotalRequestedFen, row.CreatedAt.ToChina(), applications.Select(a => a.Text()).ToList()));
    }
}

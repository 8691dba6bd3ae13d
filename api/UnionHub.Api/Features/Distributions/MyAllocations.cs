using Dapper;
using UnionHub.Api.Platform;

namespace UnionHub.Api.Features.Distributions;

/// <summary>
/// The enterprise contact's view: the allocations to their enterprise (newest first), one with its receipts,
/// and its hand-outs. Another enterprise's allocation is 404.
/// </summary>
public static class MyAllocations
{
    public sealed record ReceiptResponse(string Id, int Quantity, string? Note, string? ReceivedBy, DateTimeOffset ReceivedAt);

    public sealed record AllocationDetail(DistributionViews.AllocationResponse Allocation, IReadOnlyList<ReceiptResponse> Receipts);

    public sealed record HandoutResponse(string Id, string MemberId, string MemberNameMasked, string Method, string? VoucherId,
        DateTimeOffset HandedAt);

    private sealed record ReceiptRow(long Id, int Quantity, string? Note, long? ReceivedBy, DateTime ReceivedAt);

    private const string SelectReceipts = """
        SELECT id, quantity, note, received_by AS ReceivedBy, received_at AS ReceivedAt
        FROM distribution_receipt WHERE allocation_id = @id ORDER BY id
        """;

    /// <summary>The allocation when it belongs to the caller's enterprise; null otherwise (answer 404).</summary>
    internal static async Task<DistributionViews.AllocationRow?> FindOwnAsync(System.Data.Common.DbConnection conn,
        System.Data.Common.DbTransaction? tx, HttpContext http, string id, CancellationToken ct) =>
        Ids.Parse(id) is not { } allocationId ? null
            : await conn.QuerySingleOrDefaultAsync<DistributionViews.AllocationRow>(new CommandDefinition(
                DistributionViews.AllocationColumns + " WHERE a.id = @allocationId AND a.enterprise_id = @enterpriseId",
                new { allocationId, enterpriseId = http.User.EnterpriseId() }, tx, cancellationToken: ct));

    internal static async Task<AllocationDetail> DetailAsync(System.Data.Common.DbConnection conn, System.Data.Common.DbTransaction? tx,
        DistributionViews.AllocationRow row, CancellationToken ct)
    {
        var receipts = await conn.QueryAsync<ReceiptRow>(new CommandDefinition(SelectReceipts, new { id = row.Id }, tx, cancellationToken: ct));
        return new AllocationDetail(DistributionViews.ToResponse(row), receipts.Select(r =>
            new ReceiptResponse(r.Id.Text(), r.Quantity, r.Note, r.ReceivedBy?.Text(), r.ReceivedAt.ToChina())).ToList());
    }
}

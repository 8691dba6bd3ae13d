using Dapper;
using Microsoft.AspNetCore.Http.HttpResults;
using MySqlConnector;
using UnionHub.Api.Features.Members;
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

    private sealed record HandoutRow(long Id, long MemberId, byte[]? NameEnc, string Method, long? VoucherId, DateTime HandedAt);

    private const string SelectReceipts = """
        SELECT id, quantity, note, received_by AS ReceivedBy, received_at AS ReceivedAt
        FROM distribution_receipt WHERE allocation_id = @id ORDER BY id
        """;

    private const string SelectHandouts = """
        SELECT h.id, h.member_id AS MemberId, m.name_enc AS NameEnc, h.method, h.voucher_id AS VoucherId, h.handed_at AS HandedAt
        FROM distribution_handout h JOIN member m ON m.id = h.member_id
        WHERE h.allocation_id = @id AND h.id < @After ORDER BY h.id DESC LIMIT @Take
        """;

    /// <summary>The allocation when it belongs to the caller's enterprise; null otherwise (answer 404).</summary>
    internal static async Task<DistributionViews.AllocationRow?> FindOwnAsync(System.Data.Common.DbConnection conn,
        System.Data.Common.DbTransaction? tx, HttpContext http, string id, CancellationToken ct) =>
        OrgScope.ParseId(id) is not { } allocationId ? null
            : await conn.QuerySingleOrDefaultAsync<DistributionViews.AllocationRow>(new CommandDefinition(
                DistributionViews.AllocationColumns + " WHERE a.id = @allocationId AND a.enterprise_id = @enterpriseId",
                new { allocationId, enterpriseId = http.User.EnterpriseId() }, tx, cancellationToken: ct));

    public static async Task<Results<Ok<Page<DistributionViews.AllocationResponse>>, ProblemHttpResult>> List(
        HttpContext http, MySqlDataSource db, CancellationToken ct, int? limit = null, string? cursor = null)
    {
        if (Paging.After(cursor) is not { } after)
        {
            return Problems.BadCursor();
        }

        var take = Paging.Limit(limit);
        await using var conn = await db.OpenConnectionAsync(ct);
        var rows = (await conn.QueryAsync<DistributionViews.AllocationRow>(new CommandDefinition(
            DistributionViews.AllocationColumns + " WHERE a.enterprise_id = @e AND a.id < @After ORDER BY a.id DESC LIMIT @Take",
            new { e = http.User.EnterpriseId(), After = after, Take = take + 1 }, cancellationToken: ct))).ToList();
        var page = Paging.Build(rows, take, r => r.Id);
        return TypedResults.Ok(new Page<DistributionViews.AllocationResponse>(page.Items.Select(DistributionViews.ToResponse).ToList(),
            page.NextCursor));
    }

    public static async Task<Results<Ok<AllocationDetail>, ProblemHttpResult>> Get(
        string id, HttpContext http, MySqlDataSource db, CancellationToken ct)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        if (await FindOwnAsync(conn, null, http, id, ct) is not { } row)
        {
            return Problems.NotFound("allocation");
        }

        return TypedResults.Ok(await DetailAsync(conn, null, row, ct));
    }

    internal static async Task<AllocationDetail> DetailAsync(System.Data.Common.DbConnection conn, System.Data.Common.DbTransaction? tx,
        DistributionViews.AllocationRow row, CancellationToken ct)
    {
        var receipts = await conn.QueryAsync<ReceiptRow>(new CommandDefinition(SelectReceipts, new { id = row.Id }, tx, cancellationToken: ct));
        return new AllocationDetail(DistributionViews.ToResponse(row), receipts.Select(r =>
            new ReceiptResponse(r.Id.Text(), r.Quantity, r.Note, r.ReceivedBy?.Text(), r.ReceivedAt.ToChina())).ToList());
    }

    public static async Task<Results<Ok<Page<HandoutResponse>>, ProblemHttpResult>> Handouts(
        string id, HttpContext http, MySqlDataSource db, PiiProtector pii, CancellationToken ct, int? limit = null, string? cursor = null)
    {
        if (Paging.After(cursor) is not { } after)
        {
            return Problems.BadCursor();
        }

        var take = Paging.Limit(limit);
        await using var conn = await db.OpenConnectionAsync(ct);
        if (await FindOwnAsync(conn, null, http, id, ct) is not { } row)
        {
            return Problems.NotFound("allocation");
        }

        var rows = (await conn.QueryAsync<HandoutRow>(new CommandDefinition(SelectHandouts,
            new { id = row.Id, After = after, Take = take + 1 }, cancellationToken: ct))).ToList();
        var page = Paging.Build(rows, take, r => r.Id);
        return TypedResults.Ok(new Page<HandoutResponse>(page.Items.Select(h => new HandoutResponse(h.Id.Text(), h.MemberId.Text(),
            pii.DecryptOrNull(h.NameEnc) is { } name ? Mask.Name(name) : "", h.Method, h.VoucherId?.Text(), h.HandedAt.ToChina())).ToList(),
            page.NextCursor));
    }
}

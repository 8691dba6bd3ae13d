using System.Data.Common;
using Dapper;
using UnionHub.Api.Platform;

namespace UnionHub.Api.Features.Distributions;

/// <summary>Shapes and reads shared by the distribution use cases, and the org scope of a distribution.</summary>
public static class DistributionViews
{
    public sealed record PerkStock(string Id, string Title, int Stock, int Taken, int Remaining);

    public sealed record Totals(int Enterprises, long Allocated, long Received, long HandedOut, long NotYetReceived, long OnHand);

    public sealed record DistributionResponse(string Id, string Title, string? Note, string OrgId, PerkStock Perk, Totals Totals,
        DateTimeOffset CreatedAt);

    /// <summary>One enterprise's share: allocated, received, handed out, what is still to arrive and what is on hand.</summary>
    public sealed record AllocationResponse(string Id, string DistributionId, string DistributionTitle, string PerkId, string PerkTitle,
        string EnterpriseId, string EnterpriseName, string Method, int? HeadCount, int Allocated, int Received, int HandedOut,
        int NotYetReceived, int OnHand, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt);

    internal sealed record DistributionRow(long Id, long OrgId, string OrgPath, long PerkId, string Title, string? Note, DateTime CreatedAt)
        : IOrgOwned;

    internal sealed class AllocationRow
    {
        public long Id { get; init; }
        public long DistributionId { get; init; }
        public string DistributionTitle { get; init; } = "";
        public long PerkId { get; init; }
        public string PerkTitle { get; init; } = "";
        public long EnterpriseId { get; init; }
        public string EnterpriseName { get; init; } = "";
        public string Method { get; init; } = "";
        public int? HeadCount { get; init; }
        public int Allocated { get; init; }
        public int Received { get; init; }
        public int HandedOut { get; init; }
        public DateTime CreatedAt { get; init; }
        public DateTime UpdatedAt { get; init; }
    }

    internal const string AllocationColumns = """
        SELECT a.id, a.distribution_id AS DistributionId, d.title AS DistributionTitle, d.perk_id AS PerkId, p.title AS PerkTitle,
               a.enterprise_id AS EnterpriseId, e.name AS EnterpriseName, a.method, a.head_count AS HeadCount, a.allocated,
               a.received, a.handed_out AS HandedOut, a.created_at AS CreatedAt, a.updated_at AS UpdatedAt
        FROM distribution_allocation a
        JOIN distribution d ON d.id = a.distribution_id
        JOIN perk p ON p.id = d.perk_id
        JOIN enterprise e ON e.id = a.enterprise_id
        """;

    private const string SelectDistribution = """
        SELECT d.id, d.org_id AS OrgId, o.path AS OrgPath, d.perk_id AS PerkId, d.title, d.note, d.created_at AS CreatedAt
        FROM distribution d JOIN org o ON o.id = d.org_id WHERE d.id = @id
        """;

    private sealed class TotalsRow
    {
        public long Enterprises { get; init; }
        public long Allocated { get; init; }
        public long Received { get; init; }
        public long HandedOut { get; init; }
    }

    private const string SelectTotals = """
        SELECT COUNT(*) AS Enterprises, COALESCE(SUM(allocated), 0) AS Allocated, COALESCE(SUM(received), 0) AS Received,
               COALESCE(SUM(handed_out), 0) AS HandedOut
        FROM distribution_allocation WHERE distribution_id = @id;
        SELECT id, title, stock, claimed FROM perk WHERE id = @perkId;
        """;

    internal static AllocationResponse ToResponse(AllocationRow r) => new(r.Id.Text(), r.DistributionId.Text(), r.DistributionTitle,
        r.PerkId.Text(), r.PerkTitle, r.EnterpriseId.Text(), r.EnterpriseName, r.Method, r.HeadCount, r.Allocated, r.Received, r.HandedOut,
        r.Allocated - r.Received, r.Received - r.HandedOut, r.CreatedAt.ToChina(), r.UpdatedAt.ToChina());

    /// <summary>The distribution when its organisation lies inside the caller's subtree; null otherwise (answer 404).</summary>
    internal static Task<DistributionRow?> FindVisibleAsync(DbConnection conn, DbTransaction? tx, Scope scope, long? id, CancellationToken ct) =>
        scope.FindAsync<DistributionRow>(conn, tx, SelectDistribution, id, ct);

    internal static async Task<DistributionResponse> LoadAsync(DbConnection conn, DbTransaction? tx, DistributionRow d, CancellationToken ct)
    {
        await using var grid = await conn.QueryMultipleAsync(new CommandDefinition(SelectTotals, new { id = d.Id, perkId = d.PerkId }, tx,
            cancellationToken: ct));
        var t = await grid.ReadSingleAsync<TotalsRow>();
        var p = await grid.ReadSingleAsync<(long Id, string Title, int Stock, int Claimed)>();
        return new DistributionResponse(d.Id.Text(), d.Title, d.Note, d.OrgId.Text(),
            new PerkStock(p.Id.Text(), p.Title, p.Stock, p.Claimed, p.Stock - p.Claimed),
            new Totals((int)t.Enterprises, t.Allocated, t.Received, t.HandedOut, t.Allocated - t.Received, t.Received - t.HandedOut),
            d.CreatedAt.ToChina());
    }
}

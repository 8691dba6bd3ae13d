using System.Data.Common;
using Dapper;
using UnionHub.Api.Platform;

namespace UnionHub.Api.Features.Funds;

/// <summary>GET /admin/funds and /admin/funds/{id}: a fund's money figures.</summary>
/// <remarks>
/// granted_fen and disbursed_fen are running totals kept in the transaction that appends the ledger row,
/// so they equal the ledger's sums (the tests check it); donatedFen is the donations received less reversals (ADR 0018);
/// remainingFen is what budget + donations can still grant; promisedFen what published, undrawn grant lotteries promise from it
/// (<see cref="FundPromises"/>: no other grant may spend it, ADR 0018 2026-12-04 evening).
/// </remarks>
public static class FundFigures
{
    public sealed record Fund(string Id, string Name, string? OrgId, string Kind, int Year, long BudgetFen, long MaxGrantFen, long GrantedFen,
        long DisbursedFen, long RemainingFen, bool IsOpen, DateTimeOffset? OpensAt, DateTimeOffset? ClosesAt, string? EligibilityNotes,
        ApplicationCounts Applications, DateTimeOffset CreatedAt, long DonatedFen, long PromisedFen);

    public sealed record ApplicationCounts(int Submitted, int Returned, int Approved, int Rejected, int Disbursed, int Withdrawn, int Drafts);

    internal sealed class Row
    {
        public long Id { get; set; }
        public string Name { get; set; } = "";
        public long? OrgId { get; set; }
        public string Kind { get; set; } = "";
        public int Year { get; set; }
        public long BudgetFen { get; set; }
        public long DonatedFen { get; set; }
        public long MaxGrantFen { get; set; }
        public long GrantedFen { get; set; }
        public long DisbursedFen { get; set; }
        public DateTime? OpensAt { get; set; }
        public DateTime? ClosesAt { get; set; }
        public string? EligibilityNotes { get; set; }
        public DateTime CreatedAt { get; set; }
        public long PromisedFen { get; set; }
    }

    internal const string Columns = """
        id, name, org_id AS OrgId, kind, year, budget_fen AS BudgetFen, donated_fen AS DonatedFen, max_grant_fen AS MaxGrantFen, granted_fen AS GrantedFen,
        disbursed_fen AS DisbursedFen, opens_at AS OpensAt, closes_at AS ClosesAt, eligibility_notes AS EligibilityNotes,
        created_at AS CreatedAt,
        """ + FundPromises.OfFundSql + " AS PromisedFen";

    private const string CountsSql = """
        SELECT status AS Status, COUNT(*) AS N FROM fund_application WHERE fund_id = @Id GROUP BY status
        """;

    internal static async Task<Fund?> LoadAsync(DbConnection conn, DbTransaction? tx, long id, DateTime nowUtc, CancellationToken ct)
    {
        var row = await conn.QuerySingleOrDefaultAsync<Row>(new CommandDefinition(
            $"SELECT {Columns} FROM fund f WHERE f.id = @Id", new { Id = id }, tx, cancellationToken: ct));
        if (row is null)
        {
            return null;
        }

        var counts = (await conn.QueryAsync<(string Status, long N)>(new CommandDefinition(CountsSql, new { Id = id }, tx, cancellationToken: ct)))
            .ToDictionary(c => c.Status, c => (int)c.N, StringComparer.Ordinal);
        return ToFund(row, nowUtc, counts);
    }

    internal static Fund ToFund(Row r, DateTime nowUtc, IReadOnlyDictionary<string, int> counts)
    {
        int C(string s) => counts.TryGetValue(s, out var n) ? n : 0;
        return new Fund(FundRules.Id(r.Id), r.Name, r.OrgId is { } org ? FundRules.Id(org) : null, r.Kind, r.Year, r.BudgetFen, r.MaxGrantFen, r.GrantedFen, r.DisbursedFen,
            r.BudgetFen + r.DonatedFen - r.GrantedFen, FundRules.IsOpen(r.OpensAt, r.ClosesAt, nowUtc), r.OpensAt.ToChina(), r.ClosesAt.ToChina(),
            r.EligibilityNotes,
            new ApplicationCounts(C(FundRules.Submitted), C(FundRules.Returned), C(FundRules.Approved), C(FundRules.Rejected),
                C(FundRules.Disbursed), C(FundRules.Withdrawn), C(FundRules.Draft)),
            r.CreatedAt.ToChina(), r.DonatedFen, r.PromisedFen);
    }
}

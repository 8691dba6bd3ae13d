using System.Globalization;
using Dapper;
using MySqlConnector;

namespace UnionHub.IntegrationTests.Features.MutualAid;

/// <summary>Funds that pay mutual-aid plans in the tests (ADR 0020, 2026-12-03), and the check that a fund's totals equal its ledger.</summary>
public static class MutualAidFunds
{
    /// <summary>A 'mutual_aid' fund of the organisation (null: a federation fund) with the given budget; its id.</summary>
    public static async Task<string> CreateAsync(long? orgId, long budgetFen = 100_000_000)
    {
        await using var db = new MySqlConnection(ApiFactory.ConnectionString);
        await db.OpenAsync();
        var now = TestRun.Api.Clock.GetUtcNow().UtcDateTime;
        var id = await db.ExecuteScalarAsync<long>("""
            INSERT INTO fund (name, org_id, kind, year, budget_fen, max_grant_fen, opens_at, closes_at, created_at)
            VALUES ('互助保障理赔资金', @orgId, 'mutual_aid', @year, @budgetFen, @budgetFen, @now, @now, @now); SELECT LAST_INSERT_ID();
            """, new { orgId, year = now.Year, budgetFen, now });
        return id.ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>The fund's row: (granted, disbursed), after checking each equals the sum of its ledger rows of that entry.</summary>
    public static async Task<(long Granted, long Disbursed)> TotalsMatchLedgerAsync(string fundId)
    {
        await using var db = new MySqlConnection(ApiFactory.ConnectionString);
        await db.OpenAsync();
        var row = await db.QuerySingleAsync<(long Granted, long Disbursed)>("SELECT granted_fen, disbursed_fen FROM fund WHERE id = @fundId", new { fundId });
        var granted = await db.ExecuteScalarAsync<long>(
            "SELECT CAST(COALESCE(SUM(amount_fen), 0) AS SIGNED) FROM fund_ledger WHERE fund_id = @fundId AND entry = 'grant'", new { fundId });
        var disbursed = await db.ExecuteScalarAsync<long>(
            "SELECT CAST(COALESCE(SUM(amount_fen), 0) AS SIGNED) FROM fund_ledger WHERE fund_id = @fundId AND entry = 'disbursement'", new { fundId });
        Assert.That((row.Granted, row.Disbursed), Is.EqualTo((granted, disbursed)), "the fund's totals equal its ledger");
        return row;
    }
}

using Dapper;
using Microsoft.AspNetCore.Http.HttpResults;
using MySqlConnector;
using UnionHub.Api.Platform;

namespace UnionHub.Api.Features.Donations;

/// <summary>
/// GET /public/funds/{id} (no login): a fund's public account. Every figure is a sum of the fund's ledger, read from the fund
/// row's running totals that change in the same transaction as each ledger row: raised = donations less reversals,
/// granted = grants, paid = confirmed payments; available = budget + raised - granted (what may still be granted),
/// balance = budget + raised - paid (money not yet paid out). No donor or applicant appears.
/// </summary>
public static class GetPublicFundFigures
{
    public sealed record FundAccount(string Id, string Name, string Kind, int Year, string? OrgName, long BudgetFen, long RaisedFen,
        long GrantedFen, long PaidFen, long AvailableFen, long BalanceFen, int Donations);

    private sealed record Row(long Id, string Name, string Kind, int Year, string? OrgName, long BudgetFen, long DonatedFen, long GrantedFen,
        long DisbursedFen, long Donations);

    private const string Select = """
        SELECT f.id AS Id, f.name AS Name, f.kind AS Kind, f.year AS Year, o.name AS OrgName, f.budget_fen AS BudgetFen, f.donated_fen AS DonatedFen,
               f.granted_fen AS GrantedFen, f.disbursed_fen AS DisbursedFen,
               (SELECT COUNT(*) FROM donation d WHERE d.fund_id = f.id AND d.status <> 'reversed') AS Donations
        FROM fund f LEFT JOIN org o ON o.id = f.org_id WHERE f.id = @Id
        """;

    public static async Task<Results<Ok<FundAccount>, ProblemHttpResult>> Handle(string id, MySqlDataSource db, HttpContext http, CancellationToken ct)
    {
        if (Ids.Parse(id) is not { } fundId)
        {
            return Problems.NotFound("fund");
        }

        await using var conn = await db.OpenConnectionAsync(ct);
        var r = await conn.QuerySingleOrDefaultAsync<Row>(new CommandDefinition(Select, new { Id = fundId }, cancellationToken: ct));
        if (r is null)
        {
            return Problems.NotFound("fund");
        }

        http.Response.Headers.CacheControl = "public, max-age=60";
        return TypedResults.Ok(new FundAccount(DonationRules.Id(r.Id), r.Name, r.Kind, r.Year, r.OrgName, r.BudgetFen, r.DonatedFen, r.GrantedFen,
            r.DisbursedFen, r.BudgetFen + r.DonatedFen - r.GrantedFen, r.BudgetFen + r.DonatedFen - r.DisbursedFen, (int)r.Donations));
    }
}

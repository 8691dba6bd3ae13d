using Microsoft.AspNetCore.Http.HttpResults;
using MySqlConnector;
using UnionHub.Api.Platform;
using static UnionHub.Api.Features.Merchants.MerchantStatements;

namespace UnionHub.Api.Features.Merchants;

public static class ListMerchantStatements
{
    public static async Task<Results<Ok<MonthView>, ProblemHttpResult>> Handle(MySqlDataSource db, TimeProvider clock, CancellationToken ct,
        string? month = null)
    {
        var now = clock.GetUtcNow();
        var thisMonth = DateOnly.FromDateTime(now.ToOffset(Clock.ChinaOffset).DateTime);
        var m = month is null ? new DateOnly(thisMonth.Year, thisMonth.Month, 1) : ParseMonth(month);
        if (m is not { } first)
        {
            return Problems.Validation(new Dictionary<string, string[]> { ["month"] = ["must be a month yyyy-MM between 2000 and 2100"] });
        }

        await using var conn = await db.OpenConnectionAsync(ct);
        var rows = await LoadAsync(conn, null, first, null, ct);
        var statements = rows.Select(r => r.View(Text(first))).ToList();
        return TypedResults.Ok(new MonthView(Text(first), Closable(first, now), statements.Sum(s => s.RedeemedCount), statements.Sum(s => s.TotalFen),
            statements.Where(s => s.Status != "open").Sum(s => s.TotalFen), statements.Where(s => s.Status == "paid").Sum(s => s.TotalFen), statements));
    }
}

using Dapper;
using MySqlConnector;
using UnionHub.Api.Platform;
using static UnionHub.Api.Features.Funds.OpenFunds;

namespace UnionHub.Api.Features.Funds;

public static class ListOpenFunds
{
    private const string Select = """
        SELECT id, name, kind, year, max_grant_fen AS MaxGrantFen, opens_at AS OpensAt, closes_at AS ClosesAt,
               eligibility_notes AS EligibilityNotes
        FROM fund
        WHERE (opens_at IS NULL OR opens_at <= @Now) AND (closes_at IS NULL OR closes_at > @Now)
        ORDER BY id DESC
        LIMIT 200
        """;

    private sealed class Row
    {
        public long Id { get; set; }
        public string Name { get; set; } = "";
        public string Kind { get; set; } = "";
        public int Year { get; set; }
        public long MaxGrantFen { get; set; }
        public DateTime? OpensAt { get; set; }
        public DateTime? ClosesAt { get; set; }
        public string? EligibilityNotes { get; set; }
    }

    public static async Task<Microsoft.AspNetCore.Http.HttpResults.Ok<Page<Fund>>> Handle(MySqlDataSource db, TimeProvider clock, CancellationToken ct)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        var rows = await conn.QueryAsync<Row>(new CommandDefinition(Select, new { Now = clock.GetUtcNow().UtcDateTime }, cancellationToken: ct));
        return TypedResults.Ok(new Page<Fund>(rows.Select(r => new Fund(FundRules.Id(r.Id), r.Name, r.Kind, r.Year, r.MaxGrantFen,
            r.OpensAt.ToChina(), r.ClosesAt.ToChina(), r.EligibilityNotes)).ToList(), null));
    }
}

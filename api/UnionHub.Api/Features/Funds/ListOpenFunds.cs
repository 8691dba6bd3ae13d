using Dapper;
using MySqlConnector;
using UnionHub.Api.Platform;
using static UnionHub.Api.Features.Funds.OpenFunds;

namespace UnionHub.Api.Features.Funds;

public static class ListOpenFunds
{
    private static readonly string Select = $"""
        SELECT f.id, f.name, f.kind, f.year, f.max_grant_fen AS MaxGrantFen, f.opens_at AS OpensAt, f.closes_at AS ClosesAt,
               f.eligibility_notes AS EligibilityNotes, o.path AS OrgPath
        FROM fund f LEFT JOIN org o ON o.id = f.org_id
        WHERE (f.opens_at IS NULL OR f.opens_at <= @Now) AND (f.closes_at IS NULL OR f.closes_at > @Now) AND {FundRules.TakesReliefCasesSql}
        ORDER BY f.id DESC
        LIMIT 500
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
        public string? OrgPath { get; set; }
    }

    /// <summary>Federation funds and those of the member's organisation or one above it (a member without one: federation funds).</summary>
    public static async Task<Microsoft.AspNetCore.Http.HttpResults.Ok<Page<Fund>>> Handle(HttpContext http, MySqlDataSource db, TimeProvider clock,
        CancellationToken ct)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        var memberOrgPath = http.User.MemberId() is { } memberId ? await CreateFundApplication.MemberOrgPathAsync(conn, null, memberId, ct) : null;
        return TypedResults.Ok(await OpenAsync(conn, clock, orgPath => OnBehalf.IsMembersFund(orgPath, memberOrgPath), ct));
    }

    /// <summary>The funds open now that take relief applications (never a mutual_aid fund) whose owner's path (null: the federation's) passes <paramref name="include"/>, newest first.</summary>
    internal static async Task<Page<Fund>> OpenAsync(MySqlConnection conn, TimeProvider clock, Func<string?, bool> include, CancellationToken ct)
    {
        var rows = await conn.QueryAsync<Row>(new CommandDefinition(Select, new { Now = clock.GetUtcNow().UtcDateTime }, cancellationToken: ct));
        return new Page<Fund>(rows.Where(r => include(r.OrgPath)).Select(r => new Fund(FundRules.Id(r.Id), r.Name, r.Kind, r.Year, r.MaxGrantFen,
            r.OpensAt.ToChina(), r.ClosesAt.ToChina(), r.EligibilityNotes)).ToList(), null);
    }
}

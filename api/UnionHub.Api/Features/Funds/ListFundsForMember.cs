using Dapper;
using Microsoft.AspNetCore.Http.HttpResults;
using MySqlConnector;
using UnionHub.Api.Features.Members;
using UnionHub.Api.Platform;
using static UnionHub.Api.Features.Funds.OpenFunds;

namespace UnionHub.Api.Features.Funds;

/// <summary>
/// GET /admin/members/{id}/funds: the open funds staff may file an application into for this member (the counter's fund
/// picker): federation funds and those of the member's organisation or an organisation above it (<see cref="OnBehalf.IsMembersFund"/>).
/// </summary>
public static class ListFundsForMember
{
    private const string Select = """
        SELECT f.id, f.name, f.kind, f.year, f.max_grant_fen AS MaxGrantFen, f.opens_at AS OpensAt, f.closes_at AS ClosesAt,
               f.eligibility_notes AS EligibilityNotes, o.path AS OrgPath
        FROM fund f LEFT JOIN org o ON o.id = f.org_id
        WHERE (f.opens_at IS NULL OR f.opens_at <= @Now) AND (f.closes_at IS NULL OR f.closes_at > @Now)
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

    public static async Task<Results<Ok<Page<Fund>>, ProblemHttpResult>> Handle(
        string id, HttpContext http, MySqlDataSource db, TimeProvider clock, CancellationToken ct)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        var scope = await Scope.OfAsync(conn, null, http.User, ct);
        var member = await MemberLookup.FindVisibleAsync(conn, null, scope, Ids.Parse(id), ct);
        if (member is null || member.DeletedAt is not null)
        {
            return Problems.NotFound("member");
        }

        var rows = await conn.QueryAsync<Row>(new CommandDefinition(Select, new { Now = clock.GetUtcNow().UtcDateTime }, cancellationToken: ct));
        return TypedResults.Ok(new Page<Fund>(rows.Where(r => OnBehalf.IsMembersFund(r.OrgPath, member.OrgPath))
            .Select(r => new Fund(FundRules.Id(r.Id), r.Name, r.Kind, r.Year, r.MaxGrantFen, r.OpensAt.ToChina(), r.ClosesAt.ToChina(),
                r.EligibilityNotes)).ToList(), null));
    }
}

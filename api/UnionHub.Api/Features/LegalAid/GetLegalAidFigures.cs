using Dapper;
using Microsoft.AspNetCore.Http.HttpResults;
using MySqlConnector;
using UnionHub.Api.Features.Members;
using UnionHub.Api.Platform;
using static UnionHub.Api.Features.LegalAid.Figures;

namespace UnionHub.Api.Features.LegalAid;

public static class GetLegalAidFigures
{
    private sealed record Row(long Applications, long Accepted, long Refused, long Closed, long Won, long PartlyWon, long Lost, long Settled,
        long Withdrawn, long AmountAtStakeFen, long RecoveredFen);

    private static readonly string Sql = $"""
        SELECT
          CAST(COALESCE(SUM(c.submitted_at >= @From AND c.submitted_at < @To), 0) AS SIGNED) AS Applications,
          CAST(COALESCE(SUM(c.accepted_at >= @From AND c.accepted_at < @To), 0) AS SIGNED) AS Accepted,
          CAST(COALESCE(SUM(c.status = 'refused' AND c.decided_at >= @From AND c.decided_at < @To), 0) AS SIGNED) AS Refused,
          CAST(COALESCE(SUM(c.closed_at >= @From AND c.closed_at < @To), 0) AS SIGNED) AS Closed,
          CAST(COALESCE(SUM(c.closed_at >= @From AND c.closed_at < @To AND c.outcome = 'won'), 0) AS SIGNED) AS Won,
          CAST(COALESCE(SUM(c.closed_at >= @From AND c.closed_at < @To AND c.outcome = 'partly_won'), 0) AS SIGNED) AS PartlyWon,
          CAST(COALESCE(SUM(c.closed_at >= @From AND c.closed_at < @To AND c.outcome = 'lost'), 0) AS SIGNED) AS Lost,
          CAST(COALESCE(SUM(c.closed_at >= @From AND c.closed_at < @To AND c.outcome = 'settled'), 0) AS SIGNED) AS Settled,
          CAST(COALESCE(SUM(c.closed_at >= @From AND c.closed_at < @To AND c.outcome = 'withdrawn'), 0) AS SIGNED) AS Withdrawn,
          CAST(COALESCE(SUM(CASE WHEN c.submitted_at >= @From AND c.submitted_at < @To THEN c.amount_at_stake_fen ELSE 0 END), 0) AS SIGNED) AS AmountAtStakeFen,
          CAST(COALESCE(SUM(CASE WHEN c.closed_at >= @From AND c.closed_at < @To THEN c.recovered_fen ELSE 0 END), 0) AS SIGNED) AS RecoveredFen
        FROM legal_case c
        LEFT JOIN org o ON o.id = c.org_id
        WHERE {Scope.Sql("o.path")}
          AND c.submitted_at < @To
          AND (c.submitted_at >= @From OR c.accepted_at >= @From OR c.decided_at >= @From OR c.closed_at >= @From)
        """;

    public static async Task<Results<Ok<Response>, ProblemHttpResult>> Handle(
        HttpContext http, MySqlDataSource db, TimeProvider clock, CancellationToken ct, int? year = null, string? orgId = null)
    {
        var y = year ?? clock.GetUtcNow().ToChina().Year;
        var org = orgId is null ? null : Ids.Parse(orgId);
        var v = new Validator()
            .Check(y is >= 2000 and <= 2100, "year", "must be a year between 2000 and 2100")
            .Check(orgId is null || org is not null, "orgId", "must be an organisation id");
        if (!v.IsValid)
        {
            return v.Problem();
        }

        await using var conn = await db.OpenConnectionAsync(ct);
        var scope = await Orgs.ScopeAsync(conn, null, http.User, org, ct);
        if (scope.Path is null)
        {
            return Problems.NotFound("organisation");
        }

        var from = new DateTimeOffset(y, 1, 1, 0, 0, 0, Clock.ChinaOffset).UtcDateTime;
        var to = new DateTimeOffset(y + 1, 1, 1, 0, 0, 0, Clock.ChinaOffset).UtcDateTime;
        var row = await conn.QuerySingleAsync<Row>(new CommandDefinition(Sql, new { From = from, To = to, ScopePath = scope.Path }, cancellationToken: ct));
        var shown = org ?? (http.User.IsInRole(Roles.SuperAdmin) ? null : http.User.OrgId());
        return TypedResults.Ok(new Response(y, shown is { } o ? LegalAidRules.Id(o) : null,
            (int)row.Applications, (int)row.Accepted, (int)row.Refused, (int)row.Closed, (int)row.Won, (int)row.PartlyWon, (int)row.Lost,
            (int)row.Settled, (int)row.Withdrawn, row.AmountAtStakeFen, row.RecoveredFen));
    }
}

using Dapper;
using Microsoft.AspNetCore.Http.HttpResults;
using MySqlConnector;
using UnionHub.Api.Platform;

namespace UnionHub.Api.Features.MutualAid;

/// <summary>
/// GET /admin/mutual-aid/plans/{id}/figures: a plan's figures per China calendar year (enrolments by the year they were made,
/// claims by the year they were filed): enrolled members, claims filed, approved (including those since paid) and paid, with
/// the amounts asked, approved and paid.
/// </summary>
public static class GetMutualAidFigures
{
    public sealed record Year(int Value, int Enrolled, int ClaimsFiled, int ClaimsApproved, int ClaimsPaid, long AskedFen, long ApprovedFen,
        long PaidFen);

    public sealed record Figures(string PlanId, string PlanName, int Enrolled, IReadOnlyList<Year> Years);

    private const string EnrolmentsByYear = """
        SELECT CAST(YEAR(DATE_ADD(created_at, INTERVAL 8 HOUR)) AS SIGNED) AS Y, CAST(COUNT(*) AS SIGNED) AS N FROM mutual_aid_enrolment WHERE plan_id = @Id GROUP BY Y
        """;

    private const string ClaimsByYear = """
        SELECT CAST(YEAR(DATE_ADD(created_at, INTERVAL 8 HOUR)) AS SIGNED) AS Y, CAST(COUNT(*) AS SIGNED) AS Filed,
               CAST(SUM(CASE WHEN status IN ('approved', 'payment_proposed', 'paid') THEN 1 ELSE 0 END) AS SIGNED) AS Approved,
               CAST(SUM(CASE WHEN status = 'paid' THEN 1 ELSE 0 END) AS SIGNED) AS Paid,
               CAST(SUM(asked_fen) AS SIGNED) AS Asked,
               CAST(SUM(CASE WHEN status IN ('approved', 'payment_proposed', 'paid') THEN approved_fen ELSE 0 END) AS SIGNED) AS ApprovedFen,
               CAST(SUM(CASE WHEN status = 'paid' THEN approved_fen ELSE 0 END) AS SIGNED) AS PaidFen
        FROM mutual_aid_claim WHERE plan_id = @Id GROUP BY Y
        """;

    public static async Task<Results<Ok<Figures>, ProblemHttpResult>> Handle(string id, HttpContext http, MySqlDataSource db, CancellationToken ct)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        var scope = await Scope.OfAsync(conn, null, http.User, ct);
        if (await MutualAid.FindVisiblePlanAsync(conn, null, scope, Ids.Parse(id), ct) is not { } plan)
        {
            return Problems.NotFound("plan");
        }

        var enrolled = (await conn.QueryAsync<(long Y, long N)>(new CommandDefinition(EnrolmentsByYear, new { plan.Id }, cancellationToken: ct)))
            .ToDictionary(r => (int)r.Y, r => (int)r.N);
        var claims = (await conn.QueryAsync<(long Y, long Filed, long Approved, long Paid, long Asked, long ApprovedFen, long PaidFen)>(
            new CommandDefinition(ClaimsByYear, new { plan.Id }, cancellationToken: ct))).ToDictionary(r => (int)r.Y);
        var years = enrolled.Keys.Union(claims.Keys).Order().Select(y =>
        {
            var c = claims.GetValueOrDefault(y);
            return new Year(y, enrolled.GetValueOrDefault(y), (int)c.Filed, (int)c.Approved, (int)c.Paid, c.Asked, c.ApprovedFen, c.PaidFen);
        }).ToList();
        return TypedResults.Ok(new Figures(plan.Id.Text(), plan.Name, enrolled.Values.Sum(), years));
    }
}

using Dapper;
using Microsoft.AspNetCore.Http.HttpResults;
using MySqlConnector;
using UnionHub.Api.Platform;

namespace UnionHub.Api.Features.MutualAid;

/// <summary>GET /mutual-aid/plans: the open plans the caller may enrol in (the federation's and those of their organisation or one
/// above it, whose period has not ended, paid from a <c>mutual_aid</c> fund: a plan left on a relief fund could never pay a claim),
/// with <c>enrolmentId</c> set where the caller is enrolled already.</summary>
public static class ListOpenMutualAidPlans
{
    public sealed record OpenPlan(MutualAid.Plan Plan, string? EnrolmentId);

    public const int MaxPlans = 200;

    public static async Task<Ok<List<OpenPlan>>> Handle(HttpContext http, MySqlDataSource db, TimeProvider clock, CancellationToken ct)
    {
        var memberId = http.User.MemberId()!.Value;
        var today = DateOnly.FromDateTime(clock.GetUtcNow().ToChina().DateTime).ToDateTime(TimeOnly.MinValue);
        await using var conn = await db.OpenConnectionAsync(ct);
        var memberPath = await MutualAidRules.MemberOrgPathAsync(conn, null, memberId, ct);
        var rows = (await conn.QueryAsync<MutualAid.PlanRow>(new CommandDefinition(
                $"{MutualAid.SelectPlan} WHERE p.status = 'open' AND p.covers_to >= @Today AND f.kind = '{Funds.FundRules.MutualAid}' ORDER BY p.id DESC LIMIT {MaxPlans}",
                new { Today = today }, cancellationToken: ct)))
            .Where(p => MutualAidRules.IsMembersPlan(p.OrgPath, memberPath)).ToList();
        var enrolled = rows.Count == 0
            ? new Dictionary<long, long>()
            : (await conn.QueryAsync<(long PlanId, long Id)>(new CommandDefinition(
                "SELECT plan_id, id FROM mutual_aid_enrolment WHERE member_id = @MemberId AND plan_id IN @Ids",
                new { MemberId = memberId, Ids = rows.Select(r => r.Id).ToArray() }, cancellationToken: ct))).ToDictionary(r => r.PlanId, r => r.Id);
        var views = await MutualAid.PlanViewsAsync(conn, null, rows, ct);
        return TypedResults.Ok(views.Select((p, i) => new OpenPlan(p, enrolled.TryGetValue(rows[i].Id, out var e) ? e.Text() : null)).ToList());
    }
}

using Microsoft.AspNetCore.Http.HttpResults;
using MySqlConnector;
using UnionHub.Api.Platform;

namespace UnionHub.Api.Features.MutualAid;

/// <summary>GET /me/mutual-aid/enrolments/{id}: one of the caller's enrolments as a certificate (number, plan, period, benefits).</summary>
public static class GetMyMutualAidEnrolment
{
    public static async Task<Results<Ok<MutualAid.Enrolment>, ProblemHttpResult>> Handle(string id, HttpContext http, MySqlDataSource db,
        PiiProtector pii, CancellationToken ct)
    {
        if (Ids.Parse(id) is not { } enrolmentId)
        {
            return Problems.NotFound("enrolment");
        }

        await using var conn = await db.OpenConnectionAsync(ct);
        var found = await MutualAid.MemberEnrolmentsAsync(conn, null, http.User.MemberId()!.Value, enrolmentId, pii, ct);
        return found.Count == 0 ? Problems.NotFound("enrolment") : TypedResults.Ok(found[0]);
    }
}

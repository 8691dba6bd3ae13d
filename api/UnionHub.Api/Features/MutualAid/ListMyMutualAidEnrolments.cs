using Microsoft.AspNetCore.Http.HttpResults;
using MySqlConnector;
using UnionHub.Api.Platform;

namespace UnionHub.Api.Features.MutualAid;

/// <summary>GET /me/mutual-aid/enrolments: the caller's enrolments (certificates), newest first, with what is left of each benefit.</summary>
public static class ListMyMutualAidEnrolments
{
    public static async Task<Ok<List<MutualAid.Enrolment>>> Handle(HttpContext http, MySqlDataSource db, PiiProtector pii, CancellationToken ct)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        return TypedResults.Ok(await MutualAid.MemberEnrolmentsAsync(conn, null, http.User.MemberId()!.Value, null, pii, ct));
    }
}

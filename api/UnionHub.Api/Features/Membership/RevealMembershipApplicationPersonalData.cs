using Microsoft.AspNetCore.Http.HttpResults;
using MySqlConnector;
using UnionHub.Api.Platform;
using static UnionHub.Api.Features.Membership.MembershipRules;

namespace UnionHub.Api.Features.Membership;

/// <summary>
/// GET /admin/membership-applications/{id}/personal-data?reason=: the applicant's full name and phone (查看完整信息, to call
/// the applicant before deciding), for staff of the organisation's subtree. Each call writes its own audit row
/// (<c>membership_application_personal_data.read</c>) with the reason; the list stays masked. As on the member's page, the ID
/// number stays masked here: the v1 contract promises that no endpoint returns a full ID number.
/// </summary>
public static class RevealMembershipApplicationPersonalData
{
    public sealed record Response(string Id, string Name, string Phone, string IdNumberMasked);

    public static async Task<Results<Ok<Response>, ProblemHttpResult>> Handle(
        string id, HttpContext http, MySqlDataSource db, PiiProtector pii, CancellationToken ct)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        var scope = await Scope.OfAsync(conn, null, http.User, ct);
        if (await scope.FindAsync<Row>(conn, null, SelectColumns + " WHERE a.id = @Id", Ids.Parse(id), ct) is not { } row)
        {
            return Problems.NotFound("membership application");
        }

        return TypedResults.Ok(new Response(row.Id.Text(), pii.Decrypt(row.NameEnc), pii.Decrypt(row.PhoneEnc), Mask.IdNumber(pii.Decrypt(row.IdEnc))));
    }
}

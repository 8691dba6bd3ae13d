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

        return TypedResults.Ok(await ListOpenFunds.OpenAsync(conn, clock, orgPath => OnBehalf.IsMembersFund(orgPath, member.OrgPath), ct));
    }
}

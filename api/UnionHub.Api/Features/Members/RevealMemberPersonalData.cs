using Microsoft.AspNetCore.Http.HttpResults;
using MySqlConnector;
using UnionHub.Api.Platform;

namespace UnionHub.Api.Features.Members;

/// <summary>
/// GET /admin/members/{id}/personal-data?reason=: the member's full name and phone (查看完整信息), for staff of the
/// member's subtree. Its own call so that every unmasking writes its own audit row (<c>member_personal_data.read</c>)
/// with the reason; the member page and the search stay masked. A deleted member has nothing left to reveal (404).
/// The ID number stays masked even here: the v1 contract promises that no endpoint returns a full ID number. Staff who
/// must check one search by it (<see cref="SearchMembers"/>, through the blind index): a hit proves the number.
/// </summary>
public static class RevealMemberPersonalData
{
    public sealed record Response(string Id, string? Name, string? Phone, string? IdNumberMasked);

    public static async Task<Results<Ok<Response>, ProblemHttpResult>> Handle(
        string id, HttpContext http, MySqlDataSource db, PiiProtector pii, CancellationToken ct)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        var scope = await Scope.OfAsync(conn, null, http.User, ct);
        var member = await MemberLookup.FindVisibleAsync(conn, null, scope, Ids.Parse(id), ct);
        if (member is null || member.DeletedAt is not null)
        {
            return Problems.NotFound("member");
        }

        return TypedResults.Ok(new Response(member.Id.Text(), pii.DecryptOrNull(member.NameEnc), pii.DecryptOrNull(member.PhoneEnc),
            pii.DecryptOrNull(member.IdEnc) is { } number ? Mask.IdNumber(number) : null));
    }
}

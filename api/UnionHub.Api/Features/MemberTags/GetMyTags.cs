using Microsoft.AspNetCore.Http.HttpResults;
using MySqlConnector;
using UnionHub.Api.Platform;

namespace UnionHub.Api.Features.MemberTags;

/// <summary>GET /me/tags: the tags the union has recorded about the caller (劳模, 女职工...), which decide the activities open to them
/// and their weight in lotteries.</summary>
public static class GetMyTags
{
    public sealed record MyTagsResponse(IReadOnlyList<MemberTagRules.Tag> Tags);

    public static async Task<Ok<MyTagsResponse>> Handle(HttpContext http, MySqlDataSource db, CancellationToken ct)
    {
        var memberId = http.User.MemberId()!.Value;
        await using var conn = await db.OpenConnectionAsync(ct);
        return TypedResults.Ok(new MyTagsResponse(MemberTagRules.Views(await MemberTagRules.OfMemberAsync(conn, null, memberId, ct))));
    }
}

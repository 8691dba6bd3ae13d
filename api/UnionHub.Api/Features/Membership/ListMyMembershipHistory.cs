using Microsoft.AspNetCore.Http.HttpResults;
using MySqlConnector;
using UnionHub.Api.Platform;
using static UnionHub.Api.Features.Membership.MembershipRules;

namespace UnionHub.Api.Features.Membership;

/// <summary>GET /membership/history: the caller's membership history (joined, transferred, left), newest first.</summary>
public static class ListMyMembershipHistory
{
    public static async Task<Results<Ok<Page<HistoryEntry>>, ProblemHttpResult>> Handle(
        HttpContext http, MySqlDataSource db, CancellationToken ct, int? limit = null, string? cursor = null)
    {
        if (Paging.Read(limit, cursor, out var paging) is { } badCursor)
        {
            return badCursor;
        }

        await using var conn = await db.OpenConnectionAsync(ct);
        var rows = await HistoryAsync(conn, null, "h.id < @After AND h.member_id = @MemberId",
            new { paging.After, MemberId = http.User.MemberId() }, paging.Fetch, ct);
        return TypedResults.Ok(paging.Build(rows, r => long.Parse(r.Id, System.Globalization.CultureInfo.InvariantCulture)));
    }
}

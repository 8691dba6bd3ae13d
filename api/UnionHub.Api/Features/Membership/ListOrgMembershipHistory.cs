using Microsoft.AspNetCore.Http.HttpResults;
using MySqlConnector;
using UnionHub.Api.Features.Members;
using UnionHub.Api.Platform;
using static UnionHub.Api.Features.Membership.MembershipRules;

namespace UnionHub.Api.Features.Membership;

/// <summary>
/// GET /admin/orgs/{orgId}/membership-history: who joined, moved in or out, or left the organisation and those below it, newest
/// first. A transfer shows in both organisations' history.
/// </summary>
public static class ListOrgMembershipHistory
{
    private static readonly string InSubtree = $"h.id < @After AND ({Scope.Sql("fo.path")} OR {Scope.Sql("tor.path")})";

    public static async Task<Results<Ok<Page<HistoryEntry>>, ProblemHttpResult>> Handle(
        string orgId, HttpContext http, MySqlDataSource db, CancellationToken ct, int? limit = null, string? cursor = null)
    {
        if (Paging.Read(limit, cursor, out var paging) is { } badCursor)
        {
            return badCursor;
        }

        await using var conn = await db.OpenConnectionAsync(ct);
        var scope = await Scope.OfAsync(conn, null, http.User, ct);
        if (await Orgs.FindVisibleAsync(conn, null, scope, Ids.Parse(orgId), ct) is not { } org)
        {
            return Problems.NotFound("organisation");
        }

        var rows = await HistoryAsync(conn, null, InSubtree, new { paging.After, ScopePath = scope.Within(org.Path).Path }, paging.Fetch, ct);
        var page = paging.Build(rows, r => long.Parse(r.Id, System.Globalization.CultureInfo.InvariantCulture));
        return TypedResults.Ok(page);
    }
}

using Dapper;
using Microsoft.AspNetCore.Http.HttpResults;
using MySqlConnector;
using UnionHub.Api.Platform;
using static UnionHub.Api.Features.Membership.MembershipRules;

namespace UnionHub.Api.Features.Membership;

/// <summary>GET /membership/applications: the caller's applications to join, newest first (the refusal reason included).</summary>
public static class ListMyMembershipApplications
{
    private const string Select = SelectColumns + """
         WHERE a.member_id = @MemberId AND a.id < @After
        ORDER BY a.id DESC
        LIMIT @Take
        """;

    public static async Task<Results<Ok<Page<Application>>, ProblemHttpResult>> Handle(
        HttpContext http, MySqlDataSource db, PiiProtector pii, CancellationToken ct, int? limit = null, string? cursor = null)
    {
        if (Paging.Read(limit, cursor, out var paging) is { } badCursor)
        {
            return badCursor;
        }

        await using var conn = await db.OpenConnectionAsync(ct);
        var rows = (await conn.QueryAsync<Row>(new CommandDefinition(Select,
            new { MemberId = http.User.MemberId(), After = paging.After, Take = paging.Fetch }, cancellationToken: ct))).ToList();
        var page = paging.Build(rows, r => r.Id);
        return TypedResults.Ok(new Page<Application>(await ViewsAsync(conn, null, pii, page.Items, ct), page.NextCursor));
    }
}

using Dapper;
using Microsoft.AspNetCore.Http.HttpResults;
using MySqlConnector;
using UnionHub.Api.Platform;

namespace UnionHub.Api.Features.Funds;

/// <summary>GET /me/fund-applications and /me/fund-applications/{id}: the caller's own applications only.</summary>
public static class MyApplications
{
    public static async Task<Results<Ok<Page<Applications.Application>>, ProblemHttpResult>> List(
        HttpContext http, MySqlDataSource db, PiiProtector pii, CancellationToken ct, int? limit = null, string? cursor = null)
    {
        if (Paging.After(cursor) is not { } after)
        {
            return Problems.BadCursor();
        }

        var take = Paging.Limit(limit);
        await using var conn = await db.OpenConnectionAsync(ct);
        var rows = (await conn.QueryAsync<Applications.Row>(new CommandDefinition(
            Applications.Select + " WHERE a.member_id = @MemberId AND a.id < @After ORDER BY a.id DESC LIMIT @Take",
            new { MemberId = http.User.MemberId(), After = after, Take = take + 1 }, cancellationToken: ct))).ToList();
        var page = Paging.Build(rows, take, r => r.Id);
        return TypedResults.Ok(new Page<Applications.Application>(page.Items.Select(r => Applications.ToView(r, pii)).ToList(), page.NextCursor));
    }

    public static async Task<Results<Ok<Applications.Application>, ProblemHttpResult>> Get(
        string id, HttpContext http, MySqlDataSource db, PiiProtector pii, CancellationToken ct)
    {
        if (FundRules.ParseId(id) is not { } appId)
        {
            return Problems.NotFound("application");
        }

        await using var conn = await db.OpenConnectionAsync(ct);
        var view = await Applications.LoadAsync(conn, null, appId, http.User.MemberId(), pii, ct);
        return view is null ? Problems.NotFound("application") : TypedResults.Ok(view);
    }
}

using Dapper;
using Microsoft.AspNetCore.Http.HttpResults;
using MySqlConnector;
using UnionHub.Api.Platform;

namespace UnionHub.Api.Features.Funds;

public static class ListMyFundApplications
{
    public static async Task<Results<Ok<Page<Applications.Application>>, ProblemHttpResult>> Handle(
        HttpContext http, MySqlDataSource db, PiiProtector pii, CancellationToken ct, int? limit = null, string? cursor = null)
    {
        if (Paging.Read(limit, cursor, out var paging) is { } badCursor)
        {
            return badCursor;
        }

        await using var conn = await db.OpenConnectionAsync(ct);
        var rows = (await conn.QueryAsync<Applications.Row>(new CommandDefinition(
            Applications.Select + " WHERE a.member_id = @MemberId AND a.id < @After ORDER BY a.id DESC LIMIT @Take",
            new { MemberId = http.User.MemberId(), After = paging.After, Take = paging.Fetch }, cancellationToken: ct))).ToList();
        var page = paging.Build(rows, r => r.Id);
        return TypedResults.Ok(new Page<Applications.Application>(page.Items.Select(r => Applications.ToView(r, pii)).ToList(), page.NextCursor));
    }
}

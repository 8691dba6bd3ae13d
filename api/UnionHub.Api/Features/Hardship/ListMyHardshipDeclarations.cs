using Dapper;
using Microsoft.AspNetCore.Http.HttpResults;
using MySqlConnector;
using UnionHub.Api.Platform;

namespace UnionHub.Api.Features.Hardship;

public static class ListMyHardshipDeclarations
{
    public static async Task<Results<Ok<Page<Declarations.Declaration>>, ProblemHttpResult>> Handle(
        int? limit, string? cursor, HttpContext http, MySqlDataSource db, PiiProtector pii, CancellationToken ct)
    {
        var after = Paging.After(cursor);
        if (after is null)
        {
            return Problems.BadCursor();
        }

        var take = Paging.Limit(limit);
        await using var conn = await db.OpenConnectionAsync(ct);
        var rows = (await conn.QueryAsync<Declarations.Row>(new CommandDefinition(
            Declarations.Select + " WHERE d.member_id = @memberId AND d.id < @after ORDER BY d.id DESC LIMIT @take",
            new { memberId = http.User.MemberId(), after, take = take + 1 }, cancellationToken: ct))).ToList();
        var page = Paging.Build(rows, take, r => r.Id);
        return TypedResults.Ok(new Page<Declarations.Declaration>(page.Items.Select(r => Declarations.View(r, pii)).ToList(), page.NextCursor));
    }
}

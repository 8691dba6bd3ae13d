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
        if (Paging.Read(limit, cursor, out var paging) is { } badCursor)
        {
            return badCursor;
        }

        await using var conn = await db.OpenConnectionAsync(ct);
        var rows = (await conn.QueryAsync<Declarations.Row>(new CommandDefinition(
            Declarations.Select + " WHERE d.member_id = @memberId AND d.id < @after ORDER BY d.id DESC LIMIT @take",
            new { memberId = http.User.MemberId(), after = paging.After, take = paging.Fetch }, cancellationToken: ct))).ToList();
        var page = paging.Build(rows, r => r.Id);
        // each with its history and documents (the timeline of the app); objections stay with staff (they could identify a colleague)
        var items = new List<Declarations.Declaration>();
        foreach (var r in page.Items)
        {
            items.Add((await Declarations.LoadAsync(conn, null, r.Id, pii, ct))! with { Objections = null });
        }

        return TypedResults.Ok(new Page<Declarations.Declaration>(items, page.NextCursor));
    }
}

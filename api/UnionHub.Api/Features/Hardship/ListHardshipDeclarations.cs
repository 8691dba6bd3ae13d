using Dapper;
using Microsoft.AspNetCore.Http.HttpResults;
using MySqlConnector;
using UnionHub.Api.Platform;
using static UnionHub.Api.Features.Hardship.Declarations;

namespace UnionHub.Api.Features.Hardship;

public static class ListHardshipDeclarations
{
    public static async Task<Results<Ok<Page<Declaration>>, ProblemHttpResult>> Handle(
        string? roundId, string? status, int? limit, string? cursor, HttpContext http, MySqlDataSource db, PiiProtector pii, CancellationToken ct)
    {
        if (Paging.Read(limit, cursor, out var paging) is { } badCursor)
        {
            return badCursor;
        }

        var v = new Validator()
            .Check(roundId is null || Ids.Parse(roundId) is not null, "roundId", "is not a valid id")
            .Check(status is null || HardshipRules.Statuses.Contains(status), "status", "is not a declaration status");
        if (!v.IsValid)
        {
            return v.Problem();
        }

        await using var conn = await db.OpenConnectionAsync(ct);
        var scope = await Scope.OfAsync(conn, null, http.User, ct);
        var rows = (await conn.QueryAsync<Row>(new CommandDefinition(Select + $"""
             WHERE {Scope.Sql("d.org_path")} AND d.id < @after
               AND (@round IS NULL OR d.round_id = @round) AND (@status IS NULL OR d.status = @status)
             ORDER BY d.id DESC LIMIT @take
            """, new { ScopePath = scope.Path, after = paging.After, round = Ids.Parse(roundId), status, take = paging.Fetch }, cancellationToken: ct))).ToList();
        var page = paging.Build(rows, r => r.Id);
        return TypedResults.Ok(new Page<Declaration>(page.Items.Select(r => View(r, pii)).ToList(), page.NextCursor));
    }
}

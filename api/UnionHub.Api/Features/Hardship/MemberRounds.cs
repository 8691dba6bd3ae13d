using Dapper;
using Microsoft.AspNetCore.Http.HttpResults;
using MySqlConnector;
using UnionHub.Api.Features.Members;
using UnionHub.Api.Platform;

namespace UnionHub.Api.Features.Hardship;

/// <summary>What a member sees: the rounds of their organisations (with packages and their own choice) and their declarations.</summary>
public static class MemberRounds
{
    public sealed record MemberRound(string Id, string Title, string Kind, DateTimeOffset OpensAt, DateTimeOffset ClosesAt, string SurveyStatus,
        IReadOnlyList<Rounds.Tier> Tiers, IReadOnlyList<Rounds.Package> Packages, string? MyPackageId);

    public static async Task<Results<Ok<Page<MemberRound>>, ProblemHttpResult>> List(
        int? limit, string? cursor, HttpContext http, MySqlDataSource db, CancellationToken ct)
    {
        var after = Paging.After(cursor);
        if (after is null)
        {
            return Problems.BadCursor();
        }

        var take = Paging.Limit(limit);
        var memberId = http.User.MemberId()!.Value;
        await using var conn = await db.OpenConnectionAsync(ct);
        var path = await conn.ExecuteScalarAsync<string?>(new CommandDefinition(
            "SELECT o.path FROM member m JOIN org o ON o.id = m.org_id WHERE m.id = @memberId", new { memberId }, cancellationToken: ct));
        var ids = path is null ? []
            : (await conn.QueryAsync<long>(new CommandDefinition("""
                SELECT id FROM hardship_round WHERE @path LIKE CONCAT(org_path, '%') AND id < @after ORDER BY id DESC LIMIT @take
                """, new { path, after, take = take + 1 }, cancellationToken: ct))).ToList();
        var page = Paging.Build(ids, take, i => i);
        var items = new List<MemberRound>();
        foreach (var roundId in page.Items)
        {
            var r = (await Rounds.LoadAsync(conn, null, roundId, ct))!;
            var mine = await conn.ExecuteScalarAsync<long?>(new CommandDefinition(
                "SELECT package_id FROM hardship_package_choice WHERE round_id = @roundId AND member_id = @memberId", new { roundId, memberId },
                cancellationToken: ct));
            items.Add(new MemberRound(r.Id, r.Title, r.Kind, r.OpensAt, r.ClosesAt, r.SurveyStatus, r.Tiers, r.Packages, mine?.Text()));
        }

        return TypedResults.Ok(new Page<MemberRound>(items, page.NextCursor));
    }

    public static async Task<Results<Ok<Page<Declarations.Declaration>>, ProblemHttpResult>> MyDeclarations(
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

using Dapper;
using Microsoft.AspNetCore.Http.HttpResults;
using MySqlConnector;
using UnionHub.Api.Features.Members;
using UnionHub.Api.Platform;
using static UnionHub.Api.Features.Hardship.MemberRounds;

namespace UnionHub.Api.Features.Hardship;

public static class ListHardshipRounds
{
    public static async Task<Results<Ok<Page<MemberRound>>, ProblemHttpResult>> Handle(
        int? limit, string? cursor, HttpContext http, MySqlDataSource db, CancellationToken ct)
    {
        if (Paging.Read(limit, cursor, out var paging) is { } badCursor)
        {
            return badCursor;
        }

        var memberId = http.User.MemberId()!.Value;
        await using var conn = await db.OpenConnectionAsync(ct);
        var path = await conn.ExecuteScalarAsync<string?>(new CommandDefinition(
            "SELECT o.path FROM member m JOIN org o ON o.id = m.org_id WHERE m.id = @memberId", new { memberId }, cancellationToken: ct));
        var ids = path is null ? []
            : (await conn.QueryAsync<long>(new CommandDefinition("""
                SELECT id FROM hardship_round WHERE @path LIKE CONCAT(org_path, '%') AND id < @after ORDER BY id DESC LIMIT @take
                """, new { path, after = paging.After, take = paging.Fetch }, cancellationToken: ct))).ToList();
        var page = paging.Build(ids, i => i);
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
}

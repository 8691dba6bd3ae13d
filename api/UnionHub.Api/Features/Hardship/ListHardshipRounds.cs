using Dapper;
using Microsoft.AspNetCore.Http.HttpResults;
using MySqlConnector;
using UnionHub.Api.Features.Members;
using UnionHub.Api.Platform;
using static UnionHub.Api.Features.Hardship.MemberRounds;

namespace UnionHub.Api.Features.Hardship;

/// <summary>
/// GET /hardship/rounds: the rounds of the caller's organisations, newest first. A round whose fund pays mutual-aid claims only takes no
/// declaration (422 <c>fund.mutual_aid_only</c>), so it is not offered as one (<c>takesDeclarations</c> false) and is listed only when
/// it carries a package survey (the member can answer it, or see the voucher it gave) or the caller declared in it before.
/// </summary>
public static class ListHardshipRounds
{
    private sealed class Listed
    {
        public long Id { get; set; }
        public bool TakesDeclarations { get; set; }
    }

    internal const string SelectPage = $"""
        SELECT r.id, {Funds.FundRules.TakesReliefCasesSql} AS TakesDeclarations
        FROM hardship_round r JOIN fund f ON f.id = r.fund_id
        WHERE r.org_id IN @orgIds AND r.id < @after
          AND ({Funds.FundRules.TakesReliefCasesSql}
               OR EXISTS (SELECT 1 FROM hardship_package p WHERE p.round_id = r.id)
               OR EXISTS (SELECT 1 FROM hardship_declaration d WHERE d.round_id = r.id AND d.member_id = @memberId))
        ORDER BY r.id DESC LIMIT @take
        """;

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
        var rows = path is null ? []
            : (await conn.QueryAsync<Listed>(new CommandDefinition(SelectPage,
                new { orgIds = OrgAncestors.Of(path), memberId, after = paging.After, take = paging.Fetch }, cancellationToken: ct))).ToList();
        var page = paging.Build(rows, r => r.Id);
        var items = new List<MemberRound>();
        foreach (var listed in page.Items)
        {
            var (roundId, takesDeclarations) = (listed.Id, listed.TakesDeclarations);
            var r = (await Rounds.LoadAsync(conn, null, roundId, ct))!;
            var mine = await conn.ExecuteScalarAsync<long?>(new CommandDefinition(
                "SELECT package_id FROM hardship_package_choice WHERE round_id = @roundId AND member_id = @memberId", new { roundId, memberId },
                cancellationToken: ct));
            items.Add(new MemberRound(r.Id, r.Title, r.Kind, r.OpensAt, r.ClosesAt, r.SurveyStatus, r.Tiers, r.Packages, mine?.Text(), takesDeclarations));
        }

        return TypedResults.Ok(new Page<MemberRound>(items, page.NextCursor));
    }
}

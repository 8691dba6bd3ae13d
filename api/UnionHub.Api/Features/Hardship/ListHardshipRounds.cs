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

    /// <summary>
    /// A page over <paramref name="orgs"/> organisations (<see cref="OrgAncestors.PageSql"/>; the index (org_id, id) answers each). The
    /// fund's kind is a subquery, not a join: a join to the small fund table is done with a join buffer, which gives up the index's order
    /// and sorts every round of the org (a round's fund is never deleted, so the subquery always finds it, as the join did).
    /// </summary>
    internal static string SelectPage(int orgs) => OrgAncestors.PageSql($"""
        SELECT r.id, {Funds.FundRules.TakesReliefCasesSql} AS TakesDeclarations
        FROM hardship_round r JOIN fund f ON f.id = r.fund_id
        """, "r", org => $"""
        SELECT r.id FROM hardship_round r FORCE INDEX (ix_hardship_round_org)
        WHERE r.org_id {org} AND r.id < @After
          AND ((SELECT {Funds.FundRules.TakesReliefCasesSql} FROM fund f WHERE f.id = r.fund_id)
               OR EXISTS (SELECT 1 FROM hardship_package p WHERE p.round_id = r.id)
               OR EXISTS (SELECT 1 FROM hardship_declaration d WHERE d.round_id = r.id AND d.member_id = @MemberId))
        ORDER BY r.id DESC LIMIT @Take
        """, "id", orgs);

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
        var orgIds = OrgAncestors.Of(path);
        var rows = orgIds.Length == 0 ? []
            : (await conn.QueryAsync<Listed>(new CommandDefinition(SelectPage(orgIds.Length),
                OrgAncestors.Bind(new { MemberId = memberId, After = paging.After, Take = paging.Fetch }, orgIds), cancellationToken: ct))).ToList();
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

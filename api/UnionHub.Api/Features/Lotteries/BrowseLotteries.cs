using Dapper;
using Microsoft.AspNetCore.Http.HttpResults;
using MySqlConnector;
using UnionHub.Api.Platform;

namespace UnionHub.Api.Features.Lotteries;

/// <summary>
/// GET /lotteries: published lotteries of the organisations above the caller (their subtree includes the caller), newest first. A grant
/// lottery not yet drawn whose fund pays mutual-aid claims only (it takes no application, 422 <c>fund.mutual_aid_only</c>) is left out,
/// unless the caller applied to it before (then it is listed with <c>accepting</c> false).
/// </summary>
public static class BrowseLotteries
{
    /// <summary>
    /// A page over <paramref name="orgs"/> organisations (<see cref="OrgAncestors.PageSql"/>; the index (org_id, id) answers each). The
    /// fund's kind is a subquery, not a join: a join to the small fund table is done with a join buffer, which gives up the index's order
    /// and sorts every lottery of the org.
    /// </summary>
    internal static string SelectPage(int orgs) => OrgAncestors.PageSql(LotteryRules.LotteryColumns, "l", org => $"""
        SELECT l.id FROM lottery l FORCE INDEX (ix_lottery_org)
         WHERE l.org_id {org} AND l.id < @After AND l.status <> 'draft'
           AND (l.status = 'drawn' OR l.fund_id IS NULL OR (SELECT f.kind <> 'mutual_aid' FROM fund f WHERE f.id = l.fund_id)
                OR EXISTS (SELECT 1 FROM lottery_application a WHERE a.lottery_id = l.id AND a.member_id = @MemberId))
         ORDER BY l.id DESC LIMIT @Take
        """, "id", orgs);

    public static async Task<Results<Ok<Page<LotteryRules.MemberLotteryResponse>>, ProblemHttpResult>> Handle(
        HttpContext http, MySqlDataSource db, TimeProvider clock, CancellationToken ct, int? limit = null, string? cursor = null)
    {
        if (Paging.Read(limit, cursor, out var paging) is { } badCursor)
        {
            return badCursor;
        }

        var memberId = http.User.MemberId()!.Value;
        await using var conn = await db.OpenConnectionAsync(ct);
        var member = await LotteryRules.MemberAsync(conn, null, memberId, ct);
        if (member?.OrgPath is null)
        {
            return TypedResults.Ok(new Page<LotteryRules.MemberLotteryResponse>([], null));
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var orgIds = OrgAncestors.Of(member.OrgPath);
        var rows = (await conn.QueryAsync<LotteryRules.LotteryRow>(new CommandDefinition(SelectPage(orgIds.Length),
            OrgAncestors.Bind(new { After = paging.After, MemberId = memberId, Take = paging.Fetch }, orgIds), cancellationToken: ct))).ToList();
        var page = paging.Build(rows, r => r.Id);
        var items = new List<LotteryRules.MemberLotteryResponse>(page.Items.Count);
        foreach (var row in page.Items)
        {
            items.Add(await LotteryRules.MemberViewAsync(conn, null, row, memberId, now, ct));
        }

        return TypedResults.Ok(new Page<LotteryRules.MemberLotteryResponse>(items, page.NextCursor));
    }
}

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
    internal const string SelectPage = LotteryRules.LotteryColumns + """
         WHERE l.id < @After AND l.status <> 'draft' AND l.org_id IN @OrgIds
           AND (l.status = 'drawn' OR l.fund_id IS NULL OR f.kind <> 'mutual_aid'
                OR EXISTS (SELECT 1 FROM lottery_application a WHERE a.lottery_id = l.id AND a.member_id = @MemberId))
         ORDER BY l.id DESC LIMIT @Take
        """;

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
        var rows = (await conn.QueryAsync<LotteryRules.LotteryRow>(new CommandDefinition(SelectPage,
            new { After = paging.After, OrgIds = OrgAncestors.Of(member.OrgPath), MemberId = memberId, Take = paging.Fetch }, cancellationToken: ct))).ToList();
        var page = paging.Build(rows, r => r.Id);
        var items = new List<LotteryRules.MemberLotteryResponse>(page.Items.Count);
        foreach (var row in page.Items)
        {
            items.Add(await LotteryRules.MemberViewAsync(conn, null, row, memberId, now, ct));
        }

        return TypedResults.Ok(new Page<LotteryRules.MemberLotteryResponse>(items, page.NextCursor));
    }
}

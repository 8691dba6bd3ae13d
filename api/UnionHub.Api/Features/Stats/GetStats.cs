using Dapper;
using Microsoft.AspNetCore.Http.HttpResults;
using MySqlConnector;
using UnionHub.Api.Platform;
using static UnionHub.Api.Features.Stats.StatsApi;

namespace UnionHub.Api.Features.Stats;

public static class GetStats
{
    private sealed record PerkRow(long Id, string Title, int Stock, int Claimed, long Redeemed);
    private sealed record FundRow(long Id, string Name, long GrantedFen, long DisbursedFen, long Applications);

    private const string Sql = """
        SELECT COUNT(*) FROM member WHERE deleted_at IS NULL;
        SELECT COUNT(*) FROM member WHERE deleted_at IS NULL AND verified_at IS NOT NULL;
        SELECT p.id, p.title, p.stock, p.claimed,
               (SELECT COUNT(*) FROM voucher v WHERE v.perk_id = p.id AND v.status = 'redeemed') AS Redeemed
        FROM perk p ORDER BY p.id DESC;
        SELECT f.id, f.name, f.granted_fen AS GrantedFen, f.disbursed_fen AS DisbursedFen,
               (SELECT COUNT(*) FROM fund_application a WHERE a.fund_id = f.id AND a.status <> 'draft') AS Applications
        FROM fund f ORDER BY f.id DESC;
        SELECT (SELECT COUNT(*) FROM voucher) + (SELECT COUNT(*) FROM fund_application WHERE status IN ('approved', 'disbursed'));
        """;

    public static async Task<Ok<Response>> Handle(Transactions transactions, CancellationToken ct)
    {
        return await transactions.RunAsync<Ok<Response>>(async (conn, tx) =>
        {
            // one snapshot: every figure is read as of the same moment
            await using var grid = await conn.QueryMultipleAsync(new CommandDefinition(Sql, transaction: tx, cancellationToken: ct));
            var members = await grid.ReadSingleAsync<int>();
            var verified = await grid.ReadSingleAsync<int>();
            var perks = (await grid.ReadAsync<PerkRow>()).Select(p => new PerkFigures(Id(p.Id), p.Title, p.Stock, p.Claimed, (int)p.Redeemed)).ToList();
            var funds = (await grid.ReadAsync<FundRow>()).Select(f => new FundFigures(Id(f.Id), f.Name, f.GrantedFen, f.DisbursedFen, (int)f.Applications)).ToList();
            var served = await grid.ReadSingleAsync<long>();
            return TypedResults.Ok(new Response(members, verified, perks, funds, served));
        }, ct, System.Data.IsolationLevel.RepeatableRead);
    }
}

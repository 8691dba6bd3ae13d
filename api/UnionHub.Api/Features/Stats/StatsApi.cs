using System.Globalization;
using Dapper;
using Microsoft.AspNetCore.Http.HttpResults;
using MySqlConnector;
using UnionHub.Api.Platform;

namespace UnionHub.Api.Features.Stats;

/// <summary>GET /admin/stats (super_admin): the figures the union reports, read in one consistent snapshot.</summary>
public static class StatsApi
{
    public sealed record PerkFigures(string Id, string Title, int Stock, int Claimed, int Redeemed);
    public sealed record FundFigures(string Id, string Name, long GrantedFen, long DisbursedFen, int Applications);

    /// <summary>
    /// <c>servedPersonTimes</c> counts each service a member received once: every voucher issued plus every fund
    /// application granted (approved or disbursed).
    /// </summary>
    public sealed record Response(int Members, int VerifiedMembers, IReadOnlyList<PerkFigures> Perks, IReadOnlyList<FundFigures> Funds,
        long ServedPersonTimes);

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

    public static IEndpointRouteBuilder MapStats(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/v1/admin/stats", Handle).WithTags("Figures").RequireAuthorization(Policies.SuperAdmin)
            .WithName("GetStats").WithSummary("Members, verification, perks, funds and person-times served");
        app.MapGet("/api/v1/admin/stats/members-timeline", MemberTimeline.Handle).WithTags("Figures").RequireAuthorization(Policies.SuperAdmin)
            .WithName("GetMemberTimeline").WithSummary("Members and verifications per China day over the last days (default 30), with running totals")
            .ProducesProblem(422);
        app.MapGet("/api/v1/admin/stats/perks", PerkFigureList.Handle).WithTags("Figures").RequireAuthorization(Policies.OrgAdmin)
            .WithName("ListPerkFigures").WithSummary("The perks the caller manages with live stock, claimed and redeemed counts, newest first")
            .ProducesProblem(400);
        return app;
    }

    public static async Task<Ok<Response>> Handle(MySqlDataSource db, CancellationToken ct)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        // one snapshot: every figure is read as of the same moment
        await using var tx = await conn.BeginTransactionAsync(System.Data.IsolationLevel.RepeatableRead, ct);
        await using var grid = await conn.QueryMultipleAsync(new CommandDefinition(Sql, transaction: tx, cancellationToken: ct));
        var members = await grid.ReadSingleAsync<int>();
        var verified = await grid.ReadSingleAsync<int>();
        var perks = (await grid.ReadAsync<PerkRow>()).Select(p => new PerkFigures(Id(p.Id), p.Title, p.Stock, p.Claimed, (int)p.Redeemed)).ToList();
        var funds = (await grid.ReadAsync<FundRow>()).Select(f => new FundFigures(Id(f.Id), f.Name, f.GrantedFen, f.DisbursedFen, (int)f.Applications)).ToList();
        var served = await grid.ReadSingleAsync<long>();
        return TypedResults.Ok(new Response(members, verified, perks, funds, served));
    }

    private static string Id(long id) => id.ToString(CultureInfo.InvariantCulture);
}

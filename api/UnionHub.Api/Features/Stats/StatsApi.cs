using System.Globalization;
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

    public static IEndpointRouteBuilder MapStats(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/v1/admin/stats", GetStats.Handle).WithTags("Figures").RequireAuthorization(Policies.SuperAdmin)
            .WithName("GetStats").WithSummary("Members, verification, perks, funds and person-times served");
        app.MapGet("/api/v1/admin/stats/members-timeline", GetMemberTimeline.Handle).WithTags("Figures").RequireAuthorization(Policies.SuperAdmin)
            .WithName("GetMemberTimeline").WithSummary("Members and verifications per China day over the last days (default 30), with running totals")
            .ProducesProblem(422);
        app.MapGet("/api/v1/admin/stats/perks", ListPerkFigures.Handle).WithTags("Figures").RequireAuthorization(Policies.OrgAdmin)
            .WithName("ListPerkFigures").WithSummary("The perks the caller manages with live stock, claimed and redeemed counts, newest first")
            .ProducesProblem(400);
        return app;
    }

    internal static string Id(long id) => id.ToString(CultureInfo.InvariantCulture);
}

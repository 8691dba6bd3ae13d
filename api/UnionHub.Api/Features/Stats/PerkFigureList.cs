namespace UnionHub.Api.Features.Stats;

/// <summary>
/// GET /admin/stats/perks (org_admin, super_admin): the perks the caller manages with their live figures (stock, claimed,
/// redeemed), newest first: the staff console's perk list, refreshed every few seconds. An org_admin sees the perks created
/// inside their organisation tree, a super_admin every perk.
/// </summary>
public static class PerkFigureList
{
    public sealed record Item(string Id, string Kind, string Title, string? Description, int Stock, int Claimed, int Redeemed,
        int PerMemberLimit, DateTimeOffset StartsAt, DateTimeOffset EndsAt, long? FaceValueFen, string? CreatedOrgId, DateTimeOffset CreatedAt);
}

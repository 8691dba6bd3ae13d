using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using UnionHub.Api.Platform;

namespace UnionHub.Api.Features.Perks;

/// <summary>GET /perks and GET /perks/{id}: what a member may see, with what is left and what they claimed.</summary>
public static class ListPerks
{
    public sealed record PerkView(string Id, string Kind, string Title, string? Description, DateTimeOffset StartsAt, DateTimeOffset EndsAt,
        int Remaining, int PerMemberLimit, int ClaimedByMe, long? FaceValueFen, DateTimeOffset? ValidUntil, int? ValidDays,
        string? ReleaseTime, int? MemberDailyLimit, DateTimeOffset? NextReleaseAt, string Mode, bool BarNoShows);

    internal sealed record Row(long Id, string Kind, string Title, string? Description, DateTime StartsAt, DateTime EndsAt, int Stock,
        int Claimed, int? DailyRelease, int PerMemberLimit, long? FaceValueFen, DateTime? ValidUntil, int? ValidDays, long ClaimedByMe,
        int? ReleaseMinute, bool Rollover, int? MemberDailyLimit, int? DayKey, int DayClaimed, string Mode, bool BarNoShows);

    // Visible: no eligibility rows, or the member's org lies in an eligible org's subtree (materialised paths).
    internal const string Select = """
        SELECT p.id, p.kind, p.title, p.description, p.starts_at AS StartsAt, p.ends_at AS EndsAt, p.stock, p.claimed,
               p.daily_release AS DailyRelease, p.per_member_limit AS PerMemberLimit, p.face_value_fen AS FaceValueFen,
               p.valid_until AS ValidUntil, p.valid_days AS ValidDays,
               (SELECT COUNT(*) FROM voucher v WHERE v.perk_id = p.id AND v.member_id = @memberId) AS ClaimedByMe,
               p.release_minute AS ReleaseMinute, p.rollover, p.member_daily_limit AS MemberDailyLimit, p.day_key AS DayKey,
               p.day_claimed AS DayClaimed, p.mode, p.bar_no_shows AS BarNoShows
        FROM perk p
        WHERE (NOT EXISTS (SELECT 1 FROM perk_eligible_org e WHERE e.perk_id = p.id)
               OR EXISTS (SELECT 1 FROM perk_eligible_org e
                          JOIN member m ON m.id = @memberId JOIN org o ON o.id = m.org_id
                          WHERE e.perk_id = p.id AND o.path LIKE CONCAT(e.org_path, '%')))
        """;

    /// <summary>Served from <see cref="PerkCatalog"/>: a drop's first minute must not put one query per member on the database.</summary>
    public static async Task<Results<Ok<Page<PerkView>>, ProblemHttpResult>> Handle(
        int? limit, string? cursor, HttpContext http, PerkCatalog catalog, TimeProvider clock, CancellationToken ct)
    {
        if (Paging.Read(limit, cursor, out var paging) is { } badCursor)
        {
            return badCursor;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var perks = await catalog.PerksAsync(ct);
        var member = await catalog.MemberAsync(http.User.MemberId()!.Value, ct);
        var rows = perks
            .Where(p => p.EndsAt > now && p.Id < paging.After
                && (p.EligiblePaths.Count == 0 || (member.OrgPath is { } path && p.EligiblePaths.Any(e => path.StartsWith(e, StringComparison.Ordinal)))))
            .Take(paging.Fetch)
            .Select(p => new Row(p.Id, p.Kind, p.Title, p.Description, p.StartsAt, p.EndsAt, p.Stock, p.Claimed, p.DailyRelease, p.PerMemberLimit,
                p.FaceValueFen, p.ValidUntil, p.ValidDays, member.ClaimedByPerk.GetValueOrDefault(p.Id), p.ReleaseMinute, p.Rollover,
                p.MemberDailyLimit, p.DayKey, p.DayClaimed, p.Mode, p.BarNoShows))
            .ToList();
        var page = paging.Build(rows, r => r.Id);
        return TypedResults.Ok(new Page<PerkView>(page.Items.Select(r => View(r, now)).ToList(), page.NextCursor));
    }

    internal static PerkView View(Row r, DateTime now)
    {
        var release = new Release(r.DailyRelease, r.ReleaseMinute, r.Rollover, r.MemberDailyLimit);
        return new PerkView(r.Id.ToString(CultureInfo.InvariantCulture), r.Kind, r.Title, r.Description,
            r.StartsAt.ToChina(), r.EndsAt.ToChina(), PerkRules.Remaining(r.Stock, r.Claimed, release, r.DayKey, r.DayClaimed, r.StartsAt, now),
            r.PerMemberLimit, (int)r.ClaimedByMe, r.FaceValueFen, r.ValidUntil.ToChina(), r.ValidDays, release.ReleaseTime, r.MemberDailyLimit,
            PerkRules.NextRelease(release, r.EndsAt, now), r.Mode, r.BarNoShows);
    }
}

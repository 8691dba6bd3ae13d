using System.Data.Common;
using System.Globalization;
using Dapper;
using UnionHub.Api.Platform;

namespace UnionHub.Api.Features.Perks;

/// <summary>The staff view of a perk, shared by the admin use cases.</summary>
public static class AdminPerks
{
    public sealed record Eligibility(IReadOnlyList<string> OrgIds);

    public sealed record PerkDetail(string Id, string Kind, string Title, string? Description, int Stock, int Claimed, int Remaining,
        int PerMemberLimit, DateTimeOffset StartsAt, DateTimeOffset EndsAt, long? FaceValueFen, DateTimeOffset? ValidUntil, int? ValidDays,
        int? DailyRelease, IReadOnlyList<string> MerchantIds, Eligibility Eligibility, string? CreatedOrgId, DateTimeOffset CreatedAt,
        DateTimeOffset UpdatedAt, string? ReleaseTime, bool Rollover, int? MemberDailyLimit, int? ClaimedToday, DateTimeOffset? NextReleaseAt,
        string Mode, bool BarNoShows);

    internal sealed record Row(long Id, string Kind, string Title, string? Description, int Stock, int Claimed, int PerMemberLimit,
        DateTime StartsAt, DateTime EndsAt, long? FaceValueFen, DateTime? ValidUntil, int? ValidDays, int? DailyRelease,
        long? CreatedOrgId, string? CreatedOrgPath, DateTime CreatedAt, DateTime UpdatedAt, int? ReleaseMinute, bool Rollover,
        int? MemberDailyLimit, int? DayKey, int DayClaimed, string Mode, bool BarNoShows)
    {
        public Release Release => new(DailyRelease, ReleaseMinute, Rollover, MemberDailyLimit);
    }

    private const string LoadSql = """
        SELECT p.id, p.kind, p.title, p.description, p.stock, p.claimed, p.per_member_limit AS PerMemberLimit, p.starts_at AS StartsAt,
               p.ends_at AS EndsAt, p.face_value_fen AS FaceValueFen, p.valid_until AS ValidUntil, p.valid_days AS ValidDays,
               p.daily_release AS DailyRelease, p.created_org_id AS CreatedOrgId, o.path AS CreatedOrgPath,
               p.created_at AS CreatedAt, p.updated_at AS UpdatedAt, p.release_minute AS ReleaseMinute, p.rollover,
               p.member_daily_limit AS MemberDailyLimit, p.day_key AS DayKey, p.day_claimed AS DayClaimed,
               p.mode, p.bar_no_shows AS BarNoShows
        FROM perk p LEFT JOIN org o ON o.id = p.created_org_id WHERE p.id = @id;
        SELECT merchant_id FROM perk_merchant WHERE perk_id = @id ORDER BY merchant_id;
        SELECT org_id FROM perk_eligible_org WHERE perk_id = @id ORDER BY org_id;
        """;

    /// <summary>The perk as staff see it; null when it does not exist or lies outside <paramref name="scope"/> (null: no check).</summary>
    internal static async Task<(Row Row, PerkDetail Detail)?> LoadAsync(DbConnection conn, DbTransaction? tx, long id, Scope? scope,
        DateTime now, CancellationToken ct)
    {
        await using var grid = await conn.QueryMultipleAsync(new CommandDefinition(LoadSql, new { id }, tx, cancellationToken: ct));
        var row = await grid.ReadSingleOrDefaultAsync<Row>();
        var merchants = (await grid.ReadAsync<long>()).ToList();
        var orgs = (await grid.ReadAsync<long>()).ToList();
        if (row is null || (scope is not null && !scope.Contains(row.CreatedOrgPath)))
        {
            return null;
        }

        static string S(long v) => v.ToString(CultureInfo.InvariantCulture);
        var release = row.Release;
        return (row, new PerkDetail(S(row.Id), row.Kind, row.Title, row.Description, row.Stock, row.Claimed,
            PerkRules.Remaining(row.Stock, row.Claimed, release, row.DayKey, row.DayClaimed, row.StartsAt, now), row.PerMemberLimit,
            row.StartsAt.ToChina(), row.EndsAt.ToChina(), row.FaceValueFen, row.ValidUntil.ToChina(), row.ValidDays, row.DailyRelease,
            merchants.Select(S).ToList(), new Eligibility(orgs.Select(S).ToList()), row.CreatedOrgId is { } c ? S(c) : null,
            row.CreatedAt.ToChina(), row.UpdatedAt.ToChina(), release.ReleaseTime, row.Rollover, row.MemberDailyLimit,
            release.IsDaily ? (row.DayKey == release.Day(now) ? row.DayClaimed : 0) : null, PerkRules.NextRelease(release, row.EndsAt, now), row.Mode, row.BarNoShows));
    }
}

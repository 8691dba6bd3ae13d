namespace UnionHub.Api.Features.Stats;

/// <summary>
/// GET /admin/stats/members-timeline?days= (super_admin): members and real-name verification over the last <c>days</c> China
/// calendar days (default 30, at most 366), one point a day, oldest first: new accounts and new verifications of the day and
/// the running totals at its end. Deleted accounts are not counted (as in /admin/stats), so the last point's totals equal
/// its <c>members</c> and <c>verifiedMembers</c>.
/// </summary>
public static class MemberTimeline
{
    public const int DefaultDays = 30;
    public const int MaxDays = 366;

    public sealed record Point(DateOnly Date, int NewMembers, int NewlyVerified, int Members, int VerifiedMembers);

    public sealed record Response(int Days, IReadOnlyList<Point> Points);
}

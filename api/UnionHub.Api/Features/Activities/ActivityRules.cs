using System.Data.Common;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Dapper;
using Microsoft.AspNetCore.Http.HttpResults;
using UnionHub.Api.Features.MemberTags;
using UnionHub.Api.Features.Perks;
using UnionHub.Api.Platform;

namespace UnionHub.Api.Features.Activities;

/// <summary>
/// The rules of activities, shared by the routes. Places: the activity row counts confirmed sign-ups and hands out
/// waiting-list tickets; every sign-up and cancellation locks that row (FOR UPDATE) and writes it (<c>revision</c>) in one
/// transaction, so two sign-ups never take the last place and the waiting list keeps the order the row's lock gave.
/// No-shows are computed when read: a confirmed sign-up without check-in of an activity that has ended.
/// </summary>
public static class ActivityRules
{
    public const string Confirmed = "confirmed";
    public const string Waiting = "waiting";
    public const string Cancelled = "cancelled";

    /// <summary>Activity status: open (the default) or cancelled by staff (sign-ups and check-ins refused).</summary>
    public const string Open = "open";

    public const string StaffScan = "staff_scan";
    public const string VenueCode = "venue_code";

    /// <summary>How long before the start check-in opens (it closes at the end).</summary>
    public static readonly TimeSpan CheckInOpensBefore = TimeSpan.FromHours(2);

    /// <summary>How long a member's check-in code is valid: the phone fetches a fresh one while it is shown.</summary>
    public static readonly TimeSpan CheckInCodeLifetime = TimeSpan.FromMinutes(5);

    public const string CheckInCodePrefix = "UA1.";

    public sealed record ActivityRow(long Id, long OrgId, string OrgPath, string OrgName, string Title, string? Description, string Venue,
        DateTime StartsAt, DateTime EndsAt, DateTime OpensAt, DateTime ClosesAt, DateTime CancelDeadline, int Places, int Confirmed,
        int WaitSeq, string VenueCode, DateTime CreatedAt, string Status, string? CancelReason, DateTime? CancelledAt) : IOrgOwned
    {
        public bool IsCancelled => Status == Cancelled;
    }

    public const string ActivityColumns = """
        SELECT a.id, a.org_id AS OrgId, o.path AS OrgPath, o.name AS OrgName, a.title, a.description, a.venue,
               a.starts_at AS StartsAt, a.ends_at AS EndsAt, a.opens_at AS OpensAt, a.closes_at AS ClosesAt,
               a.cancel_deadline AS CancelDeadline, a.places, a.confirmed, a.wait_seq AS WaitSeq, a.venue_code AS VenueCode,
               a.created_at AS CreatedAt, a.status, a.cancel_reason AS CancelReason, a.cancelled_at AS CancelledAt
        FROM activity a JOIN org o ON o.id = a.org_id
        """;

    /// <summary>
    /// The activity; with <paramref name="forUpdate"/> its row is locked first, by a statement of its own: a locking read of
    /// the join would lock the organisation's row too and serialise every activity of the organisation. The callers that
    /// lock run at READ COMMITTED, so the read that follows sees the row as it stands under the lock.
    /// </summary>
    public static async Task<ActivityRow?> LoadAsync(DbConnection conn, DbTransaction? tx, long id, bool forUpdate, CancellationToken ct)
    {
        if (forUpdate && await conn.ExecuteScalarAsync<long?>(new CommandDefinition("SELECT id FROM activity WHERE id = @id FOR UPDATE", new { id }, tx,
                cancellationToken: ct)) is null)
        {
            return null;
        }

        return await conn.QuerySingleOrDefaultAsync<ActivityRow>(new CommandDefinition(ActivityColumns + " WHERE a.id = @id", new { id }, tx,
            cancellationToken: ct));
    }

    // ---- staff view ----

    /// <param name="EligibleTags">Members need any one of these tags to sign up; empty: every member of the subtree.</param>
    public sealed record ActivityResponse(string Id, string OrgId, string OrgName, string Title, string? Description, string Venue,
        DateTimeOffset StartsAt, DateTimeOffset EndsAt, DateTimeOffset OpensAt, DateTimeOffset ClosesAt, DateTimeOffset CancelDeadline,
        int Places, int Confirmed, int Waiting, int CheckedIn, string VenueCode, DateTimeOffset CreatedAt, string Status, string? CancelReason,
        DateTimeOffset? CancelledAt, IReadOnlyList<MemberTagRules.Tag> EligibleTags);

    private sealed record Counts(long Waiting, long CheckedIn);

    private const string CountsSql = """
        SELECT CAST(COALESCE(SUM(status = 'waiting'), 0) AS SIGNED) AS Waiting,
               CAST(COALESCE(SUM(status = 'confirmed' AND checked_in_at IS NOT NULL), 0) AS SIGNED) AS CheckedIn
        FROM activity_signup WHERE activity_id = @id
        """;

    public static async Task<ActivityResponse> StaffViewAsync(DbConnection conn, DbTransaction? tx, ActivityRow a, CancellationToken ct)
    {
        var counts = await conn.QuerySingleAsync<Counts>(new CommandDefinition(CountsSql, new { id = a.Id }, tx, cancellationToken: ct));
        return new ActivityResponse(a.Id.Text(), a.OrgId.Text(), a.OrgName, a.Title, a.Description, a.Venue, a.StartsAt.ToChina(),
            a.EndsAt.ToChina(), a.OpensAt.ToChina(), a.ClosesAt.ToChina(), a.CancelDeadline.ToChina(), a.Places, a.Confirmed,
            (int)counts.Waiting, (int)counts.CheckedIn, a.VenueCode, a.CreatedAt.ToChina(), a.Status, a.CancelReason, a.CancelledAt.ToChina(),
            MemberTagRules.Views(await EligibleTagsAsync(conn, tx, a.Id, ct)));
    }

    // ---- eligibility by member tag ----

    /// <summary>The tags of which a member needs any one to sign up (empty: everyone of the subtree).</summary>
    public static async Task<List<string>> EligibleTagsAsync(DbConnection conn, DbTransaction? tx, long activityId, CancellationToken ct) =>
        MemberTagRules.Ordered(await conn.QueryAsync<string>(new CommandDefinition(
            "SELECT tag FROM activity_eligible_tag WHERE activity_id = @activityId", new { activityId }, tx, cancellationToken: ct)));

    /// <summary>403 <c>activity.not_eligible</c>: the activity is for members with one of <paramref name="required"/>; the codes and labels are in args.</summary>
    public static ProblemHttpResult NotEligible(IReadOnlyList<string> required)
    {
        var tags = MemberTagRules.Views(required);
        return Problems.Create(403, ActivityProblems.ActivityNotEligible, "This activity is only for members with one of its tags.",
            $"Sign-ups are taken from members tagged {string.Join(" or ", tags.Select(t => t.Code))}; ask your union to record your tag if it applies.",
            new Dictionary<string, object?> { ["requiredTags"] = tags.Select(t => t.Code).ToList(), ["requiredTagLabels"] = tags.Select(t => t.Label).ToList() });
    }

    // ---- member view ----

    /// <param name="Position">1 for the first on the waiting list; null unless waiting.</param>
    /// <param name="CanCancel">Whether a cancellation would be taken now (confirmed or waiting, before the deadline).</param>
    public sealed record MySignup(string Id, string Status, int? Position, bool Promoted, DateTimeOffset SignedUpAt, DateTimeOffset? ConfirmedAt,
        DateTimeOffset? CancelledAt, DateTimeOffset? CheckedInAt, bool CanCancel);

    /// <param name="SignupState">not_open | open | closed: whether sign-ups are taken now (closed once cancelled).</param>
    /// <param name="Status">open | cancelled (staff cancelled the activity; <paramref name="CancelReason"/> says why).</param>
    /// <param name="EligibleTags">Only members with one of these tags may sign up (仅限 劳模、农民工 报名); empty: every member.</param>
    /// <param name="Eligible">Whether the caller holds one of <c>eligibleTags</c> (always true when none are listed).</param>
    /// <param name="IneligibleCode">Why not, when not eligible: the code a sign-up would be refused with (<c>activity.not_eligible</c>).</param>
    public sealed record MemberActivityResponse(string Id, string OrgName, string Title, string? Description, string Venue,
        DateTimeOffset StartsAt, DateTimeOffset EndsAt, DateTimeOffset OpensAt, DateTimeOffset ClosesAt, DateTimeOffset CancelDeadline,
        int Places, int PlacesLeft, int Waiting, string SignupState, MySignup? MySignup, string Status, string? CancelReason,
        DateTimeOffset? CancelledAt, IReadOnlyList<MemberTagRules.Tag> EligibleTags, bool Eligible, string? IneligibleCode);

    public sealed record SignupRow(long Id, long ActivityId, long MemberId, string Status, int? WaitSeq, bool Promoted, DateTime SignedUpAt,
        DateTime? ConfirmedAt, DateTime? CancelledAt, DateTime? CheckedInAt, string? CheckInMethod);

    public const string SignupColumns = """
        SELECT s.id, s.activity_id AS ActivityId, s.member_id AS MemberId, s.status, s.wait_seq AS WaitSeq, s.promoted,
               s.signed_up_at AS SignedUpAt, s.confirmed_at AS ConfirmedAt, s.cancelled_at AS CancelledAt,
               s.checked_in_at AS CheckedInAt, s.check_in_method AS CheckInMethod
        FROM activity_signup s
        """;

    public static Task<SignupRow?> SignupAsync(DbConnection conn, DbTransaction? tx, long activityId, long memberId, bool forUpdate,
        CancellationToken ct) =>
        conn.QuerySingleOrDefaultAsync<SignupRow>(new CommandDefinition(
            SignupColumns + " WHERE s.activity_id = @activityId AND s.member_id = @memberId" + (forUpdate ? " FOR UPDATE" : ""),
            new { activityId, memberId }, tx, cancellationToken: ct));

    private const string CancelSignup = """
        UPDATE activity_signup SET status = 'cancelled', cancelled_at = @now WHERE id = @id AND status IN ('confirmed', 'waiting')
        """;

    private sealed record Next(long Id, long MemberId);

    private const string FirstWaiting = """
        SELECT id, member_id AS MemberId FROM activity_signup
        WHERE activity_id = @id AND status = 'waiting' ORDER BY wait_seq LIMIT @n FOR UPDATE
        """;

    private const string Promote = """
        UPDATE activity_signup SET status = 'confirmed', confirmed_at = @now, promoted = 1 WHERE id IN @ids AND status = 'waiting'
        """;

    // relative: right under the row's lock whatever snapshot the caller's transaction read the activity from
    private const string UpdateCounters = "UPDATE activity SET confirmed = confirmed + @delta, revision = revision + 1 WHERE id = @id";

    /// <summary>
    /// Cancels a confirmed or waiting sign-up under the activity row's lock (the caller took it with <see cref="LoadAsync"/>). A
    /// freed place goes, in the same transaction, to the first member of the waiting list, who is told (notice
    /// <c>activity.promoted</c>). Returns whether someone was promoted.
    /// </summary>
    public static async Task<bool> CancelAsync(DbConnection conn, DbTransaction tx, ActivityRow activity, SignupRow signup, DateTimeOffset now,
        CancellationToken ct)
    {
        var at = now.UtcDateTime;
        await conn.ExecuteAsync(new CommandDefinition(CancelSignup, new { id = signup.Id, now = at }, tx, cancellationToken: ct));
        var promoted = signup.Status == Confirmed && await PromoteAsync(conn, tx, activity, 1, now, ct) == 1;
        var delta = signup.Status == Confirmed && !promoted ? -1 : 0;
        await conn.ExecuteAsync(new CommandDefinition(UpdateCounters, new { id = activity.Id, delta }, tx, cancellationToken: ct));
        return promoted;
    }

    /// <summary>
    /// Confirms the first <paramref name="places"/> members of the waiting list (in ticket order) and tells each of them (notice
    /// <c>activity.promoted</c>), under the activity row's lock the caller holds. Leaves the activity's counters to the caller.
    /// Returns how many were promoted (fewer when the list is shorter).
    /// </summary>
    public static async Task<int> PromoteAsync(DbConnection conn, DbTransaction tx, ActivityRow activity, int places, DateTimeOffset now,
        CancellationToken ct)
    {
        if (places <= 0)
        {
            return 0;
        }

        var at = now.UtcDateTime;
        var next = (await conn.QueryAsync<Next>(new CommandDefinition(FirstWaiting, new { id = activity.Id, n = places }, tx,
            cancellationToken: ct))).ToList();
        if (next.Count == 0)
        {
            return 0;
        }

        await conn.ExecuteAsync(new CommandDefinition(Promote, new { ids = next.Select(n => n.Id).ToArray(), now = at }, tx, cancellationToken: ct));
        var startsAt = activity.StartsAt.ToChina().ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
        await Outbox.EnqueueManyAsync(conn, tx, now, next.Select(n => new Outbox.Notice(n.MemberId, NotificationKinds.ActivityPromoted,
            new { activityId = activity.Id.Text(), activityTitle = activity.Title, startsAt },
            $"activity.promoted:{n.Id.Text()}:{at.Ticks}")).ToList(), ct);
        return next.Count;
    }

    public static string SignupState(ActivityRow a, DateTime now) =>
        a.IsCancelled ? "closed" : now < a.OpensAt ? "not_open" : now < a.ClosesAt ? "open" : "closed";

    /// <summary>409 <c>activity.cancelled</c>: staff cancelled the activity; no sign-up or check-in is taken.</summary>
    public static ProblemHttpResult CancelledProblem(ActivityRow a) =>
        Problems.Create(409, ActivityProblems.ActivityCancelled, "This activity was cancelled.", a.CancelReason,
            new Dictionary<string, object?> { ["cancelledAt"] = a.CancelledAt.ToChina(), ["reason"] = a.CancelReason });

    public static async Task<MemberActivityResponse> MemberViewAsync(DbConnection conn, DbTransaction? tx, ActivityRow a, long memberId,
        DateTime now, CancellationToken ct)
    {
        var waiting = await conn.ExecuteScalarAsync<int>(new CommandDefinition(
            "SELECT COUNT(*) FROM activity_signup WHERE activity_id = @id AND status = 'waiting'", new { id = a.Id }, tx, cancellationToken: ct));
        var signup = await SignupAsync(conn, tx, a.Id, memberId, false, ct);
        MySignup? mine = null;
        if (signup is not null)
        {
            int? position = null;
            if (signup.Status == Waiting)
            {
                position = 1 + await conn.ExecuteScalarAsync<int>(new CommandDefinition(
                    "SELECT COUNT(*) FROM activity_signup WHERE activity_id = @id AND status = 'waiting' AND wait_seq < @seq",
                    new { id = a.Id, seq = signup.WaitSeq }, tx, cancellationToken: ct));
            }

            mine = new MySignup(signup.Id.Text(), signup.Status, position, signup.Promoted, signup.SignedUpAt.ToChina(), signup.ConfirmedAt.ToChina(),
                signup.CancelledAt.ToChina(), signup.CheckedInAt.ToChina(), signup.Status != Cancelled && now < a.CancelDeadline && !a.IsCancelled);
        }

        var required = await EligibleTagsAsync(conn, tx, a.Id, ct);
        var eligible = required.Count == 0 || MemberTagRules.Satisfies(required, await MemberTagRules.OfMemberAsync(conn, tx, memberId, ct));
        return new MemberActivityResponse(a.Id.Text(), a.OrgName, a.Title, a.Description, a.Venue, a.StartsAt.ToChina(), a.EndsAt.ToChina(),
            a.OpensAt.ToChina(), a.ClosesAt.ToChina(), a.CancelDeadline.ToChina(), a.Places, Math.Max(0, a.Places - a.Confirmed), waiting,
            SignupState(a, now), mine, a.Status, a.CancelReason, a.CancelledAt.ToChina(), MemberTagRules.Views(required), eligible,
            eligible ? null : ActivityProblems.ActivityNotEligible);
    }

    // ---- the member and what they may see ----

    public sealed record MemberRow(long Id, DateTime? VerifiedAt, string? OrgPath)
    {
        public bool Verified => VerifiedAt is not null;
    }

    private const string MemberSql = """
        SELECT m.id, m.verified_at AS VerifiedAt, o.path AS OrgPath
        FROM member m LEFT JOIN org o ON o.id = m.org_id WHERE m.id = @memberId AND m.deleted_at IS NULL
        """;

    public static Task<MemberRow?> MemberAsync(DbConnection conn, DbTransaction? tx, long memberId, CancellationToken ct) =>
        conn.QuerySingleOrDefaultAsync<MemberRow>(new CommandDefinition(MemberSql, new { memberId }, tx, cancellationToken: ct));

    /// <summary>Whether the member belongs to the activity's organisation subtree (else the activity is 404 to them).</summary>
    public static bool Eligible(ActivityRow a, MemberRow? member) => member?.OrgPath is { } path && Scope.IsInside(path, a.OrgPath);

    /// <summary>The activity when the member may see it (their organisation lies in its subtree); null otherwise (answer 404).</summary>
    public static async Task<ActivityRow?> FindForMemberAsync(DbConnection conn, DbTransaction? tx, string id, MemberRow? member, bool forUpdate,
        CancellationToken ct) =>
        Ids.Parse(id) is { } activityId && await LoadAsync(conn, tx, activityId, forUpdate, ct) is { } a && Eligible(a, member) ? a : null;

    // ---- check-in ----

    public static ProblemHttpResult? CheckInWindow(ActivityRow a, DateTime now) =>
        now < a.StartsAt - CheckInOpensBefore || now > a.EndsAt
            ? Problems.Create(409, ActivityProblems.ActivityCheckInClosed, "Check-in is not open now.",
                $"Check-in opens {CheckInOpensBefore.TotalHours:0} hours before the start and closes at the end.",
                new Dictionary<string, object?> { ["opensAt"] = (a.StartsAt - CheckInOpensBefore).ToChina(), ["closesAt"] = a.EndsAt.ToChina() })
            : null;

    public static ProblemHttpResult NotConfirmed() =>
        Problems.Create(409, ActivityProblems.ActivityNotConfirmed, "Only members with a confirmed place can check in.");

    /// <summary>A check-in code: <c>UA1.&lt;signupId&gt;.&lt;expires, unix seconds&gt;.&lt;signature&gt;</c> (ECDSA with the voucher key).</summary>
    public static string CheckInCode(VoucherSigner signer, long signupId, DateTimeOffset expiresAt)
    {
        var text = string.Create(CultureInfo.InvariantCulture, $"{CheckInCodePrefix}{signupId}.{expiresAt.ToUnixTimeSeconds()}");
        return text + "." + signer.SignatureOf(text);
    }

    /// <summary>The sign-up id and expiry of a genuine code; null when the code is malformed or not signed by this service.</summary>
    public static (long SignupId, DateTimeOffset ExpiresAt)? ReadCheckInCode(VoucherSigner signer, string? code)
    {
        var parts = (code ?? "").Trim().Split('.');
        if (parts.Length != 4 || parts[0] + "." != CheckInCodePrefix
            || !long.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var signupId)
            || !long.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var expires)
            || expires > 32_503_680_000 // year 3000
            || !signer.HasSignature($"{parts[0]}.{parts[1]}.{parts[2]}", parts[3]))
        {
            return null;
        }

        return (signupId, DateTimeOffset.FromUnixTimeSeconds(expires));
    }

    /// <summary>A venue code: 6 characters of Crockford base32 (no I, L, O, U), easy to read out and type.</summary>
    public static string NewVenueCode()
    {
        Span<byte> random = stackalloc byte[6];
        RandomNumberGenerator.Fill(random);
        var chars = new StringBuilder(6);
        foreach (var b in random)
        {
            chars.Append(VoucherSigner.Alphabet[b & 31]);
        }

        return chars.ToString();
    }

    public static bool VenueCodeMatches(string expected, string? typed)
    {
        var given = Encoding.ASCII.GetBytes((typed ?? "").Trim().ToUpperInvariant());
        return CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(expected), given);
    }

    private const string MarkCheckedIn = """
        UPDATE activity_signup SET checked_in_at = @now, check_in_method = @method, checked_in_by = @by
        WHERE id = @id AND status = 'confirmed' AND checked_in_at IS NULL
        """;

    /// <summary>Marks the sign-up checked in; false when it already was (the first check-in stands).</summary>
    public static async Task<bool> MarkCheckedInAsync(DbConnection conn, DbTransaction tx, long signupId, string method, long? by, DateTime now,
        CancellationToken ct) =>
        await conn.ExecuteAsync(new CommandDefinition(MarkCheckedIn, new { id = signupId, now, method, by }, tx, cancellationToken: ct)) == 1;

    // ---- the no-show rule ----

    /// <param name="BarredUntil">When barred, the moment sign-ups are taken again.</param>
    /// <param name="NoShows">No-shows within the window (since the last lift).</param>
    public sealed record BarResponse(bool Barred, DateTimeOffset? BarredUntil, int NoShows, int Count, int WindowDays, int BanDays,
        IReadOnlyList<NoShow> RecentNoShows, DateTimeOffset? LastLiftedAt);

    public sealed record NoShow(string ActivityId, string Title, DateTimeOffset EndedAt);

    private sealed record NoShowRow(long ActivityId, string Title, DateTime EndsAt);

    private const string NoShowsSql = """
        SELECT a.id AS ActivityId, a.title, a.ends_at AS EndsAt
        FROM activity_signup s JOIN activity a ON a.id = s.activity_id
        WHERE s.member_id = @memberId AND s.status = 'confirmed' AND s.checked_in_at IS NULL AND a.ends_at <= @now AND a.ends_at > @since
        ORDER BY a.ends_at, a.id
        """;

    private const string BarsSql = """
        SELECT member_id, MAX(lifted_at) FROM activity_bar_lift WHERE member_id IN @memberIds GROUP BY member_id;
        SELECT s.member_id, a.ends_at
        FROM activity_signup s JOIN activity a ON a.id = s.activity_id
        WHERE s.member_id IN @memberIds AND s.status = 'confirmed' AND s.checked_in_at IS NULL AND a.ends_at <= @now AND a.ends_at > @since
        ORDER BY s.member_id, a.ends_at, a.id;
        """;

    /// <summary>
    /// The bars of many members in two queries (a claim batch of a perk flagged <c>barNoShows</c>): barred members with the moment
    /// the bar ends and their no-shows within the window; members who are not barred are absent. Same rule as <see cref="BarAsync"/>.
    /// </summary>
    public static async Task<Dictionary<long, (DateTime Until, int NoShows)>> BarsAsync(DbConnection conn, DbTransaction? tx,
        IReadOnlyCollection<long> memberIds, NoShowOptions rule, DateTime now, CancellationToken ct)
    {
        var barred = new Dictionary<long, (DateTime, int)>();
        if (rule.Count <= 0 || memberIds.Count == 0)
        {
            return barred;
        }

        var since = now.AddDays(-(rule.WindowDays + rule.BanDays));
        await using var grid = await conn.QueryMultipleAsync(new CommandDefinition(BarsSql, new { memberIds, now, since }, tx, cancellationToken: ct));
        var lifts = (await grid.ReadAsync<(long MemberId, DateTime LiftedAt)>()).ToDictionary(l => l.MemberId, l => l.LiftedAt);
        var windowStart = now.AddDays(-rule.WindowDays);
        foreach (var member in (await grid.ReadAsync<(long MemberId, DateTime EndsAt)>()).GroupBy(r => r.MemberId))
        {
            var lifted = lifts.TryGetValue(member.Key, out var l) ? l : DateTime.MinValue;
            var ends = member.Select(r => r.EndsAt).Where(e => e > lifted).ToList(); // no-shows before a lift stop counting
            if (BarredUntil(ends, rule, now) is { } until)
            {
                barred[member.Key] = (until, ends.Count(e => e >= windowStart));
            }
        }

        return barred;
    }

    /// <summary>
    /// The bar: a no-show that ends an activity at T and is at least the <c>Count</c>-th no-show within
    /// [T - WindowDays, T] bars sign-ups until T + BanDays. Only no-shows after the member's last lift count.
    /// </summary>
    public static DateTime? BarredUntil(IReadOnlyList<DateTime> noShowEnds, NoShowOptions rule, DateTime now)
    {
        if (rule.Count <= 0)
        {
            return null;
        }

        DateTime? until = null;
        var window = TimeSpan.FromDays(rule.WindowDays);
        for (var i = 0; i < noShowEnds.Count; i++)
        {
            var t = noShowEnds[i];
            var inWindow = noShowEnds.Take(i + 1).Count(e => e >= t - window);
            if (inWindow >= rule.Count && t.AddDays(rule.BanDays) is var end && end > now && (until is null || end > until))
            {
                until = end;
            }
        }

        return until;
    }

    public static async Task<BarResponse> BarAsync(DbConnection conn, DbTransaction? tx, long memberId, NoShowOptions rule, DateTime now,
        CancellationToken ct)
    {
        var lifted = await conn.ExecuteScalarAsync<DateTime?>(new CommandDefinition(
            "SELECT MAX(lifted_at) FROM activity_bar_lift WHERE member_id = @memberId", new { memberId }, tx, cancellationToken: ct));
        var since = now.AddDays(-(rule.WindowDays + rule.BanDays));
        if (lifted is { } l && l > since)
        {
            since = l;
        }

        var rows = (await conn.QueryAsync<NoShowRow>(new CommandDefinition(NoShowsSql, new { memberId, now, since }, tx, cancellationToken: ct)))
            .ToList();
        var until = BarredUntil(rows.Select(r => r.EndsAt).ToList(), rule, now);
        var windowStart = now.AddDays(-rule.WindowDays);
        var recent = rows.Where(r => r.EndsAt >= windowStart).ToList();
        return new BarResponse(until is not null, until.ToChina(), recent.Count, rule.Count, rule.WindowDays, rule.BanDays,
            recent.OrderByDescending(r => r.EndsAt).Select(r => new NoShow(r.ActivityId.Text(), r.Title, r.EndsAt.ToChina())).ToList(),
            lifted.ToChina());
    }

    public static ProblemHttpResult Barred(BarResponse bar) =>
        Problems.Create(403, ActivityProblems.ActivityBarredNoShows, "Sign-ups are barred after repeated no-shows.",
            $"{bar.NoShows} no-shows within {bar.WindowDays} days; sign-ups are taken again from {bar.BarredUntil:yyyy-MM-dd HH:mm}.",
            new Dictionary<string, object?> { ["barredUntil"] = bar.BarredUntil, ["noShows"] = bar.NoShows });
}

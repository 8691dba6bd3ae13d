using Dapper;
using Microsoft.AspNetCore.Http.HttpResults;
using MySqlConnector;
using UnionHub.Api.Platform;

namespace UnionHub.Api.Features.Perks;

/// <summary>
/// PATCH /admin/perks/{id}: change stock, end, title or description, and the release schedule (<c>dailyRelease</c>,
/// <c>releaseTime</c>, <c>rollover</c>, <c>memberDailyLimit</c>, validated as on create; an explicit <c>null</c> removes the daily
/// release or the member daily limit, a field left out is unchanged). Stock never drops below what was claimed.
/// A schedule change of a perk that has started applies from the next release day: today's release day keeps the schedule it
/// opened with (its share, its member limit, its end), and the new schedule's first day opens when today's would have ended. With
/// rollover, the new schedule adds its daily share to what the earlier schedule released by then (so what today leaves
/// unclaimed stays available). Before the start, the change applies at once. Audited; the catalogue is refreshed after commit.
/// </summary>
public static class UpdatePerk
{
    /// <summary>
    /// The fields to change; a field left out keeps its value. <c>dailyRelease</c> and <c>memberDailyLimit</c> may be sent as
    /// <c>null</c> to remove them (from the next release day, as every schedule change): the setters note that the field was
    /// sent, which the JSON reader does for an explicit <c>null</c> and not for a field left out.
    /// </summary>
    public sealed record Request
    {
        private readonly int? _dailyRelease;
        private readonly int? _memberDailyLimit;

        public int? Stock { get; init; }
        public DateTimeOffset? EndsAt { get; init; }
        public string? Title { get; init; }
        public string? Description { get; init; }

        /// <summary>Refuse members barred by the activities' no-show rule (from the next claim on).</summary>
        public bool? BarNoShows { get; init; }

        /// <summary>Units released each day; <c>null</c> removes the daily release (everything left is offered from the next release day).</summary>
        public int? DailyRelease
        {
            get => _dailyRelease;
            init { _dailyRelease = value; DailyReleaseSent = true; }
        }

        public string? ReleaseTime { get; init; }
        public bool? Rollover { get; init; }

        /// <summary>Claims per member per release day; <c>null</c> removes the limit (from the next release day).</summary>
        public int? MemberDailyLimit
        {
            get => _memberDailyLimit;
            init { _memberDailyLimit = value; MemberDailyLimitSent = true; }
        }

        [System.Text.Json.Serialization.JsonIgnore]
        public bool DailyReleaseSent { get; private init; }

        [System.Text.Json.Serialization.JsonIgnore]
        public bool MemberDailyLimitSent { get; private init; }

        /// <summary>The schedule after the change: a field sent (null included) replaces the current value.</summary>
        internal (int? DailyRelease, int? MemberDailyLimit, bool Rollover) Effective(AdminPerks.Row row)
        {
            var daily = DailyReleaseSent ? DailyRelease : row.DailyRelease;
            // removing the daily release turns rollover back on unless the request says otherwise (it is refused then)
            var rollover = Rollover ?? (DailyReleaseSent && DailyRelease is null || row.Rollover);
            return (daily, MemberDailyLimitSent ? MemberDailyLimit : row.MemberDailyLimit, rollover);
        }

        internal bool ChangesSchedule => DailyReleaseSent || MemberDailyLimitSent || ReleaseTime is not null || Rollover is not null;
    }

    private const string SetSchedule = """
        UPDATE perk SET daily_release = @DailyRelease, release_minute = @ReleaseMinute, rollover = @Rollover, member_daily_limit = @MemberDailyLimit,
               release_first_day = @FirstDay, release_base = @Base, release_switch_at = @SwitchAt,
               prev_daily_release = @PrevDailyRelease, prev_release_minute = @PrevReleaseMinute, prev_rollover = @PrevRollover,
               prev_member_daily_limit = @PrevMemberDailyLimit, prev_release_first_day = @PrevFirstDay, prev_release_base = @PrevBase,
               prev_release_switch_at = @PrevSwitchAt, updated_at = @Now
        WHERE id = @Id
        """;

    // the conditional update decides the race with claims in flight: 0 rows means stock < claimed at that instant
    private const string Update = """
        UPDATE perk SET stock = COALESCE(@Stock, stock), ends_at = COALESCE(@EndsAt, ends_at), title = COALESCE(@Title, title),
               description = COALESCE(@Description, description), bar_no_shows = COALESCE(@BarNoShows, bar_no_shows), updated_at = @Now
        WHERE id = @Id AND (@Stock IS NULL OR claimed <= @Stock) AND (@EndsAt IS NULL OR starts_at < @EndsAt)
        """;

    public static async Task<Results<Ok<AdminPerks.PerkDetail>, ProblemHttpResult>> Handle(
        string id, Request request, HttpContext http, Transactions transactions, PerkCatalog catalog, TimeProvider clock,
        CancellationToken ct)
    {
        if (Ids.Parse(id) is not { } perkId)
        {
            return Problems.NotFound("perk");
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var releaseMinute = 0;
        var releaseTimeValid = request.ReleaseTime is null || Release.TryParseTime(request.ReleaseTime, out releaseMinute);
        var result = await transactions.RunAsync<Results<Ok<AdminPerks.PerkDetail>, ProblemHttpResult>>(async (conn, tx) =>
        {
            var scope = await Scope.OfAsync(conn, tx, http.User, ct);
            // the row's lock first (read committed: the load below then sees the claims committed before it), so a schedule change
            // computes what today's release leaves from counts no claim moves meanwhile
            await conn.ExecuteAsync(new CommandDefinition("SELECT id FROM perk WHERE id = @perkId FOR UPDATE", new { perkId }, tx, cancellationToken: ct));
            var current = await AdminPerks.LoadAsync(conn, tx, perkId, scope, now, ct);
            if (current is not { Row: var row })
            {
                return Problems.NotFound("perk");
            }

            var effective = request.Effective(row);
            var v = new Validator()
                .Check(request.Stock is null or >= 0, "stock", "must be 0 or more")
                .Check(request.Stock is null || row.Kind != PerkKinds.MovieTicket, "stock", "comes from the uploaded code pool for movie tickets")
                .Check(request.Title is null || !string.IsNullOrWhiteSpace(request.Title), "title", "must not be empty")
                .Check(request.Title is null || request.Title.Length <= 200, "title", "must be at most 200 characters")
                .Check(request.Description is null || request.Description.Length <= 4000, "description", "must be at most 4000 characters")
                .Check(request.EndsAt is null || request.EndsAt.Value.UtcDateTime > row.StartsAt, "endsAt", "must be after startsAt")
                .Check(request.DailyRelease is null or >= 1, "dailyRelease", "must be 1 or more")
                .Check(releaseTimeValid, "releaseTime", "must be a time of day HH:mm (Beijing time), 00:00 to 23:59")
                .Check(request.ReleaseTime is null || effective.DailyRelease is not null || effective.MemberDailyLimit is not null, "releaseTime",
                    "needs dailyRelease or memberDailyLimit (it is when each day's release opens)")
                .Check(effective.Rollover || effective.DailyRelease is not null, "rollover",
                    "can be turned off only with a dailyRelease (what a day leaves unclaimed is then not offered again)")
                .Check(request.MemberDailyLimit is null or >= 1, "memberDailyLimit", "must be 1 or more")
                .Check(request.MemberDailyLimit is null || request.MemberDailyLimit <= row.PerMemberLimit, "memberDailyLimit",
                    "must not be more than perMemberLimit");
            if (!v.IsValid)
            {
                return v.Problem();
            }

            var changed = await conn.ExecuteAsync(new CommandDefinition(Update, new
            {
                Id = perkId,
                request.Stock,
                EndsAt = request.EndsAt?.UtcDateTime,
                Title = request.Title?.Trim(),
                request.Description,
                request.BarNoShows,
                Now = now,
            }, tx, cancellationToken: ct));
            if (changed == 0)
            {
                var claimed = await conn.ExecuteScalarAsync<int>(new CommandDefinition("SELECT claimed FROM perk WHERE id = @perkId",
                    new { perkId }, tx, cancellationToken: ct));
                return Problems.Create(409, PerkProblems.PerkStockBelowClaimed, "Stock cannot be lower than what was already claimed.",
                    $"{claimed} already claimed.", new Dictionary<string, object?> { ["claimed"] = claimed });
            }

            DateTime? scheduleFrom = null;
            if (request.ChangesSchedule)
            {
                scheduleFrom = await RescheduleAsync(conn, tx, row, effective, request.ReleaseTime is null ? row.ReleaseMinute : releaseMinute, now, ct);
            }

            await Audit.WriteAsync(conn, tx, http, "perk.update", "perk", id, new
            {
                request.Stock, previousStock = row.Stock, request.EndsAt, request.Title, descriptionChanged = request.Description is not null,
                request.BarNoShows, request.DailyRelease, previousDailyRelease = row.DailyRelease, request.ReleaseTime, request.Rollover,
                request.MemberDailyLimit, dailyReleaseRemoved = request.DailyReleaseSent && request.DailyRelease is null,
                memberDailyLimitRemoved = request.MemberDailyLimitSent && request.MemberDailyLimit is null, scheduleFrom,
            }, ct);
            var updated = await AdminPerks.LoadAsync(conn, tx, perkId, null, now, ct);
            return TypedResults.Ok(updated!.Value.Detail);
        }, ct, System.Data.IsolationLevel.ReadCommitted);
        if (result.Result is Ok<AdminPerks.PerkDetail>)
        {
            catalog.Invalidate(); // after the commit, so no reader caches the state before it
        }

        return result;
    }

    /// <summary>
    /// Saves the new schedule; returns when it applies (null: at once, the perk has not started). Today's release day keeps the
    /// schedule it opened with: that one becomes the previous schedule until its next opening (a change saved again the same day
    /// replaces only the new one).
    /// </summary>
    private static async Task<DateTime?> RescheduleAsync(System.Data.Common.DbConnection conn, System.Data.Common.DbTransaction tx,
        AdminPerks.Row row, (int? DailyRelease, int? MemberDailyLimit, bool Rollover) effective, int? releaseMinute, DateTime now,
        CancellationToken ct)
    {
        var (daily, limit, rollover) = effective;
        if (now < row.StartsAt)
        {
            await conn.ExecuteAsync(new CommandDefinition(SetSchedule, new
            {
                Id = row.Id, DailyRelease = daily, ReleaseMinute = releaseMinute, Rollover = rollover, MemberDailyLimit = limit,
                FirstDay = (int?)null, Base = (int?)null, SwitchAt = (DateTime?)null, PrevDailyRelease = (int?)null, PrevReleaseMinute = (int?)null,
                PrevRollover = (bool?)null, PrevMemberDailyLimit = (int?)null, PrevFirstDay = (int?)null, PrevBase = (int?)null,
                PrevSwitchAt = (DateTime?)null, Now = now,
            }, tx, cancellationToken: ct));
            return null;
        }

        var schedule = row.Schedule;
        var pending = schedule.Pending(now);
        var today = schedule.At(now); // the schedule today's release day opened with
        var switchAt = pending ? row.SwitchAt!.Value : today.NextOpeningUtc(now);
        // with rollover, the new schedule adds its share a day to what today's schedule has released by its end
        int? baseCap = null;
        if (daily is not null && rollover)
        {
            var dayClaimed = row.DayKey == today.Day(now) ? row.DayClaimed : 0;
            baseCap = PerkRules.ReleaseCap(today, row.StartsAt, now) is { } cap ? cap
                : today.DayCap is { } dayCap ? row.Claimed + Math.Max(0, dayCap - dayClaimed)
                : row.Claimed; // no daily release before: the new one counts from what was claimed by the change
        }

        await conn.ExecuteAsync(new CommandDefinition(SetSchedule, new
        {
            Id = row.Id, DailyRelease = daily, ReleaseMinute = releaseMinute, Rollover = rollover, MemberDailyLimit = limit,
            FirstDay = (int?)today.Day(now) + 1, Base = baseCap, SwitchAt = (DateTime?)switchAt,
            PrevDailyRelease = today.DailyRelease, PrevReleaseMinute = today.ReleaseMinute, PrevRollover = (bool?)today.Rollover,
            PrevMemberDailyLimit = today.MemberDailyLimit, PrevFirstDay = today.FirstDay, PrevBase = today.Base, PrevSwitchAt = today.SwitchAt,
            Now = now,
        }, tx, cancellationToken: ct));
        return switchAt;
    }
}

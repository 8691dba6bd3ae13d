using System.Collections.Concurrent;
using Dapper;
using MySqlConnector;
using UnionHub.Api.Platform;

namespace UnionHub.Api.Features.Perks;

/// <summary>
/// Read cache for <c>GET /perks</c>, the page every member opens when a drop starts. Holds the live and upcoming perks
/// (at most <see cref="CatalogTtl"/> old; staff changes on this instance drop it at once) and, per member, their org path
/// and how often they claimed each perk (at most <see cref="MemberTtl"/> old; a claim on this instance drops the entry).
/// Only the list reads it: claims, <c>GET /perks/{id}</c> and staff reads go to the database, which keeps every promise.
/// </summary>
public sealed class PerkCatalog(MySqlDataSource db, TimeProvider clock)
{
    public static readonly TimeSpan CatalogTtl = TimeSpan.FromSeconds(1);
    public static readonly TimeSpan MemberTtl = TimeSpan.FromSeconds(10);
    private const int MaxMembers = 200_000;

    public sealed record Perk(long Id, string Kind, string Title, string? Description, DateTime StartsAt, DateTime EndsAt, int Stock,
        int Claimed, int? DailyRelease, int PerMemberLimit, long? FaceValueFen, DateTime? ValidUntil, int? ValidDays, int? ReleaseMinute,
        bool Rollover, int? MemberDailyLimit, int? DayKey, int DayClaimed, string Mode, bool BarNoShows)
    {
        public IReadOnlyList<string> EligiblePaths { get; init; } = [];
    }

    public sealed record MemberView(string? OrgPath, IReadOnlyDictionary<long, int> ClaimedByPerk);

    private sealed record Snapshot(long Version, DateTimeOffset LoadedAt, IReadOnlyList<Perk> Perks)
    {
        public Dictionary<long, Perk> ById { get; } = Perks.ToDictionary(p => p.Id);
    }

    private sealed record MemberEntry(DateTimeOffset LoadedAt, MemberView? View); // View null: dropped, reload

    private readonly SemaphoreSlim _refresh = new(1, 1);
    private readonly ConcurrentDictionary<long, MemberEntry> _members = new();
    private volatile Snapshot? _snapshot;
    private long _version;

    /// <summary>Staff changed a perk: the next list reads the database.</summary>
    public void Invalidate()
    {
        Interlocked.Increment(ref _version);
        _snapshot = null;
    }

    /// <summary>
    /// A claim batch on this instance committed and the perk's count is now at least <paramref name="claimed"/>: the list shows it
    /// at once (copy-on-write of the current snapshot; other instances see it within <see cref="CatalogTtl"/>), with the release
    /// day's count (<paramref name="dayKey"/>, <paramref name="dayClaimed"/>) as that batch left it.
    /// </summary>
    public void Observe(long perkId, int claimed, int dayKey, int dayClaimed)
    {
        while (_snapshot is { } s && s.ById.TryGetValue(perkId, out var perk) && perk.Claimed < claimed)
        {
            var updated = new Snapshot(s.Version, s.LoadedAt,
                s.Perks.Select(p => p.Id == perkId ? p with { Claimed = claimed, DayKey = dayKey, DayClaimed = dayClaimed } : p).ToList());
            if (Interlocked.CompareExchange(ref _snapshot, updated, s) == s)
            {
                return;
            }
        }
    }

    /// <summary>The member claimed: their next list reads their claims again.</summary>
    public void ForgetMember(long memberId) => _members[memberId] = new MemberEntry(DateTimeOffset.MinValue, null);

    private const string PerksSql = """
        SELECT id, kind, title, description, starts_at AS StartsAt, ends_at AS EndsAt, stock, claimed, daily_release AS DailyRelease,
               per_member_limit AS PerMemberLimit, face_value_fen AS FaceValueFen, valid_until AS ValidUntil, valid_days AS ValidDays,
               release_minute AS ReleaseMinute, rollover, member_daily_limit AS MemberDailyLimit, day_key AS DayKey, day_claimed AS DayClaimed,
               mode, bar_no_shows AS BarNoShows
        FROM perk WHERE ends_at > @now ORDER BY id DESC;
        SELECT e.perk_id, e.org_path FROM perk_eligible_org e JOIN perk p ON p.id = e.perk_id WHERE p.ends_at > @now;
        """;

    /// <summary>Live and upcoming perks, newest first.</summary>
    public async Task<IReadOnlyList<Perk>> PerksAsync(CancellationToken ct) => (await SnapshotAsync(ct)).Perks;

    /// <summary>One live or upcoming perk (null: ended, or no such perk).</summary>
    public async Task<Perk?> FindAsync(long perkId, CancellationToken ct) => (await SnapshotAsync(ct)).ById.GetValueOrDefault(perkId);

    private async Task<Snapshot> SnapshotAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        if (_snapshot is { } s && s.Version == Interlocked.Read(ref _version) && now - s.LoadedAt < CatalogTtl && now >= s.LoadedAt)
        {
            return s;
        }

        await _refresh.WaitAsync(ct);
        try
        {
            now = clock.GetUtcNow();
            var version = Interlocked.Read(ref _version);
            if (_snapshot is { } again && again.Version == version && now - again.LoadedAt < CatalogTtl && now >= again.LoadedAt)
            {
                return again;
            }

            await using var conn = await db.OpenConnectionAsync(ct);
            await using var grid = await conn.QueryMultipleAsync(new CommandDefinition(PerksSql, new { now = now.UtcDateTime }, cancellationToken: ct));
            var perks = (await grid.ReadAsync<Perk>()).ToList();
            var paths = (await grid.ReadAsync<(long PerkId, string Path)>()).ToLookup(e => e.PerkId, e => e.Path);
            var fresh = new Snapshot(version, now, perks.Select(p => p with { EligiblePaths = paths[p.Id].ToList() }).ToList());
            if (version == Interlocked.Read(ref _version))
            {
                _snapshot = fresh;
            }

            return fresh;
        }
        finally
        {
            _refresh.Release();
        }
    }

    // one query for every member whose view is missing at that moment (the same batching idea as the claim combiner)
    private const string MembersSql = """
        SELECT m.id, o.path FROM member m LEFT JOIN org o ON o.id = m.org_id WHERE m.id IN @ids;
        SELECT member_id, perk_id, COUNT(*) FROM voucher WHERE member_id IN @ids GROUP BY member_id, perk_id;
        """;

    private Coalescer<long, MemberView>? _loads;

    public async Task<MemberView> MemberAsync(long memberId, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        _members.TryGetValue(memberId, out var seen);
        if (seen is { View: { } cached } && now - seen.LoadedAt < MemberTtl && now >= seen.LoadedAt)
        {
            return cached;
        }

        if (_loads is null)
        {
            Interlocked.CompareExchange(ref _loads, new Coalescer<long, MemberView>(LoadMembersAsync), null);
        }

        var view = await _loads.GetAsync(memberId, ct) ?? new MemberView(null, new Dictionary<long, int>());

        if (_members.Count >= MaxMembers)
        {
            _members.Clear(); // crude bound; entries are cheap to reload
        }

        // only replace what we saw before loading: a claim that dropped the entry meanwhile wins
        var fresh = new MemberEntry(now, view);
        _ = seen is null ? _members.TryAdd(memberId, fresh) : _members.TryUpdate(memberId, fresh, seen);
        return view;
    }

    private async Task<IReadOnlyDictionary<long, MemberView>> LoadMembersAsync(IReadOnlyList<long> ids, CancellationToken ct)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        await using var grid = await conn.QueryMultipleAsync(new CommandDefinition(MembersSql, new { ids }, cancellationToken: ct));
        var paths = (await grid.ReadAsync<(long Id, string? Path)>()).ToDictionary(r => r.Id, r => r.Path);
        var claims = (await grid.ReadAsync<(long MemberId, long PerkId, long Count)>()).ToLookup(c => c.MemberId);
        return ids.ToDictionary(id => id, id => new MemberView(paths.GetValueOrDefault(id), claims[id].ToDictionary(c => c.PerkId, c => (int)c.Count)));
    }
}

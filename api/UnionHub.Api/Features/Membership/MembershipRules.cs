using System.Data.Common;
using System.Text.RegularExpressions;
using Dapper;
using UnionHub.Api.Platform;

namespace UnionHub.Api.Features.Membership;

/// <summary>
/// Joining online and membership changes: a worker whom no roster lists applies to join a grassroots organisation (one with
/// no organisation below it); the staff of that organisation (or above it) approve, which binds the account exactly as
/// real-name verification does and puts the person on the organisation's roster, in one transaction, or refuse with a reason.
/// </summary>
public static partial class MembershipRules
{
    public const string Employed = "employed";
    public const string PlatformWorker = "platform";
    public static readonly string[] Employments = [Employed, PlatformWorker];

    public const string Pending = "pending";
    public const string Approved = "approved";
    public const string Refused = "refused";
    public const string Withdrawn = "withdrawn";
    public static readonly string[] Statuses = [Pending, Approved, Refused, Withdrawn];

    public const int MaxNameChars = 50;
    public const int MaxEmployerChars = 200;
    public const int MaxPlatformChars = 100;
    public const int MaxReasonChars = 500;

    /// <summary>Applications a member may send a day (each looks up ID numbers: what an enumeration would need).</summary>
    public const int AppliesPerDay = 5;

    [GeneratedRegex("^1[3-9][0-9]{9}$")]
    private static partial Regex Mobile();

    /// <summary>A mainland mobile number without spaces, dashes or +86; null when it is not one.</summary>
    public static string? NormalisePhone(string? input)
    {
        if (input is null)
        {
            return null;
        }

        var digits = input.Trim().Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal);
        if (digits.StartsWith("+86", StringComparison.Ordinal))
        {
            digits = digits[3..];
        }

        return Mobile().IsMatch(digits) ? digits : null;
    }

    /// <summary>An application as its applicant and the staff see it: personal data masked.</summary>
    public sealed record Application(string Id, string Status, string OrgId, string OrgName, string Area, string NameMasked,
        string IdNumberMasked, string PhoneMasked, string Employment, string? EmployerName, string? PlatformName, string? RefusalReason,
        DateTimeOffset CreatedAt, DateTimeOffset? DecidedAt);

    public sealed class Row : IOrgOwned
    {
        public long Id { get; set; }
        public long MemberId { get; set; }
        public long OrgId { get; set; }
        public string OrgName { get; set; } = "";
        public string OrgPath { get; set; } = "";
        public byte[] IdHash { get; set; } = [];
        public byte[] IdEnc { get; set; } = [];
        public byte[] NameHash { get; set; } = [];
        public byte[] NameEnc { get; set; } = [];
        public byte[] PhoneHash { get; set; } = [];
        public byte[] PhoneEnc { get; set; } = [];
        public string Employment { get; set; } = "";
        public string? EmployerName { get; set; }
        public string? PlatformName { get; set; }
        public string Status { get; set; } = "";
        public byte[]? ReasonEnc { get; set; }
        public DateTime CreatedAt { get; set; }
        public DateTime? DecidedAt { get; set; }
    }

    public const string SelectColumns = """
        SELECT a.id, a.member_id AS MemberId, a.org_id AS OrgId, o.name AS OrgName, o.path AS OrgPath, a.id_hash AS IdHash,
               a.id_enc AS IdEnc, a.name_hash AS NameHash, a.name_enc AS NameEnc, a.phone_hash AS PhoneHash, a.phone_enc AS PhoneEnc,
               a.employment, a.employer_name AS EmployerName, a.platform_name AS PlatformName, a.status, a.reason_enc AS ReasonEnc,
               a.created_at AS CreatedAt, a.decided_at AS DecidedAt
        FROM membership_application a JOIN org o ON o.id = a.org_id
        """;

    /// <summary>One application, locked for a decision (answer 404 when it is outside the scope).</summary>
    public static Task<Row?> FindForUpdateAsync(DbConnection conn, DbTransaction tx, Scope scope, long? id, CancellationToken ct) =>
        scope.FindAsync<Row>(conn, tx, SelectColumns + " WHERE a.id = @Id FOR UPDATE", id, ct);

    /// <summary>The names of the organisations above each path ("市总工会 / 东城区总工会"), for the applicant to choose by area.</summary>
    public static async Task<Dictionary<string, string>> AreasAsync(DbConnection conn, DbTransaction? tx, IEnumerable<string> paths, CancellationToken ct)
    {
        var distinct = paths.Distinct(StringComparer.Ordinal).ToList();
        var ancestorIds = distinct.SelectMany(AncestorIds).Distinct().ToList();
        var names = ancestorIds.Count == 0 ? new Dictionary<long, string>()
            : (await conn.QueryAsync<(long Id, string Name)>(new CommandDefinition("SELECT id, name FROM org WHERE id IN @Ids",
                new { Ids = ancestorIds }, tx, cancellationToken: ct))).ToDictionary(r => r.Id, r => r.Name);
        return distinct.ToDictionary(p => p, p => string.Join(" / ", AncestorIds(p).Select(id => names.GetValueOrDefault(id, ""))),
            StringComparer.Ordinal);
    }

    /// <summary>The ids of the organisations strictly above the one with this path ('/1/5/12/' gives 1, 5).</summary>
    public static IEnumerable<long> AncestorIds(string path)
    {
        var parts = path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        return parts.Take(parts.Length - 1).Select(p => long.Parse(p, System.Globalization.CultureInfo.InvariantCulture));
    }

    public static async Task<List<Application>> ViewsAsync(DbConnection conn, DbTransaction? tx, PiiProtector pii, IReadOnlyList<Row> rows,
        CancellationToken ct)
    {
        var areas = await AreasAsync(conn, tx, rows.Select(r => r.OrgPath), ct);
        return rows.Select(r => new Application(r.Id.Text(), r.Status, r.OrgId.Text(), r.OrgName, areas[r.OrgPath],
            Mask.Name(pii.Decrypt(r.NameEnc)), Mask.IdNumber(pii.Decrypt(r.IdEnc)), Mask.Phone(pii.Decrypt(r.PhoneEnc)), r.Employment,
            r.EmployerName, r.PlatformName, pii.DecryptOrNull(r.ReasonEnc), r.CreatedAt.ToChina(), r.DecidedAt.ToChina())).ToList();
    }

    public static async Task<Application> ViewAsync(DbConnection conn, DbTransaction? tx, PiiProtector pii, long id, CancellationToken ct)
    {
        var row = await conn.QuerySingleAsync<Row>(new CommandDefinition(SelectColumns + " WHERE a.id = @Id", new { Id = id }, tx,
            cancellationToken: ct));
        return (await ViewsAsync(conn, tx, pii, [row], ct))[0];
    }

    private const string InsertHistory = """
        INSERT INTO membership_history (member_id, event, from_org_id, to_org_id, actor_kind, actor_id, reason_enc, created_at)
        VALUES (@MemberId, @Event, @FromOrgId, @ToOrgId, @ActorKind, @ActorId, @ReasonEnc, @Now)
        """;

    /// <summary>One row of the member's history, in the transaction of the change (the actor from the token).</summary>
    public static Task RecordAsync(DbConnection conn, DbTransaction tx, HttpContext http, PiiProtector pii, DateTime nowUtc, long memberId,
        string @event, long? fromOrgId, long? toOrgId, string? reason, CancellationToken ct)
    {
        var (kind, actor) = http.User.StaffId() is { } staff ? ("staff", (long?)staff) : ("member", http.User.MemberId());
        return conn.ExecuteAsync(new CommandDefinition(InsertHistory, new
        {
            MemberId = memberId, Event = @event, FromOrgId = fromOrgId, ToOrgId = toOrgId, ActorKind = kind, ActorId = actor,
            ReasonEnc = pii.EncryptOrNull(reason), Now = nowUtc,
        }, tx, cancellationToken: ct));
    }

    /// <summary>Tells the member (inbox, and pushed) in the transaction of the change; the payload names no person.</summary>
    public static Task NotifyAsync(DbConnection conn, DbTransaction tx, DateTime nowUtc, long memberId, string @event, long applicationOrChangeId,
        string orgName, CancellationToken ct) =>
        Outbox.EnqueueAsync(conn, tx, new DateTimeOffset(nowUtc, TimeSpan.Zero), memberId, NotificationKinds.MembershipChanged,
            new { @event, id = applicationOrChangeId.Text(), orgName }, ct);

    /// <summary>One change of a membership as the organisations' staff and the member see it (no personal data).</summary>
    public sealed record HistoryEntry(string Id, string Event, string MemberId, string? FromOrgId, string? FromOrgName, string? ToOrgId,
        string? ToOrgName, string ActorKind, DateTimeOffset At);

    private sealed record HistoryRow(long Id, string Event, long MemberId, long? FromOrgId, string? FromOrgName, long? ToOrgId, string? ToOrgName,
        string ActorKind, DateTime CreatedAt);

    /// <summary>History rows matching <paramref name="where"/> (over <c>h</c>, <c>fo</c> the old org, <c>tor</c> the new), newest first.</summary>
    public static async Task<List<HistoryEntry>> HistoryAsync(DbConnection conn, DbTransaction? tx, string where, object parameters, int take,
        CancellationToken ct)
    {
        var args = new DynamicParameters(parameters);
        args.Add("Take", take);
        var rows = await conn.QueryAsync<HistoryRow>(new CommandDefinition($"""
            SELECT h.id, h.event, h.member_id AS MemberId, h.from_org_id AS FromOrgId, fo.name AS FromOrgName, h.to_org_id AS ToOrgId,
                   tor.name AS ToOrgName, h.actor_kind AS ActorKind, h.created_at AS CreatedAt
            FROM membership_history h LEFT JOIN org fo ON fo.id = h.from_org_id LEFT JOIN org tor ON tor.id = h.to_org_id
            WHERE {where}
            ORDER BY h.id DESC
            LIMIT @Take
            """, args, tx, cancellationToken: ct));
        return rows.Select(r => new HistoryEntry(r.Id.Text(), r.Event, r.MemberId.Text(), r.FromOrgId?.Text(), r.FromOrgName, r.ToOrgId?.Text(),
            r.ToOrgName, r.ActorKind, r.CreatedAt.ToChina())).ToList();
    }
}

using System.Data.Common;
using System.Globalization;
using Dapper;
using UnionHub.Api.Platform;

namespace UnionHub.Api.Features.Funds;

/// <summary>Names and rules shared by the fund use cases.</summary>
public static class FundRules
{
    public const string Draft = "draft";
    public const string Submitted = "submitted";
    public const string Returned = "returned";
    public const string Approved = "approved";
    public const string Rejected = "rejected";
    public const string Withdrawn = "withdrawn";
    public const string Disbursed = "disbursed";

    /// <summary>Kinds of fund; <c>mutual_aid</c> (互助保障) pays mutual-aid plans' claims (ADR 0020, 2026-12-03).</summary>
    public static readonly IReadOnlySet<string> Kinds = new HashSet<string>(StringComparer.Ordinal) { "warmth", "hardship", "epidemic", "mutual_aid" };

    public static readonly IReadOnlySet<string> Categories = new HashSet<string>(StringComparer.Ordinal)
        { "major_illness", "sudden_event", "accident_disaster", "low_income", "temporary_hardship", "epidemic" };

    public static readonly IReadOnlySet<string> Statuses = new HashSet<string>(StringComparer.Ordinal)
        { Draft, Submitted, Returned, Approved, Rejected, Withdrawn, Disbursed };

    /// <summary>Open now: inside its optional window.</summary>
    public static bool IsOpen(DateTime? opensAt, DateTime? closesAt, DateTime nowUtc) =>
        (opensAt is null || opensAt <= nowUtc) && (closesAt is null || closesAt > nowUtc);

    public static string Id(long id) => id.ToString(CultureInfo.InvariantCulture);

    /// <summary>
    /// SQL: the fund aliased <c>f</c> is owned by an organisation inside the caller's scope (bind <c>ScopePath</c>); a federation
    /// fund (no owner) only for callers who see every organisation.
    /// </summary>
    public static readonly string InScopeSql = Scope.Sql("(SELECT o.path FROM org o WHERE o.id = f.org_id)");

    /// <summary>
    /// May the caller use (see, grant from, pay from, name in a round) this fund? Only when it exists and lies inside the caller's
    /// scope (<see cref="InScopeSql"/>); otherwise the answer is 404, so funds of other organisations cannot be probed.
    /// </summary>
    public static Task<bool> IsUsableAsync(DbConnection conn, DbTransaction? tx, Scope scope, long fundId, CancellationToken ct) =>
        conn.ExecuteScalarAsync<bool>(new CommandDefinition($"SELECT EXISTS (SELECT 1 FROM fund f WHERE f.id = @FundId AND {InScopeSql})",
            new { FundId = fundId, ScopePath = scope.Path }, tx, cancellationToken: ct));


    public static string Join(IEnumerable<string> values) => string.Join(", ", values.Order(StringComparer.Ordinal));

    private const string InsertHistory = """
        INSERT INTO fund_application_history (application_id, at, actor_kind, actor_id, from_status, to_status, note_enc)
        VALUES (@ApplicationId, @At, @ActorKind, @ActorId, @From, @To, @Note)
        """;

    /// <summary>Records a status change in the application's history, in the transaction that made it (the note encrypted).</summary>
    public static Task HistoryAsync(DbConnection conn, DbTransaction tx, long applicationId, DateTime atUtc, HttpContext http,
        string? from, string to, string? note, CancellationToken ct)
    {
        var (kind, actor) = http.User.StaffId() is { } staff ? ("staff", staff) : ("member", http.User.MemberId() ?? 0);
        return conn.ExecuteAsync(new CommandDefinition(InsertHistory,
            new { ApplicationId = applicationId, At = atUtc, ActorKind = kind, ActorId = actor, From = from, To = to,
                Note = http.RequestServices.GetRequiredService<PiiProtector>().EncryptOrNull(note) },
            tx, cancellationToken: ct));
    }
}

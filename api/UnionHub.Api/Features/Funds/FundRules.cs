using System.Data.Common;
using System.Globalization;
using Dapper;
using Microsoft.AspNetCore.Http.HttpResults;
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
    public static readonly IReadOnlySet<string> Kinds = new HashSet<string>(StringComparer.Ordinal) { "warmth", "hardship", "epidemic", MutualAid };

    /// <summary>
    /// The kind of fund that pays mutual-aid plans' claims (互助保障) and nothing else: no relief application, hardship award or lottery
    /// grant is ever filed on it (<see cref="MutualAidOnly"/>), members are not offered it at <c>GET /funds</c>, and a plan is paid only
    /// from a fund of this kind.
    /// </summary>
    public const string MutualAid = "mutual_aid";

    /// <summary>May relief cases (applications, hardship awards, lottery grants) be opened on a fund of this kind? All but mutual_aid.</summary>
    public static bool TakesReliefCases(string kind) => kind != MutualAid;

    /// <summary>422 <c>fund.mutual_aid_only</c>: the fund pays mutual-aid claims, so no relief case may be opened on it.</summary>
    public static ProblemHttpResult MutualAidOnly() =>
        Problems.Create(422, FundProblems.FundMutualAidOnly, "This fund pays mutual-aid claims only; it takes no relief applications.",
            "Choose a warmth, hardship or epidemic fund.");

    /// <summary>SQL: the fund aliased <c>f</c> takes relief cases (see <see cref="TakesReliefCases"/>).</summary>
    public const string TakesReliefCasesSql = $"f.kind <> '{MutualAid}'";

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
    public static async Task<bool> IsUsableAsync(DbConnection conn, DbTransaction? tx, Scope scope, long fundId, CancellationToken ct) =>
        await UsableKindAsync(conn, tx, scope, fundId, ct) is not null;

    /// <summary>
    /// The fund's kind when the caller may use it (<see cref="IsUsableAsync"/>'s rule), else null (404): one read for the callers that
    /// go on to check the kind (<see cref="TakesReliefCases"/>).
    /// </summary>
    public static Task<string?> UsableKindAsync(DbConnection conn, DbTransaction? tx, Scope scope, long fundId, CancellationToken ct) =>
        conn.ExecuteScalarAsync<string?>(new CommandDefinition($"SELECT f.kind FROM fund f WHERE f.id = @FundId AND {InScopeSql}",
            new { FundId = fundId, ScopePath = scope.Path }, tx, cancellationToken: ct));

    /// <summary>The fund's kind (empty when there is no such fund), for a step that continues a case whose fund it already knows.</summary>
    public static async Task<string> KindAsync(DbConnection conn, DbTransaction? tx, long fundId, CancellationToken ct) =>
        await conn.ExecuteScalarAsync<string?>(new CommandDefinition("SELECT kind FROM fund WHERE id = @FundId", new { FundId = fundId }, tx,
            cancellationToken: ct)) ?? "";

    /// <summary>
    /// May a case of this sort be paid from a fund of this kind? A relief case (application, hardship award, lottery grant) only from
    /// a fund that takes them (<see cref="TakesReliefCases"/>), a mutual-aid claim only from a <c>mutual_aid</c> fund (ADR 0020). Checked
    /// again by every later step that writes money, because rows made before the rule (or by hand) may break it.
    /// </summary>
    public static bool Pays(string kind, bool mutualAidClaim) => mutualAidClaim ? kind == MutualAid : TakesReliefCases(kind);


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

    /// <summary>
    /// The same status change recorded for many applications made together (a lottery draw's grants), in multi-row inserts; the
    /// actor given explicitly (the staff user the grants are booked under).
    /// </summary>
    public static async Task HistoryManyAsync(DbConnection conn, DbTransaction tx, IReadOnlyCollection<long> applicationIds, DateTime atUtc,
        string actorKind, long actorId, string? from, string to, string? note, PiiProtector pii, CancellationToken ct)
    {
        foreach (var part in applicationIds.Chunk(1000))
        {
            var insert = new MultiRowInsert("fund_application_history", "application_id", "at", "actor_kind", "actor_id", "from_status", "to_status",
                "note_enc");
            foreach (var id in part)
            {
                insert.Row(id, atUtc, actorKind, actorId, from, to, pii.EncryptOrNull(note));
            }

            await insert.ExecuteAsync(conn, tx, ct);
        }
    }
}

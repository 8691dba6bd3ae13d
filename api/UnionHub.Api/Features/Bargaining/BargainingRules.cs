using System.Data.Common;
using System.Globalization;
using Dapper;
using UnionHub.Api.Platform;

namespace UnionHub.Api.Features.Bargaining;

/// <summary>The steps and the rules shared by the bargaining use cases.</summary>
public static class BargainingRules
{
    public sealed record StepDefinition(int Number, string Key, string Title);

    public static readonly IReadOnlyList<StepDefinition> Steps =
    [
        new(1, "choose_representatives", "确定协商代表"),
        new(2, "make_offer", "提出协商要约"),
        new(3, "prepare", "做好协商准备"),
        new(4, "hold_meeting", "召开协商会议"),
        new(5, "submit_for_deliberation", "提交职代会审议"),
        new(6, "chief_representatives_sign", "首席代表签字"),
        new(7, "report_for_review", "报送审查"),
        new(8, "publish_and_file", "公布备案"),
    ];

    /// <summary>Step 6 (the chief representatives sign) done: the enterprise has a signed agreement.</summary>
    public const int SignedStep = 6;

    /// <summary>"1".."8" or a step key.</summary>
    public static StepDefinition? ParseStep(string? step) =>
        int.TryParse(step, NumberStyles.None, CultureInfo.InvariantCulture, out var n)
            ? Steps.FirstOrDefault(s => s.Number == n)
            : Steps.FirstOrDefault(s => string.Equals(s.Key, step, StringComparison.Ordinal));

    public static DateOnly TodayInChina(TimeProvider clock) => DateOnly.FromDateTime(clock.GetUtcNow().ToChina().DateTime);

    public sealed class EnterpriseRow : IOrgOwned
    {
        public long Id { get; set; }
        public long OrgId { get; set; }
        public string Name { get; set; } = "";
        public string OrgPath { get; set; } = "";
        public bool IsUnionised { get; set; }
        public bool HasWorkersCongress { get; set; }
        public int BargainingStep { get; set; }
        public DateTime? BargainingStepOn { get; set; }
        public int? Headcount { get; set; }
    }

    private const string SelectEnterprise = """
        SELECT e.id, e.org_id AS OrgId, e.name, o.path AS OrgPath, e.is_unionised AS IsUnionised, e.has_workers_congress AS HasWorkersCongress,
               e.bargaining_step AS BargainingStep, e.bargaining_step_on AS BargainingStepOn, e.headcount AS Headcount
        FROM enterprise e JOIN org o ON o.id = e.org_id WHERE e.id = @Id
        """;

    /// <summary>The enterprise when it exists inside the caller's subtree (super_admin: anywhere); null means answer 404.</summary>
    public static Task<EnterpriseRow?> FindVisibleAsync(DbConnection conn, DbTransaction? tx, Scope scope, long? id, CancellationToken ct) =>
        scope.FindAsync<EnterpriseRow>(conn, tx, SelectEnterprise, id, ct);

    /// <summary>
    /// The enterprise by id, with no scope check: only for callers bound to that very enterprise (an enterprise contact's
    /// own enterprise, from the token's claim).
    /// </summary>
    public static Task<EnterpriseRow?> LoadOwnAsync(DbConnection conn, DbTransaction? tx, long id, CancellationToken ct) =>
        conn.QuerySingleOrDefaultAsync<EnterpriseRow>(new CommandDefinition(SelectEnterprise, new { Id = id }, tx, cancellationToken: ct));

    private const string LockEnterprise = """
        SELECT id, org_id AS OrgId, name, '' AS OrgPath, is_unionised AS IsUnionised, has_workers_congress AS HasWorkersCongress,
               bargaining_step AS BargainingStep, bargaining_step_on AS BargainingStepOn, headcount AS Headcount
        FROM enterprise WHERE id = @Id FOR UPDATE
        """;

    /// <summary>
    /// Locks the enterprise row (only it, not its org) by writing it (<see cref="RowLocks"/>: an upload counts a step's documents
    /// under this lock and writes only its document, so a bare FOR UPDATE would not serialise two uploads on different cluster
    /// nodes) and reads its latest committed state. For callers that already checked the scope with <see cref="FindVisibleAsync"/>.
    /// </summary>
    public static async Task<EnterpriseRow> LockAsync(DbConnection conn, DbTransaction tx, long id, CancellationToken ct)
    {
        await RowLocks.WriteAsync(conn, tx, RowLocks.Enterprise, id, ct);
        return await conn.QuerySingleAsync<EnterpriseRow>(new CommandDefinition(LockEnterprise, new { Id = id }, tx, cancellationToken: ct));
    }
}

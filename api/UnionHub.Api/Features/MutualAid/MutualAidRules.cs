using System.Data.Common;
using System.Globalization;
using Dapper;
using UnionHub.Api.Platform;

namespace UnionHub.Api.Features.MutualAid;

/// <summary>Names and rules of mutual-aid cover.</summary>
public static class MutualAidRules
{
    public const string Draft = "draft";
    public const string Open = "open";
    public const string Closed = "closed";

    public const string Submitted = "submitted";
    public const string Approved = "approved";
    public const string Rejected = "rejected";
    public const string PaymentProposed = "payment_proposed";
    public const string Paid = "paid";
    /// <summary>A claim awaiting review whose member deleted their account (DELETE /me).</summary>
    public const string Withdrawn = "withdrawn";

    public const int MaxNameChars = 100;
    public const int MaxDescriptionChars = 2000;
    /// <summary>A plan's description (what it covers, how to claim), shown to members.</summary>
    public const int MaxPlanDescriptionChars = 1000;
    public const int MaxReasonChars = 500;
    public const int MaxBenefits = 10;
    public const int MaxDocuments = 5;
    public const int MaxDocumentBytes = 5 * 1024 * 1024;
    /// <summary>The largest price or cap a plan may name (one million yuan), and the largest amount a claim may ask.</summary>
    public const long MaxFen = 100_000_000;

    public static readonly IReadOnlySet<string> PlanStatuses = new HashSet<string>(StringComparer.Ordinal) { Draft, Open, Closed };
    public static readonly IReadOnlySet<string> ClaimStatuses = new HashSet<string>(StringComparer.Ordinal)
        { Submitted, Approved, Rejected, PaymentProposed, Paid, Withdrawn };
    public static readonly IReadOnlySet<string> PaidBy = new HashSet<string>(StringComparer.Ordinal) { "member", "union" };
    public static readonly IReadOnlySet<string> EventTypes = new HashSet<string>(StringComparer.Ordinal)
        { "accident", "critical_illness", "hospitalisation", "disability", "death", "maternity" };

    /// <summary>SQL: the plan aliased <c>p</c> belongs to an organisation inside the caller's scope (bind <c>ScopePath</c>);
    /// a federation plan (no organisation) only for callers who see everything.</summary>
    public static readonly string PlanInScopeSql = Scope.Sql("(SELECT o.path FROM org o WHERE o.id = p.org_id)");

    /// <summary>May a member of the organisation at <paramref name="memberOrgPath"/> join a plan owned at <paramref name="planOrgPath"/>?
    /// Federation plans, and plans of the member's organisation or one above it.</summary>
    public static bool IsMembersPlan(string? planOrgPath, string? memberOrgPath) =>
        planOrgPath is null || (memberOrgPath is not null && Scope.IsInside(memberOrgPath, planOrgPath));

    /// <summary>Status changes staff may make: draft to open or closed, open to closed.</summary>
    public static string[] FromStatuses(string to) => to switch
    {
        Open => [Draft],
        Closed => [Draft, Open],
        _ => [],
    };

    /// <summary>The certificate number (凭证号) of an enrolment: stable, unique, derived from the plan and enrolment ids.</summary>
    public static string CertificateNo(long planId, long enrolmentId) =>
        string.Create(CultureInfo.InvariantCulture, $"HZ{planId:D4}-{enrolmentId:D8}");

    /// <summary>
    /// 422 <c>mutual_aid.fund_not_mutual_aid</c>: the claim would be approved or paid from a fund that is not a <c>mutual_aid</c> fund
    /// (a plan, or a claim's grant, that names a relief fund from before the rule); nothing is written.
    /// </summary>
    public static Microsoft.AspNetCore.Http.HttpResults.ProblemHttpResult FundNotMutualAid() =>
        Problems.Create(422, MutualAidProblems.FundNotMutualAid, "This claim's fund is not a mutual-aid fund; a relief fund does not pay mutual-aid claims.",
            "A plan is paid only from a mutual_aid fund (互助保障); the plan's fund must be changed before its claims are approved or paid.");

    /// <summary>
    /// 422 <c>mutual_aid.fund_not_mutual_aid</c> at opening, enrolment and filing: the plan names a fund that is not a <c>mutual_aid</c> fund, so
    /// a claim could never be approved; nothing is written until staff move the plan to a mutual-aid fund.
    /// </summary>
    public static Microsoft.AspNetCore.Http.HttpResults.ProblemHttpResult PlanFundNotMutualAid() =>
        Problems.Create(422, MutualAidProblems.FundNotMutualAid, "This plan's fund is not a mutual-aid fund; its claims cannot be paid.",
            "A plan is paid only from a mutual_aid fund (互助保障); staff must move the plan to one before it is opened or members enrol or claim.");

    public static string Join(IEnumerable<string> values) => string.Join(", ", values.Order(StringComparer.Ordinal));

    /// <summary>The path of the member's organisation (null when they have none).</summary>
    internal static Task<string?> MemberOrgPathAsync(DbConnection conn, DbTransaction? tx, long memberId, CancellationToken ct) =>
        conn.ExecuteScalarAsync<string?>(new CommandDefinition("SELECT o.path FROM member m JOIN org o ON o.id = m.org_id WHERE m.id = @MemberId",
            new { MemberId = memberId }, tx, cancellationToken: ct));

    internal const string IsVerified = "SELECT verified_at IS NOT NULL AND deleted_at IS NULL FROM member WHERE id = @MemberId";

    /// <summary>Writes the cover rows (one per benefit of the plan, nothing approved) of the enrolment, or of every enrolment of a batch.</summary>
    internal const string InsertCover = """
        INSERT INTO mutual_aid_cover (enrolment_id, event_type, cap_fen, approved_fen)
        SELECT e.id, b.event_type, b.cap_fen, 0 FROM mutual_aid_enrolment e JOIN mutual_aid_benefit b ON b.plan_id = e.plan_id
        WHERE e.id = @EnrolmentId
        """;

    /// <summary><see cref="InsertCover"/> for every enrolment of a bulk enrolment.</summary>
    internal const string InsertBatchCover = """
        INSERT INTO mutual_aid_cover (enrolment_id, event_type, cap_fen, approved_fen)
        SELECT e.id, b.event_type, b.cap_fen, 0 FROM mutual_aid_enrolment e JOIN mutual_aid_benefit b ON b.plan_id = e.plan_id
        WHERE e.batch_id = @BatchId
        """;

    /// <summary>
    /// Tells the claim's member of a decision or payment (<see cref="NotificationKinds.MutualAidClaimProgress"/>: inbox and push),
    /// in the transaction that made it, so a refused or repeated step (its conditional update changed nothing) tells nobody. The
    /// payload holds ids, the plan's name and amounts only; a rejection's reason stays encrypted on the claim (the inbox reads it
    /// from there). The dedupe key makes one notice per claim and event.
    /// </summary>
    internal static Task<int> NotifyAsync(DbConnection conn, DbTransaction tx, TimeProvider clock, MutualAid.ClaimRow claim, string @event,
        long? amountFen, CancellationToken ct) =>
        Outbox.EnqueueAsync(conn, tx, clock.GetUtcNow(), claim.MemberId, NotificationKinds.MutualAidClaimProgress,
            new { claimId = claim.Id.Text(), @event, planName = claim.PlanName, amountFen }, ct,
            dedupeKey: $"{NotificationKinds.MutualAidClaimProgress}:{claim.Id.Text()}:{@event}");

    /// <summary>
    /// May a plan of <paramref name="planOrgId"/> (null: a federation plan) be paid from this fund? The fund must lie inside the caller's
    /// scope (else 404, so other units' funds cannot be probed), be of kind <c>mutual_aid</c> and belong to the plan's organisation or one
    /// above it (a federation fund pays any plan; a federation plan needs a federation fund), else 422 on <c>fundId</c>. Null: it may.
    /// </summary>
    internal static async Task<Microsoft.AspNetCore.Http.HttpResults.ProblemHttpResult?> FundFitsPlanAsync(DbConnection conn, DbTransaction tx,
        Scope scope, long fundId, long? planOrgId, CancellationToken ct)
    {
        if (!await Funds.FundRules.IsUsableAsync(conn, tx, scope, fundId, ct))
        {
            return Problems.NotFound("fund");
        }

        var paths = await conn.QuerySingleAsync<(string? FundPath, string? PlanPath, string Kind)>(new CommandDefinition("""
            SELECT (SELECT o.path FROM fund f JOIN org o ON o.id = f.org_id WHERE f.id = @FundId) AS FundPath,
                   (SELECT o.path FROM org o WHERE o.id = @PlanOrgId) AS PlanPath,
                   (SELECT f.kind FROM fund f WHERE f.id = @FundId) AS Kind
            """, new { FundId = fundId, PlanOrgId = planOrgId }, tx, cancellationToken: ct));
        if (paths.Kind != Funds.FundRules.MutualAid)
        {
            return Problems.Validation(new Dictionary<string, string[]>
                { ["fundId"] = ["must be a mutual_aid fund (互助保障): relief funds pay relief applications, not plans' claims"] });
        }

        return paths.FundPath is null || (paths.PlanPath is not null && Scope.IsInside(paths.PlanPath, paths.FundPath))
            ? null
            : Problems.Validation(new Dictionary<string, string[]>
                { ["fundId"] = ["must be a fund of the plan's organisation or of an organisation above it"] });
    }

    /// <summary>The claim's proposed disbursement (at most one: a claim is paid in one payment), or null.</summary>
    internal static async Task<Funds.Disburse.Disbursement?> ProposedPaymentAsync(DbConnection conn, DbTransaction tx, long claimId,
        CancellationToken ct) =>
        await conn.ExecuteScalarAsync<long?>(new CommandDefinition(
            "SELECT MAX(id) FROM fund_disbursement WHERE mutual_aid_claim_id = @ClaimId AND status = 'proposed'", new { ClaimId = claimId }, tx,
            cancellationToken: ct)) is { } id
            ? await Funds.Disburse.LoadAsync(conn, tx, id, ct)
            : null;

    /// <summary>China's date today.</summary>
    public static DateOnly Today(TimeProvider clock) => DateOnly.FromDateTime(clock.GetUtcNow().ToChina().DateTime);
}

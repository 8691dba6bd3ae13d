using System.Data.Common;
using Dapper;
using UnionHub.Api.Platform;

namespace UnionHub.Api.Features.MutualAid;

/// <summary>
/// Mutual-aid cover (互助保障, issue #21 item 2). A union's plan covers a period with benefits per event type, each capped per
/// member and period; verified members enrol themselves (one enrolment per member and plan) or their unit enrols them in bulk;
/// an enrolment is a certificate. An enrolled member claims for an event with documents; staff whose scope holds the plan's
/// organisation approve an amount (never past the cap: a conditional update of the enrolment's cover row) or reject it, and two
/// different staff users mark the payment (maker proposes, checker confirms). Claim descriptions are encrypted at rest.
/// </summary>
public static class MutualAid
{
    public sealed record Benefit(string EventType, long CapFen);

    /// <summary>A plan; <c>fundId</c>/<c>fundName</c>/<c>fundKind</c>: the fund that pays its claims (approvals are grants on it, ADR 0020); a
    /// <c>fundKind</c> other than <c>mutual_aid</c> marks a plan left on a relief fund, which staff move (<see cref="SetMutualAidPlanFund"/>).</summary>
    public sealed record Plan(string Id, string? OrgId, string? OrgName, string Name, DateOnly CoversFrom, DateOnly CoversTo, long PriceFen,
        string PaidBy, string Status, IReadOnlyList<Benefit> Benefits, DateTimeOffset CreatedAt, string? Description, string FundId, string FundName,
        string FundKind);

    /// <summary>What is approved and left of one benefit for one enrolment.</summary>
    public sealed record Cover(string EventType, long CapFen, long ApprovedFen, long RemainingFen);

    /// <summary>An enrolment, printable as the member's certificate (凭证).</summary>
    public sealed record Enrolment(string Id, string CertificateNo, string PlanId, string PlanName, string? OrgName, DateOnly CoversFrom,
        DateOnly CoversTo, long PriceFen, string PaidBy, string PlanStatus, string MemberName, string Source, IReadOnlyList<Cover> Benefits,
        DateTimeOffset EnrolledAt);

    /// <summary>A claim; <c>description</c> is masked and given only where its reader may see it (the member, the audited staff read).</summary>
    public sealed record Claim(string Id, string EnrolmentId, string CertificateNo, string PlanId, string PlanName, string MemberName,
        string EventType, DateOnly EventOn, long AskedFen, long? ApprovedFen, string? Description, string Status, string? RejectReason,
        int DocumentCount, DateTimeOffset? ReviewedAt, DateTimeOffset? PaidAt, DateTimeOffset CreatedAt, string? FundId, long PaidFen);

    internal sealed class PlanRow
    {
        public long Id { get; set; }
        public long? OrgId { get; set; }
        public string? OrgName { get; set; }
        public string? OrgPath { get; set; }
        public string Name { get; set; } = "";
        public DateTime CoversFrom { get; set; }
        public DateTime CoversTo { get; set; }
        public long PriceFen { get; set; }
        public string PaidBy { get; set; } = "";
        public string Status { get; set; } = "";
        public string? Description { get; set; }
        public DateTime CreatedAt { get; set; }
        public long FundId { get; set; }
        public string FundName { get; set; } = "";
        /// <summary>The kind of the plan's fund: only a <c>mutual_aid</c> fund pays claims (ADR 0020), so a plan on another kind is not
        /// offered to members, enrolled in nor claimed from until staff move it (<see cref="SetMutualAidPlanFund"/>).</summary>
        public string FundKind { get; set; } = "";
    }

    internal const string SelectPlan = """
        SELECT p.id, p.org_id AS OrgId, o.name AS OrgName, o.path AS OrgPath, p.name, p.covers_from AS CoversFrom, p.covers_to AS CoversTo,
               p.price_fen AS PriceFen, p.paid_by AS PaidBy, p.status, p.description, p.created_at AS CreatedAt, p.fund_id AS FundId,
               f.name AS FundName, f.kind AS FundKind
        FROM mutual_aid_plan p LEFT JOIN org o ON o.id = p.org_id JOIN fund f ON f.id = p.fund_id
        """;

    internal static async Task<PlanRow?> FindVisiblePlanAsync(DbConnection conn, DbTransaction? tx, Scope scope, long? id, CancellationToken ct) =>
        scope.Path is null || id is null
            ? null
            : await conn.QuerySingleOrDefaultAsync<PlanRow>(new CommandDefinition($"{SelectPlan} WHERE p.id = @Id AND {MutualAidRules.PlanInScopeSql}",
                new { Id = id, ScopePath = scope.Path }, tx, cancellationToken: ct));

    internal static async Task<List<Plan>> PlanViewsAsync(DbConnection conn, DbTransaction? tx, IReadOnlyList<PlanRow> rows, CancellationToken ct)
    {
        var ids = rows.Select(r => r.Id).ToArray();
        var benefits = ids.Length == 0
            ? []
            : (await conn.QueryAsync<(long PlanId, string EventType, long CapFen)>(new CommandDefinition(
                "SELECT plan_id, event_type, cap_fen FROM mutual_aid_benefit WHERE plan_id IN @Ids ORDER BY plan_id, event_type",
                new { Ids = ids }, tx, cancellationToken: ct))).ToList();
        return rows.Select(r => new Plan(r.Id.Text(), r.OrgId?.Text(), r.OrgName, r.Name, DateOnly.FromDateTime(r.CoversFrom),
            DateOnly.FromDateTime(r.CoversTo), r.PriceFen, r.PaidBy, r.Status,
            benefits.Where(b => b.PlanId == r.Id).Select(b => new Benefit(b.EventType, b.CapFen)).ToList(), r.CreatedAt.ToChina(), r.Description,
            r.FundId.Text(), r.FundName, r.FundKind)).ToList();
    }

    internal sealed class EnrolmentRow
    {
        public long Id { get; set; }
        public long PlanId { get; set; }
        public long MemberId { get; set; }
        public string PlanName { get; set; } = "";
        public string? OrgName { get; set; }
        public DateTime CoversFrom { get; set; }
        public DateTime CoversTo { get; set; }
        public long PriceFen { get; set; }
        public string PaidBy { get; set; } = "";
        public string PlanStatus { get; set; } = "";
        public byte[]? MemberNameEnc { get; set; }
        public string Source { get; set; } = "";
        public DateTime CreatedAt { get; set; }
    }

    internal const string SelectEnrolment = """
        SELECT e.id, e.plan_id AS PlanId, e.member_id AS MemberId, p.name AS PlanName, o.name AS OrgName, p.covers_from AS CoversFrom,
               p.covers_to AS CoversTo, p.price_fen AS PriceFen, p.paid_by AS PaidBy, p.status AS PlanStatus, m.name_enc AS MemberNameEnc,
               e.source, e.created_at AS CreatedAt
        FROM mutual_aid_enrolment e JOIN mutual_aid_plan p ON p.id = e.plan_id LEFT JOIN org o ON o.id = p.org_id
        JOIN member m ON m.id = e.member_id
        """;

    /// <summary>The member's enrolments (one when <paramref name="id"/> is given), as certificates with what is left of each benefit.</summary>
    /// <param name="take">At most this many (the export takes them all).</param>
    internal static async Task<List<Enrolment>> MemberEnrolmentsAsync(DbConnection conn, DbTransaction? tx, long memberId, long? id, PiiProtector pii,
        CancellationToken ct, int take = 200)
    {
        var rows = (await conn.QueryAsync<EnrolmentRow>(new CommandDefinition(
            $"{SelectEnrolment} WHERE e.member_id = @MemberId AND (@Id IS NULL OR e.id = @Id) ORDER BY e.id DESC LIMIT @Take",
            new { MemberId = memberId, Id = id, Take = take }, tx, cancellationToken: ct))).ToList();
        var covers = rows.Count == 0
            ? []
            : (await conn.QueryAsync<(long EnrolmentId, string EventType, long CapFen, long ApprovedFen)>(new CommandDefinition(
                "SELECT enrolment_id, event_type, cap_fen, approved_fen FROM mutual_aid_cover WHERE enrolment_id IN @Ids ORDER BY event_type",
                new { Ids = rows.Select(r => r.Id).ToArray() }, tx, cancellationToken: ct))).ToList();
        return rows.Select(r => new Enrolment(r.Id.Text(), MutualAidRules.CertificateNo(r.PlanId, r.Id), r.PlanId.Text(), r.PlanName, r.OrgName,
            DateOnly.FromDateTime(r.CoversFrom), DateOnly.FromDateTime(r.CoversTo), r.PriceFen, r.PaidBy, r.PlanStatus,
            pii.DecryptOrNull(r.MemberNameEnc) is { } name ? Mask.Name(name) : "", r.Source,
            covers.Where(c => c.EnrolmentId == r.Id).Select(c => new Cover(c.EventType, c.CapFen, c.ApprovedFen, c.CapFen - c.ApprovedFen)).ToList(),
            r.CreatedAt.ToChina())).ToList();
    }

    internal sealed class ClaimRow
    {
        public long Id { get; set; }
        public long EnrolmentId { get; set; }
        public long PlanId { get; set; }
        public string PlanName { get; set; } = "";
        public long? PlanOrgId { get; set; }
        public long MemberId { get; set; }
        public byte[]? MemberNameEnc { get; set; }
        public string EventType { get; set; } = "";
        public DateTime EventOn { get; set; }
        public long AskedFen { get; set; }
        public long? ApprovedFen { get; set; }
        /// <summary>Null once the member deleted their account (DELETE /me erases it).</summary>
        public byte[]? DescriptionEnc { get; set; }
        public string Status { get; set; } = "";
        public byte[]? RejectReasonEnc { get; set; }
        public long? PayProposedBy { get; set; }
        /// <summary>The fund that pays the plan's claims now.</summary>
        public long PlanFundId { get; set; }
        /// <summary>The kind of <see cref="PlanFundId"/>: approvals book only on a <c>mutual_aid</c> fund.</summary>
        public string? PlanFundKind { get; set; }
        /// <summary>The fund the approval booked its grant on (null until approved).</summary>
        public long? FundId { get; set; }
        /// <summary>The kind of <see cref="FundId"/> (null until approved): payments only from a <c>mutual_aid</c> fund.</summary>
        public string? FundKind { get; set; }
        public long PaidFen { get; set; }
        public int DocumentCount { get; set; }
        public DateTime? ReviewedAt { get; set; }
        public DateTime? PaidAt { get; set; }
        public DateTime CreatedAt { get; set; }
    }

    internal const string SelectClaim = """
        SELECT c.id, c.enrolment_id AS EnrolmentId, c.plan_id AS PlanId, p.name AS PlanName, p.org_id AS PlanOrgId, c.member_id AS MemberId,
               m.name_enc AS MemberNameEnc, c.event_type AS EventType, c.event_on AS EventOn, c.asked_fen AS AskedFen, c.approved_fen AS ApprovedFen,
               c.description_enc AS DescriptionEnc, c.status, c.reject_reason_enc AS RejectReasonEnc, c.pay_proposed_by AS PayProposedBy,
               p.fund_id AS PlanFundId, pf.kind AS PlanFundKind, c.fund_id AS FundId, cf.kind AS FundKind, c.paid_fen AS PaidFen, c.document_count AS DocumentCount, c.reviewed_at AS ReviewedAt, c.paid_at AS PaidAt, c.created_at AS CreatedAt
        FROM mutual_aid_claim c JOIN mutual_aid_plan p ON p.id = c.plan_id JOIN member m ON m.id = c.member_id
             LEFT JOIN fund pf ON pf.id = p.fund_id LEFT JOIN fund cf ON cf.id = c.fund_id
        """;

    /// <summary>A claim of a plan inside the caller's scope (staff), or null.</summary>
    internal static async Task<ClaimRow?> FindVisibleClaimAsync(DbConnection conn, DbTransaction? tx, Scope scope, long? id, CancellationToken ct) =>
        scope.Path is null || id is null
            ? null
            : await conn.QuerySingleOrDefaultAsync<ClaimRow>(new CommandDefinition($"{SelectClaim} WHERE c.id = @Id AND {MutualAidRules.PlanInScopeSql}",
                new { Id = id, ScopePath = scope.Path }, tx, cancellationToken: ct));

    internal static async Task<ClaimRow> LoadClaimAsync(DbConnection conn, DbTransaction? tx, long id, CancellationToken ct) =>
        await conn.QuerySingleAsync<ClaimRow>(new CommandDefinition($"{SelectClaim} WHERE c.id = @Id", new { Id = id }, tx, cancellationToken: ct));

    /// <param name="withText">The description and rejection reason (masked) only for their member and the audited staff read.</param>
    internal static Claim ToView(ClaimRow r, PiiProtector pii, bool withText) =>
        new(r.Id.Text(), r.EnrolmentId.Text(), MutualAidRules.CertificateNo(r.PlanId, r.EnrolmentId), r.PlanId.Text(), r.PlanName,
            pii.DecryptOrNull(r.MemberNameEnc) is { } name ? Mask.Name(name) : "", r.EventType, DateOnly.FromDateTime(r.EventOn), r.AskedFen,
            r.ApprovedFen, withText && r.DescriptionEnc is { } description ? Mask.InText(pii.Decrypt(description)) : null, r.Status,
            withText && r.RejectReasonEnc is { } reason ? Mask.InText(pii.Decrypt(reason)) : null, r.DocumentCount, r.ReviewedAt?.ToChina(),
            r.PaidAt?.ToChina(), r.CreatedAt.ToChina(), r.FundId?.Text(), r.PaidFen);
}

using Dapper;
using Microsoft.AspNetCore.Http.HttpResults;
using MySqlConnector;
using UnionHub.Api.Platform;

namespace UnionHub.Api.Features.Members;

/// <summary>
/// GET /admin/members/{id}?reason=: a member's page for staff of their subtree, personal data masked: account and
/// real-name status, tags, vouchers, relief-fund applications, legal aid cases, hardship register entries and one history of
/// what happened to the member (newest first). Read audited as <c>member.read</c> with the reason.
/// </summary>
public static class GetMemberProfile
{
    public sealed record Voucher(string Id, string PerkTitle, string PerkKind, long? FaceValueFen, string Status, DateTimeOffset ClaimedAt,
        DateTimeOffset ValidUntil, DateTimeOffset? RedeemedAt, DateTimeOffset? VoidedAt, string? VoidReason);

    public sealed record Application(string Id, string FundId, string FundName, string Category, long RequestedFen, long? GrantedFen,
        long PaidFen, string Status, DateTimeOffset CreatedAt, DateTimeOffset? SubmittedAt);

    public sealed record LegalCase(string Id, string? CaseNo, string DisputeType, string Status, bool Urgent, string? Outcome,
        DateTimeOffset SubmittedAt, DateTimeOffset? ClosedAt);

    public sealed record Household(string Id, string Tier, string Reason, string Status, DateOnly EnteredOn, DateOnly? ExitedOn);

    /// <summary>One event: <c>kind</c> account | voucher | application | legal_case | household; <c>event</c> what happened
    /// (created, verified; claimed, redeemed, voided; the status an application or case moved to; entered, tier_changed, exited).</summary>
    public sealed record HistoryEntry(DateTimeOffset At, string Kind, string Event, string? RefId);

    public sealed record Profile(string Id, string Status, string? NameMasked, string? IdNumberMasked, string? PhoneMasked, string? MemberCardNo,
        string? OrgId, string? OrgName, string? EnterpriseName, DateTimeOffset CreatedAt, DateTimeOffset? VerifiedAt,
        IReadOnlyList<Voucher> Vouchers, IReadOnlyList<Application> Applications, IReadOnlyList<LegalCase> Cases,
        IReadOnlyList<Household> Households, IReadOnlyList<HistoryEntry> History, IReadOnlyList<MemberTags.MemberTagRules.Tag> Tags);

    private sealed class VoucherRow
    {
        public long Id { get; set; }
        public string PerkTitle { get; set; } = "";
        public string PerkKind { get; set; } = "";
        public long? FaceValueFen { get; set; }
        public string Status { get; set; } = "";
        public DateTime ValidUntil { get; set; }
        public DateTime CreatedAt { get; set; }
        public DateTime? RedeemedAt { get; set; }
        public DateTime? VoidedAt { get; set; }
        public byte[]? VoidReasonEnc { get; set; }
    }

    private sealed class ApplicationRow
    {
        public long Id { get; set; }
        public long FundId { get; set; }
        public string FundName { get; set; } = "";
        public string Category { get; set; } = "";
        public long RequestedFen { get; set; }
        public long? GrantedFen { get; set; }
        public long PaidFen { get; set; }
        public string Status { get; set; } = "";
        public DateTime CreatedAt { get; set; }
        public DateTime? SubmittedAt { get; set; }
    }

    private sealed class CaseRow
    {
        public long Id { get; set; }
        public string? CaseNo { get; set; }
        public string DisputeType { get; set; } = "";
        public string Status { get; set; } = "";
        public bool Urgent { get; set; }
        public string? Outcome { get; set; }
        public DateTime SubmittedAt { get; set; }
        public DateTime? ClosedAt { get; set; }
    }

    private sealed class HouseholdRow
    {
        public long Id { get; set; }
        public string Tier { get; set; } = "";
        public string Reason { get; set; } = "";
        public DateTime EnteredOn { get; set; }
        public DateTime? ExitedOn { get; set; }
        public long? OpenKey { get; set; }
    }

    private sealed class HistoryRow
    {
        public DateTime At { get; set; }
        public string Kind { get; set; } = "";
        public string Event { get; set; } = "";
        public long? RefId { get; set; }
    }

    private const string SelectVouchers = $"""
        SELECT v.id, p.title AS PerkTitle, p.kind AS PerkKind, p.face_value_fen AS FaceValueFen, v.status, v.valid_until AS ValidUntil,
               v.created_at AS CreatedAt, v.redeemed_at AS RedeemedAt, v.voided_at AS VoidedAt, v.void_reason_enc AS VoidReasonEnc
        FROM voucher v JOIN perk p ON p.id = v.perk_id
        WHERE v.member_id = @Id ORDER BY v.id DESC LIMIT {MaxRowsText}
        """;

    private const string SelectApplications = $"""
        SELECT a.id, a.fund_id AS FundId, f.name AS FundName, a.category, a.requested_fen AS RequestedFen, a.granted_fen AS GrantedFen,
               a.paid_fen AS PaidFen, a.status, a.created_at AS CreatedAt, a.submitted_at AS SubmittedAt
        FROM fund_application a JOIN fund f ON f.id = a.fund_id
        WHERE a.member_id = @Id ORDER BY a.id DESC LIMIT {MaxRowsText}
        """;

    private const string SelectCases = $"""
        SELECT c.id, c.case_no AS CaseNo, c.dispute_type AS DisputeType, c.status, c.urgent, c.outcome, c.submitted_at AS SubmittedAt,
               c.closed_at AS ClosedAt
        FROM legal_case c WHERE c.member_id = @Id ORDER BY c.id DESC LIMIT {MaxRowsText}
        """;

    private const string SelectHouseholds = $"""
        SELECT h.id, h.tier, h.reason, h.entered_on AS EnteredOn, h.exited_on AS ExitedOn, h.open_key AS OpenKey
        FROM hardship_household h WHERE h.member_id = @Id ORDER BY h.id DESC LIMIT {MaxRowsText}
        """;

    // Event names are literals of the columns' own character set, so the UNION's types agree on every engine.
    private const string SelectHistory = $"""
        SELECT x.At, x.Kind, x.Event, x.RefId FROM (
            SELECT m.created_at AS At, 'account' AS Kind, 'created' AS Event, NULL AS RefId FROM member m WHERE m.id = @Id
            UNION ALL
            SELECT m.verified_at, 'account', 'verified', NULL FROM member m WHERE m.id = @Id AND m.verified_at IS NOT NULL
            UNION ALL
            SELECT v.created_at, 'voucher', 'claimed', v.id FROM voucher v WHERE v.member_id = @Id
            UNION ALL
            SELECT v.redeemed_at, 'voucher', 'redeemed', v.id FROM voucher v WHERE v.member_id = @Id AND v.status = 'redeemed'
            UNION ALL
            SELECT v.voided_at, 'voucher', 'voided', v.id FROM voucher v WHERE v.member_id = @Id AND v.voided_at IS NOT NULL
            UNION ALL
            SELECT h.at, 'application', h.to_status, a.id
            FROM fund_application_history h JOIN fund_application a ON a.id = h.application_id WHERE a.member_id = @Id
            UNION ALL
            SELECT h.at, 'legal_case', h.to_status, c.id
            FROM legal_case_history h JOIN legal_case c ON c.id = h.case_id WHERE c.member_id = @Id
            UNION ALL
            SELECT h.at, 'household', h.event, hh.id
            FROM hardship_household_history h JOIN hardship_household hh ON hh.id = h.household_id WHERE hh.member_id = @Id
        ) x ORDER BY x.At DESC LIMIT {MaxRowsText}
        """;

    /// <summary>At most this many rows of each list (newest first).</summary>
    public const string MaxRowsText = "200";

    public static async Task<Results<Ok<Profile>, ProblemHttpResult>> Handle(
        string id, HttpContext http, MySqlDataSource db, PiiProtector pii, TimeProvider clock, CancellationToken ct)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        var scope = await Scope.OfAsync(conn, null, http.User, ct);
        var member = await MemberLookup.FindVisibleAsync(conn, null, scope, Ids.Parse(id), ct);
        if (member is null)
        {
            return Problems.NotFound("member");
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var args = new { member.Id };
        var vouchers = (await conn.QueryAsync<VoucherRow>(new CommandDefinition(SelectVouchers, args, cancellationToken: ct)))
            .Select(v => new Voucher(v.Id.Text(), v.PerkTitle, v.PerkKind, v.FaceValueFen,
                Perks.VoucherStatus.Effective(v.Status, v.ValidUntil, now), v.CreatedAt.ToChina(), v.ValidUntil.ToChina(),
                v.RedeemedAt.ToChina(), v.VoidedAt.ToChina(), pii.DecryptOrNull(v.VoidReasonEnc)))
            .ToList();
        var applications = (await conn.QueryAsync<ApplicationRow>(new CommandDefinition(SelectApplications, args, cancellationToken: ct)))
            .Select(a => new Application(a.Id.Text(), a.FundId.Text(), a.FundName, a.Category, a.RequestedFen, a.GrantedFen, a.PaidFen,
                a.Status, a.CreatedAt.ToChina(), a.SubmittedAt.ToChina()))
            .ToList();
        var cases = (await conn.QueryAsync<CaseRow>(new CommandDefinition(SelectCases, args, cancellationToken: ct)))
            .Select(c => new LegalCase(c.Id.Text(), c.CaseNo, c.DisputeType, c.Status, c.Urgent, c.Outcome, c.SubmittedAt.ToChina(),
                c.ClosedAt.ToChina()))
            .ToList();
        var households = (await conn.QueryAsync<HouseholdRow>(new CommandDefinition(SelectHouseholds, args, cancellationToken: ct)))
            .Select(h => new Household(h.Id.Text(), h.Tier, h.Reason, h.OpenKey is null ? "exited" : "active",
                DateOnly.FromDateTime(h.EnteredOn), h.ExitedOn is { } exited ? DateOnly.FromDateTime(exited) : null))
            .ToList();
        var history = (await conn.QueryAsync<HistoryRow>(new CommandDefinition(SelectHistory, args, cancellationToken: ct)))
            .Select(h => new HistoryEntry(h.At.ToChina(), h.Kind, h.Event, h.RefId?.Text()))
            .ToList();
        var tags = MemberTags.MemberTagRules.Views(await MemberTags.MemberTagRules.OfMemberAsync(conn, null, member.Id, ct));

        return TypedResults.Ok(new Profile(member.Id.Text(), MemberLookup.Status(member),
            pii.DecryptOrNull(member.NameEnc) is { } name ? Mask.Name(name) : null,
            pii.DecryptOrNull(member.IdEnc) is { } number ? Mask.IdNumber(number) : null,
            pii.DecryptOrNull(member.PhoneEnc) is { } phone ? Mask.Phone(phone) : null,
            member.MemberCardNo, member.OrgId?.Text(), member.OrgName, member.EnterpriseName, member.CreatedAt.ToChina(),
            member.VerifiedAt.ToChina(), vouchers, applications, cases, households, history, tags));
    }
}

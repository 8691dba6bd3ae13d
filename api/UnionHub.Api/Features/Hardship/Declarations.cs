using System.Data.Common;
using Dapper;
using UnionHub.Api.Platform;

namespace UnionHub.Api.Features.Hardship;

/// <summary>How a declaration looks in responses, and the staff's list and detail of declarations in their subtree.</summary>
public static class Declarations
{
    public sealed record Award(string Id, long AmountFen, string? FundApplicationId, DateTimeOffset ApprovedAt);

    public sealed record HistoryEntry(DateTimeOffset At, string ActorKind, string ActorId, string? From, string To, string? Note);

    /// <summary>An objection as staff see it: who lodged it is not shown (it is kept as a member id for follow-up only).</summary>
    public sealed record Objection(string Id, string DeclarationId, string Reason, string Status, string? Resolution, DateTimeOffset CreatedAt,
        DateTimeOffset? ResolvedAt);

    public sealed record Declaration(string Id, string RoundId, string MemberId, string MemberNameMasked, string OrgId, string Tier,
        string Reason, string? Note, string Status, string DeclaredBy, DateTimeOffset? NoticeStartsAt, DateTimeOffset? NoticeEndsAt,
        int OpenObjections, Award? Award, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt,
        IReadOnlyList<HistoryEntry>? History = null, IReadOnlyList<Objection>? Objections = null,
        IReadOnlyList<Households.DocumentFile>? Documents = null);

    internal sealed class Row
    {
        public long Id { get; set; }
        public long RoundId { get; set; }
        public long MemberId { get; set; }
        public byte[]? NameEnc { get; set; }
        public long OrgId { get; set; }
        public string OrgPath { get; set; } = "";
        public string Tier { get; set; } = "";
        public string Reason { get; set; } = "";
        public string? Note { get; set; }
        public byte[]? NoteEnc { get; set; }
        public string Status { get; set; } = "";
        public string DeclaredByKind { get; set; } = "";
        public long? GrassrootsBy { get; set; }
        public DateTime? NoticeStartsAt { get; set; }
        public DateTime? NoticeEndsAt { get; set; }
        public int OpenObjections { get; set; }
        public DateTime CreatedAt { get; set; }
        public DateTime UpdatedAt { get; set; }
        public long? AwardId { get; set; }
        public long? AmountFen { get; set; }
        public long? FundApplicationId { get; set; }
        public DateTime? ApprovedAt { get; set; }
    }

    internal const string Select = """
        SELECT d.id, d.round_id AS RoundId, d.member_id AS MemberId, m.name_enc AS NameEnc, d.org_id AS OrgId, d.org_path AS OrgPath,
               d.tier, d.reason, d.note, d.note_enc AS NoteEnc, d.status, d.declared_by_kind AS DeclaredByKind, d.grassroots_by AS GrassrootsBy,
               d.notice_starts_at AS NoticeStartsAt, d.notice_ends_at AS NoticeEndsAt, d.open_objections AS OpenObjections,
               d.created_at AS CreatedAt, d.updated_at AS UpdatedAt,
               w.id AS AwardId, w.amount_fen AS AmountFen, w.fund_application_id AS FundApplicationId, w.approved_at AS ApprovedAt
        FROM hardship_declaration d JOIN member m ON m.id = d.member_id
        LEFT JOIN hardship_award w ON w.declaration_id = d.id
        """;

    internal static Declaration View(Row r, PiiProtector pii, IReadOnlyList<HistoryEntry>? history = null, IReadOnlyList<Objection>? objections = null) =>
        new(r.Id.Text(), r.RoundId.Text(), r.MemberId.Text(), r.NameEnc is null ? "" : Mask.Name(pii.Decrypt(r.NameEnc)), r.OrgId.Text(),
            r.Tier, r.Reason, pii.DecryptText(r.NoteEnc, r.Note), r.Status, r.DeclaredByKind, r.NoticeStartsAt.ToChina(), r.NoticeEndsAt.ToChina(), r.OpenObjections,
            r is { AwardId: { } aid, AmountFen: { } amount, ApprovedAt: { } at }
                ? new Award(aid.Text(), amount, r.FundApplicationId is { } f ? f.Text() : null, at.ToChina())
                : null,
            r.CreatedAt.ToChina(), r.UpdatedAt.ToChina(), history, objections);

    internal static Task<Row?> FindAsync(DbConnection conn, DbTransaction? tx, long id, CancellationToken ct) =>
        conn.QuerySingleOrDefaultAsync<Row>(new CommandDefinition(Select + " WHERE d.id = @id", new { id }, tx, cancellationToken: ct));

    private sealed record HistoryRow(DateTime At, string ActorKind, long ActorId, string? FromStatus, string ToStatus, string? Note, byte[]? NoteEnc);

    /// <summary>An objection row as <see cref="ObjectionColumns"/> reads it.</summary>
    internal sealed record ObjectionRow(long Id, long DeclarationId, string? Reason, byte[]? ReasonEnc, string Status, string? Resolution,
        byte[]? ResolutionEnc, DateTime CreatedAt, DateTime? ResolvedAt);

    /// <summary>Select list of <see cref="ObjectionRow"/> over <c>hardship_objection</c>.</summary>
    internal const string ObjectionColumns = """
        SELECT id, declaration_id AS DeclarationId, reason, reason_enc AS ReasonEnc, status, resolution, resolution_enc AS ResolutionEnc,
               created_at AS CreatedAt, resolved_at AS ResolvedAt
        FROM hardship_objection
        """;

    internal static Objection ToObjection(ObjectionRow o, PiiProtector pii) =>
        ToObjection(o.Id, o.DeclarationId, pii.DecryptText(o.ReasonEnc, o.Reason) ?? "", o.Status, pii.DecryptText(o.ResolutionEnc, o.Resolution),
            o.CreatedAt, o.ResolvedAt);

    internal static Objection ToObjection(long id, long declarationId, string reason, string status, string? resolution, DateTime createdAt,
        DateTime? resolvedAt) => new(id.Text(), declarationId.Text(), reason, status, resolution, createdAt.ToChina(), resolvedAt.ToChina());

    /// <summary>One declaration with its history and objections.</summary>
    internal static async Task<Declaration?> LoadAsync(DbConnection conn, DbTransaction? tx, long id, PiiProtector pii, CancellationToken ct)
    {
        var row = await FindAsync(conn, tx, id, ct);
        if (row is null)
        {
            return null;
        }

        var history = (await conn.QueryAsync<HistoryRow>(new CommandDefinition("""
            SELECT at, actor_kind AS ActorKind, actor_id AS ActorId, from_status AS FromStatus, to_status AS ToStatus, note, note_enc AS NoteEnc
            FROM hardship_declaration_history WHERE declaration_id = @id ORDER BY id
            """, new { id }, tx, cancellationToken: ct)))
            .Select(h => new HistoryEntry(h.At.ToChina(), h.ActorKind, h.ActorId.Text(), h.FromStatus, h.ToStatus, pii.DecryptText(h.NoteEnc, h.Note))).ToList();
        var objections = (await conn.QueryAsync<ObjectionRow>(new CommandDefinition(
                ObjectionColumns + " WHERE declaration_id = @id ORDER BY id", new { id }, tx, cancellationToken: ct)))
            .Select(o => ToObjection(o, pii)).ToList();
        return View(row, pii, history, objections) with { Documents = await DeclarationDocuments.ListAsync(conn, tx, id, ct) };
    }

    /// <summary>The declaration when the caller's subtree holds the member's org; null otherwise (404).</summary>
    /// <summary>
    /// A declaration for a district decision (district review, approval): the caller's scope and the row, or the refusal:
    /// 404 when the caller cannot see it, 403 when they see it but sit at or below the member's own organisation.
    /// </summary>
    internal static async Task<(Scope Scope, Row? Row, Microsoft.AspNetCore.Http.HttpResults.ProblemHttpResult? Refusal)> ForDistrictAsync(
        DbConnection conn, DbTransaction tx, System.Security.Claims.ClaimsPrincipal user, string id, CancellationToken ct)
    {
        var scope = await Scope.OfAsync(conn, tx, user, ct);
        var row = await FindVisibleAsync(conn, tx, scope, Ids.Parse(id), ct);
        return row is null ? (scope, null, Problems.NotFound("declaration"))
            : !HardshipRules.CanReviewAsDistrict(scope, row.OrgPath) ? (scope, null, HardshipRules.NotDistrict())
            : (scope, row, null);
    }

    internal static async Task<Row?> FindVisibleAsync(DbConnection conn, DbTransaction? tx, Scope scope, long? id, CancellationToken ct) =>
        id is { } declarationId && await FindAsync(conn, tx, declarationId, ct) is { } row && scope.Contains(row.OrgPath) ? row : null;
}

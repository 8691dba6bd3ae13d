using System.Data.Common;
using Dapper;
using UnionHub.Api.Platform;

namespace UnionHub.Api.Features.LegalAid;

/// <summary>Case rows, views, access checks and the history/notification writes every transition shares.</summary>
public static class Cases
{
    /// <summary>The assigned lawyer: name masked; <c>Phone</c> (to call about the case) only in the member's own case, null elsewhere.</summary>
    public sealed record LawyerRef(string Id, string Name, string Firm, string? Phone);
    public sealed record Document(string Id, string ContentType, int SizeBytes, DateTimeOffset CreatedAt);
    public sealed record Note(string Id, DateOnly NotedOn, string Text, string AuthorKind, DateTimeOffset CreatedAt);
    public sealed record HistoryEntry(DateTimeOffset At, string ActorKind, string Action, string? FromStatus, string ToStatus, string? Note);

    /// <summary>A case as its member, the staff and its lawyer see it (lists leave documents, notes and history empty).</summary>
    public sealed record Case(
        string Id, string CaseNo, string Status, bool Archived, string DisputeType, string? EnterpriseId, string EmployerName,
        long AmountAtStakeFen, string Description, bool Urgent, string MemberId, string? OrgId,
        DateTimeOffset SubmittedAt, DateTimeOffset DecideBy, bool Overdue, DateTimeOffset? DecidedAt, string? RefusalReason,
        LawyerRef? Lawyer, DateTimeOffset? AssignedAt, string? Outcome, long? RecoveredFen, DateTimeOffset? ClosedAt,
        IReadOnlyList<Document> Documents, IReadOnlyList<Note> Notes, IReadOnlyList<HistoryEntry> History);

    public sealed class Row
    {
        public long Id { get; set; }
        public string? CaseNo { get; set; }
        public long MemberId { get; set; }
        public long? OrgId { get; set; }
        public string? OrgPath { get; set; }
        public string DisputeType { get; set; } = "";
        public long? EnterpriseId { get; set; }
        public string EmployerName { get; set; } = "";
        public long AmountAtStakeFen { get; set; }
        public string? Description { get; set; }
        public byte[]? DescriptionEnc { get; set; }
        public bool Urgent { get; set; }
        public string Status { get; set; } = "";
        public DateTime DecideBy { get; set; }
        public DateTime? DecidedAt { get; set; }
        public DateTime? AcceptedAt { get; set; }
        public string? RefusalReason { get; set; }
        public byte[]? RefusalReasonEnc { get; set; }
        public long? LawyerId { get; set; }
        public long? LawyerStaffId { get; set; }
        public byte[]? LawyerNameEnc { get; set; }
        public byte[]? LawyerPhoneEnc { get; set; }
        public string? LawyerFirm { get; set; }
        public DateTime? AssignedAt { get; set; }
        public string? Outcome { get; set; }
        public long? RecoveredFen { get; set; }
        public DateTime? ClosedAt { get; set; }
        public int DocumentCount { get; set; }
        public DateTime SubmittedAt { get; set; }
    }

    public const string Select = """
        SELECT c.id, c.case_no AS CaseNo, c.member_id AS MemberId, c.org_id AS OrgId, o.path AS OrgPath, c.dispute_type AS DisputeType,
               c.enterprise_id AS EnterpriseId, c.employer_name AS EmployerName, c.amount_at_stake_fen AS AmountAtStakeFen,
               c.description, c.description_enc AS DescriptionEnc, c.urgent, c.status, c.decide_by AS DecideBy, c.decided_at AS DecidedAt, c.accepted_at AS AcceptedAt,
               c.refusal_reason AS RefusalReason, c.refusal_reason_enc AS RefusalReasonEnc, c.lawyer_id AS LawyerId, l.staff_user_id AS LawyerStaffId, l.name_enc AS LawyerNameEnc,
               l.phone_enc AS LawyerPhoneEnc,
               l.firm AS LawyerFirm, c.assigned_at AS AssignedAt, c.outcome, c.recovered_fen AS RecoveredFen, c.closed_at AS ClosedAt,
               c.document_count AS DocumentCount, c.submitted_at AS SubmittedAt
        FROM legal_case c
        LEFT JOIN org o ON o.id = c.org_id
        LEFT JOIN legal_lawyer l ON l.id = c.lawyer_id
        """;

    /// <summary>
    /// The case when the caller may see it: the member their own, a panel lawyer the cases assigned to them, staff the cases
    /// of their subtree (super_admin: all, also those with no organisation); null otherwise (answer 404, never 403).
    /// </summary>
    public static async Task<Row?> FindVisibleAsync(DbConnection conn, DbTransaction? tx, Scope scope, long? id, CancellationToken ct)
    {
        if (id is null)
        {
            return null;
        }

        var row = await conn.QuerySingleOrDefaultAsync<Row>(new CommandDefinition(Select + " WHERE c.id = @Id", new { Id = id }, tx,
            cancellationToken: ct));
        return row is not null && (row.MemberId == scope.MemberId || (row.LawyerStaffId is { } lawyer && lawyer == scope.LawyerId)
            || scope.Contains(row.OrgPath)) ? row : null;
    }

    public static Case ToView(Row r, PiiProtector pii, DateTime nowUtc, IReadOnlyList<Document>? documents = null,
        IReadOnlyList<Note>? notes = null, IReadOnlyList<HistoryEntry>? history = null, bool lawyerPhone = false) =>
        new(LegalAidRules.Id(r.Id), r.CaseNo ?? "", r.Status, r.Status is LegalAidRules.Closed or LegalAidRules.Refused, r.DisputeType,
            r.EnterpriseId is { } e ? LegalAidRules.Id(e) : null, r.EmployerName, r.AmountAtStakeFen, pii.DecryptText(r.DescriptionEnc, r.Description) ?? "", r.Urgent,
            LegalAidRules.Id(r.MemberId), r.OrgId is { } o ? LegalAidRules.Id(o) : null,
            r.SubmittedAt.ToChina(), r.DecideBy.ToChina(), r.Status == LegalAidRules.Submitted && r.DecideBy <= nowUtc,
            r.DecidedAt.ToChina(), pii.DecryptText(r.RefusalReasonEnc, r.RefusalReason),
            r.LawyerId is { } l ? new LawyerRef(LegalAidRules.Id(l), Mask.Name(pii.DecryptOrNull(r.LawyerNameEnc) ?? ""), r.LawyerFirm ?? "",
                lawyerPhone ? pii.DecryptOrNull(r.LawyerPhoneEnc) : null) : null,
            r.AssignedAt.ToChina(), r.Outcome, r.RecoveredFen, r.ClosedAt.ToChina(), documents ?? [], notes ?? [], history ?? []);

    private sealed record NoteRow(long Id, DateTime NotedOn, string? Body, byte[]? BodyEnc, string AuthorKind, DateTime CreatedAt);
    private sealed record DocumentRow(long Id, string ContentType, int SizeBytes, DateTime CreatedAt);
    private sealed record HistoryRow(DateTime At, string ActorKind, string Action, string? FromStatus, string ToStatus, string? Note, byte[]? NoteEnc);

    /// <summary>The full view of a case the caller may see, with documents, notes and history (and the lawyer's phone with <paramref name="lawyerPhone"/>).</summary>
    public static async Task<Case> DetailAsync(DbConnection conn, DbTransaction? tx, Row row, PiiProtector pii, DateTime nowUtc, CancellationToken ct,
        bool lawyerPhone = false)
    {
        var args = new { CaseId = row.Id };
        var documents = await conn.QueryAsync<DocumentRow>(new CommandDefinition(
            "SELECT id, content_type AS ContentType, size_bytes AS SizeBytes, created_at AS CreatedAt FROM legal_case_document WHERE case_id = @CaseId ORDER BY id",
            args, tx, cancellationToken: ct));
        var notes = await conn.QueryAsync<NoteRow>(new CommandDefinition(
            "SELECT id, noted_on AS NotedOn, body, body_enc AS BodyEnc, author_kind AS AuthorKind, created_at AS CreatedAt FROM legal_case_note WHERE case_id = @CaseId ORDER BY noted_on, id",
            args, tx, cancellationToken: ct));
        var history = await conn.QueryAsync<HistoryRow>(new CommandDefinition(
            "SELECT at, actor_kind AS ActorKind, action, from_status AS FromStatus, to_status AS ToStatus, note, note_enc AS NoteEnc FROM legal_case_history WHERE case_id = @CaseId ORDER BY id",
            args, tx, cancellationToken: ct));
        return ToView(row, pii, nowUtc,
            documents.Select(d => new Document(LegalAidRules.Id(d.Id), d.ContentType, d.SizeBytes, d.CreatedAt.ToChina())).ToList(),
            notes.Select(n => new Note(LegalAidRules.Id(n.Id), DateOnly.FromDateTime(n.NotedOn), pii.DecryptText(n.BodyEnc, n.Body) ?? "", n.AuthorKind, n.CreatedAt.ToChina())).ToList(),
            history.Select(h => new HistoryEntry(h.At.ToChina(), h.ActorKind, h.Action, h.FromStatus, h.ToStatus, pii.DecryptText(h.NoteEnc, h.Note))).ToList(), lawyerPhone);
    }

    /// <summary>member, lawyer (a staff user with the lawyer role) or staff.</summary>
    public static (string Kind, long Id) Actor(HttpContext http) =>
        http.User.StaffId() is { } staff
            ? (http.User.IsInRole(Roles.Lawyer) ? "lawyer" : "staff", staff)
            : ("member", http.User.MemberId() ?? 0);

    private const string InsertHistory = """
        INSERT INTO legal_case_history (case_id, at, actor_kind, actor_id, action, from_status, to_status, note_enc)
        VALUES (@CaseId, @At, @ActorKind, @ActorId, @Action, @From, @To, @Note)
        """;

    /// <summary>
    /// The bookkeeping of every change, in the transaction that made it: a history row (its note encrypted), an audit row (staff and lawyers),
    /// and the member's case-progress notification (no personal data in it).
    /// </summary>
    public static async Task RecordAsync(DbConnection conn, DbTransaction tx, HttpContext http, DateTime nowUtc, Row row,
        string action, string? from, string to, string? note, object? auditDetails, CancellationToken ct)
    {
        var (kind, actor) = Actor(http);
        await conn.ExecuteAsync(new CommandDefinition(InsertHistory, new
        {
            CaseId = row.Id, At = nowUtc, ActorKind = kind, ActorId = actor, Action = action, From = from, To = to,
            Note = http.RequestServices.GetRequiredService<PiiProtector>().EncryptOrNull(note),
        }, tx, cancellationToken: ct));
        if (kind != "member")
        {
            await Audit.WriteAsync(conn, tx, http, $"legal_case.{action}", "legal_case", LegalAidRules.Id(row.Id), auditDetails, ct);
        }

        await Outbox.EnqueueAsync(conn, tx, new DateTimeOffset(nowUtc, TimeSpan.Zero), row.MemberId, NotificationKinds.CaseProgress, new
        {
            caseId = LegalAidRules.Id(row.Id),
            caseNo = row.CaseNo,
            @event = action,
            status = to,
            at = nowUtc.ToChina(),
        }, ct);
    }
}

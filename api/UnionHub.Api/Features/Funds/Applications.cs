using System.Data.Common;
using Dapper;
using UnionHub.Api.Platform;

namespace UnionHub.Api.Features.Funds;

/// <summary>How an application looks in responses (members and staff alike); personal data masked.</summary>
public static class Applications
{
    public sealed record Application(string Id, string FundId, string FundName, string MemberId, string Category, long RequestedFen,
        string Reason, string ContactPhoneMasked, string Status, long? GrantedFen, long PaidFen, int EvidenceCount,
        string? MeetingId, DateTimeOffset CreatedAt, DateTimeOffset? SubmittedAt, DateTimeOffset? DecidedAt, DateTimeOffset UpdatedAt,
        IReadOnlyList<HistoryEntry>? History = null, IReadOnlyList<EvidenceFile>? Evidence = null, string? OnBehalfOf = null,
        string? FiledBy = null, string? FiledByName = null, FamilyApplicant? Applicant = null, string? LotteryId = null);

    /// <summary>
    /// The family member who claims for a deceased member (<c>onBehalfOf: "deceased_member_family"</c>) and the bank account the
    /// grant is paid to, masked; the full values come from the reason-audited GET /admin/fund-applications/{id}/applicant.
    /// </summary>
    public sealed record FamilyApplicant(string Relationship, string NameMasked, string IdNumberMasked, string PhoneMasked, string BankName,
        string BankAccountMasked, string AccountHolderMasked);

    public sealed record HistoryEntry(DateTimeOffset At, string ActorKind, string ActorId, string? From, string To, string? Note);

    public sealed record EvidenceFile(string Id, string ContentType, int SizeBytes, DateTimeOffset UploadedAt);

    internal sealed class Row
    {
        public long Id { get; set; }
        public long FundId { get; set; }
        public string FundName { get; set; } = "";
        public long MemberId { get; set; }
        public string Category { get; set; } = "";
        public long RequestedFen { get; set; }
        public string? Reason { get; set; }
        public byte[]? ReasonEnc { get; set; }
        public byte[] ContactPhoneEnc { get; set; } = [];
        public string Status { get; set; } = "";
        public long? GrantedFen { get; set; }
        public long PaidFen { get; set; }
        public int EvidenceCount { get; set; }
        public long? MeetingId { get; set; }
        public DateTime CreatedAt { get; set; }
        public DateTime? SubmittedAt { get; set; }
        public DateTime? DecidedAt { get; set; }
        public DateTime UpdatedAt { get; set; }
        public long? FiledBy { get; set; }
        public string? FiledByName { get; set; }
        public string? OnBehalfOf { get; set; }
        public long? LotteryId { get; set; }
        public string? FamilyRelationship { get; set; }
        public byte[]? FamilyNameEnc { get; set; }
        public byte[]? FamilyIdNumberEnc { get; set; }
        public byte[]? FamilyPhoneEnc { get; set; }
        public byte[]? FamilyBankNameEnc { get; set; }
        public byte[]? FamilyBankAccountEnc { get; set; }
        public byte[]? FamilyAccountHolderEnc { get; set; }
    }

    private sealed class HistoryRow
    {
        public DateTime At { get; set; }
        public string ActorKind { get; set; } = "";
        public long ActorId { get; set; }
        public string? FromStatus { get; set; }
        public string ToStatus { get; set; } = "";
        public string? Note { get; set; }
        public byte[]? NoteEnc { get; set; }
    }

    private sealed class EvidenceRow
    {
        public long Id { get; set; }
        public string ContentType { get; set; } = "";
        public int SizeBytes { get; set; }
        public DateTime CreatedAt { get; set; }
    }

    /// <summary>Select list over <c>fund_application a JOIN fund f</c>.</summary>
    internal const string Select = """
        SELECT a.id, a.fund_id AS FundId, f.name AS FundName, a.member_id AS MemberId, a.category, a.requested_fen AS RequestedFen,
               a.reason, a.reason_enc AS ReasonEnc, a.contact_phone_enc AS ContactPhoneEnc, a.status, a.granted_fen AS GrantedFen, a.paid_fen AS PaidFen,
               a.evidence_count AS EvidenceCount, a.meeting_id AS MeetingId, a.created_at AS CreatedAt, a.submitted_at AS SubmittedAt,
               a.decided_at AS DecidedAt, a.updated_at AS UpdatedAt, a.filed_by AS FiledBy, su.username AS FiledByName,
               a.on_behalf_of AS OnBehalfOf, a.lottery_id AS LotteryId, fam.relationship AS FamilyRelationship, fam.name_enc AS FamilyNameEnc,
               fam.id_number_enc AS FamilyIdNumberEnc, fam.phone_enc AS FamilyPhoneEnc, fam.bank_name_enc AS FamilyBankNameEnc,
               fam.bank_account_enc AS FamilyBankAccountEnc, fam.account_holder_enc AS FamilyAccountHolderEnc
        FROM fund_application a JOIN fund f ON f.id = a.fund_id
             LEFT JOIN staff_user su ON su.id = a.filed_by
             LEFT JOIN fund_application_family fam ON fam.application_id = a.id
        """;

    internal static Application ToView(Row r, PiiProtector pii, IReadOnlyList<HistoryEntry>? history = null,
        IReadOnlyList<EvidenceFile>? evidence = null) =>
        new(FundRules.Id(r.Id), FundRules.Id(r.FundId), r.FundName, FundRules.Id(r.MemberId), r.Category, r.RequestedFen, pii.DecryptText(r.ReasonEnc, r.Reason) ?? "",
            Mask.Phone(pii.Decrypt(r.ContactPhoneEnc)), r.Status, r.GrantedFen, r.PaidFen, r.EvidenceCount,
            r.MeetingId is { } m ? FundRules.Id(m) : null, r.CreatedAt.ToChina(), r.SubmittedAt.ToChina(), r.DecidedAt.ToChina(),
            r.UpdatedAt.ToChina(), history, evidence, r.OnBehalfOf, r.FiledBy is { } by ? FundRules.Id(by) : null, r.FiledByName,
            r.FamilyNameEnc is null ? null : new FamilyApplicant(r.FamilyRelationship ?? "", Mask.Name(pii.Decrypt(r.FamilyNameEnc)),
                Mask.IdNumber(pii.Decrypt(r.FamilyIdNumberEnc!)), Mask.Phone(pii.Decrypt(r.FamilyPhoneEnc!)), pii.Decrypt(r.FamilyBankNameEnc!),
                MaskAccount(pii.Decrypt(r.FamilyBankAccountEnc!)), Mask.Name(pii.Decrypt(r.FamilyAccountHolderEnc!))),
            r.LotteryId is { } lottery ? FundRules.Id(lottery) : null);

    /// <summary>
    /// The scope path bound to <see cref="FundRules.InScopeSql"/> for a read of applications: a member reads their own in any fund;
    /// staff only within their scope (without one, nothing).
    /// </summary>
    internal static string? ScopePathFor(long? memberId, Scope? staffScope) => memberId is not null ? "/" : staffScope?.Path;

    /// <summary>A bank account number with only its last 4 digits shown: <c>************1234</c>.</summary>
    internal static string MaskAccount(string account) =>
        account.Length <= 4 ? new string('*', account.Length) : string.Concat(new string('*', account.Length - 4), account.AsSpan(account.Length - 4));

    /// <summary>
    /// One application with history and evidence list: <paramref name="memberId"/> restricts it to its applicant; staff (no
    /// member id) see it only when its fund lies inside their <paramref name="staffScope"/> (<see cref="FundRules.InScopeSql"/>).
    /// </summary>
    internal static async Task<Application?> LoadAsync(DbConnection conn, DbTransaction? tx, long id, long? memberId, Scope? staffScope,
        PiiProtector pii, CancellationToken ct)
    {
        var row = await conn.QuerySingleOrDefaultAsync<Row>(new CommandDefinition(
            Select + $" WHERE a.id = @Id AND (@MemberId IS NULL OR a.member_id = @MemberId) AND {FundRules.InScopeSql}",
            new { Id = id, MemberId = memberId, ScopePath = ScopePathFor(memberId, staffScope) }, tx, cancellationToken: ct));
        if (row is null)
        {
            return null;
        }

        var history = (await conn.QueryAsync<HistoryRow>(new CommandDefinition("""
            SELECT at, actor_kind AS ActorKind, actor_id AS ActorId, from_status AS FromStatus, to_status AS ToStatus, note, note_enc AS NoteEnc
            FROM fund_application_history WHERE application_id = @Id ORDER BY id
            """, new { Id = id }, tx, cancellationToken: ct)))
            .Select(h => new HistoryEntry(h.At.ToChina(), h.ActorKind, FundRules.Id(h.ActorId), h.FromStatus, h.ToStatus, pii.DecryptText(h.NoteEnc, h.Note))).ToList();
        var evidence = (await conn.QueryAsync<EvidenceRow>(new CommandDefinition("""
            SELECT id, content_type AS ContentType, size_bytes AS SizeBytes, created_at AS CreatedAt
            FROM fund_evidence WHERE application_id = @Id ORDER BY id
            """, new { Id = id }, tx, cancellationToken: ct)))
            .Select(e => new EvidenceFile(FundRules.Id(e.Id), e.ContentType, e.SizeBytes, e.CreatedAt.ToChina())).ToList();
        return ToView(row, pii, history, evidence);
    }
}

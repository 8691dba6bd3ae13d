using System.Data.Common;
using Dapper;
using UnionHub.Api.Platform;

namespace UnionHub.Api.Features.Hardship;

/// <summary>
/// The hardship register kept by org admins within their subtree: register a member (one active entry per member,
/// UNIQUE open_key), read, change tier/reason/case-file notes (tier changes leave history rows), take off the register.
/// A worker without an app account is registered by name and ID number (phone optional): member_id NULL, the person as
/// PiiProtector ciphertext and one active unlinked entry per ID number (UNIQUE open_id_key, the ID's blind index); the
/// worker's real-name verification links it (<see cref="LinkOnVerificationAsync"/>).
/// Case-file notes are PiiProtector ciphertext; the name, ID number and phone are masked in every response.
/// </summary>
public static class Households
{
    /// <summary>
    /// Either <c>memberId</c> (a verified member) or, for a worker without an app account, <c>name</c> + <c>idNumber</c>
    /// (+ <c>phone</c>) + <c>orgId</c> (the organisation keeping the household).
    /// </summary>
    public sealed record RegisterRequest(string? MemberId, string? Tier, string? Reason, DateOnly? EnteredOn, string? HomeVisit,
        string? IncomeCheck, string? Note, string? Name = null, string? IdNumber = null, string? Phone = null, string? OrgId = null);

    public sealed record UpdateRequest(string? Tier, string? Reason, string? HomeVisit, string? IncomeCheck, string? Note);

    public sealed record ExitRequest(DateOnly? ExitedOn, string? Note);

    /// <summary>
    /// A household on the register. <c>memberId</c> is null while the worker has no app account (<c>accountLinked</c> false);
    /// <c>memberNameMasked</c>, <c>idNumberMasked</c> and <c>phoneMasked</c> come from the member's account once linked, else from
    /// what staff entered; <c>linkedAt</c> is when a worker's verification linked a household registered without an account.
    /// </summary>
    public sealed record Household(string Id, string? MemberId, string MemberNameMasked, string OrgId, string Tier, string Reason,
        string Status, DateOnly EnteredOn, DateOnly? ExitedOn, string? HomeVisit, string? IncomeCheck, int DocumentCount,
        DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt, bool AccountLinked, string? IdNumberMasked, string? PhoneMasked,
        DateTimeOffset? LinkedAt, IReadOnlyList<HistoryEntry>? History = null,
        IReadOnlyList<DocumentFile>? Documents = null);

    /// <summary>What a member sees of their own entry on the register: tier and reason, never the case-file notes.</summary>
    public sealed record MyHousehold(string Id, string Tier, string Reason, string Status, DateOnly EnteredOn);

    public sealed record DocumentFile(string Id, string ContentType, int SizeBytes, DateTimeOffset UploadedAt);

    public sealed record HistoryEntry(DateTimeOffset At, string StaffId, string Event, string? FromTier, string? ToTier, string? Note);

    internal sealed class Row : IOrgOwned
    {
        public long Id { get; set; }
        public long? MemberId { get; set; }
        public byte[]? NameEnc { get; set; }
        public byte[]? IdEnc { get; set; }
        public byte[]? PhoneEnc { get; set; }
        public DateTime? LinkedAt { get; set; }
        public long OrgId { get; set; }
        public string OrgPath { get; set; } = "";
        public string Tier { get; set; } = "";
        public string Reason { get; set; } = "";
        public DateTime EnteredOn { get; set; }
        public DateTime? ExitedOn { get; set; }
        public byte[]? HomeVisitEnc { get; set; }
        public byte[]? IncomeCheckEnc { get; set; }
        public int DocumentCount { get; set; }
        public DateTime CreatedAt { get; set; }
        public DateTime UpdatedAt { get; set; }
    }

    internal const string Select = """
        SELECT h.id, h.member_id AS MemberId, COALESCE(m.name_enc, h.person_name_enc) AS NameEnc, COALESCE(m.id_enc, h.person_id_enc) AS IdEnc,
               COALESCE(m.phone_enc, h.person_phone_enc) AS PhoneEnc, h.linked_at AS LinkedAt, h.org_id AS OrgId, o.path AS OrgPath, h.tier, h.reason,
               h.entered_on AS EnteredOn, h.exited_on AS ExitedOn, h.home_visit_enc AS HomeVisitEnc,
               h.income_check_enc AS IncomeCheckEnc, h.document_count AS DocumentCount, h.created_at AS CreatedAt, h.updated_at AS UpdatedAt
        FROM hardship_household h LEFT JOIN member m ON m.id = h.member_id JOIN org o ON o.id = h.org_id
        """;

    internal const string InsertHistory = """
        INSERT INTO hardship_household_history (household_id, at, staff_id, event, from_tier, to_tier, note_enc)
        VALUES (@HouseholdId, @Now, @StaffId, @Event, @FromTier, @ToTier, @Note)
        """;

    internal static Validator CheckNotes(Validator v, string? homeVisit, string? incomeCheck, string? note) => v
        .Check(homeVisit is null || homeVisit.Length <= 4000, "homeVisit", "must be at most 4000 characters")
        .Check(incomeCheck is null || incomeCheck.Length <= 2000, "incomeCheck", "must be at most 2000 characters")
        .Check(note is null || note.Length <= 2000, "note", "must be at most 2000 characters");

    /// <summary>The household when it exists and its org lies in the caller's subtree; null otherwise (answer 404).</summary>
    internal static Task<Row?> FindVisibleAsync(DbConnection conn, DbTransaction? tx, Scope scope, long? id, CancellationToken ct) =>
        scope.FindAsync<Row>(conn, tx, Select + " WHERE h.id = @Id", id, ct);

    /// <summary><see cref="FindVisibleAsync"/>, with the row locked for an update in <paramref name="tx"/>.</summary>
    internal static Task<Row?> LockVisibleAsync(DbConnection conn, DbTransaction tx, Scope scope, long? id, CancellationToken ct) =>
        scope.FindAsync<Row>(conn, tx, Select + " WHERE h.id = @Id FOR UPDATE", id, ct);

    internal static byte[]? Protect(PiiProtector pii, string? text) => string.IsNullOrWhiteSpace(text) ? null : pii.Encrypt(text.Trim());

    internal static Household View(Row r, PiiProtector pii, IReadOnlyList<HistoryEntry>? history = null,
        IReadOnlyList<DocumentFile>? documents = null) =>
        new(r.Id.Text(), r.MemberId?.Text(), r.NameEnc is null ? "" : Mask.Name(pii.Decrypt(r.NameEnc)), r.OrgId.Text(), r.Tier, r.Reason,
            r.ExitedOn is null ? "active" : "exited", DateOnly.FromDateTime(r.EnteredOn), r.ExitedOn is { } x ? DateOnly.FromDateTime(x) : null,
            pii.DecryptOrNull(r.HomeVisitEnc), pii.DecryptOrNull(r.IncomeCheckEnc), r.DocumentCount, r.CreatedAt.ToChina(), r.UpdatedAt.ToChina(),
            r.MemberId is not null, r.IdEnc is null ? null : Mask.IdNumber(pii.Decrypt(r.IdEnc)),
            r.PhoneEnc is null ? null : Mask.Phone(pii.Decrypt(r.PhoneEnc)), r.LinkedAt?.ToChina(), history, documents);

    private sealed record UnlinkedRow(long Id, string OrgPath);

    /// <summary>
    /// Called by real-name verification and by membership approval in their transaction, right after the member row got its
    /// ID blind index: an active household registered without an app account for that ID number, kept by an organisation on
    /// the member's path (the member's org, above it or below it), becomes the member's. The locking read orders this against
    /// <see cref="RegisterHardshipHousehold"/>, which locks the member's ID index before it inserts an unlinked household:
    /// whichever commits second sees the other, so a race gives one household, linked. Returns the linked household's id.
    /// </summary>
    public static async Task<long?> LinkOnVerificationAsync(DbConnection conn, DbTransaction tx, HttpContext http, long memberId, byte[] idHash,
        long memberOrgId, DateTime nowUtc, CancellationToken ct)
    {
        var unlinked = await conn.QuerySingleOrDefaultAsync<UnlinkedRow>(new CommandDefinition("""
            SELECT h.id, o.path AS OrgPath FROM hardship_household h JOIN org o ON o.id = h.org_id
            WHERE h.open_id_key = @idHash FOR UPDATE
            """, new { idHash }, tx, cancellationToken: ct));
        if (unlinked is null)
        {
            return null;
        }

        var memberPath = await conn.ExecuteScalarAsync<string?>(new CommandDefinition("SELECT path FROM org WHERE id = @memberOrgId",
            new { memberOrgId }, tx, cancellationToken: ct));
        if (memberPath is null || !(Scope.IsInside(memberPath, unlinked.OrgPath) || Scope.IsInside(unlinked.OrgPath, memberPath)))
        {
            return null; // another organisation's register: its staff see the worker's account with the memberId path
        }

        var linked = await conn.ExecuteAsync(new CommandDefinition("""
            UPDATE hardship_household
            SET member_id = @memberId, open_key = @memberId, open_id_key = NULL, person_name_enc = NULL, person_id_enc = NULL,
                person_phone_enc = NULL, linked_at = @nowUtc, updated_at = @nowUtc
            WHERE id = @Id AND open_id_key IS NOT NULL AND member_id IS NULL
            """, new { unlinked.Id, memberId, nowUtc }, tx, cancellationToken: ct));
        if (linked != 1)
        {
            return null;
        }

        await Audit.WriteAsync(conn, tx, http, "hardship_household.link", "hardship_household", unlinked.Id.Text(),
            new { memberId = memberId.Text() }, ct);
        return unlinked.Id;
    }

    private sealed record HistoryRow(DateTime At, long StaffId, string Event, string? FromTier, string? ToTier, string? Note, byte[]? NoteEnc);

    private sealed record DocumentRow(long Id, string ContentType, int SizeBytes, DateTime CreatedAt);

    internal static async Task<Household?> LoadAsync(System.Data.Common.DbConnection conn, System.Data.Common.DbTransaction? tx, long id,
        PiiProtector pii, CancellationToken ct)
    {
        var row = await conn.QuerySingleOrDefaultAsync<Row>(new CommandDefinition(Select + " WHERE h.id = @id", new { id }, tx, cancellationToken: ct));
        if (row is null)
        {
            return null;
        }

        var history = (await conn.QueryAsync<HistoryRow>(new CommandDefinition("""
            SELECT at, staff_id AS StaffId, event, from_tier AS FromTier, to_tier AS ToTier, note, note_enc AS NoteEnc
            FROM hardship_household_history WHERE household_id = @id ORDER BY id
            """, new { id }, tx, cancellationToken: ct)))
            .Select(h => new HistoryEntry(h.At.ToChina(), h.StaffId.Text(), h.Event, h.FromTier, h.ToTier, pii.DecryptText(h.NoteEnc, h.Note))).ToList();
        var documents = (await conn.QueryAsync<DocumentRow>(new CommandDefinition("""
            SELECT id, content_type AS ContentType, size_bytes AS SizeBytes, created_at AS CreatedAt
            FROM hardship_document WHERE household_id = @id ORDER BY id
            """, new { id }, tx, cancellationToken: ct)))
            .Select(d => new DocumentFile(d.Id.Text(), d.ContentType, d.SizeBytes, d.CreatedAt.ToChina())).ToList();
        return View(row, pii, history, documents);
    }
}

using System.Data.Common;
using Dapper;
using UnionHub.Api.Platform;

namespace UnionHub.Api.Features.Hardship;

/// <summary>
/// The hardship register kept by org admins within their subtree: register a member (one active entry per member,
/// UNIQUE open_key), read, change tier/reason/case-file notes (tier changes leave history rows), take off the register.
/// Case-file notes are PiiProtector ciphertext; the member's name is masked in every response.
/// </summary>
public static class Households
{
    public sealed record RegisterRequest(string? MemberId, string? Tier, string? Reason, DateOnly? EnteredOn, string? HomeVisit,
        string? IncomeCheck, string? Note);

    public sealed record UpdateRequest(string? Tier, string? Reason, string? HomeVisit, string? IncomeCheck, string? Note);

    public sealed record ExitRequest(DateOnly? ExitedOn, string? Note);

    public sealed record Household(string Id, string MemberId, string MemberNameMasked, string OrgId, string Tier, string Reason,
        string Status, DateOnly EnteredOn, DateOnly? ExitedOn, string? HomeVisit, string? IncomeCheck, int DocumentCount,
        DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt, IReadOnlyList<HistoryEntry>? History = null,
        IReadOnlyList<DocumentFile>? Documents = null);

    /// <summary>What a member sees of their own entry on the register: tier and reason, never the case-file notes.</summary>
    public sealed record MyHousehold(string Id, string Tier, string Reason, string Status, DateOnly EnteredOn);

    public sealed record DocumentFile(string Id, string ContentType, int SizeBytes, DateTimeOffset UploadedAt);

    public sealed record HistoryEntry(DateTimeOffset At, string StaffId, string Event, string? FromTier, string? ToTier, string? Note);

    internal sealed class Row : IOrgOwned
    {
        public long Id { get; set; }
        public long MemberId { get; set; }
        public byte[]? NameEnc { get; set; }
        public long OrgId { get; set; }
        public string OrgPath { get; set; } = "";
        public string Tier { get; set; } = "";
        public string Reason { get; set; } = "";
        public DateTime EnteredOn { get; set; }
        public DateTime? ExitedOn { get; set; }
        public long? OpenKey { get; set; }
        public byte[]? HomeVisitEnc { get; set; }
        public byte[]? IncomeCheckEnc { get; set; }
        public int DocumentCount { get; set; }
        public DateTime CreatedAt { get; set; }
        public DateTime UpdatedAt { get; set; }
    }

    internal const string Select = """
        SELECT h.id, h.member_id AS MemberId, m.name_enc AS NameEnc, h.org_id AS OrgId, o.path AS OrgPath, h.tier, h.reason,
               h.entered_on AS EnteredOn, h.exited_on AS ExitedOn, h.open_key AS OpenKey, h.home_visit_enc AS HomeVisitEnc,
               h.income_check_enc AS IncomeCheckEnc, h.document_count AS DocumentCount, h.created_at AS CreatedAt, h.updated_at AS UpdatedAt
        FROM hardship_household h JOIN member m ON m.id = h.member_id JOIN org o ON o.id = h.org_id
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
        new(r.Id.Text(), r.MemberId.Text(), r.NameEnc is null ? "" : Mask.Name(pii.Decrypt(r.NameEnc)), r.OrgId.Text(), r.Tier, r.Reason,
            r.OpenKey is null ? "exited" : "active", DateOnly.FromDateTime(r.EnteredOn), r.ExitedOn is { } x ? DateOnly.FromDateTime(x) : null,
            pii.DecryptOrNull(r.HomeVisitEnc), pii.DecryptOrNull(r.IncomeCheckEnc), r.DocumentCount, r.CreatedAt.ToChina(), r.UpdatedAt.ToChina(),
            history, documents);

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

using Dapper;
using Microsoft.AspNetCore.Http.HttpResults;
using MySqlConnector;
using UnionHub.Api.Features.Members;
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

    public sealed record DocumentFile(string Id, string ContentType, int SizeBytes, DateTimeOffset UploadedAt);

    public sealed record HistoryEntry(DateTimeOffset At, string StaffId, string Event, string? FromTier, string? ToTier, string? Note);

    internal sealed class Row
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

    private sealed record MemberRow(long Id, long? OrgId, string? OrgPath, DateTime? VerifiedAt);

    private const string Insert = """
        INSERT INTO hardship_household (member_id, org_id, tier, reason, home_visit_enc, income_check_enc, entered_on, open_key,
                                        created_by, created_at, updated_at)
        VALUES (@MemberId, @OrgId, @Tier, @Reason, @HomeVisit, @IncomeCheck, @EnteredOn, @MemberId, @StaffId, @Now, @Now);
        SELECT LAST_INSERT_ID();
        """;

    private const string InsertHistory = """
        INSERT INTO hardship_household_history (household_id, at, staff_id, event, from_tier, to_tier, note)
        VALUES (@HouseholdId, @Now, @StaffId, @Event, @FromTier, @ToTier, @Note)
        """;

    private static Validator CheckNotes(Validator v, string? homeVisit, string? incomeCheck, string? note) => v
        .Check(homeVisit is null || homeVisit.Length <= 4000, "homeVisit", "must be at most 4000 characters")
        .Check(incomeCheck is null || incomeCheck.Length <= 2000, "incomeCheck", "must be at most 2000 characters")
        .Check(note is null || note.Length <= 2000, "note", "must be at most 2000 characters");

    public static async Task<Results<Created<Household>, ProblemHttpResult>> Register(
        RegisterRequest request, HttpContext http, MySqlDataSource db, PiiProtector pii, TimeProvider clock, CancellationToken ct)
    {
        var v = new Validator()
            .Check(OrgScope.ParseId(request.MemberId) is not null, "memberId", "is required")
            .Check(request.Tier is not null && HardshipRules.Tiers.Contains(request.Tier), "tier", "must be deep, relative or emergency")
            .Check(request.Reason is not null && HardshipRules.Reasons.Contains(request.Reason), "reason",
                "must be temporary_hardship, low_income, major_illness or accident")
            .Check(request.EnteredOn is not null, "enteredOn", "is required");
        if (!CheckNotes(v, request.HomeVisit, request.IncomeCheck, request.Note).IsValid)
        {
            return v.Problem();
        }

        var memberId = OrgScope.ParseId(request.MemberId)!.Value;
        var staffId = http.User.StaffId()!.Value;
        var now = clock.GetUtcNow().UtcDateTime;
        await using var conn = await db.OpenConnectionAsync(ct);
        await using var tx = await conn.BeginTransactionAsync(ct);
        var root = await OrgScope.RootPathAsync(conn, tx, http.User, ct);
        var member = await conn.QuerySingleOrDefaultAsync<MemberRow>(new CommandDefinition("""
            SELECT m.id, m.org_id AS OrgId, o.path AS OrgPath, m.verified_at AS VerifiedAt
            FROM member m LEFT JOIN org o ON o.id = m.org_id WHERE m.id = @memberId AND m.deleted_at IS NULL
            """, new { memberId }, tx, cancellationToken: ct));
        if (member is not { OrgId: { } orgId, OrgPath: { } path } || root is null || !OrgScope.IsInside(path, root))
        {
            return Problems.NotFound("member");
        }

        if (member.VerifiedAt is null)
        {
            return Problems.Create(403, "member.not_verified", "Only members who passed real-name verification can be registered.");
        }

        long id;
        try
        {
            id = await conn.ExecuteScalarAsync<long>(new CommandDefinition(Insert, new
            {
                MemberId = memberId, OrgId = orgId, request.Tier, request.Reason, EnteredOn = request.EnteredOn!.Value.ToDateTime(TimeOnly.MinValue),
                HomeVisit = Protect(pii, request.HomeVisit), IncomeCheck = Protect(pii, request.IncomeCheck), StaffId = staffId, Now = now,
            }, tx, cancellationToken: ct));
        }
        catch (MySqlException ex) when (ex.IsDuplicateKey())
        {
            await tx.RollbackAsync(ct);
            return Problems.Create(409, "household.already_registered", "The member is already on the hardship register.");
        }

        await conn.ExecuteAsync(new CommandDefinition(InsertHistory, new
        {
            HouseholdId = id, Now = now, StaffId = staffId, Event = "entered", FromTier = (string?)null, ToTier = request.Tier, request.Note,
        }, tx, cancellationToken: ct));
        await Audit.WriteAsync(conn, tx, http, "hardship_household.register", "hardship_household", id.Text(),
            new { memberId = memberId.Text(), request.Tier, request.Reason }, ct);
        var view = (await LoadAsync(conn, tx, id, pii, ct))!;
        await tx.CommitAsync(ct);
        return TypedResults.Created($"/api/v1/admin/hardship/households/{view.Id}", view);
    }

    public static async Task<Results<Ok<Page<Household>>, ProblemHttpResult>> List(
        string? status, int? limit, string? cursor, HttpContext http, MySqlDataSource db, PiiProtector pii, CancellationToken ct)
    {
        var after = Paging.After(cursor);
        if (after is null)
        {
            return Problems.BadCursor();
        }

        if (status is not (null or "active" or "exited"))
        {
            return Problems.Validation(new Dictionary<string, string[]> { ["status"] = ["must be active or exited"] });
        }

        var take = Paging.Limit(limit);
        await using var conn = await db.OpenConnectionAsync(ct);
        var root = await OrgScope.RootPathAsync(conn, null, http.User, ct) ?? "/nowhere/";
        var rows = (await conn.QueryAsync<Row>(new CommandDefinition(Select + """
             WHERE o.path LIKE CONCAT(@root, '%') AND h.id < @after
               AND (@status IS NULL OR (@status = 'active' AND h.open_key IS NOT NULL) OR (@status = 'exited' AND h.open_key IS NULL))
             ORDER BY h.id DESC LIMIT @take
            """, new { root, after, status, take = take + 1 }, cancellationToken: ct))).ToList();
        var page = Paging.Build(rows, take, r => r.Id);
        return TypedResults.Ok(new Page<Household>(page.Items.Select(r => View(r, pii)).ToList(), page.NextCursor));
    }

    public static async Task<Results<Ok<Household>, ProblemHttpResult>> Get(
        string id, HttpContext http, MySqlDataSource db, PiiProtector pii, CancellationToken ct)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        var row = await FindVisibleAsync(conn, null, http, id, lockRow: false, ct);
        if (row is null)
        {
            return Problems.NotFound("household");
        }

        return TypedResults.Ok((await LoadAsync(conn, null, row.Id, pii, ct))!);
    }

    public static async Task<Results<Ok<Household>, ProblemHttpResult>> Update(
        string id, UpdateRequest request, HttpContext http, MySqlDataSource db, PiiProtector pii, TimeProvider clock, CancellationToken ct)
    {
        var v = new Validator()
            .Check(request.Tier is null || HardshipRules.Tiers.Contains(request.Tier), "tier", "must be deep, relative or emergency")
            .Check(request.Reason is null || HardshipRules.Reasons.Contains(request.Reason), "reason",
                "must be temporary_hardship, low_income, major_illness or accident");
        if (!CheckNotes(v, request.HomeVisit, request.IncomeCheck, request.Note).IsValid)
        {
            return v.Problem();
        }

        var now = clock.GetUtcNow().UtcDateTime;
        await using var conn = await db.OpenConnectionAsync(ct);
        await using var tx = await conn.BeginTransactionAsync(ct);
        // the row lock makes "from tier" in the history the tier this update replaced
        var row = await FindVisibleAsync(conn, tx, http, id, lockRow: true, ct);
        if (row is null)
        {
            return Problems.NotFound("household");
        }

        if (row.OpenKey is null)
        {
            return Problems.Create(409, "household.exited", "The household has left the register.");
        }

        await conn.ExecuteAsync(new CommandDefinition("""
            UPDATE hardship_household
            SET tier = COALESCE(@Tier, tier), reason = COALESCE(@Reason, reason),
                home_visit_enc = COALESCE(@HomeVisit, home_visit_enc), income_check_enc = COALESCE(@IncomeCheck, income_check_enc),
                updated_at = @Now
            WHERE id = @Id AND open_key IS NOT NULL
            """, new
        {
            row.Id, request.Tier, request.Reason, HomeVisit = Protect(pii, request.HomeVisit), IncomeCheck = Protect(pii, request.IncomeCheck), Now = now,
        }, tx, cancellationToken: ct));
        if (request.Tier is not null && request.Tier != row.Tier)
        {
            await conn.ExecuteAsync(new CommandDefinition(InsertHistory, new
            {
                HouseholdId = row.Id, Now = now, StaffId = http.User.StaffId()!.Value, Event = "tier_changed", FromTier = row.Tier,
                ToTier = request.Tier, request.Note,
            }, tx, cancellationToken: ct));
        }

        await Audit.WriteAsync(conn, tx, http, "hardship_household.update", "hardship_household", row.Id.Text(),
            new { fromTier = row.Tier, request.Tier, request.Reason, caseFileChanged = request.HomeVisit is not null || request.IncomeCheck is not null }, ct);
        var view = (await LoadAsync(conn, tx, row.Id, pii, ct))!;
        await tx.CommitAsync(ct);
        return TypedResults.Ok(view);
    }

    public static async Task<Results<Ok<Household>, ProblemHttpResult>> Exit(
        string id, ExitRequest request, HttpContext http, MySqlDataSource db, PiiProtector pii, TimeProvider clock, CancellationToken ct)
    {
        var v = new Validator()
            .Check(request.ExitedOn is not null, "exitedOn", "is required")
            .Check(request.Note is null || request.Note.Length <= 2000, "note", "must be at most 2000 characters");
        if (!v.IsValid)
        {
            return v.Problem();
        }

        var now = clock.GetUtcNow().UtcDateTime;
        await using var conn = await db.OpenConnectionAsync(ct);
        await using var tx = await conn.BeginTransactionAsync(ct);
        var row = await FindVisibleAsync(conn, tx, http, id, lockRow: false, ct);
        if (row is null)
        {
            return Problems.NotFound("household");
        }

        var exitedOn = request.ExitedOn!.Value.ToDateTime(TimeOnly.MinValue);
        if (exitedOn < row.EnteredOn)
        {
            return Problems.Validation(new Dictionary<string, string[]> { ["exitedOn"] = ["must not be before enteredOn"] });
        }

        if (await conn.ExecuteAsync(new CommandDefinition("""
                UPDATE hardship_household SET open_key = NULL, exited_on = @ExitedOn, updated_at = @Now WHERE id = @Id AND open_key IS NOT NULL
                """, new { row.Id, ExitedOn = exitedOn, Now = now }, tx, cancellationToken: ct)) != 1)
        {
            await tx.RollbackAsync(ct);
            return Problems.Create(409, "household.exited", "The household has left the register.");
        }

        await conn.ExecuteAsync(new CommandDefinition(InsertHistory, new
        {
            HouseholdId = row.Id, Now = now, StaffId = http.User.StaffId()!.Value, Event = "exited", FromTier = row.Tier, ToTier = (string?)null,
            request.Note,
        }, tx, cancellationToken: ct));
        await Audit.WriteAsync(conn, tx, http, "hardship_household.exit", "hardship_household", row.Id.Text(), null, ct);
        var view = (await LoadAsync(conn, tx, row.Id, pii, ct))!;
        await tx.CommitAsync(ct);
        return TypedResults.Ok(view);
    }

    /// <summary>The household when it exists and its org lies in the caller's subtree; null otherwise (answer 404).</summary>
    internal static async Task<Row?> FindVisibleAsync(System.Data.Common.DbConnection conn, System.Data.Common.DbTransaction? tx,
        HttpContext http, string id, bool lockRow, CancellationToken ct)
    {
        if (OrgScope.ParseId(id) is not { } householdId)
        {
            return null;
        }

        var root = await OrgScope.RootPathAsync(conn, tx, http.User, ct);
        if (root is null)
        {
            return null;
        }

        var row = await conn.QuerySingleOrDefaultAsync<Row>(new CommandDefinition(
            Select + " WHERE h.id = @householdId" + (lockRow ? " FOR UPDATE" : ""), new { householdId }, tx, cancellationToken: ct));
        return row is not null && OrgScope.IsInside(row.OrgPath, root) ? row : null;
    }

    private static byte[]? Protect(PiiProtector pii, string? text) => string.IsNullOrWhiteSpace(text) ? null : pii.Encrypt(text.Trim());

    private static Household View(Row r, PiiProtector pii, IReadOnlyList<HistoryEntry>? history = null,
        IReadOnlyList<DocumentFile>? documents = null) =>
        new(r.Id.Text(), r.MemberId.Text(), r.NameEnc is null ? "" : Mask.Name(pii.Decrypt(r.NameEnc)), r.OrgId.Text(), r.Tier, r.Reason,
            r.OpenKey is null ? "exited" : "active", DateOnly.FromDateTime(r.EnteredOn), r.ExitedOn is { } x ? DateOnly.FromDateTime(x) : null,
            pii.DecryptOrNull(r.HomeVisitEnc), pii.DecryptOrNull(r.IncomeCheckEnc), r.DocumentCount, r.CreatedAt.ToChina(), r.UpdatedAt.ToChina(),
            history, documents);

    private sealed record HistoryRow(DateTime At, long StaffId, string Event, string? FromTier, string? ToTier, string? Note);

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
            SELECT at, staff_id AS StaffId, event, from_tier AS FromTier, to_tier AS ToTier, note
            FROM hardship_household_history WHERE household_id = @id ORDER BY id
            """, new { id }, tx, cancellationToken: ct)))
            .Select(h => new HistoryEntry(h.At.ToChina(), h.StaffId.Text(), h.Event, h.FromTier, h.ToTier, h.Note)).ToList();
        var documents = (await conn.QueryAsync<DocumentRow>(new CommandDefinition("""
            SELECT id, content_type AS ContentType, size_bytes AS SizeBytes, created_at AS CreatedAt
            FROM hardship_document WHERE household_id = @id ORDER BY id
            """, new { id }, tx, cancellationToken: ct)))
            .Select(d => new DocumentFile(d.Id.Text(), d.ContentType, d.SizeBytes, d.CreatedAt.ToChina())).ToList();
        return View(row, pii, history, documents);
    }
}

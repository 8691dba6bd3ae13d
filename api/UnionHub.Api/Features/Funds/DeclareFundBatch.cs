using System.Buffers.Binary;
using Dapper;
using Microsoft.AspNetCore.Http.HttpResults;
using MySqlConnector;
using UnionHub.Api.Features.Members;
using UnionHub.Api.Platform;
using static UnionHub.Api.Features.Funds.FundBatches;

namespace UnionHub.Api.Features.Funds;

/// <summary>
/// POST /admin/orgs/{orgId}/fund-batches?fundId=&amp;fileName= (org_admin over the organisation, super_admin): a unit
/// declares fund applications for many members at once (the CSV of <see cref="FundBatches"/>). Every row is matched to a
/// verified member of the organisation's subtree by the ID-number blind index, the name must be theirs too, and the row obeys
/// the rules of a member's own application (<see cref="Apply.Validate"/>, the fund open and not a mutual_aid fund, one open application per member and
/// fund) and the fund's <c>maxGrantFen</c>. All or nothing: any bad row and nothing is written, the answer is 422
/// <c>fund_batch.rows_invalid</c> with the per-row report; otherwise one transaction writes the batch record, every
/// application (<c>submitted</c>, filed by the batch), their history and the audit row, and answers 201 with the batch.
/// <see cref="CheckFundBatch"/> answers the same report for a file without writing (its own route: one success schema each).
/// </summary>
public static class DeclareFundBatch
{
    /// <summary>What committing the file would do: its data rows, the amount they request, and the refused rows.</summary>
    public sealed record Preview(string FundId, string OrgId, int Rows, long TotalRequestedFen, int RejectedTotal, IReadOnlyList<Rejection> Rejected);

    internal sealed record Fund(long Id, string Name, string Kind, long MaxGrantFen, DateTime? OpensAt, DateTime? ClosesAt, string? OrgPath);

    /// <summary>
    /// May a unit with this scope (or the organisation it declares for) declare into a fund owned at <paramref name="fundOrgPath"/>?
    /// Federation funds, and funds of the organisation or one above it, as a member of it may apply to (super_admin: every fund).
    /// </summary>
    internal static bool IsDeclarable(Scope scope, string? fundOrgPath) =>
        scope.SeesEverything || (scope.Path is not null && OnBehalf.IsMembersFund(fundOrgPath, scope.Path));

    private sealed record MemberRow(long Id, byte[] IdHash, byte[]? NameEnc, byte[]? PhoneEnc);

    private sealed record Filed(long Id, long MemberId);

    /// <summary>One data row as read, then matched.</summary>
    internal sealed class Row(int line)
    {
        public int Line { get; } = line;
        public bool Bad { get; set; }
        public string Name { get; set; } = "";
        public byte[]? IdHash { get; set; }
        public long Fen { get; set; }
        public string Category { get; set; } = "";
        public string Reason { get; set; } = "";
        public string? Phone { get; set; }
        public long MemberId { get; set; }
    }

    /// <summary>The refused rows (all counted, the first <see cref="MaxReportedRejections"/> listed, in file order).</summary>
    internal sealed class Report
    {
        private readonly List<Rejection> _rejected = [];

        public int Total { get; private set; }

        public void Reject(Row row, string? column, string code, IReadOnlyDictionary<string, long>? args = null)
        {
            row.Bad = true;
            Total++;
            _rejected.Add(new Rejection(row.Line, column, code, args));
        }

        public List<Rejection> Listed() =>
            _rejected.OrderBy(r => r.Row).ThenBy(r => Array.IndexOf(Columns, r.Column)).Take(MaxReportedRejections).ToList();
    }

    private const string SelectFund = """
        SELECT f.id, f.name, f.kind, f.max_grant_fen AS MaxGrantFen, f.opens_at AS OpensAt, f.closes_at AS ClosesAt, o.path AS OrgPath
        FROM fund f LEFT JOIN org o ON o.id = f.org_id WHERE f.id = @FundId
        """;

    /// <summary>Verified members of the declaring organisation's subtree with one of these ID numbers.</summary>
    private static readonly string SelectMembers = $"""
        SELECT m.id, m.id_hash AS IdHash, m.name_enc AS NameEnc, m.phone_enc AS PhoneEnc
        FROM member m JOIN org o ON o.id = m.org_id
        WHERE m.id_hash IN @Hashes AND m.verified_at IS NOT NULL AND m.deleted_at IS NULL AND {Scope.Sql("o.path")}
        """;

    private const string SelectOpen = "SELECT open_key FROM fund_application WHERE fund_id = @FundId AND open_key IN @MemberIds";

    private const string InsertBatch = """
        INSERT INTO fund_application_batch (fund_id, org_id, staff_id, file_name_enc, row_count, total_requested_fen, file_sha256, created_at)
        VALUES (@FundId, @OrgId, @StaffId, @FileNameEnc, @Rows, @TotalFen, @Sha256, @Now);
        SELECT LAST_INSERT_ID();
        """;

    private const string SelectFiled = "SELECT id, member_id AS MemberId FROM fund_application WHERE batch_id = @BatchId ORDER BY id";

    private const int Chunk = 500;

    /// <summary>A file read and matched, ready to be committed (or reported by <see cref="CheckFundBatch"/>).</summary>
    internal sealed record Prepared(Orgs.OrgRow Org, Fund Fund, List<Row> Rows, Report Report, string? Name)
    {
        public Preview Preview => new(Fund.Id.Text(), Org.Id.Text(), Rows.Count, Rows.Where(r => !r.Bad).Sum(r => r.Fen), Report.Total,
            Report.Listed());
    }

    /// <summary>Checks the query, the organisation (in the caller's scope), the fund (open, the organisation's members'), reads the file
    /// and matches every row; the problem when a whole-request rule fails.</summary>
    internal static async Task<(Prepared? Ready, ProblemHttpResult? Problem)> PrepareAsync(string orgId, FundBatchFile file, HttpContext http,
        MySqlDataSource db, PiiProtector pii, TimeProvider clock, string? fundId, string? fileName, CancellationToken ct)
    {
        if (file.Problem is { } refused)
        {
            return (null, refused);
        }

        var fundKey = Ids.Parse(fundId);
        var name = string.IsNullOrWhiteSpace(fileName) ? null : fileName.Trim();
        var v = new Validator()
            .Check(fundKey is not null, "fundId", "is required: the id of an open fund")
            .Check(name is null || (name.Length <= MaxFileNameChars && !name.Any(char.IsControl)), "fileName",
                $"must be at most {MaxFileNameChars} characters without control characters");
        if (!v.IsValid)
        {
            return (null, v.Problem());
        }

        Orgs.OrgRow? org;
        Fund? fund;
        await using (var conn = await db.OpenConnectionAsync(ct))
        {
            org = await Orgs.FindVisibleAsync(conn, null, await Scope.OfAsync(conn, null, http.User, ct), Ids.Parse(orgId), ct);
            fund = org is null ? null : await conn.QuerySingleOrDefaultAsync<Fund>(new CommandDefinition(SelectFund, new { FundId = fundKey }, cancellationToken: ct));
        }

        if (org is null)
        {
            return (null, Problems.NotFound("organisation"));
        }

        // the fund must be one the organisation's members may apply to (a federation fund, or the organisation's or one above it)
        if (fund is null || !OnBehalf.IsMembersFund(fund.OrgPath, org.Path))
        {
            return (null, Problems.NotFound("fund"));
        }

        if (!FundRules.TakesReliefCases(fund.Kind))
        {
            return (null, FundRules.MutualAidOnly());
        }

        var now = clock.GetUtcNow();
        if (!FundRules.IsOpen(fund.OpensAt, fund.ClosesAt, now.UtcDateTime))
        {
            return (null, Problems.Create(409, FundProblems.FundClosed, "The fund is not open for applications."));
        }

        var report = new Report();
        var (rows, problem) = await ReadAsync(file.Text!, fund, report, pii, DateOnly.FromDateTime(now.ToChina().DateTime), ct);
        if (problem is not null)
        {
            return (null, problem);
        }

        await using (var conn = await db.OpenConnectionAsync(ct))
        {
            await MatchAsync(conn, org.Path, rows, report, pii, ct);
            await CheckOpenAsync(conn, null, fund.Id, rows, report, ct);
        }

        return (new Prepared(org, fund, rows, report, name), null);
    }

    public static async Task<Results<Created<Batch>, ProblemHttpResult>> Handle(
        string orgId, FundBatchFile file, HttpContext http, MySqlDataSource db, Transactions transactions, IdempotencyScope idem, PiiProtector pii,
        TimeProvider clock, CancellationToken ct, string? fundId = null, string? fileName = null)
    {
        var (ready, refused) = await PrepareAsync(orgId, file, http, db, pii, clock, fundId, fileName, ct);
        if (refused is not null)
        {
            return refused;
        }

        var (org, fund, rows, report, name) = ready!;
        if (report.Total > 0)
        {
            return RowsInvalid(rows.Count, report);
        }

        var raced = false;
        var outcome = await transactions.RunAsync<Results<Created<Batch>, ProblemHttpResult>>(async (c, tx) =>
        {
            raced = false;
            var current = await c.QuerySingleOrDefaultAsync<Fund>(new CommandDefinition(SelectFund, new { FundId = fund.Id }, tx, cancellationToken: ct));
            var at = clock.GetUtcNow().UtcDateTime;
            if (current is null || !FundRules.IsOpen(current.OpensAt, current.ClosesAt, at))
            {
                return Problems.Create(409, FundProblems.FundClosed, "The fund is not open for applications.");
            }

            var total = rows.Sum(r => r.Fen);
            var batchId = await c.ExecuteScalarAsync<long>(new CommandDefinition(InsertBatch, new
            {
                FundId = fund.Id,
                OrgId = org.Id,
                StaffId = http.User.StaffId(),
                FileNameEnc = pii.EncryptOrNull(name),
                Rows = rows.Count,
                TotalFen = total,
                file.Sha256,
                Now = at,
            }, tx, cancellationToken: ct));

            // Sorted by member: parallel batches touch the unique index in the same order.
            foreach (var chunk in rows.OrderBy(r => r.MemberId).Chunk(Chunk))
            {
                var insert = new MultiRowInsert("fund_application", "fund_id", "member_id", "category", "requested_fen", "reason_enc",
                    "contact_phone_enc", "status", "open_key", "created_at", "submitted_at", "updated_at", "batch_id");
                foreach (var r in chunk)
                {
                    insert.Row(fund.Id, r.MemberId, r.Category, r.Fen, pii.Encrypt(r.Reason), pii.Encrypt(r.Phone!), FundRules.Submitted, r.MemberId,
                        at, at, at, batchId);
                }

                try
                {
                    await insert.ExecuteAsync(c, tx, ct);
                }
                catch (MySqlException ex) when (ex.IsDuplicateKey())
                {
                    // A member's own application (or another batch) landed since the check: roll back, then say which rows.
                    raced = true;
                    return Problems.Create(409, FundProblems.FundApplicationOpen, "An application was filed meanwhile.");
                }
            }

            var filed = (await c.QueryAsync<Filed>(new CommandDefinition(SelectFiled, new { BatchId = batchId }, tx, cancellationToken: ct))).ToList();
            var staffId = http.User.StaffId() ?? 0;
            var note = $"单位批量申报（批次 {batchId.Text()}）";
            foreach (var chunk in filed.Chunk(Chunk))
            {
                var history = new MultiRowInsert("fund_application_history",
                    "application_id", "at", "actor_kind", "actor_id", "from_status", "to_status", "note_enc");
                foreach (var f in chunk)
                {
                    history.Row(f.Id, at, "staff", staffId, null, FundRules.Submitted, pii.Encrypt(note));
                }

                await history.ExecuteAsync(c, tx, ct);
            }

            await Audit.WriteAsync(c, tx, http, "fund_batch.create", "fund_application_batch", batchId.Text(),
                new { fundId = fund.Id, orgId = org.Id, rows = rows.Count, totalRequestedFen = total }, ct);
            var view = new Batch(batchId.Text(), fund.Id.Text(), fund.Name, org.Id.Text(), org.Name, staffId.Text(), name, rows.Count, total,
                at.ToChina(), filed.Select(f => f.Id.Text()).ToList());
            await idem.CompleteAsync(c, tx, StatusCodes.Status201Created, view, ct);
            return TypedResults.Created($"/api/v1/admin/fund-batches/{view.Id}", view);
        }, ct);
        if (!raced)
        {
            return outcome;
        }

        // Read again outside the rolled-back transaction (its snapshot predates the other commit).
        var again = new Report();
        await using (var conn = await db.OpenConnectionAsync(ct))
        {
            await CheckOpenAsync(conn, null, fund.Id, rows, again, ct);
        }

        return again.Total > 0 ? RowsInvalid(rows.Count, again) : outcome;
    }

    private static ProblemHttpResult RowsInvalid(int rows, Report report) =>
        Problems.Create(422, FundProblems.BatchRowsInvalid, "Some rows of the declaration are not valid; nothing was filed.",
            $"{report.Total} problem(s) in {rows} row(s); correct the rows listed in 'rejected' and upload the whole file again.",
            new Dictionary<string, object?> { ["rows"] = rows, ["rejectedTotal"] = report.Total, ["rejected"] = report.Listed() });

    /// <summary>Reads the header and every data row, checking each cell; a file that cannot be read at all is a problem.</summary>
    private static async Task<(List<Row> Rows, ProblemHttpResult? Problem)> ReadAsync(string text, Fund fund, Report report, PiiProtector pii,
        DateOnly today, CancellationToken ct)
    {
        var rows = new List<Row>();
        var lines = new BoundedLineReader(new StringReader(text), MaxLineChars);
        IReadOnlyDictionary<string, int>? columns = null;
        var count = 0;
        while (columns is null)
        {
            if (await lines.ReadLineAsync(ct) is not { } first)
            {
                return (rows, Problems.Create(422, FundProblems.BatchEmpty, "The declaration file is empty.", $"The first line must be: {Header}"));
            }

            if (!first.TooLong && string.IsNullOrWhiteSpace(first.Text))
            {
                continue;
            }

            (columns, count, var error) = first.TooLong ? (null, 0, "The header line is too long.") : RosterCsv.ParseHeader(first.Text, Columns, RequiredColumns);
            if (columns is null)
            {
                return (rows, Problems.Create(422, FundProblems.BatchInvalidHeader, "The declaration header is not valid.", error));
            }
        }

        int At(string column) => columns.TryGetValue(column, out var p) ? p : -1;
        var seen = new Dictionary<UInt128, int>();
        var fields = new List<string>();
        while (await lines.ReadLineAsync(ct) is { } line)
        {
            if (!line.TooLong && string.IsNullOrWhiteSpace(line.Text))
            {
                continue;
            }

            if (rows.Count >= MaxRows)
            {
                return (rows, Problems.Create(422, FundProblems.BatchTooManyRows, "The declaration has too many rows.",
                    $"At most {MaxRows} rows a file; split it.", new Dictionary<string, object?> { ["max"] = MaxRows }));
            }

            var row = new Row(lines.LineNumber);
            rows.Add(row);
            if (line.TooLong)
            {
                report.Reject(row, null, FundBatchRejections.LineTooLong, new Dictionary<string, long> { ["max"] = MaxLineChars });
                continue;
            }

            if (RosterCsv.Split(line.Text, fields) is { } splitError)
            {
                report.Reject(row, null, splitError == RosterCsv.UnterminatedQuote ? FundBatchRejections.UnterminatedQuote : FundBatchRejections.TextAfterQuote);
                continue;
            }

            if (fields.Count != count)
            {
                report.Reject(row, null, FundBatchRejections.WrongFieldCount, new Dictionary<string, long> { ["fields"] = fields.Count, ["expected"] = count });
                continue;
            }

            if (line.Text.Contains('\uFFFD', StringComparison.Ordinal))
            {
                report.Reject(row, null, FundBatchRejections.InvalidUtf8);
                continue;
            }

            string Cell(string column) => At(column) is >= 0 and var p ? fields[p].Trim() : "";
            row.Name = Cell(NameColumn);
            if (row.Name.Length == 0)
            {
                report.Reject(row, NameColumn, FundBatchRejections.NameEmpty);
            }
            else if (row.Name.Length > VerifyRealName.MaxNameChars || row.Name.Any(char.IsControl))
            {
                report.Reject(row, NameColumn, FundBatchRejections.NameInvalid, new Dictionary<string, long> { ["max"] = VerifyRealName.MaxNameChars });
            }

            var (id, _) = IdNumber.Validate(Cell(IdNumberColumn), today);
            if (id is null)
            {
                report.Reject(row, IdNumberColumn, FundBatchRejections.IdNumberInvalid);
            }
            else
            {
                row.IdHash = pii.IdNumberIndex(id);
                var key = BinaryPrimitives.ReadUInt128LittleEndian(row.IdHash);
                if (!seen.TryAdd(key, row.Line))
                {
                    report.Reject(row, IdNumberColumn, FundBatchRejections.DuplicateIdNumber, new Dictionary<string, long> { ["firstRow"] = seen[key] });
                }
            }

            var fen = Fen(Cell(AmountColumn));
            var categoryCell = Cell(CategoryColumn);
            var category = categoryCell.Length == 0 ? (fund.Kind == "epidemic" ? "epidemic" : null) : Category(categoryCell);
            row.Reason = Cell(ReasonColumn);
            row.Phone = Cell(PhoneColumn) is { Length: > 0 } phone ? MemberLookup.NormalisePhone(phone) ?? phone : null;

            // The rules of a member's own application, then the fund's largest grant.
            var rules = Apply.Validate(category ?? FundRules.Categories.First(), fen ?? 0, row.Reason, row.Phone ?? "13800000000");
            var broken = rules.Fields.ToHashSet(StringComparer.Ordinal);
            if (category is null)
            {
                report.Reject(row, CategoryColumn, categoryCell.Length == 0 ? FundBatchRejections.CategoryRequired : FundBatchRejections.CategoryInvalid);
            }

            if (fen is null || broken.Contains("requestedFen"))
            {
                report.Reject(row, AmountColumn, FundBatchRejections.AmountInvalid);
            }
            else if (fen > fund.MaxGrantFen)
            {
                report.Reject(row, AmountColumn, FundBatchRejections.AmountOverMax, new Dictionary<string, long> { ["maxGrantFen"] = fund.MaxGrantFen });
            }

            if (broken.Contains("reason"))
            {
                report.Reject(row, ReasonColumn, FundBatchRejections.ReasonInvalid, new Dictionary<string, long> { ["max"] = 2000 });
            }

            if (broken.Contains("contactPhone"))
            {
                report.Reject(row, PhoneColumn, FundBatchRejections.PhoneInvalid);
            }

            row.Fen = fen ?? 0;
            row.Category = category ?? "";
        }

        if (rows.Count == 0)
        {
            return (rows, Problems.Create(422, FundProblems.BatchEmpty, "The declaration file has no data row.", $"Below the header {Header}, one row a member."));
        }

        return (rows, null);
    }

    /// <summary>
    /// Matches each row with an ID number to a verified member of the subtree of <paramref name="orgPath"/> whose name is the row's;
    /// any other row is <c>member_not_found</c>, whether its ID number is unknown, belongs to someone outside the subtree or the name
    /// differs. A row without a phone takes the member's login phone.
    /// </summary>
    private static async Task MatchAsync(MySqlConnection conn, string orgPath, List<Row> rows, Report report, PiiProtector pii, CancellationToken ct)
    {
        var members = new Dictionary<UInt128, MemberRow>();
        foreach (var chunk in rows.Where(r => r.IdHash is not null).Select(r => r.IdHash!).Chunk(Chunk))
        {
            var found = await conn.QueryAsync<MemberRow>(new CommandDefinition(SelectMembers, new { Hashes = chunk, ScopePath = orgPath }, cancellationToken: ct));
            foreach (var m in found)
            {
                members[BinaryPrimitives.ReadUInt128LittleEndian(m.IdHash)] = m;
            }
        }

        foreach (var row in rows.Where(r => r.IdHash is not null && r.Name.Length > 0))
        {
            if (!members.TryGetValue(BinaryPrimitives.ReadUInt128LittleEndian(row.IdHash), out var member) || member.NameEnc is null
                || !string.Equals(pii.Decrypt(member.NameEnc).Trim(), row.Name, StringComparison.Ordinal))
            {
                report.Reject(row, IdNumberColumn, FundBatchRejections.MemberNotFound);
                continue;
            }

            row.MemberId = member.Id;
            if (row.Phone is null)
            {
                row.Phone = pii.DecryptOrNull(member.PhoneEnc);
                if (row.Phone is null || !Apply.PhonePattern().IsMatch(row.Phone))
                {
                    row.Phone = null;
                    report.Reject(row, PhoneColumn, FundBatchRejections.PhoneMissing);
                }
            }
        }
    }

    /// <summary>Rows whose member already has an open application to the fund (one open application per member and fund).</summary>
    private static async Task CheckOpenAsync(MySqlConnection conn, MySqlTransaction? tx, long fundId, List<Row> rows, Report report, CancellationToken ct)
    {
        var open = new HashSet<long>();
        foreach (var chunk in rows.Where(r => r.MemberId != 0).Select(r => r.MemberId).Distinct().Chunk(Chunk))
        {
            open.UnionWith(await conn.QueryAsync<long>(new CommandDefinition(SelectOpen, new { FundId = fundId, MemberIds = chunk }, tx, cancellationToken: ct)));
        }

        foreach (var row in rows.Where(r => r.MemberId != 0 && open.Contains(r.MemberId)))
        {
            report.Reject(row, null, FundBatchRejections.ApplicationOpen);
        }
    }
}

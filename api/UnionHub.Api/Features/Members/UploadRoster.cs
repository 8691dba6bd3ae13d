using System.Buffers.Binary;
using System.Text;
using System.Text.RegularExpressions;
using Dapper;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Net.Http.Headers;
using MySqlConnector;
using UnionHub.Api.Platform;

namespace UnionHub.Api.Features.Members;

/// <summary>
/// POST /admin/orgs/{orgId}/roster: a text/csv body (header name,idNumber,enterpriseCreditCode,phone),
/// streamed line by line. Bad rows are reported with their line and reason; good rows are upserted on
/// (org_id, id_hash) in multi-row batches, one transaction each. Every batch transaction also moves the
/// counters of the upload's <c>roster_upload</c> row, so that row, and the answer built from the same
/// counters, always say exactly what was committed, even when the upload stops mid-way: the rows of a
/// batch not yet committed when the body fails are dropped, never half-written.
/// Names, ID numbers and phones are stored only encrypted and blind-indexed. No database connection is held while the
/// body arrives: each lookup and each batch takes a pooled connection for its own statements and gives it back, so a
/// slowly trickling upload cannot drain the pool. (The body is not spooled to disk first: it is the roster's personal
/// data in clear.)
/// </summary>
public static partial class UploadRoster
{
    public const long MaxBodyBytes = 64L * 1024 * 1024;
    public const int BatchSize = 500;
    public const int MaxReportedRejections = 1000;
    public const int MaxLineChars = 1024;
    public const int MaxNameChars = 50;

    /// <summary>
    /// A rejected line: <c>code</c> (a <see cref="RosterRejections"/> constant) says why for a program, <c>reason</c> in English
    /// for a person, and <c>args</c> holds the numbers the reason quotes (max, fields, expected, firstLine), if any.
    /// </summary>
    public sealed record Rejection(int Line, string Code, string Reason, IReadOnlyDictionary<string, int>? Args = null);

    /// <param name="Conflicts">Rows of this upload whose person is also on another organisation's roster (listed by
    /// GET /admin/orgs/{orgId}/roster-conflicts; real-name verification binds to the earliest listing).</param>
    /// <param name="Left">In <c>mode=replace</c>: rows of the organisation's roster the file no longer lists, now marked left (their
    /// members' membership ended). 0 when any row was rejected: then nobody is marked left.</param>
    public sealed record Response(string UploadId, int Added, int Updated, int RejectedTotal, IReadOnlyList<Rejection> Rejected, int Conflicts,
        int Left);

    /// <summary>A roster row that a replace upload of the file would mark left: masked, with the member bound to it, if any.</summary>
    public sealed record LeavingRow(string EntryId, string NameMasked, string IdNumberMasked, string? MemberId);

    /// <summary>What <c>mode=replace</c> would do with the file: its good rows, the rejected ones, and the rows marked left.</summary>
    public sealed record ReplacePreview(int Rows, int RejectedTotal, IReadOnlyList<Rejection> Rejected, int LeavingTotal, IReadOnlyList<LeavingRow> Leaving);

    /// <summary>How an upload treats the rows of the organisation's roster that the file does not list.</summary>
    internal enum Mode { Merge, Replace, Preview }

    internal sealed record Outcome(Response? Answer, ReplacePreview? Preview, ProblemHttpResult? Problem);

    private sealed record ActiveRow(long Id, byte[] IdHash, byte[] NameEnc, byte[] IdEnc, long? MemberId);

    private const string SelectActive = """
        SELECT r.id, r.id_hash AS IdHash, r.name_enc AS NameEnc, r.id_enc AS IdEnc,
               (SELECT m.id FROM member m WHERE m.id_hash = r.id_hash AND m.org_id = r.org_id AND m.verified_at IS NOT NULL) AS MemberId
        FROM roster_entry r WHERE r.org_id = @OrgId AND r.left_at IS NULL
        ORDER BY r.id
        """;

    private const string MarkLeft = "UPDATE roster_entry SET left_at = @Now, updated_at = @Now WHERE id IN @Ids";

    private sealed record Entry(byte[] IdHash, byte[] NameHash, byte[] IdEnc, byte[] NameEnc, byte[]? PhoneHash, byte[]? PhoneEnc, long? EnterpriseId);

    [GeneratedRegex("^1[3-9][0-9]{9}$")]
    private static partial Regex MobilePattern();

    private const string InsertUpload = """
        INSERT INTO roster_upload (org_id, staff_id, status, started_at) VALUES (@OrgId, @StaffId, 'in_progress', @Now);
        SELECT LAST_INSERT_ID();
        """;

    private const string CountBatch = """
        UPDATE roster_upload SET added = added + @Added, updated = updated + @Updated, conflicts = conflicts + @Conflicts WHERE id = @Id
        """;

    /// <summary>How many of a batch's people another organisation's roster lists too.</summary>
    private const string CountConflicts = "SELECT COUNT(DISTINCT id_hash) FROM roster_entry WHERE id_hash IN @Hashes AND org_id <> @OrgId";

    private const string Finish = """
        UPDATE roster_upload SET status = @Status, rejected = @Rejected, line_count = @Lines, finished_at = @Now
        WHERE id = @Id AND status = 'in_progress'
        """;

    private static readonly string SelectEnterprise = $"""
        SELECT e.id FROM enterprise e JOIN org o ON o.id = e.org_id
        WHERE e.credit_code = @Code AND {Scope.Sql("o.path")}
        """;

    // VALUES() rather than the 8.0.19 row alias: MariaDB and TiDB read it too.
    private const string OnDuplicate = """
        ON DUPLICATE KEY UPDATE enterprise_id = VALUES(enterprise_id), name_hash = VALUES(name_hash), name_enc = VALUES(name_enc),
            phone_hash = VALUES(phone_hash), phone_enc = VALUES(phone_enc), updated_at = VALUES(updated_at), left_at = NULL
        """;

    /// <param name="mode"><c>merge</c> (default): rows not in the file stay. <c>replace</c>: the file is the whole roster; once it is
    /// in, completely and with no rejected row, the rows it does not list are marked left in the same transaction as the upload's
    /// completion (see POST .../roster/replace-preview for the list first).</param>
    public static async Task<Results<Ok<Response>, ProblemHttpResult>> Handle(
        string orgId, HttpContext http, MySqlDataSource db, Transactions transactions, PiiProtector pii, TimeProvider clock, ILoggerFactory logs,
        CancellationToken ct, string? mode = null)
    {
        if (mode is not (null or "merge" or "replace"))
        {
            return Problems.Validation(new Dictionary<string, string[]> { ["mode"] = ["must be merge or replace"] });
        }

        var outcome = await RunAsync(orgId, http, db, transactions, pii, clock, logs, mode == "replace" ? Mode.Replace : Mode.Merge, ct);
        return outcome.Problem is { } problem ? problem : TypedResults.Ok(outcome.Answer!);
    }

    /// <summary>Reads the roster body and, unless previewing, stores it (the one reading shared by the upload and its preview).</summary>
    internal static async Task<Outcome> RunAsync(
        string orgId, HttpContext http, MySqlDataSource db, Transactions transactions, PiiProtector pii, TimeProvider clock, ILoggerFactory logs,
        Mode mode, CancellationToken ct)
    {
        static Outcome Refuse(ProblemHttpResult problem) => new(null, null, problem);
        if (Ids.Parse(orgId) is not { } org)
        {
            return Refuse(Problems.NotFound("organisation"));
        }

        Orgs.OrgRow? orgRow;
        await using (var conn = await db.OpenConnectionAsync(ct))
        {
            orgRow = await Orgs.FindVisibleAsync(conn, null, await Scope.OfAsync(conn, null, http.User, ct), org, ct);
        }

        if (orgRow is null)
        {
            return Refuse(Problems.NotFound("organisation"));
        }

        if (!MediaTypeHeaderValue.TryParse(http.Request.ContentType, out var media)
            || !(media.MediaType.Equals("text/csv", StringComparison.OrdinalIgnoreCase) || media.MediaType.Equals("text/plain", StringComparison.OrdinalIgnoreCase))
            || (media.Charset.HasValue && !media.Charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase)))
        {
            return Refuse(Problems.Create(415, PlatformProblems.RequestUnsupportedMediaType, "The roster must be sent as text/csv in UTF-8."));
        }

        // UTF-8 with or without BOM; bytes that are not UTF-8 become U+FFFD and reject their row.
        using var text = new StreamReader(http.Request.Body, new UTF8Encoding(false), detectEncodingFromByteOrderMarks: true, bufferSize: 64 * 1024);
        var lines = new BoundedLineReader(text, MaxLineChars);
        var job = new Job(db, transactions, http, pii, clock, org, orgRow.Path, mode);

        RosterCsv.Columns? columns = null;
        try
        {
            while (columns is null)
            {
                if (await lines.ReadLineAsync(ct) is not { } first)
                {
                    return Refuse(Problems.Create(422, MemberProblems.RosterEmpty, "The roster has no header line.",
                        "The first line must be: name,idNumber,enterpriseCreditCode,phone"));
                }

                if (!first.TooLong && string.IsNullOrWhiteSpace(first.Text))
                {
                    continue;
                }

                var (parsed, error) = first.TooLong ? (null, "The header line is too long.") : RosterCsv.ParseHeader(first.Text);
                if (parsed is null)
                {
                    return Refuse(Problems.Create(422, MemberProblems.RosterInvalidHeader, "The roster header is not valid.", error));
                }

                columns = parsed;
            }
        }
        catch (Exception ex) when (ex is IOException or BadHttpRequestException or OperationCanceledException)
        {
            return Refuse(Interrupted(ex, null, job));
        }

        if (mode != Mode.Preview)
        {
            await job.StartAsync(CancellationToken.None);
        }

        try
        {
            var fields = new List<string>();
            while (await lines.ReadLineAsync(ct) is { } line)
            {
                job.Lines = lines.LineNumber;
                if (line.TooLong)
                {
                    job.Reject(lines.LineNumber, RosterRejections.LineTooLong, $"is longer than {MaxLineChars} characters",
                        new Dictionary<string, int> { ["max"] = MaxLineChars });
                    continue;
                }

                if (string.IsNullOrWhiteSpace(line.Text))
                {
                    continue;
                }

                if (await job.ReadRowAsync(lines.LineNumber, line.Text, columns, fields, ct) is { } entry)
                {
                    job.Batch.Add(entry);
                    if (job.Batch.Count >= BatchSize)
                    {
                        await job.FlushAsync(final: false);
                    }
                }
            }

            if (mode == Mode.Preview)
            {
                return new Outcome(null, await job.PreviewAsync(ct), null);
            }

            await job.FlushAsync(final: true);
        }
        catch (Exception ex)
        {
            // Whatever stopped the upload, the rows already committed stay and the upload row says how many.
            await job.AbortAsync(logs.CreateLogger(typeof(UploadRoster)));
            if (ex is IOException or BadHttpRequestException or OperationCanceledException)
            {
                return Refuse(Interrupted(ex, job.UploadId, job));
            }

            throw;
        }

        return new Outcome(new Response(job.UploadId.Text(), job.Added, job.Updated, job.RejectedTotal, job.Rejected, job.Conflicts, job.Left), null, null);
    }

    private static ProblemHttpResult Interrupted(Exception ex, long? uploadId, Job job)
    {
        var extra = new Dictionary<string, object?>
        {
            ["uploadId"] = uploadId?.Text(),
            ["added"] = job.Added,
            ["updated"] = job.Updated,
            ["rejectedTotal"] = job.RejectedTotal,
        };
        return ex is BadHttpRequestException { StatusCode: 413 }
            ? Problems.Create(413, PlatformProblems.RequestTooLarge, "The roster is too large.",
                $"At most {MaxBodyBytes / (1024 * 1024)} MiB. The rows counted as added and updated were committed; the rest were not.", extra)
            : Problems.Create(400, MemberProblems.RosterUploadInterrupted, "The upload stopped before its end.",
                "The rows counted as added and updated were committed; the rest were not.", extra);
    }

    /// <summary>The state of one upload: counters of committed rows, the batch being filled, the rejections.</summary>
    private sealed class Job(MySqlDataSource db, Transactions transactions, HttpContext http, PiiProtector pii, TimeProvider clock, long orgId, string orgPath,
        Mode mode)
    {
        private readonly Dictionary<UInt128, int> _seen = [];
        private readonly Dictionary<string, long?> _enterprises = new(StringComparer.Ordinal);
        private readonly DateOnly _today = DateOnly.FromDateTime(clock.GetUtcNow().ToChina().DateTime);

        public long UploadId { get; private set; }
        public int Added { get; private set; }
        public int Updated { get; private set; }
        public int RejectedTotal { get; private set; }
        public int Conflicts { get; private set; }
        public int Left { get; private set; }
        public int GoodRows { get; private set; }
        public int Lines { get; set; }
        public List<Rejection> Rejected { get; } = [];
        public List<Entry> Batch { get; } = new(BatchSize);

        public void Reject(int line, string code, string reason, IReadOnlyDictionary<string, int>? args = null)
        {
            RejectedTotal++;
            if (Rejected.Count < MaxReportedRejections)
            {
                Rejected.Add(new Rejection(line, code, reason, args));
            }
        }

        public async Task StartAsync(CancellationToken ct)
        {
            await using var conn = await db.OpenConnectionAsync(ct);
            UploadId = await conn.ExecuteScalarAsync<long>(new CommandDefinition(InsertUpload,
                new { OrgId = orgId, StaffId = http.User.StaffId(), Now = clock.GetUtcNow().UtcDateTime }, cancellationToken: ct));
        }

        /// <summary>Validates one record; returns the entry to store, or null after recording why it was rejected.</summary>
        public async Task<Entry?> ReadRowAsync(int line, string text, RosterCsv.Columns columns, List<string> fields, CancellationToken ct)
        {
            if (RosterCsv.Split(text, fields) is { } error)
            {
                Reject(line, RosterCsv.ErrorCode(error), error);
                return null;
            }

            if (fields.Count != columns.Count)
            {
                Reject(line, RosterRejections.WrongFieldCount, $"has {fields.Count} fields, expected {columns.Count}",
                    new Dictionary<string, int> { ["fields"] = fields.Count, ["expected"] = columns.Count });
                return null;
            }

            if (text.Contains('\uFFFD', StringComparison.Ordinal))
            {
                Reject(line, RosterRejections.InvalidUtf8, "is not valid UTF-8");
                return null;
            }

            var name = fields[columns.Name].Trim();
            if (name.Length == 0)
            {
                Reject(line, RosterRejections.NameEmpty, "name is empty");
                return null;
            }

            if (name.Length > MaxNameChars || name.Any(char.IsControl))
            {
                Reject(line, RosterRejections.InvalidName, $"name must be at most {MaxNameChars} characters without control characters",
                    new Dictionary<string, int> { ["max"] = MaxNameChars });
                return null;
            }

            var (id, problem) = IdNumber.Validate(fields[columns.IdNumber], _today);
            if (id is null)
            {
                Reject(line, RosterRejections.InvalidIdNumber(problem), "idNumber " + IdNumber.Describe(problem));
                return null;
            }

            long? enterpriseId = null;
            if (columns.EnterpriseCreditCode >= 0 && fields[columns.EnterpriseCreditCode].Trim() is { Length: > 0 } codeText)
            {
                if (CreditCode.Normalise(codeText) is not { } code)
                {
                    Reject(line, RosterRejections.InvalidCreditCode, "enterpriseCreditCode is not a valid unified social credit code");
                    return null;
                }

                enterpriseId = await EnterpriseAsync(code, ct);
                if (enterpriseId is null)
                {
                    Reject(line, RosterRejections.UnknownEnterprise, "enterpriseCreditCode is not an enterprise registered in this organisation");
                    return null;
                }
            }

            string? phone = null;
            if (columns.Phone >= 0 && fields[columns.Phone].Trim() is { Length: > 0 } phoneText)
            {
                phone = NormalisePhone(phoneText);
                if (phone is null)
                {
                    Reject(line, RosterRejections.InvalidPhone, "phone is not a valid mainland mobile number");
                    return null;
                }
            }

            var idHash = pii.IdNumberIndex(id);
            if (!_seen.TryAdd(BinaryPrimitives.ReadUInt128LittleEndian(idHash), line))
            {
                var firstLine = _seen[BinaryPrimitives.ReadUInt128LittleEndian(idHash)];
                Reject(line, RosterRejections.DuplicateIdNumber, $"idNumber appears again (first on line {firstLine})",
                    new Dictionary<string, int> { ["firstLine"] = firstLine });
                return null;
            }

            return new Entry(idHash, pii.NameIndex(name), pii.Encrypt(id), pii.Encrypt(name),
                phone is null ? null : pii.PhoneIndex(phone), phone is null ? null : pii.Encrypt(phone), enterpriseId);
        }

        private async Task<long?> EnterpriseAsync(string code, CancellationToken ct)
        {
            if (_enterprises.TryGetValue(code, out var known))
            {
                return known;
            }

            if (_enterprises.Count > 20_000)
            {
                _enterprises.Clear();
            }

            await using var conn = await db.OpenConnectionAsync(ct);
            var id = await conn.ExecuteScalarAsync<long?>(new CommandDefinition(SelectEnterprise, new { Code = code, ScopePath = orgPath }, cancellationToken: ct));
            _enterprises[code] = id;
            return id;
        }

        /// <summary>
        /// Commits the batch in one transaction together with the upload's counters (and, at the end, its
        /// status and audit row). Runs to its end even if the client leaves, so a batch is all or nothing.
        /// </summary>
        public async Task FlushAsync(bool final)
        {
            GoodRows += Batch.Count;
            if (mode == Mode.Preview)
            {
                Batch.Clear(); // a preview writes nothing: the ID numbers seen are all it keeps
                return;
            }

            // Sorted by key: concurrent uploads into one org lock rows in the same order (no deadlock cycles).
            Batch.Sort((a, b) => a.IdHash.AsSpan().SequenceCompareTo(b.IdHash));
            var (added, updated, conflicts) = await transactions.RunAsync((c, tx) => FlushOnceAsync(c, tx, final), CancellationToken.None);
            Added += added;
            Updated += updated;
            Conflicts += conflicts;
            Batch.Clear();
        }

        private async Task<(int Added, int Updated, int Conflicts)> FlushOnceAsync(MySqlConnection c, MySqlTransaction tx, bool final)
        {
            var now = clock.GetUtcNow().UtcDateTime;
            var (added, updated, conflicts) = (0, 0, 0);
            if (Batch.Count > 0)
            {
                var affected = await InsertBatchAsync(c, tx, now);
                // Per row, ON DUPLICATE KEY UPDATE counts 1 for an insert and 2 for an update that changed the row;
                // an update always changes it (name_enc carries a fresh random nonce), so the split is exact.
                updated = affected - Batch.Count;
                added = Batch.Count - updated;
                if (updated < 0 || added < 0)
                {
                    throw new InvalidOperationException($"Unexpected affected-rows count {affected} for a batch of {Batch.Count}.");
                }

                conflicts = await c.ExecuteScalarAsync<int>(new CommandDefinition(CountConflicts,
                    new { Hashes = Batch.Select(e => e.IdHash).ToArray(), OrgId = orgId }, tx));
                await c.ExecuteAsync(new CommandDefinition(CountBatch, new { Added = added, Updated = updated, Conflicts = conflicts, Id = UploadId }, tx));
            }

            var left = 0;
            if (final && mode == Mode.Replace && RejectedTotal == 0)
            {
                left = await MarkLeftAsync(c, tx, now);
            }

            if (final)
            {
                Left = left;
                await c.ExecuteAsync(new CommandDefinition(Finish,
                    new { Status = "completed", Rejected = RejectedTotal, Lines, Now = now, Id = UploadId }, tx));
                await Audit.WriteAsync(c, tx, http, "roster.upload", "roster_upload", UploadId.Text(),
                    new
                    {
                        orgId, added = Added + added, updated = Updated + updated, rejected = RejectedTotal, conflicts = Conflicts + conflicts, lines = Lines,
                        status = "completed", mode = mode == Mode.Replace ? "replace" : "merge", left,
                    },
                    CancellationToken.None);
            }

            return (added, updated, conflicts);
        }

        /// <summary>The organisation's active roster rows whose person the file does not list.</summary>
        private async Task<List<ActiveRow>> NotListedAsync(MySqlConnection c, MySqlTransaction? tx, CancellationToken ct)
        {
            var rows = await c.QueryAsync<ActiveRow>(new CommandDefinition(SelectActive, new { OrgId = orgId }, tx, flags: CommandFlags.None,
                cancellationToken: ct));
            return rows.Where(r => !_seen.ContainsKey(BinaryPrimitives.ReadUInt128LittleEndian(r.IdHash))).ToList();
        }

        /// <summary>Replace mode, in the final batch's transaction: the rows not listed are marked left, their members leave.</summary>
        private async Task<int> MarkLeftAsync(MySqlConnection c, MySqlTransaction tx, DateTime now)
        {
            var leaving = await NotListedAsync(c, tx, CancellationToken.None);
            foreach (var chunk in leaving.Chunk(BatchSize))
            {
                await c.ExecuteAsync(new CommandDefinition(MarkLeft, new { Ids = chunk.Select(r => r.Id).ToArray(), Now = now }, tx));
            }

            foreach (var memberId in leaving.Where(r => r.MemberId is not null).Select(r => r.MemberId!.Value))
            {
                if (await Membership.Moves.LockAsync(c, tx, memberId, CancellationToken.None) is { VerifiedAt: not null } member && member.OrgId == orgId)
                {
                    await Membership.Moves.MoveAsync(c, tx, http, pii, now, member, null, "名册更新（替换模式）未再列出", CancellationToken.None);
                }
            }

            return leaving.Count;
        }

        /// <summary>What replace mode would do with the file read so far (all of it): nothing is written.</summary>
        public async Task<ReplacePreview> PreviewAsync(CancellationToken ct)
        {
            GoodRows += Batch.Count;
            Batch.Clear();
            await using var c = await db.OpenConnectionAsync(ct);
            var leaving = await NotListedAsync(c, null, ct);
            return new ReplacePreview(GoodRows, RejectedTotal, Rejected, leaving.Count, leaving.Take(MaxReportedRejections)
                .Select(r => new LeavingRow(r.Id.Text(), Mask.Name(pii.Decrypt(r.NameEnc)), Mask.IdNumber(pii.Decrypt(r.IdEnc)), r.MemberId?.Text()))
                .ToList());
        }

        private async Task<int> InsertBatchAsync(MySqlConnection c, MySqlTransaction tx, DateTime now)
        {
            var insert = new MultiRowInsert("roster_entry",
                "org_id", "enterprise_id", "id_hash", "name_hash", "id_enc", "name_enc", "phone_hash", "phone_enc", "created_at", "updated_at")
            {
                OnDuplicate = OnDuplicate,
            };
            foreach (var e in Batch)
            {
                insert.Row(orgId, e.EnterpriseId, e.IdHash, e.NameHash, e.IdEnc, e.NameEnc, e.PhoneHash, e.PhoneEnc, now, now);
            }

            return await insert.ExecuteAsync(c, tx, CancellationToken.None);
        }

        /// <summary>Marks the upload aborted (its counters already say what was committed) and audits it.</summary>
        public async Task AbortAsync(ILogger logger)
        {
            if (UploadId == 0)
            {
                return;
            }

            try
            {
                await transactions.RunAsync(async (c, tx) =>
                {
                    await c.ExecuteAsync(new CommandDefinition(Finish,
                        new { Status = "aborted", Rejected = RejectedTotal, Lines, Now = clock.GetUtcNow().UtcDateTime, Id = UploadId }, tx));
                    await Audit.WriteAsync(c, tx, http, "roster.upload", "roster_upload", UploadId.Text(),
                        new { orgId, added = Added, updated = Updated, rejected = RejectedTotal, lines = Lines, status = "aborted" }, CancellationToken.None);
                }, CancellationToken.None);
            }
            catch (Exception ex) when (ex is MySqlException or InvalidOperationException)
            {
                // The upload row still holds the committed counts; it stays 'in_progress'.
                logger.LogWarning("Could not mark roster upload {UploadId} aborted: {Error}", UploadId, ex.GetType().Name);
            }
        }

        private static string? NormalisePhone(string input)
        {
            var digits = input.Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal);
            if (digits.StartsWith("+86", StringComparison.Ordinal))
            {
                digits = digits[3..];
            }

            return MobilePattern().IsMatch(digits) ? digits : null;
        }
    }
}

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
    public sealed record Response(string UploadId, int Added, int Updated, int RejectedTotal, IReadOnlyList<Rejection> Rejected, int Conflicts);

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

    public static async Task<Results<Ok<Response>, ProblemHttpResult>> Handle(
        string orgId, HttpContext http, MySqlDataSource db, Transactions transactions, PiiProtector pii, TimeProvider clock, ILoggerFactory logs, CancellationToken ct)
    {
        if (Ids.Parse(orgId) is not { } org)
        {
            return Problems.NotFound("organisation");
        }

        Orgs.OrgRow? orgRow;
        await using (var conn = await db.OpenConnectionAsync(ct))
        {
            orgRow = await Orgs.FindVisibleAsync(conn, null, await Scope.OfAsync(conn, null, http.User, ct), org, ct);
        }

        if (orgRow is null)
        {
            return Problems.NotFound("organisation");
        }

        if (!MediaTypeHeaderValue.TryParse(http.Request.ContentType, out var media)
            || !(media.MediaType.Equals("text/csv", StringComparison.OrdinalIgnoreCase) || media.MediaType.Equals("text/plain", StringComparison.OrdinalIgnoreCase))
            || (media.Charset.HasValue && !media.Charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase)))
        {
            return Problems.Create(415, PlatformProblems.RequestUnsupportedMediaType, "The roster must be sent as text/csv in UTF-8.");
        }

        // UTF-8 with or without BOM; bytes that are not UTF-8 become U+FFFD and reject their row.
        using var text = new StreamReader(http.Request.Body, new UTF8Encoding(false), detectEncodingFromByteOrderMarks: true, bufferSize: 64 * 1024);
        var lines = new BoundedLineReader(text, MaxLineChars);
        var job = new Job(db, transactions, http, pii, clock, org, orgRow.Path);

        RosterCsv.Columns? columns = null;
        try
        {
            while (columns is null)
            {
                if (await lines.ReadLineAsync(ct) is not { } first)
                {
                    return Problems.Create(422, MemberProblems.RosterEmpty, "The roster has no header line.",
                        "The first line must be: name,idNumber,enterpriseCreditCode,phone");
                }

                if (!first.TooLong && string.IsNullOrWhiteSpace(first.Text))
                {
                    continue;
                }

                var (parsed, error) = first.TooLong ? (null, "The header line is too long.") : RosterCsv.ParseHeader(first.Text);
                if (parsed is null)
                {
                    return Problems.Create(422, MemberProblems.RosterInvalidHeader, "The roster header is not valid.", error);
                }

                columns = parsed;
            }
        }
        catch (Exception ex) when (ex is IOException or BadHttpRequestException or OperationCanceledException)
        {
            return Interrupted(ex, null, job);
        }

        await job.StartAsync(CancellationToken.None);
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

            await job.FlushAsync(final: true);
        }
        catch (Exception ex)
        {
            // Whatever stopped the upload, the rows already committed stay and the upload row says how many.
            await job.AbortAsync(logs.CreateLogger(typeof(UploadRoster)));
            if (ex is IOException or BadHttpRequestException or OperationCanceledException)
            {
                return Interrupted(ex, job.UploadId, job);
            }

            throw;
        }

        return TypedResults.Ok(new Response(job.UploadId.Text(), job.Added, job.Updated, job.RejectedTotal, job.Rejected, job.Conflicts));
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
    private sealed class Job(MySqlDataSource db, Transactions transactions, HttpContext http, PiiProtector pii, TimeProvider clock, long orgId, string orgPath)
    {
        private readonly Dictionary<UInt128, int> _seen = [];
        private readonly Dictionary<string, long?> _enterprises = new(StringComparer.Ordinal);
        private readonly DateOnly _today = DateOnly.FromDateTime(clock.GetUtcNow().ToChina().DateTime);

        public long UploadId { get; private set; }
        public int Added { get; private set; }
        public int Updated { get; private set; }
        public int RejectedTotal { get; private set; }
        public int Conflicts { get; private set; }
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

            if (final)
            {
                await c.ExecuteAsync(new CommandDefinition(Finish,
                    new { Status = "completed", Rejected = RejectedTotal, Lines, Now = now, Id = UploadId }, tx));
                await Audit.WriteAsync(c, tx, http, "roster.upload", "roster_upload", UploadId.Text(),
                    new
                    {
                        orgId, added = Added + added, updated = Updated + updated, rejected = RejectedTotal, conflicts = Conflicts + conflicts, lines = Lines,
                        status = "completed",
                    },
                    CancellationToken.None);
            }

            return (added, updated, conflicts);
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

using System.Buffers.Binary;
using Dapper;
using Microsoft.AspNetCore.Http.HttpResults;
using MySqlConnector;
using UnionHub.Api.Features.Funds;
using UnionHub.Api.Features.Members;
using UnionHub.Api.Platform;

namespace UnionHub.Api.Features.MutualAid;

/// <summary>
/// POST /admin/orgs/{orgId}/mutual-aid-plans/{planId}/enrolments (idempotent; org_admin over the organisation, super_admin): a
/// unit enrols many of its members in an open plan from one CSV file (the dialect of batch declarations: UTF-8, comma-separated,
/// a header naming the columns in any order). Columns: 会员卡号 (member card number) and/or 身份证号 (resident ID number, matched
/// through the blind index), optionally 姓名 (then it must be the member's name). Each row names one verified member of the
/// organisation's subtree. All or nothing: any bad row and nothing is written, the answer is 422
/// <c>mutual_aid.batch_rows_invalid</c> with the per-row report; members enrolled already are counted, not enrolled again.
/// </summary>
public static class EnrolMutualAidBatch
{
    public const string CardColumn = "会员卡号";
    public const string IdNumberColumn = "身份证号";
    public const string NameColumn = "姓名";
    public static readonly string[] Columns = [CardColumn, IdNumberColumn, NameColumn];

    public const int MaxRows = 5000;
    public const int MaxLineChars = 1024;
    public const int MaxReportedRejections = 1000;
    private const int Chunk = 500;

    /// <summary>Why a row was refused: the <c>code</c> of each entry of the report.</summary>
    public static class Rejections
    {
        public const string LineTooLong = "mutual_aid_batch.line_too_long";
        public const string Unreadable = "mutual_aid_batch.unreadable";
        public const string WrongFieldCount = "mutual_aid_batch.wrong_field_count";
        public const string MemberMissing = "mutual_aid_batch.member_missing";
        public const string IdNumberInvalid = "mutual_aid_batch.id_number_invalid";
        /// <summary>No verified member of the organisation's subtree has this card or ID number (and this name, when given).</summary>
        public const string MemberNotFound = "mutual_aid_batch.member_not_found";
        public const string Duplicate = "mutual_aid_batch.duplicate_member";
    }

    /// <summary>One problem of one row: <c>row</c> is the line of the file (the header is line 1).</summary>
    public sealed record Rejection(int Row, string? Column, string Code, IReadOnlyDictionary<string, long>? Args = null);

    /// <summary>A committed bulk enrolment: rows read, members enrolled by it, members who were enrolled already.</summary>
    public sealed record Batch(string Id, string PlanId, string OrgId, int Rows, int Enrolled, int AlreadyEnrolled, DateTimeOffset CreatedAt);

    private sealed class Row(int line)
    {
        public int Line { get; } = line;
        public string Card { get; set; } = "";
        public byte[]? IdHash { get; set; }
        public string Name { get; set; } = "";
        public long MemberId { get; set; }
    }

    private sealed record MemberRow(long Id, string? MemberCardNo, byte[]? IdHash, byte[]? NameEnc);

    private static readonly string SelectMembers = $"""
        SELECT m.id, m.member_card_no AS MemberCardNo, m.id_hash AS IdHash, m.name_enc AS NameEnc
        FROM member m JOIN org o ON o.id = m.org_id
        WHERE (m.member_card_no IN @Cards OR m.id_hash IN @Hashes) AND m.verified_at IS NOT NULL AND m.deleted_at IS NULL AND {Scope.Sql("o.path")}
        """;

    private const string InsertBatch = """
        INSERT INTO mutual_aid_batch (plan_id, org_id, staff_id, row_count, enrolled, file_sha256, created_at)
        VALUES (@PlanId, @OrgId, @StaffId, @Rows, @Enrolled, @Sha256, @Now);
        SELECT LAST_INSERT_ID();
        """;

    public static async Task<Results<Created<Batch>, ProblemHttpResult>> Handle(string orgId, string planId, FundBatchFile file, HttpContext http,
        MySqlDataSource db, Transactions transactions, IdempotencyScope idem, PiiProtector pii, TimeProvider clock, CancellationToken ct)
    {
        if (file.Problem is { } refused)
        {
            return refused;
        }

        Orgs.OrgRow? org;
        MutualAid.PlanRow? plan;
        await using (var conn = await db.OpenConnectionAsync(ct))
        {
            org = await Orgs.FindVisibleAsync(conn, null, await Scope.OfAsync(conn, null, http.User, ct), Ids.Parse(orgId), ct);
            plan = org is null || Ids.Parse(planId) is not { } id
                ? null
                : await conn.QuerySingleOrDefaultAsync<MutualAid.PlanRow>(new CommandDefinition($"{MutualAid.SelectPlan} WHERE p.id = @Id", new { Id = id },
                    cancellationToken: ct));
        }

        if (org is null)
        {
            return Problems.NotFound("organisation");
        }

        if (plan is null || !MutualAidRules.IsMembersPlan(plan.OrgPath, org.Path))
        {
            return Problems.NotFound("plan");
        }

        if (!IsOpen(plan, clock))
        {
            return Problems.Create(409, MutualAidProblems.PlanNotOpen, "The plan is not open for enrolment.");
        }

        var rejected = new List<Rejection>();
        var (rows, problem) = await ReadAsync(file.Text!, rejected, pii, MutualAidRules.Today(clock), ct);
        if (problem is not null)
        {
            return problem;
        }

        await using (var conn = await db.OpenConnectionAsync(ct))
        {
            await MatchAsync(conn, org.Path, rows, rejected, pii, ct);
        }

        if (rejected.Count > 0)
        {
            return Problems.Create(422, MutualAidProblems.BatchRowsInvalid, "Some rows of the file are not valid; nobody was enrolled.",
                $"{rejected.Count} problem(s) in {rows.Count} row(s); correct the rows listed in 'rejected' and upload the whole file again.",
                new Dictionary<string, object?>
                {
                    ["rows"] = rows.Count, ["rejectedTotal"] = rejected.Count,
                    ["rejected"] = rejected.OrderBy(r => r.Row).Take(MaxReportedRejections).ToList(),
                });
        }

        return await transactions.RunAsync<Results<Created<Batch>, ProblemHttpResult>>(async (c, tx) =>
        {
            var current = await c.QuerySingleAsync<MutualAid.PlanRow>(new CommandDefinition($"{MutualAid.SelectPlan} WHERE p.id = @Id", new { plan.Id }, tx,
                cancellationToken: ct));
            if (!IsOpen(current, clock))
            {
                return Problems.Create(409, MutualAidProblems.PlanNotOpen, "The plan is not open for enrolment.");
            }

            var enrolled = new HashSet<long>();
            foreach (var chunk in rows.Select(r => r.MemberId).Chunk(Chunk))
            {
                enrolled.UnionWith(await c.QueryAsync<long>(new CommandDefinition(
                    "SELECT member_id FROM mutual_aid_enrolment WHERE plan_id = @PlanId AND member_id IN @MemberIds",
                    new { PlanId = plan.Id, MemberIds = chunk }, tx, cancellationToken: ct)));
            }

            var fresh = rows.Where(r => !enrolled.Contains(r.MemberId)).Select(r => r.MemberId).Order().ToList();
            var now = clock.GetUtcNow().UtcDateTime;
            var staffId = http.User.StaffId() ?? 0;
            var batchId = await c.ExecuteScalarAsync<long>(new CommandDefinition(InsertBatch, new
            {
                PlanId = plan.Id, OrgId = org.Id, StaffId = staffId, Rows = rows.Count, Enrolled = fresh.Count, file.Sha256, Now = now,
            }, tx, cancellationToken: ct));
            foreach (var chunk in fresh.Chunk(Chunk))
            {
                var insert = new MultiRowInsert("mutual_aid_enrolment", "plan_id", "member_id", "source", "batch_id", "enrolled_by", "created_at");
                foreach (var memberId in chunk)
                {
                    insert.Row(plan.Id, memberId, "batch", batchId, staffId, now);
                }

                try
                {
                    await insert.ExecuteAsync(c, tx, ct);
                }
                catch (MySqlException ex) when (ex.IsDuplicateKey())
                {
                    return Problems.Create(409, MutualAidProblems.BatchRaced, "A member of the file enrolled meanwhile; nobody was enrolled.",
                        "Upload the same file again: members enrolled already are counted, not enrolled twice.");
                }
            }

            await c.ExecuteAsync(new CommandDefinition(MutualAidRules.InsertBatchCover, new { BatchId = batchId }, tx, cancellationToken: ct));
            await Audit.WriteAsync(c, tx, http, "mutual_aid_batch.create", "mutual_aid_batch", batchId.Text(),
                new { planId = plan.Id, orgId = org.Id, rows = rows.Count, enrolled = fresh.Count }, ct);
            var view = new Batch(batchId.Text(), plan.Id.Text(), org.Id.Text(), rows.Count, fresh.Count, rows.Count - fresh.Count, now.ToChina());
            await idem.CompleteAsync(c, tx, StatusCodes.Status201Created, view, ct);
            return TypedResults.Created($"/api/v1/admin/mutual-aid/plans/{view.PlanId}", view);
        }, ct);
    }

    private static bool IsOpen(MutualAid.PlanRow plan, TimeProvider clock) =>
        plan.Status == MutualAidRules.Open && DateOnly.FromDateTime(plan.CoversTo) >= MutualAidRules.Today(clock);

    private static async Task<(List<Row> Rows, ProblemHttpResult? Problem)> ReadAsync(string text, List<Rejection> rejected, PiiProtector pii,
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
                return (rows, Problems.Create(422, MutualAidProblems.BatchEmpty, "The file is empty.", "The first line names the columns: 会员卡号 or 身份证号."));
            }

            if (!first.TooLong && string.IsNullOrWhiteSpace(first.Text))
            {
                continue;
            }

            (columns, count, var error) = first.TooLong ? (null, 0, "The header line is too long.") : RosterCsv.ParseHeader(first.Text, Columns, []);
            if (columns is null || !(columns.ContainsKey(CardColumn) || columns.ContainsKey(IdNumberColumn)))
            {
                return (rows, Problems.Create(422, MutualAidProblems.BatchInvalidHeader, "The header is not valid.",
                    error ?? "The header must name 会员卡号 or 身份证号 (and may name 姓名)."));
            }
        }

        int At(string column) => columns.TryGetValue(column, out var p) ? p : -1;
        var fields = new List<string>();
        while (await lines.ReadLineAsync(ct) is { } line)
        {
            if (!line.TooLong && string.IsNullOrWhiteSpace(line.Text))
            {
                continue;
            }

            if (rows.Count >= MaxRows)
            {
                return (rows, Problems.Create(422, MutualAidProblems.BatchTooManyRows, "The file has too many rows.", $"At most {MaxRows} rows a file; split it.",
                    new Dictionary<string, object?> { ["max"] = MaxRows }));
            }

            var row = new Row(lines.LineNumber);
            rows.Add(row);
            if (line.TooLong)
            {
                rejected.Add(new Rejection(row.Line, null, Rejections.LineTooLong, new Dictionary<string, long> { ["max"] = MaxLineChars }));
                continue;
            }

            if (RosterCsv.Split(line.Text, fields) is not null || line.Text.Contains('\uFFFD', StringComparison.Ordinal))
            {
                rejected.Add(new Rejection(row.Line, null, Rejections.Unreadable));
                continue;
            }

            if (fields.Count != count)
            {
                rejected.Add(new Rejection(row.Line, null, Rejections.WrongFieldCount,
                    new Dictionary<string, long> { ["fields"] = fields.Count, ["expected"] = count }));
                continue;
            }

            string Cell(string column) => At(column) is >= 0 and var p ? fields[p].Trim() : "";
            row.Card = Cell(CardColumn);
            row.Name = Cell(NameColumn);
            var idCell = Cell(IdNumberColumn);
            if (row.Card.Length == 0 && idCell.Length == 0)
            {
                rejected.Add(new Rejection(row.Line, null, Rejections.MemberMissing));
            }
            else if (row.Card.Length == 0)
            {
                var (id, _) = IdNumber.Validate(idCell, today);
                if (id is null)
                {
                    rejected.Add(new Rejection(row.Line, IdNumberColumn, Rejections.IdNumberInvalid));
                }
                else
                {
                    row.IdHash = pii.IdNumberIndex(id);
                }
            }
        }

        if (rows.Count == 0)
        {
            return (rows, Problems.Create(422, MutualAidProblems.BatchEmpty, "The file has no data row.", "Below the header, one row a member."));
        }

        return (rows, null);
    }

    /// <summary>Matches each readable row to a verified member of the subtree of <paramref name="orgPath"/> by card number (else ID
    /// number); an unknown number, a person outside the subtree and a wrong name answer alike. A member named twice is refused.</summary>
    private static async Task MatchAsync(MySqlConnection conn, string orgPath, List<Row> rows, List<Rejection> rejected, PiiProtector pii,
        CancellationToken ct)
    {
        var bad = rejected.Select(r => r.Row).ToHashSet();
        var wanted = rows.Where(r => !bad.Contains(r.Line)).ToList();
        var byCard = new Dictionary<string, MemberRow>(StringComparer.Ordinal);
        var byHash = new Dictionary<UInt128, MemberRow>();
        foreach (var chunk in wanted.Chunk(Chunk))
        {
            var cards = chunk.Where(r => r.Card.Length > 0).Select(r => r.Card).ToArray();
            var hashes = chunk.Where(r => r.IdHash is not null).Select(r => r.IdHash!).ToArray();
            var found = await conn.QueryAsync<MemberRow>(new CommandDefinition(SelectMembers, new
            {
                Cards = cards.Length == 0 ? [""] : cards,
                Hashes = hashes.Length == 0 ? [new byte[32]] : hashes,
                ScopePath = orgPath,
            }, cancellationToken: ct));
            foreach (var m in found)
            {
                if (m.MemberCardNo is not null)
                {
                    byCard[m.MemberCardNo] = m;
                }

                if (m.IdHash is { Length: >= 16 })
                {
                    byHash[BinaryPrimitives.ReadUInt128LittleEndian(m.IdHash)] = m;
                }
            }
        }

        var seen = new Dictionary<long, int>();
        foreach (var row in wanted)
        {
            var member = row.Card.Length > 0 ? byCard.GetValueOrDefault(row.Card)
                : byHash.GetValueOrDefault(BinaryPrimitives.ReadUInt128LittleEndian(row.IdHash));
            if (member is null || (row.Name.Length > 0 && !string.Equals(pii.DecryptOrNull(member.NameEnc)?.Trim(), row.Name, StringComparison.Ordinal)))
            {
                rejected.Add(new Rejection(row.Line, row.Card.Length > 0 ? CardColumn : IdNumberColumn, Rejections.MemberNotFound));
                continue;
            }

            if (!seen.TryAdd(member.Id, row.Line))
            {
                rejected.Add(new Rejection(row.Line, null, Rejections.Duplicate, new Dictionary<string, long> { ["firstRow"] = seen[member.Id] }));
                continue;
            }

            row.MemberId = member.Id;
        }
    }
}

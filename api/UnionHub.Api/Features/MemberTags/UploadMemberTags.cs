using System.Buffers.Binary;
using Dapper;
using Microsoft.AspNetCore.Http.HttpResults;
using MySqlConnector;
using UnionHub.Api.Features.Funds;
using UnionHub.Api.Features.Members;
using UnionHub.Api.Platform;

namespace UnionHub.Api.Features.MemberTags;

/// <summary>
/// POST /admin/orgs/{orgId}/member-tags?mode=add|replace (org_admin over the organisation, super_admin): tags many members of
/// the organisation's subtree from one CSV file (the dialect of the other batch uploads: UTF-8, comma-separated, a header naming
/// the columns in any order). Columns: 会员卡号 (member card number) and/or 身份证号 (resident ID number, matched through the blind
/// index), optionally 姓名 (then it must be the member's name), and 标签: the tags, by code or Chinese label, separated by 、 ; or |
/// (an empty cell is allowed in mode=replace: it clears the member's tags). mode=add (default) adds the row's tags to those the
/// member has; mode=replace sets them to exactly the row's. All or nothing: any bad row and nothing is written, the answer is 422
/// <c>member_tag.batch_rows_invalid</c> with the per-row report. Setting the same tags again changes nothing (idempotent by
/// nature); the upload is audited (<c>member_tags.bulk</c>) with the members changed.
/// </summary>
public static class UploadMemberTags
{
    public const string CardColumn = "会员卡号";
    public const string IdNumberColumn = "身份证号";
    public const string NameColumn = "姓名";
    public const string TagsColumn = "标签";
    public static readonly string[] Columns = [CardColumn, IdNumberColumn, NameColumn, TagsColumn];

    public const string ModeAdd = "add";
    public const string ModeReplace = "replace";

    public const int MaxRows = 5000;
    public const int MaxLineChars = 1024;
    public const int MaxReportedRejections = 1000;
    private const int Chunk = 500;

    private static readonly char[] TagSeparators = ['、', ';', '；', '|', '，', ','];

    /// <summary>Why a row was refused: the <c>code</c> of each entry of the report.</summary>
    public static class Rejections
    {
        public const string LineTooLong = "member_tag_batch.line_too_long";
        public const string Unreadable = "member_tag_batch.unreadable";
        public const string WrongFieldCount = "member_tag_batch.wrong_field_count";
        public const string MemberMissing = "member_tag_batch.member_missing";
        public const string IdNumberInvalid = "member_tag_batch.id_number_invalid";
        /// <summary>No verified member of the organisation's subtree has this card or ID number (and this name, when given).</summary>
        public const string MemberNotFound = "member_tag_batch.member_not_found";
        public const string Duplicate = "member_tag_batch.duplicate_member";
        /// <summary>A tag that is neither a code nor a label of the vocabulary (<c>args.tag</c> is not given back: the report names the column).</summary>
        public const string TagUnknown = "member_tag_batch.tag_unknown";
        /// <summary>mode=add with an empty 标签 cell: nothing to add.</summary>
        public const string TagsMissing = "member_tag_batch.tags_missing";
    }

    /// <summary>One problem of one row: <c>row</c> is the line of the file (the header is line 1).</summary>
    public sealed record Rejection(int Row, string? Column, string Code, IReadOnlyDictionary<string, long>? Args = null);

    /// <summary>A committed upload: rows read, members whose tags changed, tags added and removed.</summary>
    public sealed record Report(string OrgId, string Mode, int Rows, int MembersChanged, int TagsAdded, int TagsRemoved);

    private sealed class Row(int line)
    {
        public int Line { get; } = line;
        public string Card { get; set; } = "";
        public byte[]? IdHash { get; set; }
        public string Name { get; set; } = "";
        public List<string> Tags { get; } = [];
        public long MemberId { get; set; }
    }

    private sealed record MemberRow(long Id, string? MemberCardNo, byte[]? IdHash, byte[]? NameEnc);

    private static readonly string SelectMembers = $"""
        SELECT m.id, m.member_card_no AS MemberCardNo, m.id_hash AS IdHash, m.name_enc AS NameEnc
        FROM member m JOIN org o ON o.id = m.org_id
        WHERE (m.member_card_no IN @Cards OR m.id_hash IN @Hashes) AND m.verified_at IS NOT NULL AND m.deleted_at IS NULL AND {Scope.Sql("o.path")}
        """;

    public static async Task<Results<Ok<Report>, ProblemHttpResult>> Handle(string orgId, string? mode, FundBatchFile file, HttpContext http,
        MySqlDataSource db, Transactions transactions, PiiProtector pii, TimeProvider clock, CancellationToken ct)
    {
        var m = (mode ?? ModeAdd).Trim().ToLowerInvariant();
        if (m is not (ModeAdd or ModeReplace))
        {
            return new Validator().Check(false, "mode", "must be add or replace").Problem();
        }

        if (file.Problem is { } refused)
        {
            return refused;
        }

        Orgs.OrgRow? org;
        await using (var conn = await db.OpenConnectionAsync(ct))
        {
            org = await Orgs.FindVisibleAsync(conn, null, await Scope.OfAsync(conn, null, http.User, ct), Ids.Parse(orgId), ct);
        }

        if (org is null)
        {
            return Problems.NotFound("organisation");
        }

        var rejected = new List<Rejection>();
        var today = DateOnly.FromDateTime(clock.GetUtcNow().ToChina().DateTime);
        var (rows, problem) = await ReadAsync(file.Text!, m, rejected, pii, today, ct);
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
            return Problems.Create(422, MemberTagProblems.BatchRowsInvalid, "Some rows of the file are not valid; no tag was changed.",
                $"{rejected.Count} problem(s) in {rows.Count} row(s); correct the rows listed in 'rejected' and upload the whole file again.",
                new Dictionary<string, object?>
                {
                    ["rows"] = rows.Count, ["rejectedTotal"] = rejected.Count,
                    ["rejected"] = rejected.OrderBy(r => r.Row).Take(MaxReportedRejections).ToList(),
                });
        }

        var now = clock.GetUtcNow().UtcDateTime;
        return await transactions.RunAsync<Results<Ok<Report>, ProblemHttpResult>>(async (c, tx) =>
        {
            var existing = new Dictionary<long, List<string>>();
            foreach (var chunk in rows.Select(r => r.MemberId).Order().Chunk(Chunk))
            {
                foreach (var (memberId, tag) in await c.QueryAsync<(long, string)>(new CommandDefinition(
                             "SELECT member_id, tag FROM member_tag WHERE member_id IN @Ids ORDER BY member_id, tag FOR UPDATE",
                             new { Ids = chunk }, tx, cancellationToken: ct)))
                {
                    (existing.TryGetValue(memberId, out var list) ? list : existing[memberId] = []).Add(tag);
                }
            }

            var removals = new List<(long MemberId, string Tag)>();
            var insert = new List<(long MemberId, string Tag)>();
            var changed = new List<long>();
            foreach (var row in rows.OrderBy(r => r.MemberId))
            {
                var before = existing.GetValueOrDefault(row.MemberId) ?? [];
                var after = m == ModeAdd ? before.Union(row.Tags, StringComparer.Ordinal).ToList() : row.Tags;
                var added = after.Except(before, StringComparer.Ordinal).ToList();
                var removed = before.Except(after, StringComparer.Ordinal).ToList();
                insert.AddRange(added.Select(t => (row.MemberId, t)));
                removals.AddRange(removed.Select(t => (row.MemberId, t)));
                if (added.Count + removed.Count > 0)
                {
                    changed.Add(row.MemberId);
                }
            }

            foreach (var group in removals.GroupBy(r => r.Tag))
            {
                foreach (var chunk in group.Select(r => r.MemberId).Chunk(Chunk))
                {
                    await c.ExecuteAsync(new CommandDefinition("DELETE FROM member_tag WHERE tag = @Tag AND member_id IN @Ids",
                        new { Tag = group.Key, Ids = chunk }, tx, cancellationToken: ct));
                }
            }

            var staffId = http.User.StaffId();
            foreach (var chunk in insert.Chunk(Chunk))
            {
                var rowsInsert = new MultiRowInsert("member_tag", "member_id", "tag", "source", "set_by", "set_at") { Ignore = true };
                foreach (var (memberId, tag) in chunk)
                {
                    rowsInsert.Row(memberId, tag, MemberTagRules.SourceBulk, staffId, now);
                }

                await rowsInsert.ExecuteAsync(c, tx, ct);
            }

            var report = new Report(org.Id.Text(), m, rows.Count, changed.Count, insert.Count, removals.Count);
            await Audit.WriteAsync(c, tx, http, "member_tags.bulk", "org", org.Id.Text(), new
            {
                mode = m, rows = rows.Count, tagsAdded = insert.Count, tagsRemoved = removals.Count, file = Convert.ToHexStringLower(file.Sha256),
                changedMemberIds = changed.Select(id => id.Text()).ToList(),
            }, ct);
            return TypedResults.Ok(report);
        }, ct);
    }

    private static async Task<(List<Row> Rows, ProblemHttpResult? Problem)> ReadAsync(string text, string mode, List<Rejection> rejected,
        PiiProtector pii, DateOnly today, CancellationToken ct)
    {
        var rows = new List<Row>();
        var lines = new BoundedLineReader(new StringReader(text), MaxLineChars);
        IReadOnlyDictionary<string, int>? columns = null;
        var count = 0;
        while (columns is null)
        {
            if (await lines.ReadLineAsync(ct) is not { } first)
            {
                return (rows, Problems.Create(422, MemberTagProblems.BatchEmpty, "The file is empty.",
                    "The first line names the columns: 会员卡号 or 身份证号, and 标签."));
            }

            if (!first.TooLong && string.IsNullOrWhiteSpace(first.Text))
            {
                continue;
            }

            (columns, count, var error) = first.TooLong ? (null, 0, "The header line is too long.") : RosterCsv.ParseHeader(first.Text, Columns, []);
            if (columns is null || !(columns.ContainsKey(CardColumn) || columns.ContainsKey(IdNumberColumn)) || !columns.ContainsKey(TagsColumn))
            {
                return (rows, Problems.Create(422, MemberTagProblems.BatchInvalidHeader, "The header is not valid.",
                    error ?? "The header must name 会员卡号 or 身份证号, and 标签 (and may name 姓名)."));
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
                return (rows, Problems.Create(422, MemberTagProblems.BatchTooManyRows, "The file has too many rows.", $"At most {MaxRows} rows a file; split it.",
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

            var tags = Cell(TagsColumn).Split(TagSeparators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            var found = tags.Select(MemberTagRules.Find).ToList();
            if (found.Any(t => t is null))
            {
                rejected.Add(new Rejection(row.Line, TagsColumn, Rejections.TagUnknown));
            }
            else if (found.Count == 0 && mode == ModeAdd)
            {
                rejected.Add(new Rejection(row.Line, TagsColumn, Rejections.TagsMissing));
            }
            else
            {
                row.Tags.AddRange(MemberTagRules.Ordered(found.Select(t => t!.Code)));
            }
        }

        if (rows.Count == 0)
        {
            return (rows, Problems.Create(422, MemberTagProblems.BatchEmpty, "The file has no data row.", "Below the header, one row a member."));
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

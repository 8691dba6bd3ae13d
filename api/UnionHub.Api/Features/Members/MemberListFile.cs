using System.Buffers.Binary;
using Dapper;
using Microsoft.AspNetCore.Http.HttpResults;
using MySqlConnector;
using UnionHub.Api.Platform;

namespace UnionHub.Api.Features.Members;

/// <summary>
/// A CSV file naming members of an organisation's subtree, one a row, for bulk work (mutual-aid enrolment, member tags): the
/// dialect of the batch declarations (UTF-8, comma-separated, a header naming the columns in any order). A row names its member
/// by 会员卡号 (member card number) and/or 身份证号 (resident ID number, matched through the blind index), optionally with 姓名 (then
/// it must be the member's name); a feature may add columns of its own. <see cref="LoadAsync"/> is what a feature calls:
/// <see cref="ReadAsync"/> checks every line, <see cref="MatchAsync"/> finds the verified members of the subtree; both add to one
/// per-row report, in the feature's codes, answered as one 422.
/// </summary>
public static class MemberListFile
{
    public const string CardColumn = "会员卡号";
    public const string IdNumberColumn = "身份证号";
    public const string NameColumn = "姓名";

    public const int MaxRows = 5000;
    public const int MaxLineChars = 1024;
    public const int MaxReportedRejections = 1000;
    public const int Chunk = 500;

    /// <summary>One problem of one row: <c>row</c> is the line of the file (the header is line 1).</summary>
    public sealed record Rejection(int Row, string? Column, string Code, IReadOnlyDictionary<string, long>? Args = null);

    /// <summary>
    /// The codes a feature answers with: the whole file's problems (empty, header, too many rows, rows invalid) and the prefix of
    /// the per-row codes (<c>prefix.line_too_long</c>, <c>.unreadable</c>, <c>.wrong_field_count</c>, <c>.member_missing</c>,
    /// <c>.id_number_invalid</c>, <c>.member_not_found</c>, <c>.duplicate_member</c>).
    /// </summary>
    public sealed record Codes(string Empty, string InvalidHeader, string TooManyRows, string RowsInvalid, string RowPrefix)
    {
        public string LineTooLong => RowPrefix + ".line_too_long";
        public string Unreadable => RowPrefix + ".unreadable";
        public string WrongFieldCount => RowPrefix + ".wrong_field_count";
        public string MemberMissing => RowPrefix + ".member_missing";
        public string IdNumberInvalid => RowPrefix + ".id_number_invalid";
        public string MemberNotFound => RowPrefix + ".member_not_found";
        public string Duplicate => RowPrefix + ".duplicate_member";
    }

    /// <summary>A data row: who it names and, once matched, the member's id.</summary>
    public class Row(int line)
    {
        public int Line { get; } = line;
        public string Card { get; set; } = "";
        public byte[]? IdHash { get; set; }
        public string Name { get; set; } = "";
        public long MemberId { get; set; }
    }

    /// <summary>How a feature reads its file: its columns (beyond the three above), the header rule in words, and its own cells.</summary>
    /// <param name="ExtraColumns">Columns the feature reads besides 会员卡号, 身份证号 and 姓名.</param>
    /// <param name="RequiredColumns">Of <paramref name="ExtraColumns"/>, those the header must name.</param>
    /// <param name="HeaderHint">What the header must name, for the 422 (e.g. "会员卡号 or 身份证号 (and may name 姓名)").</param>
    /// <param name="ReadCells">Reads the feature's own cells of a row (after the member's), adding its rejections.</param>
    public sealed record Layout<TRow>(IReadOnlyList<string> ExtraColumns, IReadOnlyList<string> RequiredColumns, string HeaderHint,
        Func<int, TRow> NewRow, Action<TRow, Func<string, string>, List<Rejection>>? ReadCells = null) where TRow : Row;

    private sealed record MemberRow(long Id, string? MemberCardNo, byte[]? IdHash, byte[]? NameEnc);

    private static readonly string SelectMembers = $"""
        SELECT m.id, m.member_card_no AS MemberCardNo, m.id_hash AS IdHash, m.name_enc AS NameEnc
        FROM member m JOIN org o ON o.id = m.org_id
        WHERE (m.member_card_no IN @Cards OR m.id_hash IN @Hashes) AND m.verified_at IS NOT NULL AND m.deleted_at IS NULL AND {Scope.Sql("o.path")}
        """;

    /// <summary>Reads the file's rows; a problem of the whole file (empty, bad header, too many rows) is answered at once.</summary>
    private static async Task<(List<TRow> Rows, ProblemHttpResult? Problem)> ReadAsync<TRow>(string text, Layout<TRow> layout, Codes codes,
        List<Rejection> rejected, PiiProtector pii, DateOnly today, CancellationToken ct) where TRow : Row
    {
        string[] known = [CardColumn, IdNumberColumn, NameColumn, .. layout.ExtraColumns];
        var rows = new List<TRow>();
        var lines = new BoundedLineReader(new StringReader(text), MaxLineChars);
        IReadOnlyDictionary<string, int>? columns = null;
        var count = 0;
        while (columns is null)
        {
            if (await lines.ReadLineAsync(ct) is not { } first)
            {
                return (rows, Problems.Create(422, codes.Empty, "The file is empty.", "The first line names the columns: " + layout.HeaderHint + "."));
            }

            if (!first.TooLong && string.IsNullOrWhiteSpace(first.Text))
            {
                continue;
            }

            (columns, count, var error) = first.TooLong ? (null, 0, "The header line is too long.") : RosterCsv.ParseHeader(first.Text, known, []);
            if (columns is null || !(columns.ContainsKey(CardColumn) || columns.ContainsKey(IdNumberColumn))
                || !layout.RequiredColumns.All(columns.ContainsKey))
            {
                return (rows, Problems.Create(422, codes.InvalidHeader, "The header is not valid.", error ?? "The header must name " + layout.HeaderHint + "."));
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
                return (rows, Problems.Create(422, codes.TooManyRows, "The file has too many rows.", $"At most {MaxRows} rows a file; split it.",
                    new Dictionary<string, object?> { ["max"] = MaxRows }));
            }

            var row = layout.NewRow(lines.LineNumber);
            rows.Add(row);
            if (line.TooLong)
            {
                rejected.Add(new Rejection(row.Line, null, codes.LineTooLong, new Dictionary<string, long> { ["max"] = MaxLineChars }));
                continue;
            }

            if (RosterCsv.Split(line.Text, fields) is not null || line.Text.Contains('\uFFFD', StringComparison.Ordinal))
            {
                rejected.Add(new Rejection(row.Line, null, codes.Unreadable));
                continue;
            }

            if (fields.Count != count)
            {
                rejected.Add(new Rejection(row.Line, null, codes.WrongFieldCount,
                    new Dictionary<string, long> { ["fields"] = fields.Count, ["expected"] = count }));
                continue;
            }

            string Cell(string column) => At(column) is >= 0 and var p ? fields[p].Trim() : "";
            row.Card = Cell(CardColumn);
            row.Name = Cell(NameColumn);
            var idCell = Cell(IdNumberColumn);
            if (row.Card.Length == 0 && idCell.Length == 0)
            {
                rejected.Add(new Rejection(row.Line, null, codes.MemberMissing));
            }
            else if (row.Card.Length == 0)
            {
                var (id, _) = IdNumber.Validate(idCell, today);
                if (id is null)
                {
                    rejected.Add(new Rejection(row.Line, IdNumberColumn, codes.IdNumberInvalid));
                }
                else
                {
                    row.IdHash = pii.IdNumberIndex(id);
                }
            }

            layout.ReadCells?.Invoke(row, Cell, rejected);
        }

        if (rows.Count == 0)
        {
            return (rows, Problems.Create(422, codes.Empty, "The file has no data row.", "Below the header, one row a member."));
        }

        return (rows, null);
    }

    /// <summary>
    /// Matches each readable row to a verified member of the subtree of <paramref name="orgPath"/> by card number (else ID number);
    /// an unknown number, a person outside the subtree and a wrong name answer alike. A member named twice is refused.
    /// </summary>
    private static async Task MatchAsync<TRow>(MySqlConnection conn, string orgPath, List<TRow> rows, Codes codes, List<Rejection> rejected,
        PiiProtector pii, CancellationToken ct) where TRow : Row
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
                rejected.Add(new Rejection(row.Line, row.Card.Length > 0 ? CardColumn : IdNumberColumn, codes.MemberNotFound));
                continue;
            }

            if (!seen.TryAdd(member.Id, row.Line))
            {
                rejected.Add(new Rejection(row.Line, null, codes.Duplicate, new Dictionary<string, long> { ["firstRow"] = seen[member.Id] }));
                continue;
            }

            row.MemberId = member.Id;
        }
    }

    /// <summary>
    /// The whole of it for a feature: reads the file (<see cref="ReadAsync"/>), matches its rows to the verified members of the
    /// subtree of <paramref name="orgPath"/> (<see cref="MatchAsync"/>, on a connection of its own, closed before the caller's
    /// transaction) and answers either every row matched or the problem to return: the file's own (empty, header, too many
    /// rows) or 422 <paramref name="rowsInvalidTitle"/> with the per-row report (<see cref="RowsInvalid"/>).
    /// </summary>
    public static async Task<(List<TRow> Rows, ProblemHttpResult? Problem)> LoadAsync<TRow>(MySqlDataSource db, string text, string orgPath,
        Layout<TRow> layout, Codes codes, string rowsInvalidTitle, PiiProtector pii, DateOnly today, CancellationToken ct) where TRow : Row
    {
        var rejected = new List<Rejection>();
        var (rows, problem) = await ReadAsync(text, layout, codes, rejected, pii, today, ct);
        if (problem is not null)
        {
            return (rows, problem);
        }

        await using (var conn = await db.OpenConnectionAsync(ct))
        {
            await MatchAsync(conn, orgPath, rows, codes, rejected, pii, ct);
        }

        return rejected.Count > 0 ? (rows, RowsInvalid(codes, rowsInvalidTitle, rows.Count, rejected)) : (rows, null);
    }

    /// <summary>422 with the per-row report: nothing was written; the first <see cref="MaxReportedRejections"/> problems, in file order.</summary>
    private static ProblemHttpResult RowsInvalid(Codes codes, string title, int rows, List<Rejection> rejected) =>
        Problems.Create(422, codes.RowsInvalid, title,
            $"{rejected.Count} problem(s) in {rows} row(s); correct the rows listed in 'rejected' and upload the whole file again.",
            new Dictionary<string, object?>
            {
                ["rows"] = rows, ["rejectedTotal"] = rejected.Count,
                ["rejected"] = rejected.OrderBy(r => r.Row).Take(MaxReportedRejections).ToList(),
            });
}

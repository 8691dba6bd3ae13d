using System.Text;
using UnionHub.Api.Features.Members;

namespace UnionHub.UnitTests.Features.Members;

public sealed class RosterCsvTests
{
    private static (List<string> Fields, string? Error) Split(string line)
    {
        var fields = new List<string>();
        var error = RosterCsv.Split(line, fields);
        return (fields, error);
    }

    [TestCase("a,b,c", new[] { "a", "b", "c" })]
    [TestCase("a,,c,", new[] { "a", "", "c", "" })]
    [TestCase("", new[] { "" })]
    [TestCase("\"a,b\",c", new[] { "a,b", "c" })]
    [TestCase("\"say \"\"hi\"\"\",x", new[] { "say \"hi\"", "x" })]
    [TestCase("\"\",x", new[] { "", "x" })]
    [TestCase("\"a\" ,b", new[] { "a", "b" })]
    [TestCase("a\"b,c", new[] { "a\"b", "c" })]
    public void Splits_fields_with_RFC_4180_quotes(string line, string[] expected)
    {
        var (fields, error) = Split(line);
        Assert.That(error, Is.Null);
        Assert.That(fields, Is.EqualTo(expected));
    }

    [TestCase("\"open,b", "has an unterminated quoted field")]
    [TestCase("\"a\"b,c", "has text after a closing quote")]
    public void Reports_lines_it_cannot_read(string line, string expected) =>
        Assert.That(Split(line).Error, Is.EqualTo(expected));

    [Test]
    public void The_header_may_carry_a_BOM_any_order_and_any_case()
    {
        var (columns, error) = RosterCsv.ParseHeader("\uFEFFphone, IDNumber ,name,enterpriseCreditCode");
        Assert.That(error, Is.Null);
        Assert.That(columns, Is.EqualTo(new RosterCsv.Columns(Name: 2, IdNumber: 1, EnterpriseCreditCode: 3, Phone: 0, Count: 4)));
    }

    [TestCase("name,phone")]
    [TestCase("name,idNumber,name")]
    [TestCase("name,idNumber,email")]
    [TestCase("\"name,idNumber")]
    public void A_bad_header_is_refused(string header) =>
        Assert.That(RosterCsv.ParseHeader(header).Columns, Is.Null);

    private static async Task<List<(int Line, string Text, bool TooLong)>> LinesAsync(string text, int max = 100, int chunk = 3)
    {
        // a reader that hands out a few characters at a time, so CRLF pairs and lines straddle buffer refills
        var reader = new BoundedLineReader(new TrickleReader(text, chunk), max);
        var lines = new List<(int, string, bool)>();
        while (await reader.ReadLineAsync(CancellationToken.None) is { } line)
        {
            lines.Add((reader.LineNumber, line.Text, line.TooLong));
        }

        return lines;
    }

    [Test]
    public async Task Reads_CRLF_LF_and_CR_line_ends_with_exact_line_numbers()
    {
        var lines = await LinesAsync("a\r\nb\nc\rd\r\n\r\ne");
        Assert.That(lines, Is.EqualTo(new[] { (1, "a", false), (2, "b", false), (3, "c", false), (4, "d", false), (5, "", false), (6, "e", false) }));
    }

    [TestCase(1)]
    [TestCase(2)]
    [TestCase(4096)]
    public async Task A_final_line_end_adds_no_empty_line(int chunk) =>
        Assert.That(await LinesAsync("a\r\nb\r\n", chunk: chunk), Is.EqualTo(new[] { (1, "a", false), (2, "b", false) }));

    [Test]
    public async Task A_line_over_the_limit_is_flagged_not_kept()
    {
        var lines = await LinesAsync("short\r\n" + new string('x', 50) + "\r\nnext", max: 10);
        Assert.That(lines, Is.EqualTo(new[] { (1, "short", false), (2, "", true), (3, "next", false) }));
    }

    [Test]
    public async Task A_UTF8_BOM_is_dropped_by_the_reader()
    {
        var bytes = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Encoding.UTF8.GetBytes("name,idNumber\r\n张三,1")).ToArray();
        using var text = new StreamReader(new MemoryStream(bytes), new UTF8Encoding(false), detectEncodingFromByteOrderMarks: true);
        var reader = new BoundedLineReader(text, 100);
        Assert.That((await reader.ReadLineAsync(CancellationToken.None))!.Value.Text, Is.EqualTo("name,idNumber"));
        Assert.That((await reader.ReadLineAsync(CancellationToken.None))!.Value.Text, Is.EqualTo("张三,1"));
    }

    private sealed class TrickleReader(string text, int chunk) : TextReader
    {
        private int _pos;

        public override ValueTask<int> ReadAsync(Memory<char> buffer, CancellationToken cancellationToken = default)
        {
            var n = Math.Min(Math.Min(chunk, buffer.Length), text.Length - _pos);
            text.AsSpan(_pos, n).CopyTo(buffer.Span);
            _pos += n;
            return ValueTask.FromResult(n);
        }
    }
}

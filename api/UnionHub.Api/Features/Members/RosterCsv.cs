using System.Text;

namespace UnionHub.Api.Features.Members;

/// <summary>
/// The small CSV dialect of roster files: one record a line (CRLF, LF or CR), comma-separated, fields
/// optionally in double quotes with "" for a quote (RFC 4180). Quoted fields may not span lines: no
/// roster field contains a line break, and keeping records on one line keeps line numbers exact and
/// memory bounded. A UTF-8 byte order mark before the header is ignored.
/// </summary>
public static class RosterCsv
{
    public const string Name = "name";
    public const string IdNumber = "idNumber";
    public const string EnterpriseCreditCode = "enterpriseCreditCode";
    public const string Phone = "phone";

    private static readonly string[] Known = [Name, IdNumber, EnterpriseCreditCode, Phone];

    /// <summary>Column positions; -1 when the column is absent.</summary>
    public sealed record Columns(int Name, int IdNumber, int EnterpriseCreditCode, int Phone, int Count);

    public const string UnterminatedQuote = "has an unterminated quoted field";
    public const string TextAfterQuote = "has text after a closing quote";

    /// <summary>The rejection code of an error <see cref="Split"/> returned.</summary>
    public static string ErrorCode(string error) =>
        error == UnterminatedQuote ? RosterRejections.UnterminatedQuote : RosterRejections.TextAfterQuote;

    /// <summary>Splits one line into <paramref name="fields"/>; returns why it cannot be read, or null.</summary>
    public static string? Split(string line, List<string> fields)
    {
        fields.Clear();
        var i = 0;
        var sb = new StringBuilder();
        while (true)
        {
            if (i < line.Length && line[i] == '"')
            {
                i++;
                sb.Clear();
                while (true)
                {
                    if (i >= line.Length)
                    {
                        return UnterminatedQuote;
                    }

                    var c = line[i++];
                    if (c != '"')
                    {
                        sb.Append(c);
                    }
                    else if (i < line.Length && line[i] == '"')
                    {
                        sb.Append('"');
                        i++;
                    }
                    else
                    {
                        break;
                    }
                }

                while (i < line.Length && line[i] is ' ' or '\t')
                {
                    i++;
                }

                fields.Add(sb.ToString());
                if (i >= line.Length)
                {
                    return null;
                }

                if (line[i] != ',')
                {
                    return TextAfterQuote;
                }

                i++;
            }
            else
            {
                var end = line.IndexOf(',', i);
                if (end < 0)
                {
                    fields.Add(line[i..]);
                    return null;
                }

                fields.Add(line[i..end]);
                i = end + 1;
            }
        }
    }

    /// <summary>Reads the header: name and idNumber are required; enterpriseCreditCode and phone optional; any order.</summary>
    public static (Columns? Columns, string? Error) ParseHeader(string line)
    {
        var (positions, count, error) = ParseHeader(line, Known, [Name, IdNumber]);
        if (positions is null)
        {
            return (null, error);
        }

        int At(string column) => positions.TryGetValue(column, out var p) ? p : -1;
        return (new Columns(At(Name), At(IdNumber), At(EnterpriseCreditCode), At(Phone), count), null);
    }

    /// <summary>
    /// Reads a header line of named columns (trimmed, case-insensitive, any order, each at most once) for any upload in this
    /// CSV dialect: the position of each <paramref name="known"/> column present and the number of columns, or why the header
    /// is not valid (an unknown or repeated column, or one of <paramref name="required"/> missing). Batch declarations of fund
    /// applications read their Chinese header with it.
    /// </summary>
    public static (IReadOnlyDictionary<string, int>? Positions, int Count, string? Error) ParseHeader(string line, IReadOnlyList<string> known,
        IReadOnlyList<string> required)
    {
        var fields = new List<string>();
        if (Split(line.TrimStart('\uFEFF'), fields) is { } error)
        {
            return (null, 0, "The header " + error + ".");
        }

        var positions = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < fields.Count; i++)
        {
            var name = fields[i].Trim();
            var column = known.FirstOrDefault(k => string.Equals(k, name, StringComparison.OrdinalIgnoreCase));
            if (column is null)
            {
                return (null, 0, $"The header has an unknown column {i + 1}; expected {string.Join(",", known)}.");
            }

            if (!positions.TryAdd(column, i))
            {
                return (null, 0, $"The header names the column {column} twice.");
            }
        }

        if (required.Any(r => !positions.ContainsKey(r)))
        {
            return (null, 0, $"The header must name at least the columns {string.Join(" and ", required)}; expected {string.Join(",", known)}.");
        }

        return (positions, fields.Count, null);
    }
}

/// <summary>
/// Reads lines from a text reader with a bounded buffer: a line longer than <paramref name="maxChars"/>
/// is reported as too long instead of being held in memory. Handles CRLF, LF and CR; counts lines from 1.
/// </summary>
public sealed class BoundedLineReader(TextReader reader, int maxChars)
{
    private readonly char[] _buffer = new char[16 * 1024];
    private readonly StringBuilder _line = new();
    private int _pos;
    private int _len;

    /// <summary>The number of the line last returned (1-based).</summary>
    public int LineNumber { get; private set; }

    /// <summary>The next line (empty text when too long), or null at the end of the input.</summary>
    public async ValueTask<(string Text, bool TooLong)?> ReadLineAsync(CancellationToken ct)
    {
        _line.Clear();
        var tooLong = false;
        var any = false;
        while (true)
        {
            if (_pos == _len)
            {
                _pos = 0;
                _len = await reader.ReadAsync(_buffer.AsMemory(), ct);
                if (_len == 0)
                {
                    if (!any)
                    {
                        return null;
                    }

                    LineNumber++;
                    return (tooLong ? "" : _line.ToString(), tooLong);
                }
            }

            any = true;
            var span = _buffer.AsSpan(_pos, _len - _pos);
            var end = span.IndexOfAny('\r', '\n');
            var chunk = end < 0 ? span : span[..end];
            if (!tooLong)
            {
                if (_line.Length + chunk.Length > maxChars)
                {
                    tooLong = true;
                    _line.Clear();
                }
                else
                {
                    _line.Append(chunk);
                }
            }

            if (end < 0)
            {
                _pos = _len;
                continue;
            }

            var wasCr = span[end] == '\r';
            _pos += end + 1;
            if (wasCr)
            {
                if (_pos == _len)
                {
                    _pos = 0;
                    _len = await reader.ReadAsync(_buffer.AsMemory(), ct);
                }

                if (_pos < _len && _buffer[_pos] == '\n')
                {
                    _pos++;
                }
            }

            LineNumber++;
            return (tooLong ? "" : _line.ToString(), tooLong);
        }
    }
}

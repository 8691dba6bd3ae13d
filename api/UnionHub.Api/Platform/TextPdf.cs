using System.Buffers.Binary;
using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace UnionHub.Api.Platform;

/// <summary>
/// A TrueType font (a .ttf, or the first font of a .ttc collection) read for embedding into PDFs: glyph lookup by
/// Unicode code point, advance widths, and subsetting (glyphs not used are emptied, glyph ids stay the same).
/// Only TrueType outlines (glyf) are supported, as in Debian's fonts-wqy-microhei.
/// </summary>
public sealed class TrueTypeFont
{
    private readonly byte[] _file;
    private readonly Dictionary<string, (int Offset, int Length)> _tables = new(StringComparer.Ordinal);
    private readonly Dictionary<int, ushort> _cmap = [];
    private readonly ushort[] _advances;
    private readonly int[] _loca;

    public int UnitsPerEm { get; }
    public short Ascent { get; }
    public short Descent { get; }
    public (short XMin, short YMin, short XMax, short YMax) BoundingBox { get; }
    public int GlyphCount { get; }
    public string PostScriptName { get; }

    public TrueTypeFont(byte[] file)
    {
        _file = file;
        var fontOffset = U32(0) == 0x74746366 ? (int)U32(12) : 0; // 'ttcf': the collection's first font
        if (U32(fontOffset) is not (0x00010000 or 0x74727565)) // 1.0 or 'true': TrueType outlines
        {
            throw new InvalidDataException("Not a TrueType font with glyf outlines.");
        }

        var numTables = U16(fontOffset + 4);
        for (var i = 0; i < numTables; i++)
        {
            var record = fontOffset + 12 + (16 * i);
            _tables[Encoding.ASCII.GetString(file, record, 4)] = ((int)U32(record + 8), (int)U32(record + 12));
        }

        foreach (var required in new[] { "head", "hhea", "maxp", "hmtx", "loca", "glyf", "cmap" })
        {
            if (!_tables.ContainsKey(required))
            {
                throw new InvalidDataException($"The font has no {required} table.");
            }
        }

        var head = _tables["head"].Offset;
        UnitsPerEm = U16(head + 18);
        BoundingBox = (I16(head + 36), I16(head + 38), I16(head + 40), I16(head + 42));
        var longLoca = I16(head + 50) == 1;
        var hhea = _tables["hhea"].Offset;
        Ascent = I16(hhea + 4);
        Descent = I16(hhea + 6);
        int metrics = U16(hhea + 34);
        GlyphCount = U16(_tables["maxp"].Offset + 4);

        _advances = new ushort[GlyphCount];
        var hmtx = _tables["hmtx"].Offset;
        for (var g = 0; g < GlyphCount; g++)
        {
            _advances[g] = g < metrics ? U16(hmtx + (4 * g)) : _advances[metrics - 1];
        }

        _loca = new int[GlyphCount + 1];
        var loca = _tables["loca"].Offset;
        for (var g = 0; g <= GlyphCount; g++)
        {
            _loca[g] = longLoca ? (int)U32(loca + (4 * g)) : U16(loca + (2 * g)) * 2;
        }

        ReadCmap();
        PostScriptName = ReadPostScriptName() ?? "CJKFont";
    }

    /// <summary>The glyph of a code point; 0 (.notdef) when the font has none.</summary>
    public ushort Glyph(int codePoint) => _cmap.TryGetValue(codePoint, out var g) ? g : (ushort)0;

    /// <summary>The advance width of a glyph in thousandths of the font size (PDF text space).</summary>
    public int Advance(ushort glyph) => glyph < GlyphCount ? _advances[glyph] * 1000 / UnitsPerEm : 0;

    /// <summary>A standalone font holding only the given glyphs' outlines (and the components they use).</summary>
    public byte[] Subset(IEnumerable<ushort> glyphs)
    {
        var keep = new HashSet<ushort>();
        var pending = new Stack<ushort>(glyphs.Append((ushort)0));
        var glyf = _tables["glyf"].Offset;
        while (pending.TryPop(out var g))
        {
            if (g >= GlyphCount || !keep.Add(g))
            {
                continue;
            }

            var start = glyf + _loca[g];
            if (_loca[g + 1] > _loca[g] && I16(start) < 0) // composite: keep its components too
            {
                var p = start + 10;
                ushort flags;
                do
                {
                    flags = U16(p);
                    pending.Push(U16(p + 2));
                    p += 4 + ((flags & 0x1) != 0 ? 4 : 2) + ((flags & 0x8) != 0 ? 2 : (flags & 0x40) != 0 ? 4 : (flags & 0x80) != 0 ? 8 : 0);
                }
                while ((flags & 0x20) != 0);
            }
        }

        using var newGlyf = new MemoryStream();
        var newLoca = new byte[(GlyphCount + 1) * 4];
        for (var g = 0; g < GlyphCount; g++)
        {
            BinaryPrimitives.WriteUInt32BigEndian(newLoca.AsSpan(4 * g), (uint)newGlyf.Length);
            if (keep.Contains((ushort)g) && _loca[g + 1] > _loca[g])
            {
                newGlyf.Write(_file, glyf + _loca[g], _loca[g + 1] - _loca[g]);
                while (newGlyf.Length % 4 != 0)
                {
                    newGlyf.WriteByte(0);
                }
            }
        }

        BinaryPrimitives.WriteUInt32BigEndian(newLoca.AsSpan(4 * GlyphCount), (uint)newGlyf.Length);
        var head = Table("head");
        BinaryPrimitives.WriteUInt32BigEndian(head.AsSpan(8), 0); // checkSumAdjustment: not needed inside a PDF
        BinaryPrimitives.WriteInt16BigEndian(head.AsSpan(50), 1); // long loca

        var tables = new SortedDictionary<string, byte[]>(StringComparer.Ordinal)
        {
            ["head"] = head, ["hhea"] = Table("hhea"), ["maxp"] = Table("maxp"), ["hmtx"] = Table("hmtx"),
            ["loca"] = newLoca, ["glyf"] = newGlyf.ToArray(),
        };
        foreach (var hinting in new[] { "cvt ", "fpgm", "prep" })
        {
            if (_tables.ContainsKey(hinting))
            {
                tables[hinting] = Table(hinting);
            }
        }

        return Assemble(tables);
    }

    private byte[] Table(string tag) => _file.AsSpan(_tables[tag].Offset, _tables[tag].Length).ToArray();

    private static byte[] Assemble(SortedDictionary<string, byte[]> tables)
    {
        var n = tables.Count;
        var entrySelector = (int)Math.Floor(Math.Log2(n));
        var searchRange = (1 << entrySelector) * 16;
        using var output = new MemoryStream();
        var header = new byte[12 + (16 * n)];
        BinaryPrimitives.WriteUInt32BigEndian(header, 0x00010000);
        BinaryPrimitives.WriteUInt16BigEndian(header.AsSpan(4), (ushort)n);
        BinaryPrimitives.WriteUInt16BigEndian(header.AsSpan(6), (ushort)searchRange);
        BinaryPrimitives.WriteUInt16BigEndian(header.AsSpan(8), (ushort)entrySelector);
        BinaryPrimitives.WriteUInt16BigEndian(header.AsSpan(10), (ushort)((n * 16) - searchRange));
        var offset = header.Length;
        var i = 0;
        foreach (var (tag, data) in tables)
        {
            var record = header.AsSpan(12 + (16 * i++));
            Encoding.ASCII.GetBytes(tag, record);
            BinaryPrimitives.WriteUInt32BigEndian(record[4..], Checksum(data));
            BinaryPrimitives.WriteUInt32BigEndian(record[8..], (uint)offset);
            BinaryPrimitives.WriteUInt32BigEndian(record[12..], (uint)data.Length);
            offset += (data.Length + 3) & ~3;
        }

        output.Write(header);
        foreach (var data in tables.Values)
        {
            output.Write(data);
            output.Write(new byte[((data.Length + 3) & ~3) - data.Length]);
        }

        return output.ToArray();
    }

    private static uint Checksum(byte[] data)
    {
        uint sum = 0;
        for (var i = 0; i < data.Length; i += 4)
        {
            uint word = 0;
            for (var j = 0; j < 4; j++)
            {
                word = (word << 8) | (i + j < data.Length ? data[i + j] : 0u);
            }

            sum = unchecked(sum + word);
        }

        return sum;
    }

    private void ReadCmap()
    {
        var cmap = _tables["cmap"].Offset;
        int? format4 = null, format12 = null;
        for (var i = 0; i < U16(cmap + 2); i++)
        {
            var record = cmap + 4 + (8 * i);
            var (platform, encoding) = (U16(record), U16(record + 2));
            var sub = cmap + (int)U32(record + 4);
            if (platform == 3 && encoding == 10 && U16(sub) == 12)
            {
                format12 = sub;
            }
            else if (platform is 3 or 0 && U16(sub) == 4)
            {
                format4 ??= sub;
            }
        }

        if (format12 is { } t12)
        {
            for (var i = 0; i < U32(t12 + 12); i++)
            {
                var group = t12 + 16 + (12 * i);
                var (start, end, glyph) = (U32(group), U32(group + 4), U32(group + 8));
                for (var c = start; c <= end && c <= 0x10FFFF; c++)
                {
                    _cmap[(int)c] = (ushort)(glyph + (c - start));
                }
            }

            return;
        }

        if (format4 is not { } t4)
        {
            throw new InvalidDataException("The font has no Unicode cmap.");
        }

        var segments = U16(t4 + 6) / 2;
        var ends = t4 + 14;
        var starts = ends + (2 * segments) + 2;
        var deltas = starts + (2 * segments);
        var ranges = deltas + (2 * segments);
        for (var s = 0; s < segments; s++)
        {
            int start = U16(starts + (2 * s)), end = U16(ends + (2 * s)), delta = I16(deltas + (2 * s)), range = U16(ranges + (2 * s));
            for (var c = start; c <= end && c != 0xFFFF; c++)
            {
                int glyph;
                if (range == 0)
                {
                    glyph = (c + delta) & 0xFFFF;
                }
                else
                {
                    var at = ranges + (2 * s) + range + (2 * (c - start));
                    glyph = U16(at);
                    glyph = glyph == 0 ? 0 : (glyph + delta) & 0xFFFF;
                }

                if (glyph != 0)
                {
                    _cmap[c] = (ushort)glyph;
                }
            }
        }
    }

    private string? ReadPostScriptName()
    {
        if (!_tables.TryGetValue("name", out var name))
        {
            return null;
        }

        var count = U16(name.Offset + 2);
        var strings = name.Offset + U16(name.Offset + 4);
        for (var i = 0; i < count; i++)
        {
            var r = name.Offset + 6 + (12 * i);
            if (U16(r + 6) != 6)
            {
                continue;
            }

            var bytes = _file.AsSpan(strings + U16(r + 10), U16(r + 8));
            var text = U16(r) is 0 or 3 ? Encoding.BigEndianUnicode.GetString(bytes) : Encoding.Latin1.GetString(bytes);
            var clean = new string(text.Where(char.IsAsciiLetterOrDigit).ToArray());
            if (clean.Length > 0)
            {
                return clean;
            }
        }

        return null;
    }

    private uint U32(int at) => BinaryPrimitives.ReadUInt32BigEndian(_file.AsSpan(at));
    private ushort U16(int at) => BinaryPrimitives.ReadUInt16BigEndian(_file.AsSpan(at));
    private short I16(int at) => BinaryPrimitives.ReadInt16BigEndian(_file.AsSpan(at));
}

/// <summary>
/// Writes a simple text document (A4 pages of left-aligned, centred or right-aligned lines, wrapped to the page width) as a PDF with
/// the font embedded as a subset (Type0 / CIDFontType2, Identity-H) and a ToUnicode map, so the text can be
/// searched and copied. Enough for letters and notices; not a layout engine.
/// </summary>
public static class TextPdf
{
    public sealed record Line(string Text, float Size = 12, bool Centred = false, float SpaceBefore = 0, bool Right = false);

    private const float PageWidth = 595.28f, PageHeight = 841.89f, Margin = 72f;

    public static byte[] Render(TrueTypeFont font, string title, string subject, DateTimeOffset createdAt, IEnumerable<Line> lines)
    {
        // lay out: wrap each line to the width, break pages
        var pages = new List<List<(ushort[] Glyphs, float Size, float X, float Y)>> { new() };
        var y = PageHeight - Margin;
        var used = new SortedDictionary<ushort, int>(); // glyph -> code point, for ToUnicode
        foreach (var line in lines)
        {
            foreach (var piece in Wrap(font, line.Text, line.Size, PageWidth - (2 * Margin)))
            {
                y -= line.SpaceBefore + (line.Size * 1.6f);
                if (y < Margin)
                {
                    pages.Add([]);
                    y = PageHeight - Margin - (line.Size * 1.6f);
                }

                var glyphs = new List<ushort>();
                foreach (var rune in piece.EnumerateRunes())
                {
                    var g = font.Glyph(rune.Value);
                    glyphs.Add(g);
                    if (g != 0)
                    {
                        used.TryAdd(g, rune.Value);
                    }
                }

                var width = glyphs.Sum(g => font.Advance(g)) * line.Size / 1000f;
                var x = line.Centred ? (PageWidth - width) / 2 : line.Right ? PageWidth - Margin - width : Margin;
                pages[^1].Add(([.. glyphs], line.Size, x, y));
            }
        }

        var pdf = new PdfBuilder();
        var catalog = pdf.Reserve();
        var pagesId = pdf.Reserve();
        var fontId = pdf.Reserve();
        var pageIds = new List<int>();
        foreach (var page in pages)
        {
            var content = new StringBuilder();
            foreach (var (glyphs, size, x, ly) in page)
            {
                content.Append(CultureInfo.InvariantCulture, $"BT /F1 {size:0.##} Tf 1 0 0 1 {x:0.##} {ly:0.##} Tm <");
                foreach (var g in glyphs)
                {
                    content.Append(g.ToString("X4", CultureInfo.InvariantCulture));
                }

                content.Append("> Tj ET\n");
            }

            var contentId = pdf.AddStream("", Encoding.ASCII.GetBytes(content.ToString()));
            pageIds.Add(pdf.Add(string.Create(CultureInfo.InvariantCulture,
                $"<< /Type /Page /Parent {pagesId} 0 R /MediaBox [0 0 {PageWidth:0.##} {PageHeight:0.##}] /Resources << /Font << /F1 {fontId} 0 R >> >> /Contents {contentId} 0 R >>")));
        }

        pdf.Set(pagesId, $"<< /Type /Pages /Kids [{string.Join(' ', pageIds.Select(p => $"{p} 0 R"))}] /Count {pageIds.Count} >>");
        pdf.Set(catalog, $"<< /Type /Catalog /Pages {pagesId} 0 R >>");

        var fontName = "UHSUBS+" + font.PostScriptName;
        var fontFile = font.Subset(used.Keys);
        var fontFileId = pdf.AddStream(string.Create(CultureInfo.InvariantCulture, $"/Length1 {fontFile.Length}"), fontFile);
        var scale = 1000f / font.UnitsPerEm;
        var (xMin, yMin, xMax, yMax) = font.BoundingBox;
        var descriptor = pdf.Add(string.Create(CultureInfo.InvariantCulture,
            $"<< /Type /FontDescriptor /FontName /{fontName} /Flags 4 /FontBBox [{xMin * scale:0} {yMin * scale:0} {xMax * scale:0} {yMax * scale:0}] /ItalicAngle 0 /Ascent {font.Ascent * scale:0} /Descent {font.Descent * scale:0} /CapHeight {font.Ascent * scale:0} /StemV 80 /FontFile2 {fontFileId} 0 R >>"));
        var widths = string.Join(' ', used.Keys.Select(g => string.Create(CultureInfo.InvariantCulture, $"{g} [{font.Advance(g)}]")));
        var cidFont = pdf.Add($"<< /Type /Font /Subtype /CIDFontType2 /BaseFont /{fontName} /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /FontDescriptor {descriptor} 0 R /CIDToGIDMap /Identity /DW 1000 /W [{widths}] >>");
        var toUnicode = pdf.AddStream("", Encoding.ASCII.GetBytes(ToUnicodeMap(used)));
        pdf.Set(fontId, $"<< /Type /Font /Subtype /Type0 /BaseFont /{fontName} /Encoding /Identity-H /DescendantFonts [{cidFont} 0 R] /ToUnicode {toUnicode} 0 R >>");

        var info = pdf.Add($"<< /Title {TextString(title)} /Subject {TextString(subject)} /Producer (UnionHub) /CreationDate ({createdAt:'D:'yyyyMMddHHmmss}+08'00') >>");
        return pdf.Build(catalog, info);
    }

    /// <summary>Splits a line into pieces no wider than the width (any character may start a new piece, as in Chinese).</summary>
    private static IEnumerable<string> Wrap(TrueTypeFont font, string text, float size, float width)
    {
        var piece = new StringBuilder();
        float used = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            var w = font.Advance(font.Glyph(rune.Value)) * size / 1000f;
            if (used + w > width && piece.Length > 0)
            {
                yield return piece.ToString();
                piece.Clear();
                used = 0;
            }

            piece.Append(rune.ToString());
            used += w;
        }

        yield return piece.ToString();
    }

    private static string ToUnicodeMap(SortedDictionary<ushort, int> used)
    {
        var map = new StringBuilder("""
            /CIDInit /ProcSet findresource begin
            12 dict begin
            begincmap
            /CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def
            /CMapName /Adobe-Identity-UCS def
            /CMapType 2 def
            1 begincodespacerange
            <0000> <FFFF>
            endcodespacerange

            """);
        foreach (var chunk in used.Chunk(100))
        {
            map.Append(CultureInfo.InvariantCulture, $"{chunk.Length} beginbfchar\n");
            foreach (var (glyph, codePoint) in chunk)
            {
                map.Append(CultureInfo.InvariantCulture, $"<{glyph:X4}> <{Convert.ToHexString(Encoding.BigEndianUnicode.GetBytes(char.ConvertFromUtf32(codePoint)))}>\n");
            }

            map.Append("endbfchar\n");
        }

        map.Append("endcmap\nCMapName currentdict /CIDInit /ProcSet findresource /defineresource pop\nend\nend\n");
        return map.ToString();
    }

    /// <summary>A PDF text string: a literal for printable ASCII, UTF-16BE with a byte order mark otherwise.</summary>
    private static string TextString(string text) =>
        text.All(c => c is >= ' ' and <= '~' and not ('(' or ')' or '\\'))
            ? $"({text})"
            : $"<FEFF{Convert.ToHexString(Encoding.BigEndianUnicode.GetBytes(text))}>";

    /// <summary>Numbered objects, Flate-compressed streams, and the cross-reference table.</summary>
    private sealed class PdfBuilder
    {
        private readonly List<byte[]?> _objects = [];

        public int Reserve()
        {
            _objects.Add(null);
            return _objects.Count;
        }

        public void Set(int id, string dictionary) => _objects[id - 1] = Encoding.ASCII.GetBytes(dictionary);

        public int Add(string dictionary)
        {
            var id = Reserve();
            Set(id, dictionary);
            return id;
        }

        public int AddStream(string extraEntries, byte[] data)
        {
            using var packed = new MemoryStream();
            using (var z = new ZLibStream(packed, CompressionLevel.Optimal, leaveOpen: true))
            {
                z.Write(data);
            }

            var head = Encoding.ASCII.GetBytes(string.Create(CultureInfo.InvariantCulture,
                $"<< /Length {packed.Length} /Filter /FlateDecode {extraEntries} >>\nstream\n"));
            var tail = "\nendstream"u8;
            var id = Reserve();
            _objects[id - 1] = [.. head, .. packed.ToArray(), .. tail];
            return id;
        }

        public byte[] Build(int catalog, int info)
        {
            using var output = new MemoryStream();
            output.Write("%PDF-1.7\n%\xE2\xE3\xCF\xD3\n"u8);
            var offsets = new long[_objects.Count];
            for (var i = 0; i < _objects.Count; i++)
            {
                offsets[i] = output.Position;
                output.Write(Encoding.ASCII.GetBytes($"{i + 1} 0 obj\n"));
                output.Write(_objects[i] ?? throw new InvalidOperationException($"PDF object {i + 1} was reserved but never set."));
                output.Write("\nendobj\n"u8);
            }

            var xref = output.Position;
            var table = new StringBuilder();
            table.Append(CultureInfo.InvariantCulture, $"xref\n0 {_objects.Count + 1}\n0000000000 65535 f \n");
            foreach (var offset in offsets)
            {
                table.Append(CultureInfo.InvariantCulture, $"{offset:D10} 00000 n \n");
            }

            table.Append(CultureInfo.InvariantCulture,
                $"trailer\n<< /Size {_objects.Count + 1} /Root {catalog} 0 R /Info {info} 0 R >>\nstartxref\n{xref}\n%%EOF\n");
            output.Write(Encoding.ASCII.GetBytes(table.ToString()));
            return output.ToArray();
        }
    }
}

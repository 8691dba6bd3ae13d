using System.Runtime.InteropServices;
using SkiaSharp;

namespace UnionHub.Api.Platform;

/// <summary>
/// A font for PDFs: a TrueType or OpenType file (a collection's first face), kept in memory. Each document embeds only
/// the glyphs it uses: HarfBuzz's subsetter (hb-subset, from HarfBuzzSharp's native library) cuts the font down to the
/// document's characters, because the Skia build that SkiaSharp ships embeds whole fonts.
/// </summary>
public sealed class PdfFont
{
    private const string HarfBuzz = "libHarfBuzzSharp";
    private const int MemoryModeReadOnly = 1;

    // pinned for the life of the process: HarfBuzz reads it in place (read-only) while it subsets
    private readonly byte[] _file;

    private PdfFont(byte[] file) => _file = file;

    /// <summary>Reads the font file; throws <see cref="InvalidDataException"/> when HarfBuzz finds no glyphs in it.</summary>
    public static PdfFont Load(string path)
    {
        using var stream = File.OpenRead(path);
        var file = GC.AllocateUninitializedArray<byte>(checked((int)stream.Length), pinned: true);
        stream.ReadExactly(file);
        var font = new PdfFont(file);
        font.WithFace(face => hb_face_get_glyph_count(face) > 0
            ? 0
            : throw new InvalidDataException($"{path} is not a font HarfBuzz can read."));
        return font;
    }

    /// <summary>A typeface of just the glyphs of <paramref name="text"/> (and what the font needs beside them, such as .notdef).</summary>
    public SKTypeface SubsetFor(IEnumerable<string> text)
    {
        var subset = WithFace(face =>
        {
            var input = hb_subset_input_create_or_fail();
            if (input == 0)
            {
                throw new OutOfMemoryException("HarfBuzz could not create a subset input.");
            }

            try
            {
                var unicodes = hb_subset_input_unicode_set(input);
                foreach (var rune in text.SelectMany(t => t.EnumerateRunes()))
                {
                    hb_set_add(unicodes, (uint)rune.Value);
                }

                var result = hb_subset_or_fail(face, input);
                if (result == 0)
                {
                    throw new InvalidDataException("HarfBuzz could not subset the font.");
                }

                var blob = hb_face_reference_blob(result);
                try
                {
                    var data = hb_blob_get_data(blob, out var length);
                    var bytes = new byte[length];
                    Marshal.Copy(data, bytes, 0, bytes.Length);
                    return bytes;
                }
                finally
                {
                    hb_blob_destroy(blob);
                    hb_face_destroy(result);
                }
            }
            finally
            {
                hb_subset_input_destroy(input);
            }
        });
        using var skData = SKData.CreateCopy(subset);
        return SKTypeface.FromData(skData) ?? throw new InvalidDataException("Skia could not read the font subset.");
    }

    private T WithFace<T>(Func<nint, T> use)
    {
        var blob = hb_blob_create(Marshal.UnsafeAddrOfPinnedArrayElement(_file, 0), (uint)_file.Length, MemoryModeReadOnly, 0, 0);
        var face = hb_face_create(blob, 0);
        try
        {
            return use(face);
        }
        finally
        {
            hb_face_destroy(face);
            hb_blob_destroy(blob);
        }
    }

    [DllImport(HarfBuzz)] private static extern nint hb_blob_create(nint data, uint length, int mode, nint userData, nint destroy);
    [DllImport(HarfBuzz)] private static extern nint hb_blob_get_data(nint blob, out uint length);
    [DllImport(HarfBuzz)] private static extern void hb_blob_destroy(nint blob);
    [DllImport(HarfBuzz)] private static extern nint hb_face_create(nint blob, uint index);
    [DllImport(HarfBuzz)] private static extern uint hb_face_get_glyph_count(nint face);
    [DllImport(HarfBuzz)] private static extern nint hb_face_reference_blob(nint face);
    [DllImport(HarfBuzz)] private static extern void hb_face_destroy(nint face);
    [DllImport(HarfBuzz)] private static extern nint hb_subset_input_create_or_fail();
    [DllImport(HarfBuzz)] private static extern nint hb_subset_input_unicode_set(nint input);
    [DllImport(HarfBuzz)] private static extern void hb_subset_input_destroy(nint input);
    [DllImport(HarfBuzz)] private static extern void hb_set_add(nint set, uint codepoint);
    [DllImport(HarfBuzz)] private static extern nint hb_subset_or_fail(nint face, nint input);
}

/// <summary>Simple text documents (letters) as PDF through Skia's PDF backend: A4, lines wrapped at any character (as Chinese allows), pages broken.</summary>
public static class PdfText
{
    public sealed record Line(string Text, float Size = 12, bool Centred = false, float SpaceBefore = 0, bool Right = false);

    private const float PageWidth = 595.28f, PageHeight = 841.89f, Margin = 72f;

    public static byte[] Render(PdfFont font, string title, string subject, DateTimeOffset createdAt, IReadOnlyList<Line> lines)
    {
        using var typeface = font.SubsetFor(lines.Select(l => l.Text));
        using var output = new MemoryStream();
        using (var document = SKDocument.CreatePdf(output, new SKDocumentPdfMetadata
               {
                   Title = title, Subject = subject, Producer = "UnionHub", Creation = createdAt.UtcDateTime, Modified = createdAt.UtcDateTime,
               }))
        using (var ink = new SKPaint { Color = SKColors.Black, IsAntialias = true })
        {
            var page = document.BeginPage(PageWidth, PageHeight);
            var y = Margin;
            foreach (var line in lines)
            {
                using var skFont = new SKFont(typeface, line.Size);
                foreach (var piece in Wrap(skFont, line.Text, PageWidth - (2 * Margin)))
                {
                    y += line.SpaceBefore + (line.Size * 1.6f);
                    if (y > PageHeight - Margin)
                    {
                        document.EndPage();
                        page = document.BeginPage(PageWidth, PageHeight);
                        y = Margin + (line.Size * 1.6f);
                    }

                    var (x, align) = line.Centred ? (PageWidth / 2, SKTextAlign.Center) : line.Right ? (PageWidth - Margin, SKTextAlign.Right) : (Margin, SKTextAlign.Left);
                    page.DrawText(piece, x, y, align, skFont, ink);
                }
            }

            document.EndPage();
            document.Close();
        }

        return output.ToArray();
    }

    /// <summary>Splits a line into pieces no wider than the width (any character may start a new piece, as in Chinese).</summary>
    private static IEnumerable<string> Wrap(SKFont font, string text, float width)
    {
        var start = 0;
        float used = 0;
        for (var i = 0; i < text.Length;)
        {
            var length = char.IsSurrogatePair(text, i) ? 2 : 1;
            var w = font.MeasureText(text.AsSpan(i, length));
            if (used + w > width && i > start)
            {
                yield return text[start..i];
                start = i;
                used = 0;
            }

            used += w;
            i += length;
        }

        yield return text[start..];
    }
}

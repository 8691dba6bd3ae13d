using System.Text;

namespace UnionHub.Api.Platform;

/// <summary>CSV for finance clerks: UTF-8 with BOM so Excel reads Chinese, cells quoted, spreadsheet formulas defused.</summary>
public static class Csv
{
    /// <summary>Quotes a free-text cell and defuses formulas (a cell starting with = + - @ tab or CR is shown as text).</summary>
    public static string Cell(string value)
    {
        if (value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            value = "'" + value;
        }

        return "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
    }

    public static byte[] Utf8WithBom(string text) => [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text)];

    /// <summary>Whether the request asks for CSV (<c>Accept: text/csv</c>) rather than JSON.</summary>
    public static bool Wanted(HttpRequest request) =>
        request.GetTypedHeaders().Accept.Any(a => a.MediaType.Equals("text/csv", StringComparison.OrdinalIgnoreCase));

    /// <summary>A CSV download: UTF-8 with BOM, <c>text/csv; charset=utf-8</c>, saved as <paramref name="fileName"/>.</summary>
    public static Microsoft.AspNetCore.Http.HttpResults.FileContentHttpResult File(string text, string fileName) =>
        TypedResults.File(Utf8WithBom(text), "text/csv; charset=utf-8", fileName);
}

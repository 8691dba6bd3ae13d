using System.Globalization;

namespace UnionHub.Api.Platform;

/// <summary>
/// Ids are strings on the wire (a JavaScript number cannot hold every int64). One parser for every id a request carries,
/// in the path, the query or the body: a positive integer in ASCII digits and nothing else (no sign, no spaces, no
/// separators). A malformed id in the path is an id that names nothing: the handler answers 404, as for an unknown one.
/// </summary>
public static class Ids
{
    /// <summary>The id, or null when <paramref name="text"/> is not a positive integer in plain digits.</summary>
    public static long? Parse(string? text) =>
        long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var id) && id > 0 ? id : null;

    /// <summary>Every id of a list, or null when one of them is not an id (an absent list is an empty one).</summary>
    public static List<long>? ParseAll(IReadOnlyList<string>? texts)
    {
        var ids = new List<long>();
        foreach (var text in texts ?? [])
        {
            if (Parse(text) is not { } id)
            {
                return null;
            }

            ids.Add(id);
        }

        return ids;
    }

    /// <summary>An id as it goes on the wire.</summary>
    public static string Text(this long id) => id.ToString(CultureInfo.InvariantCulture);
}

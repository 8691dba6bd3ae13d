using System.Globalization;

namespace UnionHub.Api.Platform;

/// <summary>A page of a list: <c>{ items, nextCursor }</c> as the contract says.</summary>
public sealed record Page<T>(IReadOnlyList<T> Items, string? NextCursor);

/// <summary>Keyset paging over descending ids: the cursor is the last id seen, opaque to clients.</summary>
public static class Paging
{
    public const int DefaultLimit = 20;
    public const int MaxLimit = 100;

    public static int Limit(int? limit) => Math.Clamp(limit ?? DefaultLimit, 1, MaxLimit);

    /// <summary>The id below which the next page starts; long.MaxValue for the first page, null when the cursor is not ours.</summary>
    public static long? After(string? cursor)
    {
        if (string.IsNullOrEmpty(cursor))
        {
            return long.MaxValue;
        }

        try
        {
            var text = System.Text.Encoding.ASCII.GetString(Convert.FromBase64String(cursor));
            return long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var id) && id > 0 ? id : null;
        }
        catch (FormatException)
        {
            return null;
        }
    }

    public static string Cursor(long lastId) =>
        Convert.ToBase64String(System.Text.Encoding.ASCII.GetBytes(lastId.ToString(CultureInfo.InvariantCulture)));

    /// <summary>Builds the page from rows fetched with <c>LIMIT limit + 1</c>.</summary>
    public static Page<T> Build<T>(IReadOnlyList<T> rows, int limit, Func<T, long> id) =>
        rows.Count > limit ? new Page<T>(rows.Take(limit).ToList(), Cursor(id(rows[limit - 1]))) : new Page<T>(rows, null);
}

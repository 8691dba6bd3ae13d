using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;

namespace UnionHub.Api.Platform;

/// <summary>A page of a list: <c>{ items, nextCursor }</c> as the contract says.</summary>
public sealed record Page<T>(IReadOnlyList<T> Items, string? NextCursor);

/// <summary>
/// A list request's paging, read once by <see cref="Paging.Read"/>: rows with an id below <see cref="After"/>, at most
/// <see cref="Limit"/> of them in the page.
/// </summary>
public readonly record struct PageRequest(long After, int Limit)
{
    /// <summary>How many rows to fetch (the SQL's LIMIT): one more than the page holds, so the page knows whether another follows.</summary>
    public int Fetch => Limit + 1;

    /// <summary>The page of rows fetched with <see cref="Fetch"/> rows at most, with the next page's cursor when there is one.</summary>
    public Page<T> Build<T>(IReadOnlyList<T> rows, Func<T, long> id) =>
        rows.Count > Limit ? new Page<T>(rows.Take(Limit).ToList(), Paging.Cursor(id(rows[Limit - 1]))) : new Page<T>(rows, null);
}

/// <summary>Keyset paging over descending ids: the cursor is the last id seen, opaque to clients.</summary>
public static class Paging
{
    public const int DefaultLimit = 20;
    public const int MaxLimit = 100;

    /// <summary>
    /// The paging preamble of every list handler: the limit defaulted and capped, the cursor decoded. Returns the 400
    /// (<c>request.bad_cursor</c>) to answer when the cursor is not one this API handed out, otherwise null.
    /// </summary>
    public static ProblemHttpResult? Read(int? limit, string? cursor, out PageRequest page)
    {
        if (After(cursor) is not { } after)
        {
            page = default;
            return Problems.BadCursor();
        }

        page = new PageRequest(after, Math.Clamp(limit ?? DefaultLimit, 1, MaxLimit));
        return null;
    }

    public static string Cursor(long lastId) =>
        Convert.ToBase64String(System.Text.Encoding.ASCII.GetBytes(lastId.ToString(CultureInfo.InvariantCulture)));

    /// <summary>The id below which the next page starts; long.MaxValue for the first page, null when the cursor is not ours.</summary>
    private static long? After(string? cursor)
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
}

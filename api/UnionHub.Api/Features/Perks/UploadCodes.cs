namespace UnionHub.Api.Features.Perks;

/// <summary>
/// POST /admin/perks/{id}/codes (text/plain, one partner code a line): fills a movie-ticket perk's pool. The pool is the stock:
/// stock grows by the codes added. Codes already in the pool (the unique index says so) count as duplicates.
/// </summary>
public static class UploadCodes
{
    public const int MaxCodeLength = 128;
    public const long MaxBody = 8L * 1024 * 1024;

    public sealed record Response(int Added, int Duplicates, int Stock);
}

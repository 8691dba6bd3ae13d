using Ganss.Xss;
using UnionHub.Api.Platform;

namespace UnionHub.Api.Features.Content;

/// <summary>
/// The rules of an article with no I/O: categories and statuses, what a valid article is, the allow-list HTML sanitiser every
/// body passes through on write, and the members' feed order.
/// </summary>
public static class ContentRules
{
    public const string Draft = "draft";
    public const string Scheduled = "scheduled";
    public const string Published = "published";
    public const string Archived = "archived";

    public static readonly IReadOnlyList<string> Categories = ["news", "notice", "legal_qa", "typical_case", "video"];
    public static readonly IReadOnlyList<string> Statuses = [Draft, Scheduled, Published, Archived];

    public const int MaxTitle = 200;
    public const int MaxSummary = 500;
    public const int MaxBody = 100_000;
    public const int MaxUrl = 1000;
    public const int MaxQuery = 50;

    /// <summary>
    /// The status shown to staff: a published article whose publish time has not come yet is "scheduled" (members cannot see
    /// it until then; nothing has to run at that moment).
    /// </summary>
    public static string Status(string stored, DateTime? publishAt, DateTime now) =>
        stored == Published && publishAt > now ? Scheduled : stored;

    /// <summary>
    /// The members' feed order as one number, descending: pinned first, then the newest publish time, then the newest id
    /// (bits: 62 pinned, 29-61 seconds since 1970, 0-28 the id modulo 2^29). Keyset paging carries it as the cursor.
    /// The database computes it from the row, in the statement after every publish or pin (ids past 2^29 only share the low bits).
    /// </summary>
    public const string FeedKeyUpdate = """
        UPDATE article SET feed_key = CASE WHEN publish_at IS NULL THEN NULL
            ELSE pinned * 4611686018427387904 + TIMESTAMPDIFF(SECOND, '1970-01-01 00:00:00', publish_at) * 536870912 + MOD(id, 536870912) END
        WHERE id = @Id
        """;

    private static readonly HtmlSanitizer Sanitizer = CreateSanitizer();

    /// <summary>
    /// An allow-list sanitiser for article bodies: formatting, headings, lists, quotes, tables, links and images only; no
    /// scripts, style sheets, forms, frames or event-handler attributes; URLs only http(s), mailto and tel (so no
    /// <c>javascript:</c> or <c>data:</c>); inline style limited to a few text properties.
    /// </summary>
    private static HtmlSanitizer CreateSanitizer()
    {
        var options = new HtmlSanitizerOptions
        {
            AllowedTags = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
            {
                "p", "br", "hr", "h1", "h2", "h3", "h4", "h5", "h6", "strong", "b", "em", "i", "u", "s", "del", "ins", "sub", "sup",
                "mark", "small", "span", "div", "blockquote", "pre", "code", "ul", "ol", "li", "dl", "dt", "dd", "a", "img", "figure",
                "figcaption", "table", "caption", "thead", "tbody", "tfoot", "tr", "th", "td",
            },
            AllowedAttributes = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
            {
                "href", "src", "alt", "title", "width", "height", "colspan", "rowspan", "align", "style",
            },
            AllowedCssProperties = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
            {
                "color", "background-color", "text-align", "font-weight", "font-style", "text-decoration", "text-indent",
            },
            AllowedSchemes = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "http", "https", "mailto", "tel" },
            UriAttributes = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "href", "src" },
        };
        var sanitizer = new HtmlSanitizer(options); // a tag off the list goes with its content: a <script>'s text must not become visible text
        // an image comes from an https address or from our own image store (/api/v1/content/images/{id}); no other relative path
        sanitizer.FilterUrl += (_, e) =>
        {
            if (string.Equals(e.Tag.TagName, "img", StringComparison.OrdinalIgnoreCase) && e.SanitizedUrl is { } src
                && !IsHttpsUrl(src) && !ContentImages.IsOwnImagePath(src))
            {
                e.SanitizedUrl = null;
            }
        };
        return sanitizer;
    }

    /// <summary>The body as readers may see it: whatever is not on the allow-list removed.</summary>
    public static string Sanitize(string html) => Sanitizer.Sanitize(html).Trim();

    /// <summary>An absolute https URL (cover images and videos are shown to members inside the https app).</summary>
    public static bool IsHttpsUrl(string? url) =>
        url is not null && url.Length <= MaxUrl && Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttps
        && !string.IsNullOrEmpty(uri.Host);

    /// <summary>A LIKE pattern matching titles that contain <paramref name="query"/> (its wildcards escaped); null for no query.</summary>
    public static string? TitlePattern(string? query) => string.IsNullOrWhiteSpace(query) ? null
        : "%" + query.Trim().Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal)
            .Replace("_", "\\_", StringComparison.Ordinal) + "%";

    /// <summary>
    /// Checks an article's fields; on success <paramref name="body"/> is the sanitised body. A body that is empty once
    /// sanitised is refused (except for a video, whose body is optional).
    /// </summary>
    public static Validator Validate(Articles.ArticleRequest request, out string body)
    {
        var v = new Validator()
            .Check(request.Category is not null && Categories.Contains(request.Category), "category", "must be one of " + string.Join(", ", Categories))
            .Required(request.Title, "title", MaxTitle)
            .Check(request.Summary is null || request.Summary.Length <= MaxSummary, "summary", $"must be at most {MaxSummary} characters")
            .Check(request.BodyHtml is null || request.BodyHtml.Length <= MaxBody, "bodyHtml", $"must be at most {MaxBody} characters")
            .Check(request.CoverImageUrl is null || IsHttpsUrl(request.CoverImageUrl) || ContentImages.IsOwnImagePath(request.CoverImageUrl),
                "coverImageUrl", "must be an https URL or an uploaded image's URL (/api/v1/content/images/{id})")
            .Check(request.VideoUrl is null || IsHttpsUrl(request.VideoUrl), "videoUrl", "must be an https URL")
            .Check(request.Category != "video" || request.VideoUrl is not null, "videoUrl", "is required for a video")
            .Check(request.Category == "video" || request.VideoUrl is null, "videoUrl", "only a video has a video URL")
            .Check(request.OrgId is null || Ids.Parse(request.OrgId) is not null, "orgId", "is not a valid id");
        body = request.BodyHtml is { Length: <= MaxBody } html ? Sanitize(html) : "";
        v.Check(request.Category == "video" || !string.IsNullOrWhiteSpace(body), "bodyHtml",
            request.BodyHtml is null ? "is required" : "is empty once disallowed content is removed");
        return v;
    }
}

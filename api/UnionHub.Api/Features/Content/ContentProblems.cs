namespace UnionHub.Api.Features.Content;

/// <summary>Every error <c>code</c> the Content endpoints answer (the SDK's message table must cover each: ErrorCodesTests).</summary>
public static class ContentProblems
{
    /// <summary>409: the article is archived; it can no longer be edited, published or pinned.</summary>
    public const string ContentArchived = "content.archived";
    /// <summary>409: archiving an article that is already archived.</summary>
    public const string ContentAlreadyArchived = "content.already_archived";
    /// <summary>413: an uploaded image is larger than <c>Content:MaxImageBytes</c>.</summary>
    public const string ContentImageTooLarge = "content.image_too_large";
    /// <summary>422: an upload is not a PNG, JPEG, WebP or GIF image (by its bytes), or does not decode.</summary>
    public const string ContentImageUnsupported = "content.image_unsupported";
    /// <summary>409: deleting an image that a published or scheduled article still shows (<c>articleIds</c>).</summary>
    public const string ContentImageInUse = "content.image_in_use";
    /// <summary>409: publishing, scheduling or editing a published article that shows an image that was deleted (<c>imageIds</c>).</summary>
    public const string ContentImageMissing = "content.image_missing";
}

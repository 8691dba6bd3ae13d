using UnionHub.Api.Platform;

namespace UnionHub.Api.Features.Bargaining;

/// <summary>
/// Documents of a bargaining step (the offer letter, minutes, the signed agreement, the filing receipt): JPEG, PNG or PDF
/// through <see cref="FileUploads"/>, at most <see cref="MaxPerStep"/> of <see cref="MaxFileBytes"/> per step, attached to a
/// completed step or the next one. Staff of the enterprise's organisation subtree only; others get 404.
/// </summary>
public static class Documents
{
    public const int MaxPerStep = 10;
    public const int MaxFileBytes = 10 * 1024 * 1024;
}

using UnionHub.Api.Platform;

namespace UnionHub.Api.Features.Hardship;

/// <summary>
/// Documents of a household's case file, read with the shared <see cref="FileUploads"/> (typed from their bytes,
/// at most 5 MiB) and kept in the database like fund evidence. At most <see cref="MaxFiles"/> per household, enforced
/// by a conditional <c>document_count &lt; max</c> update. Only admins whose subtree holds the household read them.
/// </summary>
public static class HouseholdDocuments
{
    public const int MaxFiles = 10;
}

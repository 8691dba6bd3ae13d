namespace UnionHub.Api.Features.LegalAid;

/// <summary>
/// The lawyer panel: POST/GET /admin/legal-aid/lawyers. Each lawyer is linked to one staff account with the lawyer role
/// (the account they log in with to see their cases). Name, licence number and phone are personal data: stored
/// encrypted, the licence number's blind index keeps it unique, and all three leave masked.
/// </summary>
public static partial class Lawyers
{
    public sealed record Request(string? StaffUserId, string? Name, string? Firm, string? LicenceNo, string? Phone);

    public sealed record Lawyer(string Id, string StaffUserId, string Name, string Firm, string LicenceNo, string Phone, DateTimeOffset CreatedAt);

    /// <summary>11101202010******: the region and year part, the rest hidden.</summary>
    public static string MaskLicence(string licence) =>
        licence.Length <= 8 ? new string('*', licence.Length) : string.Concat(licence.AsSpan(0, licence.Length - 6), "******");
}

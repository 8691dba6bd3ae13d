namespace UnionHub.Api.Features.LegalAid;

/// <summary>
/// POST /admin/legal-aid/cases/{id}/assignment: staff assign an accepted, open case to a panel lawyer (or hand it to
/// another one). Conditional UPDATE on the status read (the case must still be in that open stage).
/// </summary>
public static class Assign
{
    public sealed record Request(string? LawyerId);
}

namespace UnionHub.Api.Features.Bargaining;

/// <summary>
/// GET /admin/bargaining/enterprises?orgId=&amp;unionised=: enterprises of an organisation's subtree (default: the caller's scope)
/// with how far their bargaining has come, newest enterprise first.
/// </summary>
public static class ListTrackers
{
    public sealed record Item(string EnterpriseId, string Name, string OrgId, bool IsUnionised, bool HasWorkersCongress, int CompletedSteps,
        string? NextStep, DateOnly? LastCompletedOn, bool AgreementSigned);
}

namespace UnionHub.Api.Features.Funds;

/// <summary>POST /admin/fund-applications/{id}/return: a reviewer sends a submitted application back for corrections.</summary>
public static class ReturnApplication
{
    public sealed record Request(string? Note);
}

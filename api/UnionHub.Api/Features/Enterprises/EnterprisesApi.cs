using UnionHub.Api.Platform;

namespace UnionHub.Api.Features.Enterprises;

/// <summary>
/// Enterprises: org_admins register and list the enterprises of their subtree and manage an enterprise's contact accounts;
/// a contact sees their own enterprise.
/// </summary>
public static class EnterprisesApi
{
    public static IEndpointRouteBuilder MapEnterprises(this IEndpointRouteBuilder app)
    {
        var registry = app.MapGroup("/api/v1/admin/enterprises").WithTags("Organisations").RequireAuthorization(Policies.OrgAdmin);
        registry.MapPost("", CreateEnterprise.Handle).WithIdempotency(IdempotentCaller.Staff)
            .WithName("CreateEnterprise").WithSummary("Register an enterprise by its unified social credit code")
            .ProducesProblem(404).ProducesProblem(409).ProducesProblem(422);
        registry.MapGet("", ListEnterprises.Handle)
            .WithName("ListEnterprises").WithSummary("Enterprises in an organisation's subtree (default: the caller's scope)")
            .ProducesProblem(400).ProducesProblem(404).ProducesProblem(422);

        var admin = app.MapGroup("/api/v1/admin/enterprises/{enterpriseId}/contacts").WithTags("Enterprises (staff)")
            .RequireAuthorization(Policies.OrgAdmin);
        admin.MapGet("", ListEnterpriseContacts.Handle)
            .WithName("ListEnterpriseContacts").WithSummary("An enterprise's contact accounts, newest first (org_admin within their subtree)")
            .ProducesProblem(400).ProducesProblem(404);
        admin.MapPost("", CreateEnterpriseContact.Handle).WithIdempotency(IdempotentCaller.Staff)
            .WithName("CreateEnterpriseContact").WithSummary("Create a contact account (role enterprise_contact) for an enterprise")
            .ProducesProblem(404).ProducesProblem(409).ProducesProblem(422);
        admin.MapPost("/{userId}/disable", DisableEnterpriseContact.Handle)
            .WithName("DisableEnterpriseContact").WithSummary("Disable a contact account; its refresh tokens are revoked")
            .ProducesProblem(404);
        admin.MapPost("/{userId}/enable", EnableEnterpriseContact.Handle)
            .WithName("EnableEnterpriseContact").WithSummary("Enable a disabled contact account again")
            .ProducesProblem(404);

        var mine = app.MapGroup("/api/v1/enterprise").WithTags("Enterprise contacts").RequireAuthorization(Policies.EnterpriseContact);
        mine.MapGet("", GetMyEnterprise.Handle)
            .WithName("GetMyEnterprise").WithSummary("The contact's own enterprise with its number of verified members")
            .ProducesProblem(404);
        mine.MapGet("/members", ListMyEnterpriseMembers.Handle)
            .WithName("ListMyEnterpriseMembers").WithSummary("The enterprise's verified members, names masked, newest first")
            .ProducesProblem(400);
        return app;
    }
}

using UnionHub.Api.Platform;

namespace UnionHub.Api.Features.Enterprises;

/// <summary>Enterprise contacts: org_admins manage an enterprise's contact accounts; a contact sees their own enterprise.</summary>
public static class EnterprisesApi
{
    public static IEndpointRouteBuilder MapEnterprises(this IEndpointRouteBuilder app)
    {
        var admin = app.MapGroup("/api/v1/admin/enterprises/{enterpriseId}/contacts").WithTags("Enterprises (staff)")
            .RequireAuthorization(Policies.OrgAdmin);
        admin.MapGet("", Contacts.List)
            .WithName("ListEnterpriseContacts").WithSummary("An enterprise's contact accounts, newest first (org_admin within their subtree)")
            .ProducesProblem(400).ProducesProblem(404);
        admin.MapPost("", Contacts.Create)
            .WithName("CreateEnterpriseContact").WithSummary("Create a contact account (role enterprise_contact) for an enterprise")
            .ProducesProblem(404).ProducesProblem(409).ProducesProblem(422);
        admin.MapPost("/{userId}/disable", Contacts.Disable)
            .WithName("DisableEnterpriseContact").WithSummary("Disable a contact account; its refresh tokens are revoked")
            .ProducesProblem(404);
        admin.MapPost("/{userId}/enable", Contacts.Enable)
            .WithName("EnableEnterpriseContact").WithSummary("Enable a disabled contact account again")
            .ProducesProblem(404);

        var mine = app.MapGroup("/api/v1/enterprise").WithTags("Enterprise contacts").RequireAuthorization(Policies.EnterpriseContact);
        mine.MapGet("", MyEnterprise.Get)
            .WithName("GetMyEnterprise").WithSummary("The contact's own enterprise with its number of verified members")
            .ProducesProblem(404);
        mine.MapGet("/members", MyEnterprise.Members)
            .WithName("ListMyEnterpriseMembers").WithSummary("The enterprise's verified members, names masked, newest first")
            .ProducesProblem(400);
        return app;
    }
}

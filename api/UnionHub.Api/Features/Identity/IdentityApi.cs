using UnionHub.Api.Platform;

namespace UnionHub.Api.Features.Identity;

public static class IdentityApi
{
    public static WebApplicationBuilder AddIdentityFeature(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<IStartupTask, BootstrapAdmin>();
        builder.AddMemberAuth();
        return builder;
    }

    public static IEndpointRouteBuilder MapIdentity(this IEndpointRouteBuilder app)
    {
        var admin = app.MapGroup("/api/v1/admin").WithTags("Staff");
        admin.MapPost("/auth/login", StaffLogin.Handle)
            .WithName("StaffLogin").WithSummary("Staff password login")
            .AllowAnonymous()
            .RequireDbRateLimit(Hosting.StaffLoginLimit, DbRateLimit.ClientAddress, o => (o.StaffLoginPerMinute, TimeSpan.FromMinutes(1)))
            .ProducesProblem(401).ProducesProblem(422).ProducesProblem(429);
        admin.MapPost("/users", CreateStaffUser.Handle).WithIdempotency(IdempotentCaller.Staff)
            .WithName("CreateStaffUser").WithSummary("Create a staff account (super_admin)")
            .RequireAuthorization(Policies.SuperAdmin)
            .ProducesProblem(409).ProducesProblem(422);
        admin.MapGet("/audit", ListAudit.Handle)
            .WithName("ListAudit").WithSummary("Who did what to which record (super_admin)")
            .RequireAuthorization(Policies.SuperAdmin)
            .ProducesProblem(400);
        app.MapMemberAuth();
        return app;
    }
}

public sealed record TokensResponse(string AccessToken, string? RefreshToken, int ExpiresIn, MemberSummary? Member, IReadOnlyList<string> Roles);

using UnionHub.Api.Platform;

namespace UnionHub.Api.Features.Identity;

public static class IdentityApi
{
    public static WebApplicationBuilder AddIdentityFeature(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<IStartupTask, BootstrapAdmin>();
        builder.Services.AddSingleton<IStaffTokenCheck, StaffTokenCheck>();
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
        admin.MapGet("/users", ListStaffUsers.Handle)
            .WithName("ListStaffUsers").WithSummary("Staff accounts, filtered by role, organisation, state or username (super_admin)")
            .RequireAuthorization(Policies.SuperAdmin)
            .ProducesProblem(400).ProducesProblem(422);
        admin.MapPost("/users/{id}/disable", DisableStaffUser.Handle)
            .WithName("DisableStaffUser").WithSummary("Disable a staff account: its sessions end at once (super_admin)")
            .RequireAuthorization(Policies.SuperAdmin)
            .ProducesProblem(404).ProducesProblem(422);
        admin.MapPost("/users/{id}/enable", EnableStaffUser.Handle)
            .WithName("EnableStaffUser").WithSummary("Enable a disabled staff account (super_admin)")
            .RequireAuthorization(Policies.SuperAdmin)
            .ProducesProblem(404);
        admin.MapPost("/users/{id}/password-reset", ResetStaffPassword.Handle)
            .WithName("ResetStaffPassword").WithSummary("Give a staff account a one-time password, to be changed at the next login (super_admin)")
            .RequireAuthorization(Policies.SuperAdmin)
            .ProducesProblem(404).ProducesProblem(422);
        admin.MapPost("/me/password", ChangeOwnPassword.Handle).WithIdempotency(IdempotentCaller.Staff)
            .WithName("ChangeOwnPassword").WithSummary("Change one's own password (any staff account; ends every session of the account: log in again)")
            .RequireAuthorization(Policies.Staff)
            .AllowDuringPasswordChange()
            .ProducesProblem(422);
        admin.MapGet("/audit", ListAudit.Handle)
            .WithName("ListAudit").WithSummary("Who did what to which record (super_admin)")
            .RequireAuthorization(Policies.SuperAdmin)
            .ProducesProblem(400);
        app.MapMemberAuth();
        return app;
    }
}

/// <summary>A login or refresh answer. <c>PasswordChangeRequired</c>: a staff account with a one-time password (after a reset) must
/// call POST /admin/me/password before anything else (every other call answers 403 <c>auth.password_change_required</c>).</summary>
public sealed record TokensResponse(string AccessToken, string? RefreshToken, int ExpiresIn, MemberSummary? Member, IReadOnlyList<string> Roles,
    bool PasswordChangeRequired = false);

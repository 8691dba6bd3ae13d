using Microsoft.AspNetCore.Mvc;
using UnionHub.Api.Platform;

namespace UnionHub.Api.Features.Perks;

/// <summary>Settings of the perks feature (section <c>Perks</c>).</summary>
public sealed class PerksOptions
{
    public const string Section = "Perks";
    /// <summary>The highest face value a voucher perk may have, in fen (default 10,000 yuan).</summary>
    public long MaxVoucherFaceValueFen { get; set; } = 1_000_000;
}

public static class PerksApi
{
    public static WebApplicationBuilder AddPerksFeature(this WebApplicationBuilder builder)
    {
        builder.Services.Configure<PerksOptions>(builder.Configuration.GetSection(PerksOptions.Section));
        builder.Services.AddSingleton(VoucherSigner.FromConfiguration(builder.Configuration, builder.Environment)); // fails fast without a key
        builder.Services.AddSingleton<ClaimEngine>();
        builder.Services.AddHostedService<ClaimEngineShutdown>(); // drains the claim queues on shutdown
        builder.Services.AddSingleton<PerkCatalog>();
        return builder;
    }

    public static IEndpointRouteBuilder MapPerks(this IEndpointRouteBuilder app)
    {
        var admin = app.MapGroup("/api/v1/admin/perks").WithTags("Perks (staff)").RequireAuthorization(Policies.OrgAdmin);
        admin.MapPost("", CreatePerk.Handle).WithIdempotency(IdempotentCaller.Staff)
            .WithName("CreatePerk").WithSummary("Put up a perk (org_admin inside their organisation, super_admin)")
            .ProducesProblem(422);
        admin.MapGet("/{id}", GetStaffPerk.Handle)
            .WithName("GetStaffPerk").WithSummary("One perk as staff see it: today's release schedule and a change saved for the next release day")
            .ProducesProblem(404);
        admin.MapPatch("/{id}", UpdatePerk.Handle)
            .WithName("UpdatePerk").WithSummary("Change a perk's stock, end, title or description, or its release schedule (from the next release day)")
            .ProducesProblem(404).ProducesProblem(409).ProducesProblem(422);
        admin.MapPost("/{id}/codes", UploadPerkCodes.Handle)
            .WithName("UploadPerkCodes").WithSummary("Add partner codes (text/plain, one a line) to a movie-ticket perk's pool")
            .Accepts<string>("text/plain")
            .WithMetadata(new RequestSizeLimitAttribute(UploadCodes.MaxBody))
            .ProducesProblem(404).ProducesProblem(409).ProducesProblem(422);

        var members = app.MapGroup("/api/v1").WithTags("Perks").RequireAuthorization(Policies.Member);
        members.MapGet("/perks", ListPerks.Handle)
            .WithName("ListPerks").WithSummary("Live and upcoming perks the caller may see")
            .ProducesProblem(400);
        members.MapGet("/perks/{id}", GetPerk.Handle)
            .WithName("GetPerk").WithSummary("One perk the caller may see")
            .ProducesProblem(404);
        members.MapPost("/perks/{id}/claims", ClaimPerk.Handle)
            .WithName("ClaimPerk").WithSummary("Claim a voucher (idempotent with Idempotency-Key)")
            .ProducesProblem(403).ProducesProblem(404).ProducesProblem(409).ProducesProblem(422).ProducesProblem(429).ProducesProblem(503)
            .RequireRateLimiting(Hosting.MemberClaimsLimit);
        members.MapGet("/me/vouchers", ListMyVouchers.Handle)
            .WithName("ListMyVouchers").WithSummary("The caller's vouchers, newest first")
            .ProducesProblem(400);
        members.MapGet("/me/vouchers/{id}", GetMyVoucher.Handle)
            .WithName("GetMyVoucher").WithSummary("One of the caller's vouchers")
            .ProducesProblem(404);

        app.MapGet("/api/v1/vouchers/signing-key", VoucherSigningKey.Handle)
            .WithTags("Perks").WithName("VoucherSigningKey").WithSummary("The public key that verifies voucher QR payloads offline")
            .AllowAnonymous();
        return app;
    }

    public sealed record SigningKeyResponse(string Alg, string Kid, string PublicKeyPem, IReadOnlyDictionary<string, string> Jwk, string PayloadFormat);
}

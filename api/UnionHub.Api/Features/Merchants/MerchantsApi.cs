using UnionHub.Api.Platform;

namespace UnionHub.Api.Features.Merchants;

public static class MerchantsApi
{
    public const string MerchantCallsLimit = "merchant-calls";

    /// <summary>Nothing to register: the per-key limit is kept in the database (see <see cref="MapMerchants"/>).</summary>
    public static WebApplicationBuilder AddMerchantsFeature(this WebApplicationBuilder builder) => builder;

    public static IEndpointRouteBuilder MapMerchants(this IEndpointRouteBuilder app)
    {
        var admin = app.MapGroup("/api/v1/admin/merchants").WithTags("Merchants (admin)").RequireAuthorization(Policies.SuperAdmin);
        admin.MapPost("/", CreateMerchant.Handle).WithIdempotency(IdempotentCaller.Staff).WithName("CreateMerchant").WithSummary("Register a partner merchant")
            .ProducesProblem(409).ProducesProblem(422);
        admin.MapGet("/", ListMerchants.Handle).WithName("ListMerchants").WithSummary("Partner merchants, newest first")
            .ProducesProblem(400);
        admin.MapGet("/{merchantId}", GetMerchant.Handle).WithName("GetMerchant").WithSummary("One merchant with its stores")
            .ProducesProblem(404);
        admin.MapPost("/{merchantId}/stores", AddMerchantStore.Handle).WithIdempotency(IdempotentCaller.Staff).WithName("AddMerchantStore").WithSummary("Add a store")
            .ProducesProblem(404).ProducesProblem(422);
        admin.MapPost("/{merchantId}/api-keys", CreateMerchantApiKey.Handle).WithName("CreateMerchantApiKey")
            .WithSummary("Issue an API key; the key is shown once and stored hashed").ProducesProblem(404).ProducesProblem(422);
        admin.MapGet("/{merchantId}/api-keys", ListMerchantApiKeys.Handle).WithName("ListMerchantApiKeys")
            .WithSummary("A merchant's keys (never the keys themselves)").ProducesProblem(404);
        admin.MapPost("/{merchantId}/api-keys/{keyId}/revoke", RevokeMerchantApiKey.Handle).WithName("RevokeMerchantApiKey")
            .WithSummary("Revoke a key at once").ProducesProblem(404);

        // the union's settlement view across merchants: super_admin (merchants belong to no organisation)
        var settlements = app.MapGroup("/api/v1/admin/settlements").WithTags("Merchants (admin)").RequireAuthorization(Policies.SuperAdmin);
        settlements.MapGet("", ListMerchantStatements.Handle).WithName("ListMerchantStatements")
            .WithSummary("Per merchant for a China calendar month: unvoided redemptions (count, face value) and the statement (open, closed, paid)")
            .ProducesProblem(422);
        settlements.MapPost("/{merchantId}/{month}/close", CloseMerchantStatement.Handle).WithName("CloseMerchantStatement")
            .WithSummary("Close a merchant's statement for an ended month: its figures are frozen")
            .ProducesProblem(404).ProducesProblem(409).ProducesProblem(422);
        settlements.MapPost("/{merchantId}/{month}/paid", MarkMerchantStatementPaid.Handle).WithName("MarkMerchantStatementPaid")
            .WithSummary("Mark a closed statement paid, with the payment reference")
            .ProducesProblem(404).ProducesProblem(409).ProducesProblem(422);

        var merchant = app.MapGroup("/api/v1/merchant").WithTags("Merchants").RequireAuthorization(Policies.Merchant)
            // per API key (or cashier), counted in the database so every instance shares it: redemptions are money
            .RequireDbRateLimit(MerchantCallsLimit,
                http => http.User.MerchantKeyId() is { } key ? $"key:{key}" : $"staff:{http.User.StaffId()}",
                o => (o.MerchantCallsPerSecond * o.MerchantWindowSeconds, TimeSpan.FromSeconds(o.MerchantWindowSeconds)));
        merchant.MapGet("/me", MerchantMe.Handle).WithName("MerchantMe").WithSummary("The merchant the caller acts for")
            .ProducesProblem(401).ProducesProblem(403);
        merchant.MapPost("/redemptions/preview", PreviewRedemption.Handle).WithName("PreviewRedemption")
            .WithSummary("Check a voucher (code or signed QR payload) before redeeming it")
            .ProducesProblem(403).ProducesProblem(404).ProducesProblem(422).ProducesProblem(429);
        merchant.MapPost("/redemptions", RedeemVoucher.Handle).WithIdempotency(IdempotentCaller.Merchant).WithName("RedeemVoucher")
            .WithSummary("Redeem a voucher exactly once (Idempotency-Key supported)")
            .ProducesProblem(403).ProducesProblem(404).ProducesProblem(409).ProducesProblem(422).ProducesProblem(429);
        merchant.MapGet("/redemptions", ListDayRedemptions.Handle).WithName("ListDayRedemptions")
            .WithSummary("The caller's merchant's redemptions of one day (today by default), newest first, voided ones included")
            .ProducesProblem(400).ProducesProblem(422);
        merchant.MapPost("/redemptions/{redemptionId}/void", VoidRedemption.Handle).WithName("VoidRedemption")
            .WithSummary("Reverse a redemption within 30 minutes; the voucher is unused again")
            .ProducesProblem(404).ProducesProblem(409).ProducesProblem(422);
        merchant.MapGet("/settlements", GetSettlement.Handle).WithName("GetSettlement")
            .WithSummary("Unvoided redemptions of a period with count and total; Accept: text/csv for a spreadsheet")
            .Produces(200, contentType: "text/csv").ProducesProblem(422);
        return app;
    }

}

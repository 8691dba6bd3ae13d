using UnionHub.Api.Platform;

namespace UnionHub.Api.Features.Donations;

/// <summary>Donations to relief funds (see <see cref="Donations"/>) and each fund's public account.</summary>
public static class DonationsApi
{
    public static IEndpointRouteBuilder MapDonations(this IEndpointRouteBuilder app)
    {
        var admin = app.MapGroup("/api/v1/admin").WithTags("Donations (staff)").RequireAuthorization(Policies.Reviewer);
        admin.MapPost("/donations", RecordDonation.Handle).WithIdempotency(IdempotentCaller.Staff)
            .WithName("RecordDonation").WithSummary("Record a donation to a fund (idempotent): a receipt number, a ledger row, the fund's donations raised")
            .ProducesProblem(404).ProducesProblem(422);
        admin.MapGet("/donations", ListDonations.Handle)
            .WithName("ListDonations").WithSummary("Donations to the funds the caller may use, newest first; Accept: text/csv exports them")
            .Produces(200, contentType: "text/csv")
            .ProducesProblem(400).ProducesProblem(422);
        admin.MapGet("/donations/{id}", GetDonation.Handle)
            .WithName("GetDonation").WithSummary("One donation (donor contact masked)")
            .ProducesProblem(404);
        admin.MapGet("/donations/{id}/receipt.pdf", GetDonationReceipt.Handle)
            .WithName("GetDonationReceipt").WithSummary("The donation's printable receipt (捐赠收据) as a PDF")
            .Produces(200, contentType: "application/pdf")
            .ProducesProblem(404).ProducesProblem(503);
        admin.MapPost("/donations/{id}/reversal", RequestDonationReversal.Handle)
            .WithName("RequestDonationReversal").WithSummary("Request the reversal of a mistaken donation, with a reason; another staff user approves it")
            .ProducesProblem(404).ProducesProblem(409).ProducesProblem(422);
        admin.MapPost("/donations/{id}/reversal/approve", ApproveDonationReversal.Handle)
            .WithName("ApproveDonationReversal").WithSummary("Approve a requested reversal (not by its requester): a negative ledger row, the donation reversed")
            .ProducesProblem(404).ProducesProblem(409);
        admin.MapPost("/donations/{id}/reversal/reject", RejectDonationReversal.Handle)
            .WithName("RejectDonationReversal").WithSummary("Reject (or, by its requester, withdraw) a requested reversal; the donation stays recorded")
            .ProducesProblem(404).ProducesProblem(409);

        app.MapGet("/api/v1/public/funds/{id}", GetPublicFundFigures.Handle).AllowAnonymous()
            .WithTags("Public").WithName("GetPublicFundFigures")
            .WithSummary("A fund's public account (no login): budget, raised, granted, paid, available and balance, all sums of its ledger")
            .ProducesProblem(404);
        return app;
    }
}

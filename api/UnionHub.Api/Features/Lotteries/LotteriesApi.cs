using UnionHub.Api.Platform;

namespace UnionHub.Api.Features.Lotteries;

/// <summary>Lottery drops with a verifiable draw (ADR 0019): staff set them up and draw; members apply; anyone checks the draw.</summary>
public static class LotteriesApi
{
    /// <summary>The lapse sweep (ADR 0019, 2026-12-04): places of prize vouchers that expired unused go to the waiting order by themselves.</summary>
    public static WebApplicationBuilder AddLotteriesFeature(this WebApplicationBuilder builder)
    {
        builder.Services.Configure<LotteryOptions>(builder.Configuration.GetSection(LotteryOptions.Section));
        builder.Services.AddSingleton<LapsedPlaceSweep>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<LapsedPlaceSweep>());
        return builder;
    }

    public static IEndpointRouteBuilder MapLotteries(this IEndpointRouteBuilder app)
    {
        var admin = app.MapGroup("/api/v1/admin").WithTags("Lotteries (staff)").RequireAuthorization(Policies.OrgAdmin);
        admin.MapPost("/lotteries", CreateLottery.Handle).WithIdempotency(IdempotentCaller.Staff)
            .WithName("CreateLottery")
            .WithSummary("Set up a lottery drop of a perk or a fund grant for an organisation's subtree with its commitment (SHA-256 of a seed, given or server-held); a draft")
            .ProducesProblem(404).ProducesProblem(409).ProducesProblem(422);
        admin.MapGet("/lotteries", ListLotteries.Handle)
            .WithName("ListLotteries").WithSummary("Lotteries visible to the caller, newest first, with their application counts")
            .ProducesProblem(400);
        admin.MapGet("/lotteries/{id}", GetLottery.Handle)
            .WithName("GetLottery").WithSummary("One lottery with its commitment, status and counts")
            .ProducesProblem(404);
        admin.MapPatch("/lotteries/{id}", UpdateLottery.Handle)
            .WithName("UpdateLottery").WithSummary("Change title or description, the commitment until the published window opens, or a draft's terms (organisation, window, places, prize; 409 once published)")
            .ProducesProblem(404).ProducesProblem(409).ProducesProblem(422);
        admin.MapPost("/lotteries/{id}/open", OpenLottery.Handle)
            .WithName("OpenLottery").WithSummary("Publish a draft: members see it and apply within its window; the commitment is public from now")
            .ProducesProblem(404).ProducesProblem(409).ProducesProblem(422);
        admin.MapPost("/lotteries/{id}/draw", DrawLottery.Handle)
            .WithName("DrawLottery")
            .WithSummary("Draw once after the window closed: reveal the seed, winners get the perk's voucher or the fund grant, everyone a notice; a second draw is 409")
            .ProducesProblem(404).ProducesProblem(409).ProducesProblem(422);
        admin.MapPost("/lotteries/{id}/reoffer-lapsed", ReofferLapsedLotteryPlaces.Handle)
            .WithName("ReofferLapsedLotteryPlaces")
            .WithSummary("Give the places of prize vouchers that expired unused to the published waiting order (recorded as lapsed; again: nothing more)")
            .ProducesProblem(404).ProducesProblem(409);

        var members = app.MapGroup("/api/v1").WithTags("Lotteries").RequireAuthorization(Policies.Member);
        members.MapGet("/lotteries", BrowseLotteries.Handle)
            .WithName("BrowseLotteries").WithSummary("Published lotteries open to the caller's organisation, newest first, with the caller's application")
            .ProducesProblem(400);
        members.MapGet("/lotteries/{id}", ViewLottery.Handle)
            .WithName("ViewLottery").WithSummary("One lottery with the caller's application and, once drawn, its result")
            .ProducesProblem(404);
        members.MapPut("/lotteries/{id}/application", ApplyForLottery.Handle)
            .WithName("ApplyForLottery").WithSummary("Apply within the window (idempotent: one application per member)")
            .ProducesProblem(403).ProducesProblem(404).ProducesProblem(409).ProducesProblem(422);
        members.MapPost("/lotteries/{id}/decline", DeclineLotteryWin.Handle)
            .WithName("DeclineLotteryWin")
            .WithSummary("A winner gives the place up: the voucher is voided and the next in the published waiting order is promoted (idempotent)")
            .ProducesProblem(404).ProducesProblem(409);

        app.MapGet("/api/v1/public/lotteries/{id}/draw", GetLotteryDraw.Handle).AllowAnonymous()
            .WithTags("Public").WithName("GetLotteryDraw")
            .WithSummary("A lottery's public draw record (no login): commitment, sorted application ids with masked names, seed, winners and waiting order")
            .ProducesProblem(404);
        return app;
    }
}

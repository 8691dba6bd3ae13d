using UnionHub.Api.Platform;

namespace UnionHub.Api.Features.MemberCard;

/// <summary>The electronic member card: the member's card with a rotating signed QR, and its check by merchants and union desks.</summary>
public static class MemberCardApi
{
    public const string CardChecksLimit = "card-checks";

    public static IEndpointRouteBuilder MapMemberCard(this IEndpointRouteBuilder app)
    {
        var members = app.MapGroup("/api/v1").WithTags("Member card").RequireAuthorization(Policies.Member);
        members.MapGet("/me/card", GetMyCard.Handle)
            .WithName("GetMyCard").WithSummary("The caller's electronic member card with a QR payload signed for this minute (fetch again at refreshAt)")
            .ProducesProblem(404);

        // per caller (API key, cashier or staff account), counted in the database so every instance shares it
        static string Caller(HttpContext http) => http.User.MerchantKeyId() is { } key ? $"key:{key}" : $"staff:{http.User.StaffId()}";

        app.MapGroup("/api/v1/merchant").WithTags("Member card").RequireAuthorization(Policies.Merchant)
            .MapPost("/card/verify", VerifyMemberCard.Handle)
            .RequireDbRateLimit(CardChecksLimit, Caller, o => (o.CardChecksPerMinute, TimeSpan.FromMinutes(1)))
            .WithName("VerifyMemberCard").WithSummary("Check a member card QR: who (masked) and whether the membership is active; every check is logged")
            .ProducesProblem(409).ProducesProblem(422).ProducesProblem(429);
        app.MapGroup("/api/v1/admin").WithTags("Member card").RequireAuthorization(Policies.OrgAdmin)
            .MapPost("/card/verify", VerifyMemberCardAtDesk.Handle)
            .RequireDbRateLimit(CardChecksLimit, Caller, o => (o.CardChecksPerMinute, TimeSpan.FromMinutes(1)))
            .WithName("VerifyMemberCardAtDesk").WithSummary("Check a member card QR at a union desk (event, venue, station); every check is logged")
            .ProducesProblem(409).ProducesProblem(422).ProducesProblem(429);
        return app;
    }
}

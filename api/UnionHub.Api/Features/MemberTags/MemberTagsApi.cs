using Microsoft.AspNetCore.Mvc;
using UnionHub.Api.Features.Funds;
using UnionHub.Api.Platform;

namespace UnionHub.Api.Features.MemberTags;

/// <summary>Member tags (劳模, 农民工, 新就业形态, 女职工, 14岁以下儿童家长): staff set them one by one or in bulk; members see theirs.</summary>
public static class MemberTagsApi
{
    public static WebApplicationBuilder AddMemberTagsFeature(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<WomanTagBackfill>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<WomanTagBackfill>()); // drains V152's queue once, then ends
        return builder;
    }

    public static IEndpointRouteBuilder MapMemberTags(this IEndpointRouteBuilder app)
    {
        var admin = app.MapGroup("/api/v1/admin").WithTags("Member tags (staff)").RequireAuthorization(Policies.OrgAdmin);
        admin.MapGet("/member-tags", ListMemberTagVocabulary.Handle)
            .WithName("ListMemberTagVocabulary").WithSummary("The member tags staff may set: code and Chinese label, in display order");
        admin.MapPut("/members/{id}/tags", SetMemberTags.Handle)
            .WithName("SetMemberTags").WithSummary("Set a member's tags to exactly the list given (empty clears; audited)")
            .ProducesProblem(404).ProducesProblem(422);
        admin.MapPost("/orgs/{orgId}/member-tags", UploadMemberTags.Handle)
            .WithName("UploadMemberTags")
            .WithSummary("Tag many members of the organisation's subtree (text/csv: 会员卡号 and/or 身份证号[,姓名],标签); mode=add|replace; "
                + "all rows or none (422 lists each bad row)")
            .Accepts<string>("text/csv")
            .WithMetadata(new RequestSizeLimitAttribute(FundBatches.MaxBodyBytes))
            .ProducesProblem(404).ProducesProblem(413).ProducesProblem(415).ProducesProblem(422);

        var me = app.MapGroup("/api/v1/me").WithTags("Members").RequireAuthorization(Policies.Member);
        me.MapGet("/tags", GetMyTags.Handle)
            .WithName("GetMyTags").WithSummary("The tags the union recorded about the caller (they decide activity eligibility and lottery weights)");
        return app;
    }
}

using UnionHub.Api.Platform;

namespace UnionHub.Api.Features.Content;

/// <summary>
/// Content: news, notices, legal Q&amp;A (普法), typical cases and videos. Staff (org_admin in their subtree, super_admin) write,
/// publish or schedule, pin and archive articles; members read what is published and aimed at them (docs/features/content.md).
/// </summary>
public static class ContentApi
{
    public static WebApplicationBuilder AddContentFeature(this WebApplicationBuilder builder)
    {
        builder.Services.Configure<ContentImageOptions>(builder.Configuration.GetSection(ContentImageOptions.Section));
        return builder;
    }

    public static IEndpointRouteBuilder MapContent(this IEndpointRouteBuilder app)
    {
        var admin = app.MapGroup("/api/v1/admin/articles").WithTags("Content (staff)").RequireAuthorization(Policies.OrgAdmin);
        admin.MapPost("", CreateArticle.Handle).WithIdempotency(IdempotentCaller.Staff)
            .WithName("CreateArticle").WithSummary("Write a draft article (the HTML body is sanitised); org_admin aims it inside their subtree")
            .ProducesProblem(404).ProducesProblem(422);
        admin.MapGet("", ListArticles.Handle)
            .WithName("ListArticles").WithSummary("Articles the caller manages, newest first; ?status=, ?category=, ?q= (title)")
            .ProducesProblem(400).ProducesProblem(422);
        admin.MapGet("/{id}", GetArticle.Handle)
            .WithName("GetArticle").WithSummary("One article in any status (the editor's preview; not counted as a read)")
            .ProducesProblem(404);
        admin.MapPut("/{id}", UpdateArticle.Handle)
            .WithName("UpdateArticle").WithSummary("Replace an article's fields (not once archived)")
            .ProducesProblem(404).ProducesProblem(409).ProducesProblem(422);
        admin.MapPost("/{id}/publish", PublishArticle.Handle)
            .WithName("PublishArticle").WithSummary("Publish now, or schedule with a future publishAt (members see it from then on)")
            .ProducesProblem(404).ProducesProblem(409).ProducesProblem(422);
        admin.MapPost("/{id}/pin", PinArticle.Handle)
            .WithName("PinArticle").WithSummary("Pin or unpin an article: pinned articles lead the members' list")
            .ProducesProblem(404).ProducesProblem(409).ProducesProblem(422);
        admin.MapPost("/{id}/archive", ArchiveArticle.Handle)
            .WithName("ArchiveArticle").WithSummary("Take an article down: members no longer see it")
            .ProducesProblem(404).ProducesProblem(409);

        var maxImageBytes = app.ServiceProvider.GetRequiredService<Microsoft.Extensions.Options.IOptions<ContentImageOptions>>().Value.MaxImageBytes;
        var images = app.MapGroup("/api/v1/admin/content").WithTags("Content (staff)").RequireAuthorization(Policies.OrgAdmin);
        images.MapPost("/images", UploadContentImage.Handle).WithIdempotency(IdempotentCaller.Staff)
            .WithName("UploadContentImage")
            .WithSummary("Upload an image for articles (PNG, JPEG, WebP or GIF; multipart 'file' or raw body); answers its public URL")
            .Accepts<IFormFile>("multipart/form-data", "image/png", "image/jpeg", "image/webp", "image/gif", "application/octet-stream")
            .WithMetadata(new Microsoft.AspNetCore.Mvc.RequestSizeLimitAttribute(maxImageBytes + FileUploads.MultipartOverhead),
                ImageUpload.TooLargeMetadata(maxImageBytes)) // a body too large by its length alone: the same 413 with maxBytes
            .ProducesProblem(413).ProducesProblem(422);
        images.MapDelete("/images/{id}", DeleteContentImage.Handle)
            .WithName("DeleteContentImage")
            .WithSummary("Delete an uploaded image (org_admin: uploaded in their subtree); 409 while a published or scheduled article shows it")
            .ProducesProblem(404).ProducesProblem(409);
        app.MapGet("/api/v1/content/images/{id}", GetContentImage.Handle).AllowAnonymous().WithTags("Content")
            .WithMetadata(new PublicCache(GetContentImage.CacheControl))
            .WithName("GetContentImage")
            .WithSummary("An article image (public, cached for an hour; ETag, 304 to If-None-Match; 404 once deleted)")
            .Produces(200, contentType: "image/png", additionalContentTypes: ["image/jpeg", "image/webp", "image/gif"])
            .Produces(304)
            .ProducesProblem(404);

        var members = app.MapGroup("/api/v1/articles").WithTags("Content").RequireAuthorization(Policies.Member);
        members.MapGet("", ListPublishedArticles.Handle)
            .WithName("ListPublishedArticles").WithSummary("Published articles aimed at the member, pinned first, then newest; ?category=, ?q= (title)")
            .ProducesProblem(400).ProducesProblem(422);
        members.MapGet("/{id}", ReadArticle.Handle)
            .WithName("ReadArticle").WithSummary("Read an article (the member's first open counts one read)")
            .ProducesProblem(404);
        return app;
    }
}

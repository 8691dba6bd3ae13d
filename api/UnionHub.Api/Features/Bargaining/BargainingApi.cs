using Microsoft.AspNetCore.Mvc;
using UnionHub.Api.Platform;

namespace UnionHub.Api.Features.Bargaining;

/// <summary>Collective bargaining per enterprise: the eight steps in order, their documents, the enterprise flags and coverage figures.</summary>
public static class BargainingApi
{
    public static IEndpointRouteBuilder MapBargaining(this IEndpointRouteBuilder app)
    {
        var admin = app.MapGroup("/api/v1/admin").WithTags("Collective bargaining").RequireAuthorization(Policies.OrgAdmin);
        admin.MapGet("/enterprises/{id}/bargaining", GetBargainingTracker.Handle)
            .WithName("GetBargainingTracker").WithSummary("An enterprise's eight bargaining steps: which are done (with dates and documents), which is next")
            .ProducesProblem(404);
        admin.MapPost("/enterprises/{id}/bargaining/steps/{step}", CompleteBargainingStep.Handle)
            .WithName("CompleteBargainingStep").WithSummary("Complete the next step (1-8 or its key) on a date no earlier than the previous step's")
            .ProducesProblem(404).ProducesProblem(409).ProducesProblem(422);
        admin.MapPost("/enterprises/{id}/bargaining/steps/{step}/documents", UploadBargainingDocument.Handle).WithIdempotency(IdempotentCaller.Staff)
            .WithName("UploadBargainingDocument").WithSummary("Attach a JPEG, PNG or PDF to a completed step or the next one (multipart 'file' or raw body)")
            .AcceptsDocument(Documents.MaxFileBytes, (BargainingProblems.BargainingDocumentTooLarge, BargainingProblems.BargainingDocumentUnsupportedType),
                "A bargaining document")
            .ProducesProblem(404).ProducesProblem(409).ProducesProblem(413).ProducesProblem(422);
        admin.MapGet("/enterprises/{id}/bargaining/documents/{documentId}", GetBargainingDocument.Handle)
            .WithName("GetBargainingDocument").WithSummary("One bargaining document")
            .ProducesProblem(404);
        admin.MapPut("/enterprises/{id}/union-flags", SetEnterpriseUnionFlags.Handle)
            .WithName("SetEnterpriseUnionFlags").WithSummary("Set whether an enterprise is unionised and has a workers' congress")
            .ProducesProblem(404).ProducesProblem(422);
        admin.MapGet("/bargaining/enterprises", ListBargainingTrackers.Handle)
            .WithName("ListBargainingTrackers").WithSummary("Enterprises in an organisation's subtree with their bargaining progress, newest first")
            .ProducesProblem(400).ProducesProblem(404).ProducesProblem(422);
        admin.MapGet("/bargaining/coverage", GetBargainingCoverage.Handle)
            .WithName("GetBargainingCoverage").WithSummary("Per organisation: unionised enterprises, with a signed agreement (step 6 done), with a workers' congress")
            .ProducesProblem(404).ProducesProblem(422);
        app.MapGet("/api/v1/enterprise/bargaining", GetMyBargainingTracker.Handle).WithTags("Enterprise contacts")
            .RequireAuthorization(Policies.EnterpriseContact)
            .WithName("GetMyBargainingTracker").WithSummary("The contact's own enterprise's bargaining tracker (read-only)")
            .ProducesProblem(404);
        return app;
    }
}

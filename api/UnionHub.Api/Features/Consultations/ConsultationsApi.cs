using UnionHub.Api.Platform;

namespace UnionHub.Api.Features.Consultations;

/// <summary>The 12351 consultation desk (see <see cref="Consultations"/>).</summary>
public static class ConsultationsApi
{
    public static IEndpointRouteBuilder MapConsultations(this IEndpointRouteBuilder app)
    {
        var admin = app.MapGroup("/api/v1/admin").WithTags("Consultations (staff)").RequireAuthorization(Policies.OrgAdmin);
        admin.MapPost("/consultations", RecordConsultation.Handle).WithIdempotency(IdempotentCaller.Staff)
            .WithName("RecordConsultation").WithSummary("Record a hotline (12351), walk-in or online consultation (idempotent)")
            .ProducesProblem(404).ProducesProblem(422);
        admin.MapGet("/consultations", ListConsultations.Handle)
            .WithName("ListConsultations").WithSummary("The consultation ledger of the caller's subtree, newest first; Accept: text/csv exports it")
            .Produces(200, contentType: "text/csv")
            .ProducesProblem(400).ProducesProblem(422);
        admin.MapGet("/consultations/{id}", GetConsultation.Handle)
            .WithName("GetConsultation").WithSummary("One consultation with its outcome (audited with the reason)")
            .WithStaffReadAudit("consultation")
            .ProducesProblem(404);
        admin.MapPut("/consultations/{id}", UpdateConsultation.Handle)
            .WithName("UpdateConsultation").WithSummary("Follow up a consultation: outcome, follow-up date, status, lawyer on duty")
            .ProducesProblem(404).ProducesProblem(409).ProducesProblem(422);
        admin.MapPost("/consultations/{id}/legal-aid-case", ConvertConsultationToLegalAid.Handle).WithIdempotency(IdempotentCaller.Staff)
            .WithName("ConvertConsultationToLegalAid").WithSummary("Turn a member's consultation into a legal aid case (idempotent); the consultation names the case")
            .ProducesProblem(403).ProducesProblem(404).ProducesProblem(409).ProducesProblem(422);
        admin.MapPost("/consultations/{id}/fund-application", ConvertConsultationToFundApplication.Handle).WithIdempotency(IdempotentCaller.Staff)
            .WithName("ConvertConsultationToFundApplication")
            .WithSummary("Turn a member's consultation into a relief application filed for the member (idempotent); the consultation names the application")
            .ProducesProblem(403).ProducesProblem(404).ProducesProblem(409).ProducesProblem(422);
        return app;
    }
}

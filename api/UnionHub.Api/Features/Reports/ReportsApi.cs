using UnionHub.Api.Platform;

namespace UnionHub.Api.Features.Reports;

/// <summary>The union's yearly report (see <see cref="YearlyReport"/>).</summary>
public static class ReportsApi
{
    public static IEndpointRouteBuilder MapReports(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/v1/admin/reports/{year}", GetYearlyReport.Handle).WithTags("Figures").RequireAuthorization(Policies.OrgAdmin)
            .WithName("GetYearlyReport")
            .WithSummary("The year's figures for an organisation's subtree (default: the caller's); Accept: text/csv for a spreadsheet")
            .Produces(200, contentType: "text/csv").ProducesProblem(404).ProducesProblem(422);
        return app;
    }
}

using Microsoft.AspNetCore.Mvc;
using UnionHub.Api.Platform;

namespace UnionHub.Api.Features.Stations;

/// <summary>Rest stations and workers' homes (驿站, 职工之家): kept by organisations' staff, found by members nearest first.</summary>
public static class StationsApi
{
    public static IEndpointRouteBuilder MapStations(this IEndpointRouteBuilder app)
    {
        var admin = app.MapGroup("/api/v1/admin").WithTags("Stations (staff)").RequireAuthorization(Policies.OrgAdmin);
        admin.MapPost("/stations", CreateStation.Handle).WithIdempotency(IdempotentCaller.Staff)
            .WithName("CreateStation").WithSummary("Add a rest station or workers' home for an organisation in the caller's subtree (default their own)")
            .ProducesProblem(404).ProducesProblem(409).ProducesProblem(422);
        admin.MapGet("/stations", ListStations.Handle)
            .WithName("ListStations").WithSummary("The stations of the caller's subtree (or of ?orgId='s subtree), newest first")
            .ProducesProblem(400);
        admin.MapGet("/stations/{id}", GetStation.Handle)
            .WithName("GetStation").WithSummary("One station of the caller's subtree")
            .ProducesProblem(404);
        admin.MapPut("/stations/{id}", UpdateStation.Handle)
            .WithName("UpdateStation").WithSummary("Replace a station's fields (its organisation stays)")
            .ProducesProblem(404).ProducesProblem(409).ProducesProblem(422);
        admin.MapDelete("/stations/{id}", DeleteStation.Handle)
            .WithName("DeleteStation").WithSummary("Remove a station")
            .ProducesProblem(404);
        admin.MapPost("/orgs/{orgId}/stations/import", ImportStations.Handle)
            .WithName("ImportStations")
            .WithSummary("Import an organisation's stations (text/csv: name,kind,address,latitude,longitude[,openingHours,amenities,phone]); all rows or none (422 lists each bad row)")
            .Accepts<string>("text/csv")
            .WithMetadata(new RequestSizeLimitAttribute(ImportStations.MaxBodyBytes))
            .ProducesProblem(404).ProducesProblem(409).ProducesProblem(413).ProducesProblem(415).ProducesProblem(422);

        var members = app.MapGroup("/api/v1").WithTags("Stations").RequireAuthorization(Policies.Member);
        members.MapGet("/stations", FindNearbyStations.Handle)
            .WithName("FindNearbyStations").WithSummary("Stations near a location (not stored), nearest first, with the distance in metres")
            .ProducesProblem(400).ProducesProblem(422);
        members.MapGet("/stations/{id}", ViewStation.Handle)
            .WithName("ViewStation").WithSummary("One station")
            .ProducesProblem(404);
        return app;
    }
}

using Dapper;
using Microsoft.AspNetCore.Http.HttpResults;
using MySqlConnector;
using UnionHub.Api.Features.Members;
using UnionHub.Api.Platform;

namespace UnionHub.Api.Features.Stations;

/// <summary>
/// POST /admin/stations: staff (org_admin for an organisation in their subtree, default their own; super_admin) add a rest
/// station or workers' home. Names are unique within the organisation (409 <c>station.duplicate_name</c>).
/// </summary>
public static class CreateStation
{
    public sealed record Request(string? OrgId, string? Name, string? Kind, string? Address, double? Latitude, double? Longitude,
        string? OpeningHours, IReadOnlyList<string>? Amenities, string? Phone);

    public const string Insert = """
        INSERT INTO station (org_id, name, kind, address, latitude, longitude, opening_hours, amenities, phone, created_by, created_at, updated_at)
        VALUES (@OrgId, @Name, @Kind, @Address, @Latitude, @Longitude, @OpeningHours, @Amenities, @Phone, @By, @Now, @Now);
        SELECT LAST_INSERT_ID();
        """;

    public static async Task<Results<Created<StationRules.StationResponse>, ProblemHttpResult>> Handle(
        Request request, HttpContext http, Transactions transactions, IdempotencyScope idem, TimeProvider clock, CancellationToken ct)
    {
        var orgId = request.OrgId is null ? http.User.OrgId() : Ids.Parse(request.OrgId);
        var v = new Validator().Check(orgId is not null, "orgId", request.OrgId is null ? "is required" : "is not a valid id");
        var clean = StationRules.Check(new StationRules.Fields(request.Name, request.Kind, request.Address, request.Latitude, request.Longitude,
            request.OpeningHours, request.Amenities, request.Phone), v);
        if (clean is null || !v.IsValid)
        {
            return await idem.RefuseAsync(v.Problem(), ct);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        return await transactions.RunAsync<Results<Created<StationRules.StationResponse>, ProblemHttpResult>>(async (conn, tx) =>
        {
            var scope = await Scope.OfAsync(conn, tx, http.User, ct);
            if (await Orgs.FindVisibleAsync(conn, tx, scope, orgId, ct) is null)
            {
                return Problems.NotFound("organisation");
            }

            long id;
            try
            {
                id = await conn.ExecuteScalarAsync<long>(new CommandDefinition(Insert, new
                {
                    OrgId = orgId, clean.Name, clean.Kind, clean.Address, clean.Latitude, clean.Longitude, clean.OpeningHours, clean.Amenities,
                    clean.Phone, By = http.User.StaffId(), Now = now,
                }, tx, cancellationToken: ct));
            }
            catch (MySqlException ex) when (ex.IsDuplicateKey())
            {
                return StationDuplicate(clean.Name);
            }

            await Audit.WriteAsync(conn, tx, http, "station.create", "station", id.Text(), new { orgId, clean.Name, clean.Kind }, ct);
            var response = (await StationRules.LoadAsync(conn, tx, id, ct))!.ToResponse();
            await idem.CompleteAsync(conn, tx, StatusCodes.Status201Created, response, ct);
            return TypedResults.Created($"/api/v1/admin/stations/{id.Text()}", response);
        }, ct);
    }

    public static ProblemHttpResult StationDuplicate(string name) =>
        Problems.Create(409, StationProblems.DuplicateName, "The organisation already has a station of this name.",
            $"A station named '{name}' exists; edit it or choose another name.");
}

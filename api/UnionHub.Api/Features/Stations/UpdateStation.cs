using Dapper;
using Microsoft.AspNetCore.Http.HttpResults;
using MySqlConnector;
using UnionHub.Api.Platform;

namespace UnionHub.Api.Features.Stations;

/// <summary>PUT /admin/stations/{id}: replace a station's fields (its organisation stays). 404 outside the caller's subtree.</summary>
public static class UpdateStation
{
    public sealed record Request(string? Name, string? Kind, string? Address, double? Latitude, double? Longitude, string? OpeningHours,
        IReadOnlyList<string>? Amenities, string? Phone);

    private const string Update = """
        UPDATE station SET name = @Name, kind = @Kind, address = @Address, latitude = @Latitude, longitude = @Longitude,
                           opening_hours = @OpeningHours, amenities = @Amenities, phone = @Phone, updated_at = @Now
        WHERE id = @Id
        """;

    public static async Task<Results<Ok<StationRules.StationResponse>, ProblemHttpResult>> Handle(
        string id, Request request, HttpContext http, Transactions transactions, TimeProvider clock, CancellationToken ct)
    {
        var v = new Validator();
        var clean = StationRules.Check(new StationRules.Fields(request.Name, request.Kind, request.Address, request.Latitude, request.Longitude,
            request.OpeningHours, request.Amenities, request.Phone), v);
        if (clean is null)
        {
            return v.Problem();
        }

        var now = clock.GetUtcNow().UtcDateTime;
        return await transactions.RunAsync<Results<Ok<StationRules.StationResponse>, ProblemHttpResult>>(async (conn, tx) =>
        {
            var scope = await Scope.OfAsync(conn, tx, http.User, ct);
            if (await StationRules.FindVisibleAsync(conn, tx, scope, id, true, ct) is not { } row)
            {
                return Problems.NotFound("station");
            }

            try
            {
                await conn.ExecuteAsync(new CommandDefinition(Update, new
                {
                    row.Id, clean.Name, clean.Kind, clean.Address, clean.Latitude, clean.Longitude, clean.OpeningHours, clean.Amenities, clean.Phone,
                    Now = now,
                }, tx, cancellationToken: ct));
            }
            catch (MySqlException ex) when (ex.IsDuplicateKey())
            {
                return CreateStation.StationDuplicate(clean.Name);
            }

            await Audit.WriteAsync(conn, tx, http, "station.update", "station", row.Id.Text(), new { clean.Name, clean.Kind }, ct);
            return TypedResults.Ok((await StationRules.LoadAsync(conn, tx, row.Id, ct))!.ToResponse());
        }, ct);
    }
}

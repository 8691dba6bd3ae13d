using Dapper;
using Microsoft.AspNetCore.Http.HttpResults;
using MySqlConnector;
using UnionHub.Api.Platform;

namespace UnionHub.Api.Features.Stations;

/// <summary>
/// GET /stations?lat=&amp;lng=[&amp;radiusKm=]: every organisation's stations within the radius of the caller's location, nearest
/// first, with the great-circle (haversine) distance in metres. The location is used for this query only: it is neither stored
/// nor logged. The database narrows to a bounding box on the (latitude, longitude) index and orders by the exact distance.
/// Pages continue with <c>cursor</c> (an offset in the distance order).
/// </summary>
public static class FindNearbyStations
{
    public const double DefaultRadiusKm = 20;
    public const double MaxRadiusKm = 200;
    private const double EarthRadiusMetres = 6_371_000;

    /// <param name="DistanceMetres">Great-circle distance from the location asked about, in whole metres.</param>
    public sealed record NearbyStation(long DistanceMetres, StationRules.StationResponse Station);

    private static readonly string SelectNearby = $"""
        SELECT * FROM (
            {StationRules.Columns.Replace("FROM station s", ", " + Haversine + " AS Distance FROM station s", StringComparison.Ordinal)}
            WHERE s.latitude BETWEEN @MinLat AND @MaxLat AND s.longitude BETWEEN @MinLng AND @MaxLng
        ) t WHERE t.Distance <= @Radius ORDER BY t.Distance, t.id LIMIT @Take OFFSET @Skip
        """;

    // LEAST keeps ASIN's argument in its domain when rounding pushes it a hair over 1 (antipodes); 12742000 = 2 x earth's radius
    private const string Haversine = """
        12742000 * ASIN(LEAST(1, SQRT(POWER(SIN(RADIANS(s.latitude - @Lat) / 2), 2)
            + COS(RADIANS(@Lat)) * COS(RADIANS(s.latitude)) * POWER(SIN(RADIANS(s.longitude - @Lng) / 2), 2))))
        """;

    private sealed record Row(long Id, long OrgId, string OrgPath, string OrgName, string Name, string Kind, string Address, decimal Latitude,
        decimal Longitude, string? OpeningHours, string Amenities, string? Phone, DateTime CreatedAt, DateTime UpdatedAt, double Distance);

    public static async Task<Results<Ok<Page<NearbyStation>>, ProblemHttpResult>> Handle(
        MySqlDataSource db, CancellationToken ct, double? lat = null, double? lng = null, double? radiusKm = null, int? limit = null, string? cursor = null)
    {
        if (Paging.Read(limit, cursor, out var paging) is { } badCursor)
        {
            return badCursor;
        }

        var v = new Validator()
            .Check(lat is >= -90 and <= 90, "lat", "is required, -90 to 90 degrees (WGS-84)")
            .Check(lng is >= -180 and <= 180, "lng", "is required, -180 to 180 degrees (WGS-84)")
            .Check(radiusKm is null || (radiusKm > 0 && radiusKm <= MaxRadiusKm), "radiusKm", $"must be above 0 and at most {MaxRadiusKm}");
        if (!v.IsValid)
        {
            return v.Problem();
        }

        var skip = paging.After == long.MaxValue ? 0 : paging.After; // the cursor of a nearby page is the offset of its first row
        if (skip > 10_000)
        {
            return Problems.BadCursor();
        }

        var radius = (radiusKm ?? DefaultRadiusKm) * 1000;
        var dLat = radius / EarthRadiusMetres * 180 / Math.PI;
        var cos = Math.Cos(lat!.Value * Math.PI / 180);
        var dLng = cos < 0.01 ? 180 : Math.Min(180, dLat / cos);
        await using var conn = await db.OpenConnectionAsync(ct);
        var rows = (await conn.QueryAsync<Row>(new CommandDefinition(SelectNearby, new
        {
            Lat = lat, Lng = lng, Radius = radius,
            MinLat = Math.Max(-90, lat.Value - dLat), MaxLat = Math.Min(90, lat.Value + dLat),
            MinLng = Math.Max(-180, lng!.Value - dLng), MaxLng = Math.Min(180, lng.Value + dLng),
            Take = paging.Fetch, Skip = skip,
        }, cancellationToken: ct))).ToList();
        var items = rows.Take(paging.Limit).Select(r => new NearbyStation((long)Math.Round(r.Distance),
            new StationRules.StationRow(r.Id, r.OrgId, r.OrgPath, r.OrgName, r.Name, r.Kind, r.Address, r.Latitude, r.Longitude, r.OpeningHours,
                r.Amenities, r.Phone, r.CreatedAt, r.UpdatedAt).ToResponse())).ToList();
        return TypedResults.Ok(new Page<NearbyStation>(items, rows.Count > paging.Limit ? Paging.Cursor(skip + paging.Limit) : null));
    }
}

using System.Data.Common;
using System.Globalization;
using Dapper;
using UnionHub.Api.Platform;

namespace UnionHub.Api.Features.Stations;

/// <summary>Rest stations and workers' homes: the fields, their checks and the one shape every answer uses.</summary>
public static class StationRules
{
    public const int MaxNameChars = 100;
    public const int MaxAddressChars = 200;
    public const int MaxHoursChars = 200;
    public const int MaxPhoneChars = 32;

    public static readonly string[] Kinds = ["rest_station", "workers_home", "other"];

    /// <summary>The amenities a station may list, in the order answers give them.</summary>
    public static readonly string[] Amenities =
        ["water", "charging", "toilet", "microwave", "rest_area", "wifi", "first_aid", "air_conditioning", "heating", "medicine"];

    /// <summary>The fields of a station as a request (create, update) or an import row gives them.</summary>
    public sealed record Fields(string? Name, string? Kind, string? Address, double? Latitude, double? Longitude, string? OpeningHours,
        IReadOnlyList<string>? Amenities, string? Phone);

    /// <summary>The checked, trimmed values to store.</summary>
    public sealed record Clean(string Name, string Kind, string Address, decimal Latitude, decimal Longitude, string? OpeningHours, string Amenities,
        string? Phone);

    /// <summary>Checks the fields into <paramref name="v"/>; the clean values when every one is valid.</summary>
    public static Clean? Check(Fields f, Validator v)
    {
        var name = f.Name?.Trim();
        var address = f.Address?.Trim();
        var hours = string.IsNullOrWhiteSpace(f.OpeningHours) ? null : f.OpeningHours.Trim();
        var phone = string.IsNullOrWhiteSpace(f.Phone) ? null : f.Phone.Trim();
        var amenities = (f.Amenities ?? []).Select(a => a?.Trim() ?? "").Where(a => a.Length > 0).ToList();
        v.Check(!string.IsNullOrEmpty(name) && name.Length <= MaxNameChars && !name.Any(char.IsControl), "name", $"is required, at most {MaxNameChars} characters")
            .Check(f.Kind is not null && Kinds.Contains(f.Kind), "kind", $"must be one of {string.Join(", ", Kinds)}")
            .Check(!string.IsNullOrEmpty(address) && address.Length <= MaxAddressChars && !address.Any(char.IsControl), "address",
                $"is required, at most {MaxAddressChars} characters")
            .Check(f.Latitude is >= -90 and <= 90 && f.Latitude != 0, "latitude", "is required, -90 to 90 degrees (WGS-84)")
            .Check(f.Longitude is >= -180 and <= 180 && f.Longitude != 0, "longitude", "is required, -180 to 180 degrees (WGS-84)")
            .Check(hours is null || (hours.Length <= MaxHoursChars && !hours.Any(char.IsControl)), "openingHours", $"must be at most {MaxHoursChars} characters")
            .Check(amenities.All(a => Amenities.Contains(a)), "amenities", $"may list only {string.Join(", ", Amenities)}")
            .Check(phone is null || (phone.Length <= MaxPhoneChars && phone.All(c => char.IsAsciiDigit(c) || c is '-' or '+' or ' ' or '(' or ')')), "phone",
                $"must be a phone number (digits, spaces, + - ( )), at most {MaxPhoneChars} characters");
        if (!v.IsValid)
        {
            return null;
        }

        return new Clean(name!, f.Kind!, address!, Math.Round((decimal)f.Latitude!.Value, 6), Math.Round((decimal)f.Longitude!.Value, 6), hours,
            string.Join(",", Amenities.Where(amenities.Contains)), phone);
    }

    public sealed record StationRow(long Id, long OrgId, string OrgPath, string OrgName, string Name, string Kind, string Address, decimal Latitude,
        decimal Longitude, string? OpeningHours, string Amenities, string? Phone, DateTime CreatedAt, DateTime UpdatedAt) : IOrgOwned
    {
        public StationResponse ToResponse() => new(Id.Text(), OrgId.Text(), OrgName, Name, Kind, Address, (double)Latitude, (double)Longitude,
            OpeningHours, Amenities.Length == 0 ? [] : Amenities.Split(','), Phone, UpdatedAt.ToChina());
    }

    /// <param name="Amenities">Words from: water, charging, toilet, microwave, rest_area, wifi, first_aid, air_conditioning, heating, medicine.</param>
    /// <param name="Phone">The station's public phone (not a person's).</param>
    public sealed record StationResponse(string Id, string OrgId, string OrgName, string Name, string Kind, string Address, double Latitude,
        double Longitude, string? OpeningHours, IReadOnlyList<string> Amenities, string? Phone, DateTimeOffset UpdatedAt);

    public const string Columns = """
        SELECT s.id, s.org_id AS OrgId, o.path AS OrgPath, o.name AS OrgName, s.name, s.kind, s.address, s.latitude, s.longitude,
               s.opening_hours AS OpeningHours, s.amenities, s.phone, s.created_at AS CreatedAt, s.updated_at AS UpdatedAt
        FROM station s JOIN org o ON o.id = s.org_id
        """;

    public static Task<StationRow?> LoadAsync(DbConnection conn, DbTransaction? tx, long id, CancellationToken ct) =>
        conn.QuerySingleOrDefaultAsync<StationRow>(new CommandDefinition(Columns + " WHERE s.id = @Id", new { Id = id }, tx, cancellationToken: ct));

    /// <summary>The station when the caller's scope holds its organisation; null otherwise (answer 404).</summary>
    public static async Task<StationRow?> FindVisibleAsync(DbConnection conn, DbTransaction? tx, Scope scope, string id, bool forUpdate, CancellationToken ct) =>
        await scope.FindAsync<StationRow>(conn, tx, Columns + " WHERE s.id = @Id" + (forUpdate ? " FOR UPDATE" : ""), Ids.Parse(id), ct);

    public static string Inv(double d) => d.ToString(CultureInfo.InvariantCulture);
}

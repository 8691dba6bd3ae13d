namespace UnionHub.Api.Features.Stations;

/// <summary>Every error <c>code</c> the station endpoints answer (the SDK's message table must cover each: ErrorCodesTests).</summary>
public static class StationProblems
{
    /// <summary>The organisation already has a station of this name (names are unique within an organisation).</summary>
    public const string DuplicateName = "station.duplicate_name";
    /// <summary>An import file has rows that are not valid: nothing was imported; <c>rejected</c> lists each row and why.</summary>
    public const string ImportRowsInvalid = "station_import.rows_invalid";
    /// <summary>An import file with no header or no data row.</summary>
    public const string ImportEmpty = "station_import.empty";
    /// <summary>An import file whose header is not the expected columns.</summary>
    public const string ImportInvalidHeader = "station_import.invalid_header";
    /// <summary>An import file with more rows than one import takes.</summary>
    public const string ImportTooManyRows = "station_import.too_many_rows";
}

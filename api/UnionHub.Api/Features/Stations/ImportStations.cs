using System.Globalization;
using System.Text;
using Dapper;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Net.Http.Headers;
using MySqlConnector;
using UnionHub.Api.Features.Members;
using UnionHub.Api.Platform;

namespace UnionHub.Api.Features.Stations;

/// <summary>
/// POST /admin/orgs/{orgId}/stations/import: a text/csv body (UTF-8) with the header
/// <c>name,kind,address,latitude,longitude[,openingHours,amenities,phone]</c> (any order; amenities separated by <c>;</c> or
/// <c>|</c>) adds the organisation's stations. All rows or none: any bad row (a field, coordinates out of range, a name twice in
/// the file or already the organisation's) answers 422 <c>station_import.rows_invalid</c> with every bad row, and nothing is
/// written. Importing the same file twice is therefore refused the second time instead of doubling the stations.
/// </summary>
public static class ImportStations
{
    public const long MaxBodyBytes = 1024 * 1024;
    public const int MaxRows = 2000;
    public const int MaxReported = 500;

    private static readonly string[] Known = ["name", "kind", "address", "latitude", "longitude", "openingHours", "amenities", "phone"];
    private static readonly string[] Required = ["name", "kind", "address", "latitude", "longitude"];

    /// <summary>A rejected row: its line in the file, the column (if one) and why, as the field checks say it.</summary>
    public sealed record Rejection(int Line, string? Field, string Reason);

    public sealed record Response(int Imported, IReadOnlyList<string> StationIds);

    public static async Task<Results<Ok<Response>, ProblemHttpResult>> Handle(
        string orgId, HttpContext http, MySqlDataSource db, Transactions transactions, TimeProvider clock, CancellationToken ct)
    {
        Orgs.OrgRow? org;
        await using (var conn = await db.OpenConnectionAsync(ct))
        {
            org = await Orgs.FindVisibleAsync(conn, null, await Scope.OfAsync(conn, null, http.User, ct), Ids.Parse(orgId), ct);
        }

        if (org is null)
        {
            return Problems.NotFound("organisation");
        }

        if (!MediaTypeHeaderValue.TryParse(http.Request.ContentType, out var media)
            || !(media.MediaType.Equals("text/csv", StringComparison.OrdinalIgnoreCase) || media.MediaType.Equals("text/plain", StringComparison.OrdinalIgnoreCase))
            || (media.Charset.HasValue && !media.Charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase)))
        {
            return Problems.Create(415, PlatformProblems.RequestUnsupportedMediaType, "The stations must be sent as text/csv in UTF-8.");
        }

        string text;
        using (var buffer = new MemoryStream())
        {
            var chunk = new byte[64 * 1024];
            int read;
            while ((read = await http.Request.Body.ReadAsync(chunk, ct)) > 0)
            {
                if (buffer.Length + read > MaxBodyBytes)
                {
                    return Problems.Create(413, PlatformProblems.RequestTooLarge, "The file is too large.", $"At most {MaxBodyBytes} bytes.");
                }

                buffer.Write(chunk, 0, read);
            }

            text = new UTF8Encoding(false, false).GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
        }

        var lines = text.Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        var first = lines.FindIndex(l => !string.IsNullOrWhiteSpace(l));
        if (first < 0)
        {
            return Problems.Create(422, StationProblems.ImportEmpty, "The file is empty.", $"The first line must be: {string.Join(",", Known)}");
        }

        var (columns, count, headerError) = RosterCsv.ParseHeader(lines[first], Known, Required);
        if (columns is null)
        {
            return Problems.Create(422, StationProblems.ImportInvalidHeader, "The header is not valid.", headerError);
        }

        var rows = new List<(int Line, StationRules.Clean Clean)>();
        var rejected = new List<Rejection>();
        var names = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var fields = new List<string>();
        var dataRows = 0;
        for (var i = first + 1; i < lines.Count; i++)
        {
            var line = i + 1;
            if (string.IsNullOrWhiteSpace(lines[i]))
            {
                continue;
            }

            if (++dataRows > MaxRows)
            {
                return Problems.Create(422, StationProblems.ImportTooManyRows, "The file has too many rows.", $"At most {MaxRows} rows a file; split it.",
                    new Dictionary<string, object?> { ["max"] = MaxRows });
            }

            if (RosterCsv.Split(lines[i], fields) is { } splitError)
            {
                rejected.Add(new Rejection(line, null, "The line " + splitError + "."));
                continue;
            }

            if (fields.Count != count)
            {
                rejected.Add(new Rejection(line, null, $"The line has {fields.Count} fields; the header has {count}."));
                continue;
            }

            if (lines[i].Contains('\uFFFD', StringComparison.Ordinal))
            {
                rejected.Add(new Rejection(line, null, "The line is not valid UTF-8."));
                continue;
            }

            string? Cell(string column) => columns.TryGetValue(column, out var p) ? fields[p].Trim() : null;
            var v = new Validator();
            double? Coordinate(string column)
            {
                var cell = Cell(column);
                if (string.IsNullOrEmpty(cell))
                {
                    return null;
                }

                return double.TryParse(cell, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) && double.IsFinite(d) ? d : double.NaN;
            }

            var clean = StationRules.Check(new StationRules.Fields(Cell("name"), Cell("kind"), Cell("address"), Coordinate("latitude"), Coordinate("longitude"),
                Cell("openingHours"), (Cell("amenities") ?? "").Split([';', '|'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries),
                Cell("phone")), v);
            if (clean is null)
            {
                var problem = (Microsoft.AspNetCore.Http.HttpValidationProblemDetails)v.Problem().ProblemDetails;
                rejected.AddRange(problem.Errors.Select(e => new Rejection(line, e.Key, string.Join("; ", e.Value))));
                continue;
            }

            if (!names.TryAdd(clean.Name, line))
            {
                rejected.Add(new Rejection(line, "name", $"repeats the name of line {names[clean.Name]}"));
                continue;
            }

            rows.Add((line, clean));
        }

        if (dataRows == 0)
        {
            return Problems.Create(422, StationProblems.ImportEmpty, "The file has no station rows.", "Add one row per station under the header.");
        }

        var now = clock.GetUtcNow().UtcDateTime;
        return await transactions.RunAsync<Results<Ok<Response>, ProblemHttpResult>>(async (conn, tx) =>
        {
            var taken = rows.Count == 0 ? new HashSet<string>(StringComparer.OrdinalIgnoreCase) : (await conn.QueryAsync<string>(new CommandDefinition(
                "SELECT name FROM station WHERE org_id = @OrgId AND name IN @Names FOR UPDATE",
                new { OrgId = org.Id, Names = rows.Select(r => r.Clean.Name).ToList() }, tx, cancellationToken: ct))).ToHashSet(StringComparer.OrdinalIgnoreCase);
            var all = rejected.Concat(rows.Where(r => taken.Contains(r.Clean.Name))
                    .Select(r => new Rejection(r.Line, "name", "the organisation already has a station of this name")))
                .OrderBy(r => r.Line).ToList();
            if (all.Count > 0)
            {
                return Problems.Create(422, StationProblems.ImportRowsInvalid, "Some rows are not valid; nothing was imported.",
                    $"{all.Count} problem(s) in {dataRows} row(s); correct the rows listed in 'rejected' and import the whole file again.",
                    new Dictionary<string, object?> { ["rows"] = dataRows, ["rejectedTotal"] = all.Count, ["rejected"] = all.Take(MaxReported).ToList() });
            }

            var by = http.User.StaffId();
            foreach (var chunk in rows.Chunk(500))
            {
                var insert = new MultiRowInsert("station", "org_id", "name", "kind", "address", "latitude", "longitude", "opening_hours", "amenities", "phone",
                    "created_by", "created_at", "updated_at");
                foreach (var (_, c) in chunk)
                {
                    insert.Row(org.Id, c.Name, c.Kind, c.Address, c.Latitude, c.Longitude, c.OpeningHours, c.Amenities, c.Phone, by, now, now);
                }

                try
                {
                    await insert.ExecuteAsync(conn, tx, ct);
                }
                catch (MySqlException ex) when (ex.IsDuplicateKey())
                {
                    return Problems.Create(409, StationProblems.DuplicateName, "A station of one of these names was added meanwhile; nothing was imported.",
                        "Import the file again to see which row.");
                }
            }

            var ids = (await conn.QueryAsync<long>(new CommandDefinition(
                "SELECT id FROM station WHERE org_id = @OrgId AND name IN @Names ORDER BY id",
                new { OrgId = org.Id, Names = rows.Select(r => r.Clean.Name).ToList() }, tx, cancellationToken: ct))).ToList();
            await Audit.WriteAsync(conn, tx, http, "station.import", "org", org.Id.Text(), new { rows = rows.Count }, ct);
            return TypedResults.Ok(new Response(ids.Count, ids.Select(i => i.Text()).ToList()));
        }, ct);
    }
}

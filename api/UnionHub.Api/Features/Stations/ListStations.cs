using Dapper;
using Microsoft.AspNetCore.Http.HttpResults;
using MySqlConnector;
using UnionHub.Api.Features.Members;
using UnionHub.Api.Platform;

namespace UnionHub.Api.Features.Stations;

/// <summary>GET /admin/stations[?orgId=]: the stations of the caller's subtree (or of one organisation's subtree in it), newest first.</summary>
public static class ListStations
{
    private static readonly string SelectPage = StationRules.Columns + $"""
         WHERE s.id < @After AND {Scope.Sql("o.path")} ORDER BY s.id DESC LIMIT @Take
        """;

    public static async Task<Results<Ok<Page<StationRules.StationResponse>>, ProblemHttpResult>> Handle(
        HttpContext http, MySqlDataSource db, CancellationToken ct, string? orgId = null, int? limit = null, string? cursor = null)
    {
        if (Paging.Read(limit, cursor, out var paging) is { } badCursor)
        {
            return badCursor;
        }

        await using var conn = await db.OpenConnectionAsync(ct);
        var scope = orgId is null ? await Scope.OfAsync(conn, null, http.User, ct)
            : Ids.Parse(orgId) is { } org ? await Orgs.ScopeAsync(conn, null, http.User, org, ct) : Scope.None;
        if (scope.Path is null)
        {
            return TypedResults.Ok(new Page<StationRules.StationResponse>([], null));
        }

        var rows = (await conn.QueryAsync<StationRules.StationRow>(new CommandDefinition(SelectPage,
            new { paging.After, ScopePath = scope.Path, Take = paging.Fetch }, cancellationToken: ct))).ToList();
        var page = paging.Build(rows, r => r.Id);
        return TypedResults.Ok(new Page<StationRules.StationResponse>(page.Items.Select(r => r.ToResponse()).ToList(), page.NextCursor));
    }
}

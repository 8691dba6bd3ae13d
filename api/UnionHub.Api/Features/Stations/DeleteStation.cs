using Dapper;
using Microsoft.AspNetCore.Http.HttpResults;
using UnionHub.Api.Platform;

namespace UnionHub.Api.Features.Stations;

/// <summary>DELETE /admin/stations/{id}: remove a station (it closed). 404 outside the caller's subtree, or when already removed.</summary>
public static class DeleteStation
{
    public static async Task<Results<NoContent, ProblemHttpResult>> Handle(string id, HttpContext http, Transactions transactions, CancellationToken ct) =>
        await transactions.RunAsync<Results<NoContent, ProblemHttpResult>>(async (conn, tx) =>
        {
            var scope = await Scope.OfAsync(conn, tx, http.User, ct);
            if (await StationRules.FindVisibleAsync(conn, tx, scope, id, true, ct) is not { } row)
            {
                return Problems.NotFound("station");
            }

            await conn.ExecuteAsync(new CommandDefinition("DELETE FROM station WHERE id = @Id", new { row.Id }, tx, cancellationToken: ct));
            await Audit.WriteAsync(conn, tx, http, "station.delete", "station", row.Id.Text(), new { row.Name, orgId = row.OrgId.Text() }, ct);
            return TypedResults.NoContent();
        }, ct);
}

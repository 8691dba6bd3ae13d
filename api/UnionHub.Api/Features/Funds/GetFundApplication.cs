using Microsoft.AspNetCore.Http.HttpResults;
using MySqlConnector;
using UnionHub.Api.Platform;

namespace UnionHub.Api.Features.Funds;

public static class GetFundApplication
{
    public static async Task<Results<Ok<Applications.Application>, ProblemHttpResult>> Handle(
        string id, HttpContext http, MySqlDataSource db, PiiProtector pii, CancellationToken ct)
    {
        if (Ids.Parse(id) is not { } appId)
        {
            return Problems.NotFound("application");
        }

        await using var conn = await db.OpenConnectionAsync(ct);
        var view = await Applications.LoadAsync(conn, null, appId, null, await Scope.OfAsync(conn, null, http.User, ct), pii, ct);
        return view is null ? Problems.NotFound("application") : TypedResults.Ok(view);
    }
}

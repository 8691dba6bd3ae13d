using Microsoft.AspNetCore.Http.HttpResults;
using MySqlConnector;
using UnionHub.Api.Platform;

namespace UnionHub.Api.Features.Consultations;

public static class GetConsultation
{
    public static async Task<Results<Ok<Consultations.Consultation>, ProblemHttpResult>> Handle(string id, HttpContext http, MySqlDataSource db,
        PiiProtector pii, CancellationToken ct)
    {
        if (Ids.Parse(id) is not { } consultationId)
        {
            return Problems.NotFound("consultation");
        }

        await using var conn = await db.OpenConnectionAsync(ct);
        var row = await Consultations.FindVisibleAsync(conn, null, await Scope.OfAsync(conn, null, http.User, ct), consultationId, ct);
        return row is null ? Problems.NotFound("consultation") : TypedResults.Ok(Consultations.ToView(row, pii, withOutcome: true));
    }
}

using Microsoft.AspNetCore.Http.HttpResults;
using MySqlConnector;
using UnionHub.Api.Platform;

namespace UnionHub.Api.Features.Donations;

public static class GetDonation
{
    public static async Task<Results<Ok<Donations.Donation>, ProblemHttpResult>> Handle(string id, HttpContext http, MySqlDataSource db,
        PiiProtector pii, CancellationToken ct)
    {
        if (Ids.Parse(id) is not { } donationId)
        {
            return Problems.NotFound("donation");
        }

        await using var conn = await db.OpenConnectionAsync(ct);
        var row = await Donations.FindVisibleAsync(conn, null, await Scope.OfAsync(conn, null, http.User, ct), donationId, ct);
        return row is null ? Problems.NotFound("donation") : TypedResults.Ok(Donations.ToView(row, pii));
    }
}

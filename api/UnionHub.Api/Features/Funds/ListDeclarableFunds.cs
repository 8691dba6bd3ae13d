using Microsoft.AspNetCore.Http.HttpResults;
using MySqlConnector;
using UnionHub.Api.Platform;

namespace UnionHub.Api.Features.Funds;

/// <summary>
/// GET /admin/declarable-funds: the funds a unit may declare into (a batch declaration obeys a member's rules, so these are the
/// funds open now that members see at GET /funds), for the console's fund picker: the federation's funds and those owned by the
/// caller's organisation or one above it (<see cref="DeclareFundBatch.IsDeclarable"/>).
/// </summary>
public static class ListDeclarableFunds
{
    public static async Task<Ok<Page<OpenFunds.Fund>>> Handle(HttpContext http, MySqlDataSource db, TimeProvider clock, CancellationToken ct)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        var scope = await Scope.OfAsync(conn, null, http.User, ct);
        return TypedResults.Ok(await ListOpenFunds.OpenAsync(conn, clock, orgPath => DeclareFundBatch.IsDeclarable(scope, orgPath), ct));
    }
}

using Microsoft.AspNetCore.Http.HttpResults;
using MySqlConnector;
using UnionHub.Api.Platform;

namespace UnionHub.Api.Features.Funds;

/// <summary>
/// GET /admin/declarable-funds: the funds a unit may declare into (a batch declaration obeys a member's rules, so these are the
/// funds open now that members see at GET /funds), for the console's fund picker.
/// </summary>
public static class ListDeclarableFunds
{
    public static Task<Ok<Page<OpenFunds.Fund>>> Handle(MySqlDataSource db, TimeProvider clock, CancellationToken ct) =>
        ListOpenFunds.Handle(db, clock, ct);
}

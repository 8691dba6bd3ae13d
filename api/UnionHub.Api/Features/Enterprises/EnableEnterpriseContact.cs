using Microsoft.AspNetCore.Http.HttpResults;
using MySqlConnector;
using UnionHub.Api.Platform;
using static UnionHub.Api.Features.Enterprises.Contacts;

namespace UnionHub.Api.Features.Enterprises;

public static class EnableEnterpriseContact
{
    public static Task<Results<Ok<ContactResponse>, ProblemHttpResult>> Handle(
        string enterpriseId, string userId, HttpContext http, Transactions transactions, TimeProvider clock, CancellationToken ct) =>
        SetAsync(enterpriseId, userId, false, http, transactions, clock, ct);
}
